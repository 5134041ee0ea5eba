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
        "Beslut", "Beslut av", "Beslut tid",
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
        let settings = try store.workloadSettings()
        return try store.writer.read { db in
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
            return try StoreRow.fetchAll(db, sql: workloadRowsSQL(whereClause: whereClause),
                                         arguments: StoreArguments(arguments)).map { row in
                let time: Int = row["time"], difficulty: Int = row["difficulty"]
                let field = WorkloadField.of(time: time, difficulty: difficulty, threshold: settings.highThreshold)
                let kind = (row["kind"] as String?).flatMap(DecisionKind.init(rawValue:))
                return WorkloadExportRow(
                    kommun: row["kommun"], enhet: row["enhet"], team: row["team"], medarbetare: row["medarbetare"],
                    period: row["period"], arende: row["reference"], arendetyp: row["case_type"] ?? "",
                    tid: time, svarighet: difficulty, falt: fieldNames[field] ?? field.rawValue,
                    beslut: kind.flatMap { decisionNames[$0] } ?? "", beslutAv: row["decided_by"] ?? "",
                    beslutTid: row["decided_at"] ?? "")
            }
        }
    }

    /// The SQL of `workloadRows`, with a `WHERE` clause (or none). Public so the benchmark
    /// can time the same rows out of `sqlite3 -csv` and `psql --csv`.
    /// - Parameter whereClause: `WHERE …` over `r` (the rating), `t` (the team) and the
    ///   others joined here, or an empty string.
    /// - Returns: the SQL.
    public static func workloadRowsSQL(whereClause: String) -> String {
        """
        SELECT k.name AS kommun, e.name AS enhet, t.name AS team, m.name AS medarbetare, r.period,
               c.reference, c.case_type, r.time, r.difficulty, d.kind, d.decided_by, d.decided_at
        FROM workload_rating r
        JOIN workload_case c ON c.id = r.case_id
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
            return try StoreRow.fetchAll(db, sql: """
                SELECT k.name AS kommun, e.name AS enhet, t.name AS team, m.name AS medarbetare, x.day, x.category, x.minutes
                FROM timediary_entry x
                JOIN medarbetare m ON m.id = x.medarbetare_id
                JOIN team t ON t.id = m.team_id
                JOIN enhet e ON e.id = t.enhet_id
                JOIN kommun k ON k.id = e.kommun_id
                \(whereClause)
                ORDER BY k.sort_key, e.sort_key, t.sort_key, m.sort_key, m.id, x.day, CASE x.category \(order) END
                """, arguments: StoreArguments(arguments)).map { row in
                TimeDiaryExportRow(kommun: row["kommun"], enhet: row["enhet"], team: row["team"], medarbetare: row["medarbetare"],
                                   dag: row["day"], kategori: row["category"], minuter: row["minutes"])
            }
        }
    }

    /// The workload export in a format.
    public static func workloadData(from store: AppDatabase, filter: Filter, format: RegisterExport.Format) throws -> Data {
        let rows = try workloadRows(from: store, filter: filter)
        switch format {
        case .json: return try ExportEncoding.json(rows)
        case .csv:
            return try ExportEncoding.csv(header: workloadHeader, rows: rows.map {
                // CSV is read by people: words, not codes (JSON keeps the codes for programs).
                [$0.kommun, $0.enhet, $0.team, $0.medarbetare, $0.period, $0.arende,
                 CaseType(rawValue: $0.arendetyp)?.displayName ?? $0.arendetyp, String($0.tid),
                 String($0.svarighet), $0.falt, $0.beslut, $0.beslutAv, $0.beslutTid]
            })
        }
    }

    /// The time diary export in a format.
    public static func diaryData(from store: AppDatabase, filter: Filter, format: RegisterExport.Format) throws -> Data {
        let rows = try diaryRows(from: store, filter: filter)
        switch format {
        case .json: return try ExportEncoding.json(rows)
        case .csv:
            return try ExportEncoding.csv(header: diaryHeader, rows: rows.map {
                [$0.kommun, $0.enhet, $0.team, $0.medarbetare, $0.dag,
                 TimeCategory(rawValue: $0.kategori)?.displayName ?? $0.kategori, String($0.minuter)]
            })
        }
    }
}
