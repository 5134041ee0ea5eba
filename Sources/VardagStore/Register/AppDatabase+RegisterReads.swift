import VardagDomain

/// Register reads. Lists come in Swedish alphabetical order.
extension AppDatabase {
    /// The whole register as a tree of kommuner, enheter and teams with staff counts.
    /// - Returns: the tree, inactive items included.
    /// - Throws: GRDB errors.
    public func registerTree() throws -> RegisterTree {
        try writer.read { db in
            let kommuner = try KommunRecord.fetchAll(db)
            let enheter = try EnhetRecord.fetchAll(db)
            let teams = try TeamRecord.fetchAll(db)
            var counts: [Int64: (all: Int, active: Int)] = [:]
            for row in try StoreRow.fetchAll(db, sql: """
                SELECT team_id, count(*) AS all_count, sum(active) AS active_count
                FROM medarbetare GROUP BY team_id
                """) {
                counts[row["team_id"]] = (row["all_count"], row["active_count"])
            }
            let teamsByEnhet = Dictionary(grouping: teams, by: \.enhetId)
            let enheterByKommun = Dictionary(grouping: enheter, by: \.kommunId)
            return RegisterTree(kommuner: kommuner.map { kommun in
                RegisterTree.KommunNode(
                    kommun: kommun.kommun,
                    enheter: (enheterByKommun[kommun.id ?? 0] ?? []).map { enhet in
                        RegisterTree.EnhetNode(
                            enhet: enhet.enhet,
                            teams: (teamsByEnhet[enhet.id ?? 0] ?? []).map { team in
                                let count = counts[team.id ?? 0] ?? (0, 0)
                                return RegisterTree.TeamNode(
                                    team: team.team, staffCount: count.all, activeStaffCount: count.active)
                            })
                    })
            })
        }
    }

    /// All kommuner.
    /// - Returns: the kommuner, inactive included.
    /// - Throws: GRDB errors.
    public func kommuner() throws -> [Kommun] {
        try writer.read { db in try KommunRecord.fetchAll(db).map(\.kommun) }
    }

    /// The units of a kommun.
    /// - Parameter kommunId: the kommun.
    /// - Returns: its enheter, inactive included.
    /// - Throws: GRDB errors.
    public func enheter(kommunId: Int64) throws -> [Enhet] {
        try writer.read { db in
            try EnhetRecord.fetchAll(db, where: "kommun_id = ?", arguments: [kommunId]).map(\.enhet)
        }
    }

    /// The teams of a unit.
    /// - Parameter enhetId: the enhet.
    /// - Returns: its teams, inactive included.
    /// - Throws: GRDB errors.
    public func teams(enhetId: Int64) throws -> [Team] {
        try writer.read { db in
            try TeamRecord.fetchAll(db, where: "enhet_id = ?", arguments: [enhetId]).map(\.team)
        }
    }

    /// One kommun.
    /// - Parameter id: the id.
    /// - Returns: the kommun, or nil.
    /// - Throws: GRDB errors.
    public func kommun(id: Int64) throws -> Kommun? {
        try writer.read { db in try KommunRecord.fetchOne(db, key: id)?.kommun }
    }

    /// One enhet.
    /// - Parameter id: the id.
    /// - Returns: the enhet, or nil.
    /// - Throws: GRDB errors.
    public func enhet(id: Int64) throws -> Enhet? {
        try writer.read { db in try EnhetRecord.fetchOne(db, key: id)?.enhet }
    }

    /// One team.
    /// - Parameter id: the id.
    /// - Returns: the team, or nil.
    /// - Throws: GRDB errors.
    public func team(id: Int64) throws -> Team? {
        try writer.read { db in try TeamRecord.fetchOne(db, key: id)?.team }
    }

    /// One staff member.
    /// - Parameter id: the id.
    /// - Returns: the medarbetare, or nil.
    /// - Throws: GRDB errors.
    public func medarbetare(id: Int64) throws -> Medarbetare? {
        try writer.read { db in try MedarbetareRecord.fetchOne(db, key: id)?.medarbetare }
    }

    /// The staff of a team, by name.
    /// - Parameters:
    ///   - teamId: the team.
    ///   - includeInactive: whether people who have left are included.
    /// - Returns: the staff.
    /// - Throws: GRDB errors.
    public func medarbetare(teamId: Int64, includeInactive: Bool = false) throws -> [Medarbetare] {
        try writer.read { db in
            try MedarbetareRecord.fetchAll(db, where: includeInactive ? "team_id = ?" : "team_id = ? AND active = 1",
                                           arguments: [teamId]).map(\.medarbetare)
        }
    }

    /// How many kommuner, enheter, teams and staff the register holds.
    /// - Returns: the counts.
    /// - Throws: GRDB errors.
    public func counts() throws -> RegisterCounts {
        try writer.read { db in
            let row = try StoreRow.fetchOne(db, sql: Self.countsSQL)!
            return RegisterCounts(kommuner: row["k"], enheter: row["e"], teams: row["t"],
                                  medarbetare: row["m"], activeMedarbetare: row["a"])
        }
    }

    /// The SQL of `counts()`, which the main menu's first frame runs. Public so the
    /// benchmark can time the same statement in `sqlite3` and `psql`.
    public static let countsSQL = """
        SELECT (SELECT count(*) FROM kommun) AS k, (SELECT count(*) FROM enhet) AS e,
               (SELECT count(*) FROM team) AS t, (SELECT count(*) FROM medarbetare) AS m,
               (SELECT count(*) FROM medarbetare WHERE active = 1) AS a
        """

    // MARK: Windowed staff list

    /// How many staff match a filter, for the list's scroll bar and page count.
    /// - Parameter filter: the filter.
    /// - Returns: the number of matching staff.
    /// - Throws: GRDB errors.
    public func staffCount(filter: StaffFilter = .all) throws -> Int {
        let (whereClause, arguments) = Self.staffWhere(filter, dialect: writer.dialect)
        return try writer.read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) " + Self.staffFrom + whereClause, arguments: arguments) ?? 0
        }
    }

    /// One window of the staff list: only the rows on screen are fetched, so the list
    /// scales to 10,000 staff.
    /// - Parameters:
    ///   - offset: index of the first row, from 0.
    ///   - limit: at most this many rows.
    ///   - filter: which staff.
    ///   - sort: the order.
    /// - Returns: the rows.
    /// - Throws: GRDB errors.
    public func staff(offset: Int, limit: Int, filter: StaffFilter = .all, sort: StaffSort = .name) throws -> [StaffRow] {
        let (whereClause, filterArguments) = Self.staffWhere(filter, dialect: writer.dialect)
        var arguments = filterArguments
        arguments += [max(0, limit), max(0, offset)]
        let sql = Self.staffSelect + Self.staffFrom + whereClause
            + " ORDER BY " + Self.staffOrder(sort) + " LIMIT ? OFFSET ?"
        return try writer.read { db in
            try StoreRow.fetchAll(db, sql: sql, arguments: arguments).map(Self.staffRow)
        }
    }

    /// Calls `body` with every matching staff row in list order as the statement's cursor
    /// gives it, in one read: for exports, which hold no more than one row.
    /// - Parameters:
    ///   - filter: which staff.
    ///   - sort: the order.
    ///   - body: called with each row.
    /// - Throws: GRDB errors, what `body` throws.
    public func forEachStaff(filter: StaffFilter = .all, sort: StaffSort = .name, _ body: (StaffRow) throws -> Void) throws {
        let (whereClause, arguments) = Self.staffWhere(filter, dialect: writer.dialect)
        let sql = Self.staffSelect + Self.staffFrom + whereClause + " ORDER BY " + Self.staffOrder(sort)
        try writer.read { db in
            try StoreRow.stream(db, sql: sql, arguments: arguments) { try body(Self.staffRow($0)) }
        }
    }

    /// The ids of all matching staff in list order: one cheap query per filter or sort
    /// change, after which any window is fetched by id (`staff(ids:)`) without the
    /// cost of a deep `OFFSET`, which grows with the position in the list.
    /// - Parameters:
    ///   - filter: which staff.
    ///   - sort: the order.
    /// - Returns: the ids, in order.
    /// - Throws: GRDB errors.
    public func staffIDs(filter: StaffFilter = .all, sort: StaffSort = .name) throws -> [Int64] {
        let (whereClause, arguments) = Self.staffWhere(filter, dialect: writer.dialect)
        let sql = "SELECT m.id" + Self.staffFrom + whereClause + " ORDER BY " + Self.staffOrder(sort)
        return try writer.read { db in try Int64.fetchAll(db, sql: sql, arguments: arguments) }
    }

    /// Staff rows by id, in the order of the ids given (missing ids are skipped).
    /// - Parameter ids: medarbetare ids.
    /// - Returns: the rows.
    /// - Throws: GRDB errors.
    public func staff(ids: [Int64]) throws -> [StaffRow] {
        guard !ids.isEmpty else { return [] }
        let sql = Self.staffPageSQL(count: ids.count)
        let rows = try writer.read { db in
            try StoreRow.fetchAll(db, sql: sql, arguments: StoreArguments(ids)).map(Self.staffRow)
        }
        let byId = Dictionary(uniqueKeysWithValues: rows.map { ($0.id, $0) })
        return ids.compactMap { byId[$0] }
    }

    /// The SQL of `staff(ids:)`, one window of the staff list, with `count` `?` parameters
    /// for the ids. Public so the benchmark can time the same statement in `sqlite3` and `psql`.
    /// - Parameter count: how many ids.
    /// - Returns: the SQL.
    public static func staffPageSQL(count: Int) -> String {
        staffSelect + staffFrom + " WHERE m.id IN (\(Array(repeating: "?", count: count).joined(separator: ",")))"
    }

    private static let staffSelect = """
        SELECT m.id, m.name, m.title, m.role, m.start_date, m.active,
               t.id AS team_id, t.name AS team_name, e.id AS enhet_id, e.name AS enhet_name,
               e.omrade, k.id AS kommun_id, k.name AS kommun_name
        """

    private static func staffOrder(_ sort: StaffSort) -> String {
        switch sort {
        case .name: return "m.sort_key, m.id"
        case .team: return "k.sort_key, k.id, e.sort_key, e.id, t.sort_key, t.id, m.sort_key, m.id"
        case .title: return "m.title_sort_key, m.sort_key, m.id"
        }
    }

    private static let staffFrom = """
         FROM medarbetare m
         JOIN team t ON t.id = m.team_id
         JOIN enhet e ON e.id = t.enhet_id
         JOIN kommun k ON k.id = e.kommun_id
        """

    private static func staffWhere(_ filter: StaffFilter, dialect: SQLDialect) -> (String, StoreArguments) {
        var conditions: [String] = []
        var arguments: StoreArguments = []
        let needle = RegisterName.swedishSortKey(filter.text)
        if !needle.isEmpty {
            conditions.append(dialect.contains("m.search_key", "?"))
            arguments += [needle]
        }
        if let id = filter.kommunId { conditions.append("k.id = ?"); arguments += [id] }
        if let id = filter.enhetId { conditions.append("e.id = ?"); arguments += [id] }
        if let id = filter.teamId { conditions.append("t.id = ?"); arguments += [id] }
        if let omrade = filter.omrade { conditions.append("e.omrade = ?"); arguments += [omrade.rawValue] }
        if let role = filter.role { conditions.append("m.role = ?"); arguments += [role.rawValue] }
        if !filter.includeInactive { conditions.append("m.active = 1") }
        let clause = conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ")
        return (clause, arguments)
    }

    private static func staffRow(_ row: StoreRow) -> StaffRow {
        let startText: String = row["start_date"]
        return StaffRow(
            id: row["id"], name: row["name"], title: row["title"],
            role: MedarbetarRoll(rawValue: row["role"]) ?? .medarbetare,
            startDate: (try? LocalDate.parse(startText)) ?? LocalDate.today(),
            active: row["active"],
            teamId: row["team_id"], teamName: row["team_name"],
            enhetId: row["enhet_id"], enhetName: row["enhet_name"],
            omrade: Verksamhetsomrade(rawValue: row["omrade"]) ?? .ifo,
            kommunId: row["kommun_id"], kommunName: row["kommun_name"])
    }
}
