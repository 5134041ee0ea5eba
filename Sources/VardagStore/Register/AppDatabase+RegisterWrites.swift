import VardagDomain

/// Register writes. Each runs in one transaction: the domain validation rules are checked
/// against the current data inside it, the change and its audit row are written together,
/// and a thrown `ValidationFailure` or `StoreError` leaves the database unchanged.
extension AppDatabase {
    // MARK: Kommun

    /// Adds a kommun.
    /// - Parameter name: the name as typed; trimmed and NFC-normalised.
    /// - Returns: the stored kommun.
    /// - Throws: `ValidationFailure` (`.name`: required, tooLong, invalidCharacters, duplicate).
    @discardableResult
    public func addKommun(name: String) throws -> Kommun {
        try writer.write { db in try self.insertKommun(db, name: name) }
    }

    /// Renames a kommun.
    /// - Parameters:
    ///   - id: the kommun.
    ///   - name: the new name as typed.
    /// - Returns: the stored kommun.
    /// - Throws: `StoreError.notFound`, `ValidationFailure`.
    @discardableResult
    public func renameKommun(id: Int64, name: String) throws -> Kommun {
        try writer.write { db in
            try self.renameKommun(db, before: Self.fetch(KommunRecord.self, db, id: id, entity: "kommun"), name: name)
        }
    }

    /// Renames a kommun inside the caller's transaction; `before` is the stored row.
    func renameKommun(_ db: any StoreConnection, before: KommunRecord, name: String) throws -> Kommun {
        let id = before.id ?? 0
        let others = try String.fetchAll(db, sql: "SELECT name FROM kommun WHERE id != ?", arguments: [id])
        try Self.require(RegisterValidation.validateKommun(name: name, otherKommunNames: others))
        let record = KommunRecord(id: id, name: name, active: before.active)
        try record.update(db)
        try recordAudit(db, .update, entity: "kommun", entityId: id, before: before.auditValues, after: record.auditValues)
        return record.kommun
    }

    /// Marks a kommun inactive together with its units and their teams, in one transaction,
    /// each change audited (kept for history, nothing deleted). Staff are not changed: they
    /// keep their teams and their history, and are deactivated one by one if they leave.
    ///
    /// A kommun that no longer takes part leaves no active unit or team behind it: those
    /// would still be offered in the tools' team pickers under an inactive kommun.
    /// - Parameter id: the kommun.
    /// - Returns: the stored kommun.
    /// - Throws: `StoreError.notFound`.
    @discardableResult
    public func deactivateKommun(id: Int64) throws -> Kommun {
        try writer.write { db in
            let kommun = try self.setActive(db, KommunRecord.self, id: id, active: false, entity: "kommun", audit: \.auditValues)
            let enheter = try EnhetRecord.fetchAll(db, where: "kommun_id = ?", arguments: [id])
            for enhet in enheter where enhet.active {
                _ = try self.setActive(db, EnhetRecord.self, id: enhet.id!, active: false, entity: "enhet", audit: \.auditValues)
            }
            let teams = try TeamRecord.fetchAll(db, where: "active = 1 AND enhet_id IN (SELECT id FROM enhet WHERE kommun_id = ?)", arguments: [id])
            for team in teams {
                _ = try self.setActive(db, TeamRecord.self, id: team.id!, active: false, entity: "team", audit: \.auditValues)
            }
            return kommun.kommun
        }
    }

    /// How many active units and teams a kommun has: what `deactivateKommun` would deactivate with it.
    /// - Parameter id: the kommun.
    public func activeUnitsAndTeams(kommunId id: Int64) throws -> (enheter: Int, teams: Int) {
        try writer.read { db in
            let row = try StoreRow.fetchOne(db, sql: """
                SELECT (SELECT count(*) FROM enhet WHERE kommun_id = ?1 AND active = 1),
                       (SELECT count(*) FROM team t JOIN enhet e ON e.id = t.enhet_id WHERE e.kommun_id = ?1 AND t.active = 1)
                """, arguments: [id])
            return (row?[0] ?? 0, row?[1] ?? 0)
        }
    }

    /// Marks a kommun active again. Its units and teams stay as they are (inactive after a
    /// `deactivateKommun`): some may have closed for good, so each is reactivated on its own.
    /// - Parameter id: the kommun.
    /// - Returns: the stored kommun.
    /// - Throws: `StoreError.notFound`.
    @discardableResult
    public func reactivateKommun(id: Int64) throws -> Kommun {
        try setActive(KommunRecord.self, id: id, active: true, entity: "kommun", audit: \.auditValues).kommun
    }

    // MARK: Enhet

    /// Adds a unit to a kommun.
    /// - Parameters:
    ///   - kommunId: the kommun.
    ///   - name: the name as typed; unique within the kommun ignoring case.
    ///   - omrade: the verksamhetsområde.
    /// - Returns: the stored enhet.
    /// - Throws: `ValidationFailure` (`.kommun: .unknownReference`, `.name`: ...).
    @discardableResult
    public func addEnhet(kommunId: Int64, name: String, omrade: Verksamhetsomrade) throws -> Enhet {
        try writer.write { db in try self.insertEnhet(db, kommunId: kommunId, name: name, omrade: omrade) }
    }

    /// Changes a unit's name, verksamhetsområde and (optionally) kommun.
    /// - Parameters:
    ///   - id: the enhet.
    ///   - name: the new name as typed.
    ///   - omrade: the verksamhetsområde.
    ///   - kommunId: a new kommun, or nil to keep the current one.
    /// - Returns: the stored enhet.
    /// - Throws: `StoreError.notFound`, `ValidationFailure`.
    @discardableResult
    public func updateEnhet(id: Int64, name: String, omrade: Verksamhetsomrade, kommunId: Int64? = nil) throws -> Enhet {
        try writer.write { db in
            let before = try Self.fetch(EnhetRecord.self, db, id: id, entity: "enhet")
            return try self.updateEnhet(db, before: before, name: name, omrade: omrade, kommunId: kommunId ?? before.kommunId)
        }
    }

    /// Changes a unit inside the caller's transaction; `before` is the stored row.
    func updateEnhet(_ db: any StoreConnection, before: EnhetRecord, name: String, omrade: Verksamhetsomrade, kommunId parent: Int64) throws -> Enhet {
        let id = before.id ?? 0
        guard try KommunRecord.exists(db, key: parent) else {
            throw ValidationFailure([.kommun: .unknownReference])
        }
        let siblings = try String.fetchAll(
            db, sql: "SELECT name FROM enhet WHERE kommun_id = ? AND id != ?", arguments: [parent, id])
        try Self.require(RegisterValidation.validateEnhet(name: name, siblingNames: siblings))
        let record = EnhetRecord(id: id, kommunId: parent, name: name, omrade: omrade, active: before.active)
        try record.update(db)
        try recordAudit(db, .update, entity: "enhet", entityId: id, before: before.auditValues, after: record.auditValues)
        return record.enhet
    }

    /// Marks a unit inactive. Its teams and staff are not changed.
    /// - Parameter id: the enhet.
    /// - Returns: the stored enhet.
    /// - Throws: `StoreError.notFound`.
    @discardableResult
    public func deactivateEnhet(id: Int64) throws -> Enhet {
        try setActive(EnhetRecord.self, id: id, active: false, entity: "enhet", audit: \.auditValues).enhet
    }

    /// Marks a unit active again.
    /// - Parameter id: the enhet.
    /// - Returns: the stored enhet.
    /// - Throws: `StoreError.notFound`.
    @discardableResult
    public func reactivateEnhet(id: Int64) throws -> Enhet {
        try setActive(EnhetRecord.self, id: id, active: true, entity: "enhet", audit: \.auditValues).enhet
    }

    // MARK: Team

    /// Adds a team to a unit.
    /// - Parameters:
    ///   - enhetId: the enhet.
    ///   - name: the name as typed; unique within the enhet ignoring case.
    /// - Returns: the stored team.
    /// - Throws: `ValidationFailure` (`.enhet: .unknownReference`, `.name`: ...).
    @discardableResult
    public func addTeam(enhetId: Int64, name: String) throws -> Team {
        try writer.write { db in try self.insertTeam(db, enhetId: enhetId, name: name) }
    }

    /// Renames a team and optionally moves it to another unit.
    /// - Parameters:
    ///   - id: the team.
    ///   - name: the new name as typed.
    ///   - enhetId: a new enhet, or nil to keep the current one.
    /// - Returns: the stored team.
    /// - Throws: `StoreError.notFound`, `ValidationFailure`.
    @discardableResult
    public func updateTeam(id: Int64, name: String, enhetId: Int64? = nil) throws -> Team {
        try writer.write { db in
            let before = try Self.fetch(TeamRecord.self, db, id: id, entity: "team")
            return try self.updateTeam(db, before: before, name: name, enhetId: enhetId ?? before.enhetId)
        }
    }

    /// Changes a team inside the caller's transaction; `before` is the stored row.
    func updateTeam(_ db: any StoreConnection, before: TeamRecord, name: String, enhetId parent: Int64) throws -> Team {
        let id = before.id ?? 0
        guard try EnhetRecord.exists(db, key: parent) else {
            throw ValidationFailure([.enhet: .unknownReference])
        }
        let siblings = try String.fetchAll(
            db, sql: "SELECT name FROM team WHERE enhet_id = ? AND id != ?", arguments: [parent, id])
        try Self.require(RegisterValidation.validateTeam(name: name, siblingNames: siblings))
        let record = TeamRecord(id: id, enhetId: parent, name: name, active: before.active)
        try record.update(db)
        try recordAudit(db, .update, entity: "team", entityId: id, before: before.auditValues, after: record.auditValues)
        return record.team
    }

    /// Marks a team inactive. Its staff are not changed.
    /// - Parameter id: the team.
    /// - Returns: the stored team.
    /// - Throws: `StoreError.notFound`.
    @discardableResult
    public func deactivateTeam(id: Int64) throws -> Team {
        try setActive(TeamRecord.self, id: id, active: false, entity: "team", audit: \.auditValues).team
    }

    /// Marks a team active again.
    /// - Parameter id: the team.
    /// - Returns: the stored team.
    /// - Throws: `StoreError.notFound`.
    @discardableResult
    public func reactivateTeam(id: Int64) throws -> Team {
        try setActive(TeamRecord.self, id: id, active: true, entity: "team", audit: \.auditValues).team
    }

    // MARK: Medarbetare

    /// Adds a staff member from the form's values; all field errors are reported together.
    /// - Parameter draft: the form values, the start date as typed.
    /// - Returns: the stored medarbetare (active).
    /// - Throws: `ValidationFailure` (`.team: .unknownReference`, `.name`, `.title`, `.startDate`).
    @discardableResult
    public func addMedarbetare(_ draft: MedarbetareDraft) throws -> Medarbetare {
        try writer.write { db in try self.insertMedarbetare(db, draft) }
    }

    /// Adds a staff member.
    /// - Parameters:
    ///   - teamId: the team.
    ///   - name: full name as typed (need not be unique).
    ///   - title: job title, e.g. "Undersköterska".
    ///   - role: the role in the tools.
    ///   - startDate: the employment start.
    /// - Returns: the stored medarbetare (active).
    /// - Throws: `ValidationFailure`.
    @discardableResult
    public func addMedarbetare(
        teamId: Int64, name: String, title: String, role: MedarbetarRoll, startDate: LocalDate
    ) throws -> Medarbetare {
        try addMedarbetare(MedarbetareDraft(teamId: teamId, name: name, title: title, role: role, startDate: startDate))
    }

    /// Changes a staff member's team, name, title, role and start date. The active flag is
    /// changed only by `deactivateMedarbetare` / `reactivateMedarbetare`.
    /// - Parameters:
    ///   - id: the medarbetare.
    ///   - draft: the form values.
    /// - Returns: the stored medarbetare.
    /// - Throws: `StoreError.notFound`, `ValidationFailure`.
    @discardableResult
    public func updateMedarbetare(id: Int64, _ draft: MedarbetareDraft) throws -> Medarbetare {
        try writer.write { db in
            try self.updateMedarbetare(db, before: Self.fetch(MedarbetareRecord.self, db, id: id, entity: "medarbetare"), draft)
        }
    }

    /// Changes a staff member inside the caller's transaction; `before` is the stored row.
    func updateMedarbetare(_ db: any StoreConnection, before: MedarbetareRecord, _ draft: MedarbetareDraft) throws -> Medarbetare {
        let id = before.id ?? 0
        let startDate = try Self.validated(db, draft)
        let record = MedarbetareRecord(
            id: id, teamId: draft.teamId, name: draft.name, title: draft.title,
            role: draft.role, startDate: startDate, active: before.active)
        try record.update(db)
        try recordAudit(db, .update, entity: "medarbetare", entityId: id, before: before.auditValues, after: record.auditValues)
        return record.medarbetare
    }

    /// Changes a staff member.
    /// - Parameters:
    ///   - id: the medarbetare.
    ///   - teamId: the team.
    ///   - name: full name.
    ///   - title: job title.
    ///   - role: the role.
    ///   - startDate: the employment start.
    /// - Returns: the stored medarbetare.
    /// - Throws: `StoreError.notFound`, `ValidationFailure`.
    @discardableResult
    public func updateMedarbetare(
        id: Int64, teamId: Int64, name: String, title: String, role: MedarbetarRoll, startDate: LocalDate
    ) throws -> Medarbetare {
        try updateMedarbetare(
            id: id, MedarbetareDraft(teamId: teamId, name: name, title: title, role: role, startDate: startDate))
    }

    /// Marks a staff member as having left. People are never deleted, so their history stays.
    /// - Parameter id: the medarbetare.
    /// - Returns: the stored medarbetare.
    /// - Throws: `StoreError.notFound`.
    @discardableResult
    public func deactivateMedarbetare(id: Int64) throws -> Medarbetare {
        try setActive(MedarbetareRecord.self, id: id, active: false, entity: "medarbetare", audit: \.auditValues)
            .medarbetare
    }

    /// Marks a staff member active again (e.g. returned after leave).
    /// - Parameter id: the medarbetare.
    /// - Returns: the stored medarbetare.
    /// - Throws: `StoreError.notFound`.
    @discardableResult
    public func reactivateMedarbetare(id: Int64) throws -> Medarbetare {
        try setActive(MedarbetareRecord.self, id: id, active: true, entity: "medarbetare", audit: \.auditValues)
            .medarbetare
    }

    // MARK: Inserts inside a caller's transaction (the intents above, and the seeding interface for VardagDemo)

    @_spi(Seeding) public func insertKommun(_ db: any StoreConnection, name: String) throws -> Kommun {
        let others = try String.fetchAll(db, sql: "SELECT name FROM kommun")
        try Self.require(RegisterValidation.validateKommun(name: name, otherKommunNames: others))
        var record = KommunRecord(name: name)
        try record.insert(db)
        try recordAudit(db, .insert, entity: "kommun", entityId: record.id ?? 0, before: nil, after: record.auditValues)
        return record.kommun
    }

    @_spi(Seeding) public func insertEnhet(_ db: any StoreConnection, kommunId: Int64, name: String, omrade: Verksamhetsomrade) throws -> Enhet {
        guard try KommunRecord.exists(db, key: kommunId) else {
            throw ValidationFailure([.kommun: .unknownReference])
        }
        let siblings = try String.fetchAll(db, sql: "SELECT name FROM enhet WHERE kommun_id = ?", arguments: [kommunId])
        try Self.require(RegisterValidation.validateEnhet(name: name, siblingNames: siblings))
        var record = EnhetRecord(kommunId: kommunId, name: name, omrade: omrade)
        try record.insert(db)
        try recordAudit(db, .insert, entity: "enhet", entityId: record.id ?? 0, before: nil, after: record.auditValues)
        return record.enhet
    }

    @_spi(Seeding) public func insertTeam(_ db: any StoreConnection, enhetId: Int64, name: String) throws -> Team {
        guard try EnhetRecord.exists(db, key: enhetId) else {
            throw ValidationFailure([.enhet: .unknownReference])
        }
        let siblings = try String.fetchAll(db, sql: "SELECT name FROM team WHERE enhet_id = ?", arguments: [enhetId])
        try Self.require(RegisterValidation.validateTeam(name: name, siblingNames: siblings))
        var record = TeamRecord(enhetId: enhetId, name: name)
        try record.insert(db)
        try recordAudit(db, .insert, entity: "team", entityId: record.id ?? 0, before: nil, after: record.auditValues)
        return record.team
    }

    @_spi(Seeding) public func insertMedarbetare(_ db: any StoreConnection, _ draft: MedarbetareDraft, active: Bool = true) throws -> Medarbetare {
        let startDate = try Self.validated(db, draft)
        var record = MedarbetareRecord(
            teamId: draft.teamId, name: draft.name, title: draft.title,
            role: draft.role, startDate: startDate, active: active)
        // A cached prepared statement rather than `record.insert(db)`: this is the hot path
        // of VardagDemo's `DemoData.populateLarge` (10,000 rows), and it keeps the column
        // list explicit.
        let insert = try db.cachedStatement(sql: """
            INSERT INTO medarbetare
                (team_id, name, sort_key, title, title_sort_key, search_key, role, start_date, active)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        try insert.execute(arguments: [
            record.teamId, record.name, record.sortKey, record.title, record.titleSortKey,
            record.searchKey, record.role, record.startDate, record.active,
        ])
        record.id = try db.lastInsertedRowID()
        try recordAudit(db, .insert, entity: "medarbetare", entityId: try db.lastInsertedRowID(),
                        before: nil, after: record.auditValues)
        return record.medarbetare
    }

    // MARK: Helpers

    /// Runs the medarbetare rules plus the team reference check; returns the parsed start date.
    private static func validated(_ db: any StoreConnection, _ draft: MedarbetareDraft) throws -> LocalDate {
        var errors = RegisterValidation.validateMedarbetare(draft)
        let teamExists = try db.cachedStatement(sql: "SELECT 1 FROM team WHERE id = ?")
        if try Int.fetchOne(teamExists, arguments: [draft.teamId]) == nil {
            errors[.team] = .unknownReference
        }
        try require(errors)
        guard case .success(let date) = RegisterValidation.checkDate(draft.startDate) else {
            throw ValidationFailure([.startDate: .required])
        }
        return date
    }

    private static func require(_ errors: [RegisterField: ValidationError]) throws {
        if !errors.isEmpty { throw ValidationFailure(errors) }
    }

    static func fetch<Record: StoredRecord>(
        _ type: Record.Type, _ db: any StoreConnection, id: Int64, entity: String
    ) throws -> Record {
        guard let record = try Record.fetchOne(db, key: id) else {
            throw StoreError.notFound(entity: entity, id: id)
        }
        return record
    }

    private func setActive<Record: StoredRecord>(
        _ type: Record.Type, id: Int64, active: Bool, entity: String,
        audit: @escaping @Sendable (Record) -> [String: AuditValue]
    ) throws -> Record {
        try writer.write { db in try self.setActive(db, type, id: id, active: active, entity: entity, audit: audit) }
    }

    /// Sets the flag and writes the audit row inside the caller's transaction; a row already
    /// in that state is left alone and writes no audit row.
    private func setActive<Record: StoredRecord>(
        _ db: any StoreConnection, _ type: Record.Type, id: Int64, active: Bool, entity: String,
        audit: (Record) -> [String: AuditValue]
    ) throws -> Record {
        let before = try Self.fetch(Record.self, db, id: id, entity: entity)
        if before.active == active { return before }
        var record = before
        record.active = active
        try record.update(db)
        try recordAudit(db, active ? .reactivate : .deactivate, entity: entity, entityId: id,
                        before: audit(before), after: audit(record))
        return record
    }
}

