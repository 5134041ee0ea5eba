import VardagDomain

/// Granting and revoking roles. Each change is one transaction with its audit row; on
/// PostgreSQL the server creates the login role or changes its membership in the same transaction,
/// so the login table and the server's roles never disagree.
extension AppDatabase {
    /// Gives a login a role: ties the login to the person the first time, and on PostgreSQL
    /// the server creates the login role when missing and makes it a member of the database's
    /// app role (the trigger of `v13-access-login-roles`, in the same transaction).
    /// - Parameters:
    ///   - login: the OS and database user name.
    ///   - personName: the medarbetare it belongs to.
    ///   - role: the role.
    ///   - scope: `KIND:NAME` for the roles that need one.
    /// - Returns: the grant as stored.
    /// - Throws: `AccessFailure`, or the store's errors.
    @discardableResult
    public func grantAccess(login: String, personName: String, role: AccessRole, scope: String?) throws -> AccessGrant {
        guard AccessLogin.isValid(login) else { throw AccessFailure.badLogin(login) }
        return try writer.write { db in
            try self.requireAccessManager(db)
            let person = try AccessScopeLookup.person(db, named: personName)
            let resolved = try AccessScopeLookup.scope(db, scope, for: role)
            let owner = try StoreRow.fetchOne(db, sql: """
                SELECT m.id, m.name FROM access_login l JOIN medarbetare m ON m.id = l.medarbetare_id WHERE l.login = ?
                """, arguments: [login])
            if let owner, (owner[0] as Int64) != person.id {
                throw AccessFailure.loginBelongsToAnother(login: login, person: owner[1])
            }
            if owner == nil {
                if let other = try String.fetchOne(db, sql: "SELECT login FROM access_login WHERE medarbetare_id = ?", arguments: [person.id]) {
                    throw AccessFailure.personHasAnotherLogin(person: person.name, login: other)
                }
                try db.execute(sql: "INSERT INTO access_login (login, medarbetare_id) VALUES (?, ?)", arguments: [login, person.id])
                try self.recordAudit(db, .insert, entity: "access_login", entityId: person.id, before: nil,
                                     after: ["login": .text(login), "medarbetare_id": .integer(person.id)])
            }
            let columns = Self.scopeColumns(resolved)
            if try Self.grantId(db, login: login, role: role, columns: columns) != nil { throw AccessFailure.alreadyGranted }
            try ServerLoginRoles.changingGrants(db) {
                try db.execute(sql: """
                    INSERT INTO access_grant (login, role, team_id, enhet_id, kommun_id, shadowing_team_id) VALUES (?, ?, ?, ?, ?, ?)
                    """, arguments: [login, role.rawValue, columns.team, columns.enhet, columns.kommun, columns.shadowing])
            }
            let id = try Self.grantId(db, login: login, role: role, columns: columns) ?? 0
            try self.recordAudit(db, .insert, entity: "access_grant", entityId: id, before: nil,
                                 after: Self.auditValues(login: login, personId: person.id, role: role, scope: resolved))
            return AccessGrant(login: login, personId: person.id, personName: person.name, role: role, scope: resolved)
        }
    }

    /// Takes a role from a login. When it was her last, the login no longer belongs to the
    /// person, and on PostgreSQL the server takes the login role out of the app role (it is not dropped: it
    /// may own other things on the server). The audit keeps the change.
    /// - Returns: the grant that was removed.
    /// - Throws: `AccessFailure.notGranted`, scope errors as `grantAccess`, or the store's errors.
    @discardableResult
    public func revokeAccess(login: String, role: AccessRole, scope: String?) throws -> AccessGrant {
        try writer.write { db in
            try self.requireAccessManager(db)
            let resolved = try AccessScopeLookup.scope(db, scope, for: role)
            let columns = Self.scopeColumns(resolved)
            guard let id = try Self.grantId(db, login: login, role: role, columns: columns),
                  let person = try StoreRow.fetchOne(db, sql: """
                    SELECT m.id, m.name FROM access_login l JOIN medarbetare m ON m.id = l.medarbetare_id WHERE l.login = ?
                    """, arguments: [login]) else { throw AccessFailure.notGranted }
            let personId: Int64 = person[0]
            try ServerLoginRoles.changingGrants(db) { try db.execute(sql: "DELETE FROM access_grant WHERE id = ?", arguments: [id]) }
            try self.recordAudit(db, .delete, entity: "access_grant", entityId: id,
                                 before: Self.auditValues(login: login, personId: personId, role: role, scope: resolved), after: [:])
            if try Int.fetchOne(db, sql: "SELECT count(*) FROM access_grant WHERE login = ?", arguments: [login]) == 0 {
                try db.execute(sql: "DELETE FROM access_login WHERE login = ?", arguments: [login])
                try self.recordAudit(db, .delete, entity: "access_login", entityId: personId,
                                     before: ["login": .text(login), "medarbetare_id": .integer(personId)], after: [:])
            }
            return AccessGrant(login: login, personId: personId, personName: person[1], role: role, scope: resolved)
        }
    }

    /// Refuses a login that may not change access: only a systemförvaltare or the data's owner may
    /// (on PostgreSQL the server's policies refuse the others too; this gives them a sentence).
    private func requireAccessManager(_ db: any StoreConnection) throws {
        let viewer = try Self.viewer(db, login: user)
        guard viewer.seesEverything else { throw AccessFailure.notAllowed(login: user) }
    }

    /// The scope as the four nullable columns of `access_grant`.
    private static func scopeColumns(_ scope: AccessScope?) -> (team: Int64?, enhet: Int64?, kommun: Int64?, shadowing: Int64?) {
        func id(_ kind: AccessScopeKind) -> Int64? { scope?.kind == kind ? scope?.id : nil }
        return (id(.team), id(.enhet), id(.kommun), id(.skuggningsteam))
    }

    private static func grantId(_ db: any StoreConnection, login: String, role: AccessRole,
                                columns: (team: Int64?, enhet: Int64?, kommun: Int64?, shadowing: Int64?)) throws -> Int64? {
        try Int64.fetchOne(db, sql: """
            SELECT id FROM access_grant WHERE login = ? AND role = ? AND coalesce(team_id, 0) = ? AND coalesce(enhet_id, 0) = ?
              AND coalesce(kommun_id, 0) = ? AND coalesce(shadowing_team_id, 0) = ?
            """, arguments: [login, role.rawValue, columns.team ?? 0, columns.enhet ?? 0, columns.kommun ?? 0, columns.shadowing ?? 0])
    }

    private static func auditValues(login: String, personId: Int64, role: AccessRole, scope: AccessScope?) -> [String: AuditValue] {
        var values: [String: AuditValue] = ["login": .text(login), "medarbetare_id": .integer(personId), "role": .text(role.rawValue)]
        if let scope { values["scope"] = .text("\(scope.kind.rawValue):\(scope.id)") }
        return values
    }
}
