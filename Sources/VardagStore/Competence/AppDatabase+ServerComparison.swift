import VardagDomain

extension AppDatabase {
    /// The comparison across kommuner as the PostgreSQL server computes and suppresses it
    /// (`vardag_competence_comparison`, `v15-competence-comparison`): the same rows in the same
    /// order, with the same labels and the same visibility of every cell and total as the
    /// SQLite computation gives, by the rules of `ComparisonCell`.
    ///
    /// The server sends no figure that may not be shown: a hidden group's size and a count that
    /// is not shown arrive as NULL and are 0 here (`ComparisonCell.share` and `text` never show
    /// them). Logins have no SELECT on the raw views on the server, only EXECUTE on the function.
    /// - Parameters:
    ///   - db: a connection to the server.
    ///   - kommuner: the chosen active kommuner, in Swedish order (the columns).
    ///   - titles: every competence title (for the labels).
    ///   - suppression: the rule in force, kept in the result.
    /// - Returns: the comparison.
    /// - Throws: the store's errors.
    static func serverComparison(_ db: any StoreConnection, kommuner: [(id: Int64, name: String)], titles: [CompetenceTitle],
                                 suppression: SmallGroupSuppression) throws -> CompetenceComparison {
        // An empty array means every kommun to the function; no chosen kommun compares nothing.
        guard !kommuner.isEmpty else { return CompetenceComparison(kommuner: [], rows: [], suppression: suppression) }
        let titleById = Dictionary(uniqueKeysWithValues: titles.map { ($0.id, $0.name) })
        let column = Dictionary(uniqueKeysWithValues: kommuner.enumerated().map { ($1.id, $0) })
        var cells: [ComparisonCriterion: [ComparisonCell?]] = [:]
        var totals: [ComparisonCriterion: ComparisonCell] = [:]
        let rows = try StoreRow.fetchCursor(db, sql: """
            SELECT title_id, omrade, step_no, kommun_id, group_size, met, visibility
            FROM vardag_competence_comparison(CAST(? AS BIGINT[]))
            """, arguments: ["{" + kommuner.map { String($0.id) }.joined(separator: ",") + "}"])
        while let row = try rows.next() {
            let criterion: ComparisonCriterion
            if let titleId = row[0] as Int64? {
                guard let name = titleById[titleId] else { continue }
                criterion = .titleEducation(title: name)
            } else {
                guard let omrade = (row[1] as String?).flatMap(Verksamhetsomrade.init(rawValue:)), let step = row[2] as Int? else { continue }
                criterion = .step(omrade: omrade, step: step)
            }
            let cell = ComparisonCell(groupSize: (row[4] as Int?) ?? 0, met: (row[5] as Int?) ?? 0, visibility: Self.visibility(named: row[6]))
            guard let kommunId = row[3] as Int64? else {
                totals[criterion] = cell
                continue
            }
            guard let index = column[kommunId] else { continue }
            cells[criterion, default: Array(repeating: nil, count: kommuner.count)][index] = cell
        }
        // The server leaves out criteria with nobody in any chosen kommun: those have no total.
        var result = totals.sorted { $0.key < $1.key }.map { criterion, total in
            CompetenceComparison.Row(
                criterion: criterion, label: Self.label(of: criterion),
                cells: (cells[criterion] ?? Array(repeating: nil, count: kommuner.count)).map {
                    $0 ?? ComparisonCell(groupSize: 0, met: 0, visibility: .hidden)
                },
                total: total)
        }
        if let spread = try serverSpreadingRow(db, kommuner: kommuner) { result.append(spread) }
        return CompetenceComparison(kommuner: kommuner, rows: result, suppression: suppression)
    }

    /// The visibility the function names; anything unknown shows nothing.
    static func visibility(named name: String) -> ComparisonCell.Visibility {
        switch name {
        case "shown": return .shown
        case "tooFew": return .tooFew
        case "withheld": return .withheld
        default: return .hidden
        }
    }
}
