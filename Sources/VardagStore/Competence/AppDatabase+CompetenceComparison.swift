import GRDB
import VardagDomain

extension AppDatabase {
    /// Compares kommuner: for each title, the share of its holders meeting the education
    /// requirement; for each area's ladder step, the share of the area's staff who completed it.
    ///
    /// Aggregates only: groups smaller than the suppression threshold get no figure.
    /// Criteria with no staff in any chosen kommun are left out.
    /// - Parameter kommunIds: the kommuner to compare; nil or empty for all active ones.
    /// - Returns: the comparison.
    /// - Throws: GRDB errors.
    public func competenceComparison(kommunIds: [Int64]? = nil) throws -> CompetenceComparison {
        try writer.read { db in
            let suppression = try Self.fetchSuppression(db)
            let titles = try Self.fetchTitles(db)
            let titleById = Dictionary(uniqueKeysWithValues: titles.map { ($0.id, $0) })
            let titleByKey = Dictionary(titles.map { (RegisterName.uniquenessKey($0.name), $0) }) { a, _ in a }
            var kommuner = try Row.fetchAll(db, sql: "SELECT id, name FROM kommun WHERE active = 1 ORDER BY sort_key")
                .map { (id: $0["id"] as Int64, name: $0["name"] as String) }
            if let kommunIds, !kommunIds.isEmpty { kommuner = kommuner.filter { kommunIds.contains($0.id) } }
            let column = Dictionary(uniqueKeysWithValues: kommuner.enumerated().map { ($1.id, $0) })
            var groups: [ComparisonCriterion: [(size: Int, met: Int)]] = [:]
            func count(_ criterion: ComparisonCriterion, _ index: Int, met: Bool) {
                var cells = groups[criterion] ?? Array(repeating: (0, 0), count: kommuner.count)
                cells[index].size += 1
                if met { cells[index].met += 1 }
                groups[criterion] = cells
            }
            let rows = try Row.fetchCursor(db, sql: """
                SELECT e.kommun_id, e.omrade, m.title, c.title_id, c.education_kind, c.points,
                       (SELECT sum(1 << s.step_no) FROM competence_step_done s WHERE s.medarbetare_id = m.id) AS steps
                FROM medarbetare m JOIN team t ON t.id = m.team_id JOIN enhet e ON e.id = t.enhet_id
                LEFT JOIN competence_mapping c ON c.medarbetare_id = m.id
                WHERE m.active = 1
                """)
            while let row = try rows.next() {
                guard let index = column[row["kommun_id"] as Int64] else { continue }
                let titleId: Int64? = row["title_id"]
                let title = titleId.flatMap { titleById[$0] } ?? titleByKey[RegisterName.uniquenessKey(row["title"])]
                if let title {
                    let mapping = CompetenceMapping(
                        medarbetareId: 0, titleId: title.id,
                        educationKind: EducationKind(rawValue: row["education_kind"] ?? "ingen") ?? .ingen,
                        points: row["points"] ?? 0)
                    count(.titleEducation(title: title.name), index, met: CompetenceAssessment.meetsEducation(mapping, title))
                }
                guard let omrade = Verksamhetsomrade(rawValue: row["omrade"]), omrade != .ifo else { continue }
                let mask: Int = row["steps"] ?? 0
                for step in 1...Ladder.stepCount {
                    count(.step(omrade: omrade, step: step), index, met: mask & (1 << step) != 0)
                }
            }
            let result = groups.keys.sorted().map { criterion -> CompetenceComparison.Row in
                let label: String
                switch criterion {
                case .titleEducation(let title): label = title
                case .step(let omrade, let step): label = "\(omrade.displayName) steg \(step)"
                }
                let cells = groups[criterion]!.map { ComparisonCell(groupSize: $0.size, met: $0.met, suppression: suppression) }
                return CompetenceComparison.Row(criterion: criterion, label: label, cells: cells)
            }
            return CompetenceComparison(kommuner: kommuner, rows: result, suppression: suppression)
        }
    }
}
