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
    ///
    /// On PostgreSQL the server computes and suppresses it (`v15-competence-comparison`, read in
    /// `serverComparison`): no login reads the raw counts there, and a figure that is not shown
    /// is 0 in the result. On SQLite (an owner-only file) it is computed here from the views of
    /// `v12-access-policies`.
    /// - Parameter kommunIds: the kommuner to compare; nil or empty for all active ones.
    /// - Returns: the comparison.
    /// - Throws: the store's errors.
    public func competenceComparison(kommunIds: [Int64]? = nil) throws -> CompetenceComparison {
        try writer.read { db in
            let suppression = try Self.fetchSuppression(db)
            let titles = try Self.fetchTitles(db)
            var kommuner = try StoreRow.fetchAll(db, sql: "SELECT id, name FROM kommun WHERE active = 1 ORDER BY sort_key")
                .map { (id: $0["id"] as Int64, name: $0["name"] as String) }
            if let kommunIds, !kommunIds.isEmpty { kommuner = kommuner.filter { kommunIds.contains($0.id) } }
            if db.dialect == .postgres {
                return try Self.serverComparison(db, kommuner: kommuner, titles: titles, suppression: suppression)
            }
            let titleById = Dictionary(uniqueKeysWithValues: titles.map { ($0.id, $0) })
            let titleByKey = Dictionary(titles.map { (RegisterName.uniquenessKey($0.name), $0) }) { a, _ in a }
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
            // Where each kommun and område's counts go: its column, and the first of its area's steps.
            func place(_ row: StoreRow) -> (column: Int, firstStep: Int?)? {
                guard let kommunColumn = column[row[0] as Int64] else { return nil }
                return (kommunColumn, Verksamhetsomrade(rawValue: row[1]).flatMap { stepIndex[$0] })
            }
            // The counts come from views of aggregates per kommun and område (`v12-access-policies`);
            // the small groups are suppressed below.
            // 1. Titles: holders and how many meet the education requirement (the rule of
            // `CompetenceAssessment.meetsEducation`). The group without a mapped title gives the head count only.
            var hasUntitled = false
            let titleRows = try StoreRow.fetchCursor(db, sql: """
                SELECT kommun_id, omrade, title_id, people, met FROM competence_comparison_titled
                """)
            while let row = try titleRows.next() {
                guard let place = place(row) else { continue }
                let people: Int = row[3]
                if let first = place.firstStep {
                    // Everyone in an area with a ladder is in the group of each of its steps.
                    for step in 0..<Ladder.stepCount { sizes[(first + step) * kommuner.count + place.column] += people }
                }
                guard let titleId = row[2] as Int64? else {
                    hasUntitled = true
                    continue
                }
                guard let title = titleById[titleId], let criterion = titleIndex[title.id] else { continue }
                let cell = criterion * kommuner.count + place.column
                sizes[cell] += people
                mets[cell] += row[4] as Int
            }
            // People without a mapped title (unmapped, or mapped without one) count under the
            // title their register title names, matched here: the match ignores case beyond
            // ASCII, which SQL cannot. Only read when there are such people.
            if hasUntitled {
                var titleForRegisterTitle: [String: CompetenceTitle?] = [:]
                let untitledRows = try StoreRow.fetchCursor(db, sql: """
                    SELECT kommun_id, omrade, title, education_kind, points, people FROM competence_comparison_untitled
                    """)
                while let row = try untitledRows.next() {
                    guard let place = place(row) else { continue }
                    let registerTitle: String = row[2]
                    let title: CompetenceTitle?
                    if let cached = titleForRegisterTitle[registerTitle] {
                        title = cached
                    } else {
                        title = titleByKey[RegisterName.uniquenessKey(registerTitle)]
                        titleForRegisterTitle[registerTitle] = title
                    }
                    guard let title, let criterion = titleIndex[title.id] else { continue }
                    let people: Int = row[5]
                    let kind = (row[3] as String?).flatMap(EducationKind.init(rawValue:)) ?? .ingen
                    let mapping = CompetenceMapping(medarbetareId: 0, titleId: title.id, educationKind: kind, points: row[4] ?? 0)
                    let cell = criterion * kommuner.count + place.column
                    sizes[cell] += people
                    if CompetenceAssessment.meetsEducation(mapping, title) { mets[cell] += people }
                }
            }
            // 2. Completed steps per kommun, område and step.
            let stepRows = try StoreRow.fetchCursor(db, sql: """
                SELECT kommun_id, omrade, step_no, done FROM competence_comparison_steps
                """)
            while let row = try stepRows.next() {
                guard let place = place(row), let first = place.firstStep else { continue }
                let step: Int = row[2]
                guard (1...Ladder.stepCount).contains(step) else { continue }
                mets[(first + step - 1) * kommuner.count + place.column] += row[3] as Int
            }
            let result = criteria.indices.sorted { criteria[$0] < criteria[$1] }.compactMap { i -> CompetenceComparison.Row? in
                let range = (i * kommuner.count)..<((i + 1) * kommuner.count)
                guard sizes[range].contains(where: { $0 > 0 }) else { return nil }
                let cells = range.map { ComparisonCell(groupSize: sizes[$0], met: mets[$0], suppression: suppression) }
                var total = ComparisonCell(groupSize: sizes[range].reduce(0, +), met: mets[range].reduce(0, +), suppression: suppression)
                ComparisonCell.protect(cells, total: &total)
                return CompetenceComparison.Row(criterion: criteria[i], label: Self.label(of: criteria[i]), cells: cells, total: total)
            }
            return CompetenceComparison(kommuner: kommuner, rows: result, suppression: suppression)
        }
    }

    /// A criterion's row label: the title, or "Vård och omsorg steg 3".
    static func label(of criterion: ComparisonCriterion) -> String {
        switch criterion {
        case .titleEducation(let title): return title
        case .step(let omrade, let step): return "\(omrade.displayName) steg \(step)"
        }
    }
}
