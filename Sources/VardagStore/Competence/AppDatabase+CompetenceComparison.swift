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
    /// is 0 in the result. On SQLite (an owner-only file) it is computed here, by the rules of
    /// the views of `v12-access-policies`, from two passes in table order read straight through
    /// SQLite (`SQLiteRowScan`): the active staff with their mapping, and the completed steps
    /// (which also give the row of spread steps).
    /// The views' `GROUP BY`s sorted every person and step, which cost four times as much at
    /// 60,000 staff.
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
            // Where each team's counts go: its kommun's column, and the first of its area's steps.
            var teamPlace: [Int: (column: Int, firstStep: Int?)] = [:]
            try SQLiteRowScan(db, sql: "SELECT t.id, e.kommun_id, e.omrade FROM team t JOIN enhet e ON e.id = t.enhet_id")?.forEach { row in
                guard let kommunColumn = column[Int64(row.integer(1))] else { return }
                teamPlace[row.integer(0)] = (kommunColumn, row.text(2).flatMap(Verksamhetsomrade.init(rawValue:)).flatMap { stepIndex[$0] })
            }
            func place(team: Int) -> (column: Int, firstStep: Int?)? { teamPlace[team] }
            let titleLevel = Dictionary(uniqueKeysWithValues: titles.map { ($0.id, (level: $0.educationKind.level, points: $0.points)) })
            // 1. Each active person once, in table order (no sorting): her team, and her mapped
            // title with her education's level and points, or her register title when she has
            // no mapped title. Counted here into the flat arrays, by the rule of
            // `CompetenceAssessment.meetsEducation` (the views' `met`).
            var titleForRegisterTitle: [String: CompetenceTitle?] = [:]
            try SQLiteRowScan(db, sql: """
                SELECT m.team_id, c.title_id,
                    CASE c.education_kind WHEN 'gymnasial' THEN 1 WHEN 'yrkeshogskola' THEN 2 WHEN 'hogskola' THEN 3 ELSE 0 END,
                    coalesce(c.points, 0), CASE WHEN c.title_id IS NULL THEN m.title END
                FROM medarbetare m NOT INDEXED LEFT JOIN competence_mapping c ON c.medarbetare_id = m.id
                WHERE m.active = 1
                """)?.forEach { row in
                guard let place = place(team: row.integer(0)) else { return }
                if let first = place.firstStep {
                    // Everyone in an area with a ladder is in the group of each of its steps.
                    for step in 0..<Ladder.stepCount { sizes[(first + step) * kommuner.count + place.column] += 1 }
                }
                let level = row.integer(2), points = row.integer(3)
                if !row.isNull(1) {
                    let titleId = Int64(row.integer(1))
                    guard let criterion = titleIndex[titleId], let required = titleLevel[titleId] else { return }
                    let cell = criterion * kommuner.count + place.column
                    sizes[cell] += 1
                    if level > required.level || (level == required.level && points >= required.points) { mets[cell] += 1 }
                    return
                }
                // No mapped title (unmapped, or mapped without one): she counts under the title her
                // register title names, matched here: the match ignores case beyond ASCII, which SQL cannot.
                guard let registerTitle = row.text(4) else { return }
                let title: CompetenceTitle?
                if let cached = titleForRegisterTitle[registerTitle] {
                    title = cached
                } else {
                    title = titleByKey[RegisterName.uniquenessKey(registerTitle)]
                    titleForRegisterTitle[registerTitle] = title
                }
                guard let title, let criterion = titleIndex[title.id] else { return }
                let cell = criterion * kommuner.count + place.column
                sizes[cell] += 1
                let kind = [EducationKind.ingen, .gymnasial, .yrkeshogskola, .hogskola][min(3, max(0, level))]
                let mapping = CompetenceMapping(medarbetareId: 0, titleId: title.id, educationKind: kind, points: points)
                if CompetenceAssessment.meetsEducation(mapping, title) { mets[cell] += 1 }
            }
            // 2. Completed steps of active staff, in the steps' key order (person, step), each
            // person found by id (people are kept in id order too, so each look-up is next to
            // the last one). The same pass counts the row of spread steps: per kommun the
            // completed steps in areas with a ladder, those with a held spreading activity
            // (`held`, a small table read first), and the people who completed them.
            var held = Set<Int>()
            try SQLiteRowScan(db, sql: """
                SELECT medarbetare_id, step_no FROM competence_spreading WHERE held_on IS NOT NULL AND step_no IS NOT NULL
                """)?.forEach { row in held.insert(row.integer(0) &* 8 &+ row.integer(1)) }
            var spreadSteps = Array(repeating: 0, count: kommuner.count)
            var spreadMet = Array(repeating: 0, count: kommuner.count)
            var spreadPeople = Array(repeating: 0, count: kommuner.count)
            var lastPerson = -1
            try SQLiteRowScan(db, sql: """
                SELECT m.team_id, s.step_no, s.medarbetare_id FROM competence_step_done s CROSS JOIN medarbetare m ON m.id = s.medarbetare_id
                WHERE m.active = 1 ORDER BY s.medarbetare_id
                """)?.forEach { row in
                guard let place = place(team: row.integer(0)), let first = place.firstStep else { return }
                let step = row.integer(1)
                guard (1...Ladder.stepCount).contains(step) else { return }
                mets[(first + step - 1) * kommuner.count + place.column] += 1
                let person = row.integer(2)
                spreadSteps[place.column] += 1
                if !held.isEmpty, held.contains(person &* 8 &+ step) { spreadMet[place.column] += 1 }
                if person != lastPerson {
                    spreadPeople[place.column] += 1
                    lastPerson = person
                }
            }
            var result = criteria.indices.sorted { criteria[$0] < criteria[$1] }.compactMap { i -> CompetenceComparison.Row? in
                let range = (i * kommuner.count)..<((i + 1) * kommuner.count)
                guard sizes[range].contains(where: { $0 > 0 }) else { return nil }
                let cells = range.map { ComparisonCell(groupSize: sizes[$0], met: mets[$0], suppression: suppression) }
                var total = ComparisonCell(groupSize: sizes[range].reduce(0, +), met: mets[range].reduce(0, +), suppression: suppression)
                ComparisonCell.protect(cells, total: &total)
                return CompetenceComparison.Row(criterion: criteria[i], label: Self.label(of: criteria[i]), cells: cells, total: total)
            }
            if let spread = Self.spreadingRow(steps: spreadSteps, spread: spreadMet, people: spreadPeople, suppression: suppression) {
                result.append(spread)
            }
            return CompetenceComparison(kommuner: kommuner, rows: result, suppression: suppression)
        }
    }

    /// A criterion's row label: the title, or "Vård och omsorg steg 3".
    static func label(of criterion: ComparisonCriterion) -> String {
        switch criterion {
        case .titleEducation(let title): return title
        case .step(let omrade, let step): return "\(omrade.displayName) steg \(step)"
        case .spreadSteps: return "Spridda steg"
        }
    }
}
