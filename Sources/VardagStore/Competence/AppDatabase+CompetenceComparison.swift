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
            // Counts live in flat arrays indexed by criterion × kommun: one pass, no per-row allocation.
            var criteria: [ComparisonCriterion] = []
            var sizes: [Int] = []
            var mets: [Int] = []
            var criterionIndex: [ComparisonCriterion: Int] = [:]
            func index(of criterion: ComparisonCriterion) -> Int {
                if let found = criterionIndex[criterion] { return found }
                criteria.append(criterion)
                criterionIndex[criterion] = criteria.count - 1
                sizes.append(contentsOf: repeatElement(0, count: kommuner.count))
                mets.append(contentsOf: repeatElement(0, count: kommuner.count))
                return criteria.count - 1
            }
            var titleIndex: [Int64: Int] = [:]
            var stepIndex: [Verksamhetsomrade: Int] = [:]
            for title in titles { titleIndex[title.id] = index(of: .titleEducation(title: title.name)) }
            for omrade in Verksamhetsomrade.allCases where omrade != .ifo {
                stepIndex[omrade] = index(of: .step(omrade: omrade, step: 1))
                for step in 2...Ladder.stepCount { _ = index(of: .step(omrade: omrade, step: step)) }
            }
            var titleForRegisterTitle: [String: CompetenceTitle?] = [:]
            // Grouped in SQLite: a few thousand distinct (kommun, area, title, education, steps)
            // combinations instead of one Swift row per person.
            let rows = try Row.fetchCursor(db, sql: """
                SELECT e.kommun_id, e.omrade, m.title, c.title_id, c.education_kind, c.points,
                       coalesce(s.mask, 0) AS steps, count(*) AS people
                FROM medarbetare m JOIN team t ON t.id = m.team_id JOIN enhet e ON e.id = t.enhet_id
                LEFT JOIN competence_mapping c ON c.medarbetare_id = m.id
                LEFT JOIN (SELECT medarbetare_id, sum(1 << step_no) AS mask FROM competence_step_done
                           GROUP BY medarbetare_id) s ON s.medarbetare_id = m.id
                WHERE m.active = 1
                GROUP BY e.kommun_id, e.omrade, m.title, c.title_id, c.education_kind, c.points, coalesce(s.mask, 0)
                """)
            while let row = try rows.next() {
                guard let kommunColumn = column[row[0] as Int64] else { continue }
                let people: Int = row[7]
                let titleId: Int64? = row[3]
                var title = titleId.flatMap { titleById[$0] }
                if titleId == nil {
                    let registerTitle: String = row[2]
                    if let cached = titleForRegisterTitle[registerTitle] {
                        title = cached
                    } else {
                        title = titleByKey[RegisterName.uniquenessKey(registerTitle)]
                        titleForRegisterTitle[registerTitle] = title
                    }
                }
                if let title, let criterion = titleIndex[title.id] {
                    let kind = (row[4] as String?).flatMap(EducationKind.init(rawValue:)) ?? .ingen
                    let mapping = CompetenceMapping(medarbetareId: 0, titleId: title.id, educationKind: kind, points: row[5] ?? 0)
                    let cell = criterion * kommuner.count + kommunColumn
                    sizes[cell] += people
                    if CompetenceAssessment.meetsEducation(mapping, title) { mets[cell] += people }
                }
                guard let omrade = Verksamhetsomrade(rawValue: row[1]), let first = stepIndex[omrade] else { continue }
                let mask: Int = row[6]
                for step in 1...Ladder.stepCount {
                    let cell = (first + step - 1) * kommuner.count + kommunColumn
                    sizes[cell] += people
                    if mask & (1 << step) != 0 { mets[cell] += people }
                }
            }
            let result = criteria.indices.sorted { criteria[$0] < criteria[$1] }.compactMap { i -> CompetenceComparison.Row? in
                let range = (i * kommuner.count)..<((i + 1) * kommuner.count)
                guard sizes[range].contains(where: { $0 > 0 }) else { return nil }
                let label: String
                switch criteria[i] {
                case .titleEducation(let title): label = title
                case .step(let omrade, let step): label = "\(omrade.displayName) steg \(step)"
                }
                let cells = range.map { ComparisonCell(groupSize: sizes[$0], met: mets[$0], suppression: suppression) }
                return CompetenceComparison.Row(criterion: criteria[i], label: label, cells: cells)
            }
            return CompetenceComparison(kommuner: kommuner, rows: result, suppression: suppression)
        }
    }
}
