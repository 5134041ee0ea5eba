import VardagDomain

/// Who is working and what each login holds.
extension AppDatabase {
    /// The login this database value works as: PostgreSQL's session user (authenticated by
    /// the server), or on SQLite the OS login the process was opened with.
    public var login: String { user }

    /// Who is working: the login, her person and roles, and whether she owns the data.
    ///
    /// On SQLite a login without a person is the file's owner (the file is owner-only, so she
    /// can read all of it anyway); on PostgreSQL only a superuser or a member of the role
    /// owning the schema owns the data, and every other login sees what its grants allow.
    /// - Throws: the store's errors.
    public func viewer() throws -> Viewer {
        try writer.read { db in try Self.viewer(db, login: user) }
    }

    /// Who another login is, for the SQLite file owner's preview (`vardag --as LOGIN`): her
    /// person and grants, never the owner's rights.
    /// - Throws: `AccessFailure.notAllowed` unless this login sees everything, or the store's errors.
    public func viewer(previewing login: String) throws -> Viewer {
        try writer.read { db in
            guard try Self.viewer(db, login: user).seesEverything else { throw AccessFailure.notAllowed(login: user) }
            var other = try Self.viewer(db, login: login)
            other.ownsData = false
            return other
        }
    }

    /// Who `login` is, read inside a transaction.
    static func viewer(_ db: any StoreConnection, login user: String) throws -> Viewer {
        let person = try StoreRow.fetchOne(db, sql: """
            SELECT m.id, m.name FROM access_login l JOIN medarbetare m ON m.id = l.medarbetare_id WHERE l.login = ?
            """, arguments: [user])
        let grants = try Self.grants(db, login: user)
        let owns: Bool
        if db.dialect == .postgres {
            owns = try Int.fetchOne(db, sql: """
                SELECT CASE WHEN r.rolsuper OR pg_has_role(session_user, t.tableowner, 'MEMBER') THEN 1 ELSE 0 END
                FROM pg_roles r, pg_tables t
                WHERE r.rolname = session_user AND t.schemaname = current_schema() AND t.tablename = 'vardag_migrations'
                """) == 1
        } else {
            owns = person == nil
        }
        return Viewer(login: user, personId: person?[0], personName: person?[1], grants: grants, ownsData: owns)
    }

    /// Every grant, by login, role and scope name; or those of one login.
    /// - Parameter login: only this login's, if given.
    /// - Throws: the store's errors.
    public func accessGrants(login: String? = nil) throws -> [AccessGrant] {
        try writer.read { db in try Self.grants(db, login: login) }
    }

    /// The grants of one login, or of all, in the order `vardag access list` prints them.
    static func grants(_ db: any StoreConnection, login: String?) throws -> [AccessGrant] {
        try StoreRow.fetchAll(db, sql: """
            SELECT g.login, m.id, m.name, g.role,
                CASE WHEN g.team_id IS NOT NULL THEN 'team' WHEN g.enhet_id IS NOT NULL THEN 'enhet'
                     WHEN g.kommun_id IS NOT NULL THEN 'kommun' WHEN g.shadowing_team_id IS NOT NULL THEN 'skuggningsteam' END,
                coalesce(g.team_id, g.enhet_id, g.kommun_id, g.shadowing_team_id),
                coalesce(te.name || '/' || t.name, e.name, k.name, s.name)
            FROM access_grant g
            JOIN access_login l ON l.login = g.login
            JOIN medarbetare m ON m.id = l.medarbetare_id
            LEFT JOIN team t ON t.id = g.team_id LEFT JOIN enhet te ON te.id = t.enhet_id
            LEFT JOIN enhet e ON e.id = g.enhet_id
            LEFT JOIN kommun k ON k.id = g.kommun_id
            LEFT JOIN shadowing_team s ON s.id = g.shadowing_team_id
            WHERE (CAST(? AS TEXT) IS NULL OR g.login = ?)
            ORDER BY g.login, g.role, g.id
            """, arguments: [login, login]).map { row in
            let kind: String? = row[4]
            let scope = kind.flatMap(AccessScopeKind.init(rawValue:)).map { AccessScope(kind: $0, id: row[5], name: row[6]) }
            return AccessGrant(login: row[0], personId: row[1], personName: row[2],
                               role: AccessRole(rawValue: row[3]) ?? .medarbetare, scope: scope)
        }
    }
}

extension AppDatabase {
    /// The person an audit row names (`audit.person_id`), for tests and the audit view.
    /// - Throws: the store's errors.
    public func auditPersonId(auditId: Int64) throws -> Int64? {
        try writer.read { db in try Int64.fetchOne(db, sql: "SELECT person_id FROM audit WHERE id = ?", arguments: [auditId]) }
    }
}
