import Foundation
import VardagDomain

/// Fyrfältaren reads, named by what the screens show.
extension AppDatabase {
    /// The Fyrfältaren settings.
    /// - Returns: the stored settings (defaults until changed).
    /// - Throws: GRDB errors.
    public func workloadSettings() throws -> WorkloadSettings {
        try writer.read { db in try Self.fetchWorkloadSettings(db) }
    }

    /// The active medarbetare of a team, in name order.
    /// - Parameter teamId: the team.
    /// - Returns: the members.
    /// - Throws: GRDB errors.
    public func teamMembers(teamId: Int64) throws -> [TeamMember] {
        try writer.read { db in
            try StoreRow.fetchAll(db, sql: """
                SELECT id, name, title FROM medarbetare WHERE team_id = ? AND active = 1 ORDER BY sort_key, id
                """, arguments: [teamId]).map { TeamMember(id: $0["id"], name: $0["name"], title: $0["title"]) }
        }
    }

    /// One worker's grid for a period: her cases there with ratings and latest decisions, and her overall rating.
    /// - Parameters:
    ///   - medarbetareId: the worker.
    ///   - period: the period.
    /// - Returns: the grid (cases in natural reference order), or nil when the worker does not exist.
    /// - Throws: GRDB errors.
    public func workloadGrid(medarbetareId: Int64, period: WorkloadPeriod) throws -> WorkloadGrid? {
        try writer.read { db in
            guard let person = try StoreRow.fetchOne(db, sql: "SELECT name, team_id FROM medarbetare WHERE id = ?",
                                                arguments: [medarbetareId]) else { return nil }
            let cases = try StoreRow.fetchAll(db, sql: """
                SELECT c.id, c.reference, c.case_type, c.note, r.time, r.difficulty,
                       d.id AS d_id, d.period AS d_period, d.kind, d.review_date, d.to_medarbetare_id, d.note AS d_note,
                       d.decided_by, d.decided_at
                FROM workload_rating r
                JOIN workload_case c ON c.id = r.case_id
                LEFT JOIN workload_decision d ON d.id = (
                    SELECT max(id) FROM workload_decision WHERE case_id = c.id AND period <= r.period)
                WHERE r.medarbetare_id = ? AND r.period = ?
                ORDER BY c.reference, c.id
                """, arguments: [medarbetareId, period.description]).map(Self.workloadCase)
                // Natural order, so "Ärende 7" comes before "Ärende 14".
                .sorted { a, b in
                    switch a.reference.compare(b.reference, options: [.numeric, .caseInsensitive]) {
                    case .orderedAscending: return true
                    case .orderedDescending: return false
                    case .orderedSame: return a.id < b.id
                    }
                }
            let overall = try Int.fetchOne(db, sql: "SELECT rating FROM workload_overall WHERE medarbetare_id = ? AND period = ?",
                                           arguments: [medarbetareId, period.description])
            let previous = try Int.fetchOne(db, sql: "SELECT count(*) FROM workload_rating WHERE medarbetare_id = ? AND period = ?",
                                            arguments: [medarbetareId, period.previous.description]) ?? 0
            return WorkloadGrid(medarbetareId: medarbetareId, name: person["name"], teamId: person["team_id"],
                                period: period, cases: cases, overall: overall, previousCount: previous)
        }
    }

    /// The decisions on a case, newest first.
    /// - Parameter caseId: the case.
    /// - Returns: the decisions.
    /// - Throws: GRDB errors.
    public func decisions(caseId: Int64) throws -> [CaseDecision] {
        try writer.read { db in
            try StoreRow.fetchAll(db, sql: """
                SELECT id AS d_id, period AS d_period, kind, review_date, to_medarbetare_id, note AS d_note, decided_by, decided_at,
                       case_id FROM workload_decision WHERE case_id = ? ORDER BY id DESC
                """, arguments: [caseId]).compactMap { Self.decision($0, caseId: $0["case_id"]) }
        }
    }

    /// The SQL of the overview aggregate: per active team member and period, cases per field and the load figure.
    ///
    /// Arguments: threshold (4 times), team id, then the periods. Public so the benchmark can
    /// run the very same statement through the sqlite3 command-line tool.
    /// - Parameter periods: how many periods the `IN` list holds.
    /// - Returns: the SQL.
    public static func overviewAggregateSQL(periods: Int) -> String {
        """
        SELECT m.id AS medarbetare_id, r.period AS period,
               count(*) FILTER (WHERE r.time < ?1 AND r.difficulty < ?1) AS latt,
               count(*) FILTER (WHERE r.time >= ?1 AND r.difficulty < ?1) AS tidskravande,
               count(*) FILTER (WHERE r.time < ?1 AND r.difficulty >= ?1) AS svar,
               count(*) FILTER (WHERE r.time >= ?1 AND r.difficulty >= ?1) AS tung,
               sum(r.time * r.difficulty) AS load
        FROM medarbetare m
        JOIN workload_rating r ON r.medarbetare_id = m.id
        WHERE m.team_id = ?2 AND m.active = 1 AND r.period IN (\((0..<periods).map { "?\($0 + 3)" }.joined(separator: ", ")))
        GROUP BY m.id, r.period
        """
    }

    /// The SQL of the whole overview in one statement: the team's active people, the
    /// aggregate (`overviewAggregateSQL`, unchanged) and the overall ratings, told apart by
    /// `part` (0, 1, 2), in no particular order: an `ORDER BY` over the union made SQLite
    /// sort every part (more work than the two statements it replaced), so the 20 or so
    /// people are put in name order in Swift (`sort_key` is compared as bytes on both
    /// backends: `COLLATE "C"` on PostgreSQL). The first part's empty columns carry their
    /// types, which PostgreSQL needs to match the parts.
    ///
    /// Arguments as the aggregate's: threshold, team id, then the periods.
    /// - Parameter periods: how many periods the `IN` lists hold.
    /// - Returns: the SQL.
    static func overviewSQL(periods: Int) -> String {
        let list = (0..<periods).map { "?\($0 + 3)" }.joined(separator: ", ")
        return """
            SELECT 0 AS part, m.id AS medarbetare_id, CAST(NULL AS TEXT) AS period, CAST(NULL AS BIGINT) AS latt,
                   CAST(NULL AS BIGINT) AS tidskravande, CAST(NULL AS BIGINT) AS svar, CAST(NULL AS BIGINT) AS tung,
                   CAST(NULL AS BIGINT) AS load, CAST(NULL AS INTEGER) AS rating, m.name AS name, m.sort_key AS sort_key,
                   m.title AS title
            FROM medarbetare m
            WHERE m.team_id = ?2 AND m.active = 1
            UNION ALL
            SELECT 1, m.id, r.period,
                   count(*) FILTER (WHERE r.time < ?1 AND r.difficulty < ?1),
                   count(*) FILTER (WHERE r.time >= ?1 AND r.difficulty < ?1),
                   count(*) FILTER (WHERE r.time < ?1 AND r.difficulty >= ?1),
                   count(*) FILTER (WHERE r.time >= ?1 AND r.difficulty >= ?1),
                   sum(r.time * r.difficulty), NULL, NULL, NULL, NULL
            FROM medarbetare m
            JOIN workload_rating r ON r.medarbetare_id = m.id
            WHERE m.team_id = ?2 AND m.active = 1 AND r.period IN (\(list))
            GROUP BY m.id, r.period
            UNION ALL
            SELECT 2, o.medarbetare_id, o.period, NULL, NULL, NULL, NULL, NULL, o.rating, NULL, NULL, NULL
            FROM medarbetare m
            JOIN workload_overall o ON o.medarbetare_id = m.id
            WHERE m.team_id = ?2 AND m.active = 1 AND o.period IN (\(list))
            """
    }

    /// The team leader's overview: one row per active medarbetare with a summary per period and the heavy flag.
    /// - Parameters:
    ///   - teamId: the team.
    ///   - period: the latest period shown.
    ///   - periods: how many periods of history (12 for the sparkline).
    ///   - settings: the thresholds.
    /// - Returns: the rows in name order.
    /// - Throws: GRDB errors.
    public func workloadOverview(teamId: Int64, period: WorkloadPeriod, periods: Int = 12, settings: WorkloadSettings) throws -> [OverviewRow] {
        try writer.read { db in try Self.overviewRows(db, teamId: teamId, period: period, periods: periods, settings: settings) }
    }

    /// The overview screen's whole reload in one read: the settings, the latest period
    /// they make current, and the rows (two statements, one transaction).
    /// - Parameters:
    ///   - teamId: the team.
    ///   - periods: how many periods of history (12 for the sparkline).
    ///   - period: the latest period to show under the stored settings (the screen keeps
    ///     its period while the period kind is unchanged).
    /// - Returns: settings, period and rows.
    /// - Throws: store errors.
    public func workloadOverview(teamId: Int64, periods: Int = 12,
                                 period: (WorkloadSettings) -> WorkloadPeriod) throws -> WorkloadOverview {
        try writer.read { db in
            let settings = try Self.fetchWorkloadSettings(db)
            let shown = period(settings)
            return WorkloadOverview(settings: settings, period: shown,
                                    rows: try Self.overviewRows(db, teamId: teamId, period: shown, periods: periods, settings: settings))
        }
    }

    /// The overview's rows from one statement (`overviewSQL`), grouped per person.
    ///
    /// On SQLite the columns are read in place (`SQLiteRowScan`), and each row's period is
    /// found by its bytes: a `StoreRow` per row, and a `String` for its period, cost about
    /// a third of what the screen's reload does beyond the aggregate itself.
    static func overviewRows(_ db: any StoreConnection, teamId: Int64, period: WorkloadPeriod, periods: Int,
                             settings: WorkloadSettings) throws -> [OverviewRow] {
        let range = period.trailing(periods)
        let texts = range.map(\.description)
        var collector = OverviewRowsCollector(range: range)
        let sql = Self.overviewSQL(periods: texts.count)
        var values: [any StoreValueConvertible] = [settings.highThreshold, teamId]
        values += texts
        let arguments = StoreArguments(values)
        if let periodKeys = SQLiteRowScan.ShortTexts(texts), let scan = try SQLiteRowScan(db, cachedSQL: sql, arguments: arguments) {
            try scan.forEach { row in
                let id = Int64(row.integer(1))
                switch row.integer(0) {
                case 0:
                    collector.addPerson(id: id, name: row.text(9) ?? "", sortKey: row.text(10) ?? "", title: row.text(11) ?? "")
                case 1:
                    guard let i = row.index(ofText: 2, in: periodKeys) else { return }
                    collector.addCounts(id: id, period: i, counts: FieldCounts(latt: row.integer(3), tidskravande: row.integer(4),
                                                                               svar: row.integer(5), tung: row.integer(6)),
                                        load: row.integer(7))
                default:
                    guard let i = row.index(ofText: 2, in: periodKeys) else { return }
                    collector.addOverall(id: id, period: i, rating: row.integer(8))
                }
            }
            return collector.rows(settings: settings)
        }
        let index = Dictionary(uniqueKeysWithValues: texts.enumerated().map { ($1, $0) })
        let cursor = try StoreRow.fetchCursor(db.cachedStatement(sql: sql), arguments: arguments)
        while let row = try cursor.next() {
            let part: Int = row[0]
            let id: Int64 = row[1]
            if part == 0 {
                collector.addPerson(id: id, name: row[9], sortKey: row[10], title: row[11])
                continue
            }
            guard let i = index[row[2] as String] else { continue }
            if part == 1 {
                collector.addCounts(id: id, period: i, counts: FieldCounts(latt: row[3], tidskravande: row[4], svar: row[5], tung: row[6]),
                                    load: row[7])
            } else {
                collector.addOverall(id: id, period: i, rating: row[8])
            }
        }
        return collector.rows(settings: settings)
    }

    /// Everything waiting in a team: cases whose latest decision is "kan vänta", earliest review first.
    /// - Parameter teamId: the team (the case owner's team).
    /// - Returns: the waiting cases.
    /// - Throws: GRDB errors.
    public func waitingCases(teamId: Int64) throws -> [WaitingCase] {
        try writer.read { db in
            try StoreRow.fetchAll(db, sql: """
                SELECT c.id, c.reference, m.id AS m_id, m.name, d.review_date, d.note, d.decided_by, d.decided_at
                FROM workload_case c
                JOIN medarbetare m ON m.id = c.medarbetare_id
                JOIN workload_decision d ON d.id = (SELECT max(id) FROM workload_decision WHERE case_id = c.id)
                WHERE m.team_id = ? AND d.kind = 'kan_vanta'
                ORDER BY d.review_date, c.reference, c.id
                """, arguments: [teamId]).compactMap { row in
                guard let date = try? LocalDate.parse(row["review_date"]) else { return nil }
                return WaitingCase(caseId: row["id"], reference: row["reference"], medarbetareId: row["m_id"],
                                   medarbetareName: row["name"], reviewDate: date, note: row["note"],
                                   decidedBy: row["decided_by"], decidedAt: row["decided_at"])
            }
        }
    }

    /// One person's diary for a day: minutes per category.
    /// - Parameters:
    ///   - medarbetareId: the person.
    ///   - day: the day.
    /// - Returns: minutes per category (categories without entry are absent).
    /// - Throws: GRDB errors.
    public func diaryDay(medarbetareId: Int64, day: LocalDate) throws -> [TimeCategory: Int] {
        try writer.read { db in
            var result: [TimeCategory: Int] = [:]
            for row in try StoreRow.fetchAll(db, sql: """
                SELECT category, minutes FROM timediary_entry WHERE medarbetare_id = ? AND day = ?
                """, arguments: [medarbetareId, day.iso]) {
                if let category = TimeCategory(rawValue: row["category"]) { result[category] = row["minutes"] }
            }
            return result
        }
    }

    /// The share of direct time per active team member over a range of days.
    /// - Parameters:
    ///   - teamId: the team.
    ///   - from: the first day.
    ///   - to: the last day.
    /// - Returns: one row per active member, in name order (members with no entries have empty minutes).
    /// - Throws: GRDB errors.
    public func directShares(teamId: Int64, from: LocalDate, to: LocalDate) throws -> [DirectShareRow] {
        try writer.read { db in
            var rows: [Int64: DirectShareRow] = [:]
            var order: [Int64] = []
            for person in try StoreRow.fetchAll(db, sql: "SELECT id, name FROM medarbetare WHERE team_id = ? AND active = 1 ORDER BY sort_key, id",
                                           arguments: [teamId]) {
                let id: Int64 = person["id"]
                order.append(id)
                rows[id] = DirectShareRow(id: id, name: person["name"], minutes: [:], days: 0)
            }
            for row in try StoreRow.fetchAll(db, sql: """
                SELECT e.medarbetare_id, e.category, sum(e.minutes) AS minutes, count(DISTINCT e.day) AS days
                FROM timediary_entry e JOIN medarbetare m ON m.id = e.medarbetare_id
                WHERE m.team_id = ? AND m.active = 1 AND e.day BETWEEN ? AND ?
                GROUP BY e.medarbetare_id, e.category
                """, arguments: [teamId, from.iso, to.iso]) {
                let id: Int64 = row["medarbetare_id"]
                guard let category = TimeCategory(rawValue: row["category"]) else { continue }
                rows[id]?.minutes[category] = row["minutes"]
                let days: Int = row["days"]
                let held = rows[id]?.days ?? 0
                rows[id]?.days = max(held, days)
            }
            return order.compactMap { rows[$0] }
        }
    }

    // MARK: StoreRow mapping

    static func workloadCase(_ row: StoreRow) -> WorkloadCase {
        let id: Int64 = row["id"]
        return WorkloadCase(
            id: id, reference: row["reference"], caseType: (row["case_type"] as String?).flatMap(CaseType.init(rawValue:)),
            note: row["note"], time: row["time"], difficulty: row["difficulty"], decision: decision(row, caseId: id))
    }

    static func decision(_ row: StoreRow, caseId: Int64) -> CaseDecision? {
        guard let id: Int64 = row["d_id"], let kind = (row["kind"] as String?).flatMap(DecisionKind.init(rawValue:)),
              let period = try? WorkloadPeriod.parse(row["d_period"]) else { return nil }
        return CaseDecision(
            id: id, caseId: caseId, period: period, kind: kind,
            reviewDate: (row["review_date"] as String?).flatMap { try? LocalDate.parse($0) },
            toMedarbetareId: row["to_medarbetare_id"], note: row["d_note"] ?? "",
            decidedBy: row["decided_by"], decidedAt: row["decided_at"])
    }
}
