import VardagDomain

extension AppDatabase {
    /// Compares kommuner: for each title, the share of its holders meeting the education
    /// requirement; for each area's ladder step, the share of the area's staff who completed it.
    ///
    /// Aggregates only: groups smaller than the suppression threshold get no figure, a
    /// count of 1 or 2 (or a rest of the group that small) gets none either, and a row's
    /// total over the kommuner is hidden where it would give away a hidden figure by
    /// subtraction (`ComparisonCell.protect`).
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
            var kommuner = try StoreRow.fetchAll(db, sql: "SELECT id, name FROM kommun WHERE active = 1 ORDER BY sort_key")
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
            // Where each team belongs; teams of kommuner not compared are left out.
            var teamPlace: [Int64: (column: Int, firstStep: Int?)] = [:]
            for row in try StoreRow.fetchAll(db, sql: "SELECT t.id, e.kommun_id, e.omrade FROM team t JOIN enhet e ON e.id = t.enhet_id") {
                guard let kommunColumn = column[row[1] as Int64] else { continue }
                teamPlace[row[0]] = (kommunColumn, Verksamhetsomrade(rawValue: row[2]).flatMap { stepIndex[$0] })
            }
            // 1. Titles, counted in SQLite per team and mapped title: holders and how many meet
            // the education requirement (the rule of `CompetenceAssessment.meetsEducation`).
            // The group without a mapped title gives the team's head count only.
            var hasUntitled = false
            let titleRows = try StoreRow.fetchCursor(db, sql: """
                SELECT m.team_id, c.title_id, count(*) AS people,
                       sum(CASE WHEN \(Self.educationLevelSQL("c.education_kind")) > \(Self.educationLevelSQL("ti.education_kind")) THEN 1
                                WHEN c.education_kind = ti.education_kind AND c.points >= ti.points THEN 1
                                ELSE 0 END) AS met
                FROM medarbetare m
                LEFT JOIN competence_mapping c ON c.medarbetare_id = m.id
                LEFT JOIN competence_title ti ON ti.id = c.title_id
                WHERE m.active = 1
                GROUP BY m.team_id, c.title_id
                """)
            var largestTeam = 0
            var teamSize: [Int64: Int] = [:]
            while let row = try titleRows.next() {
                let people: Int = row[2]
                let teamId: Int64 = row[0]
                teamSize[teamId, default: 0] += people
                largestTeam = max(largestTeam, teamSize[teamId]!)
                guard let place = teamPlace[teamId] else { continue }
                if let first = place.firstStep {
                    // Everyone in an area with a ladder is in the group of each of its steps.
                    for step in 0..<Ladder.stepCount { sizes[(first + step) * kommuner.count + place.column] += people }
                }
                guard let titleId = row[1] as Int64? else {
                    hasUntitled = true
                    continue
                }
                guard let title = titleById[titleId], let criterion = titleIndex[title.id] else { continue }
                let cell = criterion * kommuner.count + place.column
                sizes[cell] += people
                mets[cell] += row[3] as Int
            }
            // People without a mapped title (unmapped, or mapped without one) count under the
            // title their register title names, matched here: the match ignores case beyond
            // ASCII, which SQL cannot. Only read when there are such people.
            if hasUntitled {
                var titleForRegisterTitle: [String: CompetenceTitle?] = [:]
                let untitledRows = try StoreRow.fetchCursor(db, sql: """
                    SELECT m.team_id, m.title, c.education_kind, c.points, count(*) AS people
                    FROM medarbetare m LEFT JOIN competence_mapping c ON c.medarbetare_id = m.id
                    WHERE m.active = 1 AND c.title_id IS NULL
                    GROUP BY m.team_id, m.title, c.education_kind, c.points
                    """)
                while let row = try untitledRows.next() {
                    guard let place = teamPlace[row[0] as Int64] else { continue }
                    let registerTitle: String = row[1]
                    let title: CompetenceTitle?
                    if let cached = titleForRegisterTitle[registerTitle] {
                        title = cached
                    } else {
                        title = titleByKey[RegisterName.uniquenessKey(registerTitle)]
                        titleForRegisterTitle[registerTitle] = title
                    }
                    guard let title, let criterion = titleIndex[title.id] else { continue }
                    let people: Int = row[4]
                    let kind = (row[2] as String?).flatMap(EducationKind.init(rawValue:)) ?? .ingen
                    let mapping = CompetenceMapping(medarbetareId: 0, titleId: title.id, educationKind: kind, points: row[3] ?? 0)
                    let cell = criterion * kommuner.count + place.column
                    sizes[cell] += people
                    if CompetenceAssessment.meetsEducation(mapping, title) { mets[cell] += people }
                }
            }
            // 2. Completed steps, counted in SQLite per team, in the index's team order (no
            // sorting). The counts of the five steps are packed in one integer, 12 bits each
            // (one sum per row instead of five: measured a third faster), which is exact while
            // no team has 4096 active people; a larger team gets one sum per step.
            let bitsPerStep = 12
            let packed = largestTeam < (1 << bitsPerStep) && Ladder.stepCount * bitsPerStep < 63
            let sums = packed
                ? "sum(CAST(1 AS BIGINT) << CAST((s.step_no - 1) * \(bitsPerStep) AS INTEGER))"
                : (1...Ladder.stepCount).map { "count(*) FILTER (WHERE s.step_no = \($0))" }.joined(separator: ", ")
            let stepRows = try StoreRow.fetchCursor(db, sql: """
                SELECT m.team_id, \(sums) FROM medarbetare m
                JOIN competence_step_done s ON s.medarbetare_id = m.id
                WHERE m.active = 1
                GROUP BY m.team_id
                """)
            while let row = try stepRows.next() {
                guard let place = teamPlace[row[0] as Int64], let first = place.firstStep else { continue }
                let word: Int = packed ? row[1] : 0
                for step in 0..<Ladder.stepCount {
                    let count = packed ? (word >> (step * bitsPerStep)) & ((1 << bitsPerStep) - 1) : row[step + 1] as Int
                    mets[(first + step) * kommuner.count + place.column] += count
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
                var total = ComparisonCell(groupSize: sizes[range].reduce(0, +), met: mets[range].reduce(0, +), suppression: suppression)
                ComparisonCell.protect(cells, total: &total)
                return CompetenceComparison.Row(criterion: criteria[i], label: label, cells: cells, total: total)
            }
            return CompetenceComparison(kommuner: kommuner, rows: result, suppression: suppression)
        }
    }

    /// SQL for an education kind's level (`EducationKind.level`) from a column holding its code; NULL is level 0.
    private static func educationLevelSQL(_ column: String) -> String {
        "CASE \(column) " + EducationKind.allCases.map { "WHEN '\($0.rawValue)' THEN \($0.level)" }.joined(separator: " ") + " ELSE 0 END"
    }
}
