import Foundation
import VardagDomain

/// Exports Fyrfältaren ratings and time diaries as Swedish-Excel CSV or JSON (see `RegisterExport` for the format rules).
public enum WorkloadExport {
    /// What to export.
    public struct Filter: Hashable, Sendable {
        /// Only this team (name, ignoring case), if given. The name must pick one team:
        /// one that several kommuner or units have is refused (`AmbiguousTeamName`).
        public var teamName: String?
        /// Narrows `teamName` to the teams of this kommun (name, ignoring case).
        public var kommunName: String?
        /// Narrows `teamName` to the teams of units with this name (ignoring case).
        public var enhetName: String?
        /// From this period (ratings) or its first day (diary), if given.
        public var from: WorkloadPeriod?
        /// To this period or its last day, if given.
        public var to: WorkloadPeriod?

        public init(teamName: String? = nil, kommunName: String? = nil, enhetName: String? = nil,
                    from: WorkloadPeriod? = nil, to: WorkloadPeriod? = nil) {
            self.teamName = teamName
            self.kommunName = kommunName
            self.enhetName = enhetName
            self.from = from
            self.to = to
        }
    }

    /// The CSV headings of the workload export.
    public static let workloadHeader = [
        "Kommun", "Enhet", "Team", "Medarbetare", "Period", "Ärende", "Ärendetyp", "Tid", "Svårighet", "Fält",
        "Beslut", "Beslut av", "Beslut tid", "Helhet", "Belastning",
    ]

    /// The CSV headings of the time diary export.
    public static let diaryHeader = ["Kommun", "Enhet", "Team", "Medarbetare", "Dag", "Kategori", "Minuter"]

    /// The names of the fields and decisions in the export (Swedish, as the UI's default).
    static let fieldNames: [WorkloadField: String] = [.latt: "lätt", .tidskravande: "tidskrävande", .svar: "svår", .tung: "tung"]
    static let decisionNames: [DecisionKind: String] = [
        .prioritera: "prioritera", .kanVanta: "kan vänta", .omfordela: "omfördela", .avsluta: "avsluta",
    ]

    /// The one team the filter's team name picks (ignoring case), narrowed by its kommun
    /// and unit names when given; nil when the filter names no team.
    /// - Throws: `WorkloadFailure` (`.team`, `.unknownReference`) when no team matches,
    ///   `AmbiguousTeamName` with the places when several do.
    static func teamIds(_ db: any StoreConnection, filter: Filter) throws -> [Int64]? {
        guard let name = filter.teamName else { return nil }
        func key(_ text: String) -> String { text.trimmingCharacters(in: .whitespaces).precomposedStringWithCanonicalMapping.lowercased() }
        var sql = """
            SELECT t.id, k.name AS kommun, e.name AS enhet, t.name AS team FROM team t
            JOIN enhet e ON e.id = t.enhet_id JOIN kommun k ON k.id = e.kommun_id
            WHERE t.name_key = ?
            """
        var arguments: [any StoreValueConvertible] = [key(name)]
        if let kommun = filter.kommunName { sql += " AND k.name_key = ?"; arguments.append(key(kommun)) }
        if let enhet = filter.enhetName { sql += " AND e.name_key = ?"; arguments.append(key(enhet)) }
        let rows = try StoreRow.fetchAll(db, sql: sql + " ORDER BY k.sort_key, e.sort_key", arguments: StoreArguments(arguments))
        if rows.isEmpty { throw WorkloadFailure(.team, .unknownReference) }
        if rows.count > 1 {
            throw AmbiguousTeamName(name: name, choices: rows.map { .init(kommun: $0["kommun"], enhet: $0["enhet"], team: $0["team"]) })
        }
        return rows.map { $0["id"] }
    }

    /// Rating rows in kommun, enhet, team, name, period, reference order.
    /// - Parameters:
    ///   - store: the database.
    ///   - filter: team and period range.
    /// - Returns: the rows.
    /// - Throws: `WorkloadFailure` for an unknown team, `AmbiguousTeamName`, GRDB errors.
    public static func workloadRows(from store: AppDatabase, filter: Filter = Filter()) throws -> [WorkloadExportRow] {
        var rows: [WorkloadExportRow] = []
        try forEachWorkloadRow(from: store, filter: filter) { row, settings in rows.append(exportRow(row, settings: settings)) }
        return rows
    }

    /// Calls `body` with each rating row as the statement's cursor gives it (columns as in
    /// `workloadRowsSQL`), in one read transaction that also reads the settings.
    /// - Throws: `WorkloadFailure` for an unknown team, `AmbiguousTeamName`, GRDB errors, what `body` throws.
    static func forEachWorkloadRow(from store: AppDatabase, filter: Filter, withOverall: Bool = true,
                                   _ body: (StoreRow, WorkloadSettings) throws -> Void) throws {
        try store.writer.read { db in
            let settings = try AppDatabase.fetchWorkloadSettings(db)
            var conditions: [String] = []
            var arguments: [any StoreValueConvertible] = []
            if let ids = try teamIds(db, filter: filter) {
                conditions.append("t.id IN (\(ids.map { _ in "?" }.joined(separator: ",")))")
                arguments += ids
            }
            for (bound, op) in [(filter.from, ">="), (filter.to, "<=")] {
                guard let bound else { continue }
                conditions.append("r.period \(op) ? AND length(r.period) = ?")
                arguments += [bound.description, bound.description.count]
            }
            let whereClause = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
            try StoreRow.stream(db, sql: workloadRowsSQL(whereClause: whereClause, withOverall: withOverall),
                                arguments: StoreArguments(arguments)) {
                try body($0, settings)
            }
        }
    }

    /// The export row of a cursor row.
    static func exportRow(_ row: StoreRow, settings: WorkloadSettings) -> WorkloadExportRow {
        let time: Int = row[7], difficulty: Int = row[8]
        let field = WorkloadField.of(time: time, difficulty: difficulty, threshold: settings.highThreshold)
        let kind = (row[9] as String?).flatMap(DecisionKind.init(rawValue:))
        return WorkloadExportRow(
            kommun: row[0], enhet: row[1], team: row[2], medarbetare: row[3],
            period: row[4], arende: row[5], arendetyp: row[6] ?? "",
            tid: time, svarighet: difficulty, falt: fieldNames[field] ?? field.rawValue,
            beslut: kind.flatMap { decisionNames[$0] } ?? "", beslutAv: row[10] ?? "",
            beslutTid: row[11] ?? "", helhet: row.count > 12 ? row[12] : nil,
            belastning: row.count > 13 ? row[13] : nil)
    }

    /// Streams the workload export into a sink, each row written as the cursor gives it.
    /// - Parameters:
    ///   - store: the database.
    ///   - filter: team and period range.
    ///   - format: CSV (words, as people read it) or JSON (codes, for programs).
    ///   - sink: where the bytes go.
    /// - Throws: `WorkloadFailure`, `AmbiguousTeamName`, GRDB, encoding and write errors.
    public static func writeWorkload(from store: AppDatabase, filter: Filter, format: RegisterExport.Format,
                                     into sink: ExportSink) throws {
        switch format {
        case .json:
            var writer = JSONArrayWriter(into: sink)
            try forEachWorkloadRow(from: store, filter: filter) { row, settings in
                try writer.append(exportRow(row, settings: settings))
            }
            try writer.finish()
        case .csv:
            var writer = try CSVRowWriter(into: sink)
            try writer.header(workloadHeader)
            // CSV is read by people: words, not codes (JSON keeps the codes for programs).
            let caseTypes = Dictionary(uniqueKeysWithValues: CaseType.allCases.map { ($0.rawValue, $0.displayName) })
            let decisions = Dictionary(uniqueKeysWithValues: DecisionKind.allCases.map { ($0.rawValue, decisionNames[$0] ?? "") })
            try forEachWorkloadRow(from: store, filter: filter) { row, settings in
                let values = row.values
                for index in 0..<6 { try writer.field(text(values[index])) }
                let caseType = text(values[6])
                try writer.field(caseTypes[caseType] ?? caseType)
                let time = Int(integer(values[7])), difficulty = Int(integer(values[8]))
                try writer.field(time)
                try writer.field(difficulty)
                let field = WorkloadField.of(time: time, difficulty: difficulty, threshold: settings.highThreshold)
                try writer.field(fieldNames[field] ?? field.rawValue)
                try writer.field(decisions[text(values[9])] ?? "")
                try writer.field(text(values[10]))
                try writer.field(text(values[11]))
                // Her overall self-rating (empty when she gave none) and the load of her period.
                if case .null = values[12] { try writer.field("") } else { try writer.field(Int(integer(values[12]))) }
                try writer.field(Int(integer(values[13])))
                writer.endRow()
            }
            try writer.finish()
        }
    }

    /// A text column's value, or empty for NULL.
    @inline(__always)
    private static func text(_ value: StoreValue) -> String {
        if case .text(let text) = value { return text }
        return String.fromStoreValue(value) ?? ""
    }

    /// An integer column's value.
    @inline(__always)
    private static func integer(_ value: StoreValue) -> Int64 {
        if case .integer(let number) = value { return number }
        return Int64.fromStoreValue(value) ?? 0
    }

    /// The SQL of `workloadRows`, with a `WHERE` clause (or none). Public so the benchmark
    /// can time the same rows out of `sqlite3 -csv` and `psql --csv`. With `withOverall`
    /// (every export) two last columns hold the person's overall self-rating for the period,
    /// which the heavy flag reads, and the period's load figure (Σ time × difficulty over
    /// all her ratings of the period, `LoadFigure`), repeated on each of her rows.
    /// - Parameter whereClause: `WHERE …` over `r` (the rating), `t` (the team) and the
    ///   others joined here, or an empty string.
    /// - Returns: the SQL.
    public static func workloadRowsSQL(whereClause: String, withOverall: Bool = false) -> String {
        let overall = withOverall
            ? ", o.rating AS overall, sum(r.time * r.difficulty) OVER (PARTITION BY r.medarbetare_id, r.period) AS load" : ""
        let overallJoin = withOverall ? "\nLEFT JOIN workload_overall o ON o.medarbetare_id = r.medarbetare_id AND o.period = r.period" : ""
        return """
        SELECT k.name AS kommun, e.name AS enhet, t.name AS team, m.name AS medarbetare, r.period,
               c.reference, c.case_type, r.time, r.difficulty, d.kind, d.decided_by, d.decided_at\(overall)
        FROM workload_rating r
        JOIN workload_case c ON c.id = r.case_id\(overallJoin)
        JOIN medarbetare m ON m.id = r.medarbetare_id
        JOIN team t ON t.id = m.team_id
        JOIN enhet e ON e.id = t.enhet_id
        JOIN kommun k ON k.id = e.kommun_id
        LEFT JOIN workload_decision d ON d.id = (
            SELECT max(id) FROM workload_decision WHERE case_id = r.case_id AND period <= r.period)
        \(whereClause)
        ORDER BY k.sort_key, e.sort_key, t.sort_key, m.sort_key, m.id, r.period, c.reference, c.id
        """
    }

    /// Diary rows in kommun, enhet, team, name, day, category order.
    /// - Parameters:
    ///   - store: the database.
    ///   - filter: team and range (from the first day of `from` to the last day of `to`).
    /// - Returns: the rows.
    /// - Throws: `WorkloadFailure` for an unknown team, `AmbiguousTeamName`, GRDB errors.
    public static func diaryRows(from store: AppDatabase, filter: Filter = Filter()) throws -> [TimeDiaryExportRow] {
        var rows: [TimeDiaryExportRow] = []
        try forEachDiaryRow(from: store, filter: filter) { rows.append($0) }
        return rows
    }

    /// Calls `body` with each diary row as the statement's cursor gives it, in one read transaction.
    static func forEachDiaryRow(from store: AppDatabase, filter: Filter, _ body: (TimeDiaryExportRow) throws -> Void) throws {
        try store.writer.read { db in
            var conditions: [String] = []
            var arguments: [any StoreValueConvertible] = []
            if let ids = try teamIds(db, filter: filter) {
                conditions.append("t.id IN (\(ids.map { _ in "?" }.joined(separator: ",")))")
                arguments += ids
            }
            if let from = filter.from { conditions.append("x.day >= ?"); arguments.append(from.firstDay.iso) }
            if let to = filter.to { conditions.append("x.day <= ?"); arguments.append(to.lastDay.iso) }
            let whereClause = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
            let order = TimeCategory.allCases.enumerated().map { "WHEN '\($1.rawValue)' THEN \($0)" }.joined(separator: " ")
            try StoreRow.stream(db, sql: """
                SELECT k.name AS kommun, e.name AS enhet, t.name AS team, m.name AS medarbetare, x.day, x.category, x.minutes
                FROM timediary_entry x
                JOIN medarbetare m ON m.id = x.medarbetare_id
                JOIN team t ON t.id = m.team_id
                JOIN enhet e ON e.id = t.enhet_id
                JOIN kommun k ON k.id = e.kommun_id
                \(whereClause)
                ORDER BY k.sort_key, e.sort_key, t.sort_key, m.sort_key, m.id, x.day, CASE x.category \(order) END
                """, arguments: StoreArguments(arguments)) { row in
                try body(TimeDiaryExportRow(kommun: row[0], enhet: row[1], team: row[2], medarbetare: row[3],
                                            dag: row[4], kategori: row[5], minuter: row[6]))
            }
        }
    }

    /// Streams the time diary export into a sink, each row written as the cursor gives it.
    /// - Throws: `WorkloadFailure`, `AmbiguousTeamName`, GRDB, encoding and write errors.
    public static func writeDiary(from store: AppDatabase, filter: Filter, format: RegisterExport.Format,
                                  into sink: ExportSink) throws {
        switch format {
        case .json:
            var writer = JSONArrayWriter(into: sink)
            try forEachDiaryRow(from: store, filter: filter) { try writer.append($0) }
            try writer.finish()
        case .csv:
            var writer = try CSVRowWriter(into: sink)
            try writer.header(diaryHeader)
            try forEachDiaryRow(from: store, filter: filter) { row in
                try writer.row([row.kommun, row.enhet, row.team, row.medarbetare, row.dag,
                                 TimeCategory(rawValue: row.kategori)?.displayName ?? row.kategori, String(row.minuter)])
            }
            try writer.finish()
        }
    }

    /// The workload export in a format, in memory.
    public static func workloadData(from store: AppDatabase, filter: Filter, format: RegisterExport.Format) throws -> Data {
        try ExportWriter.collect { try writeWorkload(from: store, filter: filter, format: format, into: $0) }
    }

    /// The time diary export in a format, in memory.
    public static func diaryData(from store: AppDatabase, filter: Filter, format: RegisterExport.Format) throws -> Data {
        try ExportWriter.collect { try writeDiary(from: store, filter: filter, format: format, into: $0) }
    }
}
