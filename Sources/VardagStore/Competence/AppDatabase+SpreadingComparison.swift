import VardagDomain

extension AppDatabase {
    /// The comparison's row of spread steps on SQLite, from the counts per kommun (in the
    /// comparison's column order) that its pass over the completed steps gathered: the
    /// completed ladder steps of active staff (areas with a ladder), how many have a held
    /// activity of the same person and step, and the people who completed them.
    ///
    /// Under the comparison's small-group rule, and a kommun is hidden also when fewer people
    /// than the threshold completed those steps, so one person's steps never make a group; the
    /// total is protected as every row's is (`ComparisonCell.protect`) and hidden when the
    /// people of all chosen kommuner together are fewer than the threshold. The same answer as
    /// the server's `vardag_competence_spreading` (`v24-competence-knowledge-spreading`).
    /// - Returns: the row, or nil when no chosen kommun has a completed step.
    static func spreadingRow(steps: [Int], spread: [Int], people: [Int], suppression: SmallGroupSuppression) -> CompetenceComparison.Row? {
        let cells = steps.indices.map { column -> ComparisonCell in
            var cell = ComparisonCell(groupSize: steps[column], met: spread[column], suppression: suppression)
            if suppression.suppresses(groupSize: people[column]) { cell.visibility = .hidden }
            return cell
        }
        let size = steps.reduce(0, +)
        guard size > 0 else { return nil }
        var total = ComparisonCell(groupSize: size, met: spread.reduce(0, +), suppression: suppression)
        ComparisonCell.protect(cells, total: &total)
        // The total's group too must hold enough people.
        if suppression.suppresses(groupSize: people.reduce(0, +)) { total.visibility = .hidden }
        return CompetenceComparison.Row(criterion: .spreadSteps, label: label(of: .spreadSteps), cells: cells, total: total)
    }

    /// The comparison's row of spread steps as the PostgreSQL server computes and suppresses it
    /// (`vardag_competence_spreading`): no figure that may not be shown arrives.
    /// - Returns: the row, or nil when no chosen kommun has a completed step.
    /// - Throws: the store's errors.
    static func serverSpreadingRow(_ db: any StoreConnection, kommuner: [(id: Int64, name: String)]) throws -> CompetenceComparison.Row? {
        let column = Dictionary(uniqueKeysWithValues: kommuner.enumerated().map { ($1.id, $0) })
        var cells = Array(repeating: ComparisonCell(groupSize: 0, met: 0, visibility: .hidden), count: kommuner.count)
        var total: ComparisonCell?
        for row in try StoreRow.fetchAll(db, sql: """
            SELECT kommun_id, group_size, met, visibility FROM vardag_competence_spreading(CAST(? AS BIGINT[]))
            """, arguments: ["{" + kommuner.map { String($0.id) }.joined(separator: ",") + "}"]) {
            let cell = ComparisonCell(groupSize: (row[1] as Int?) ?? 0, met: (row[2] as Int?) ?? 0, visibility: visibility(named: row[3]))
            if let kommunId = row[0] as Int64? {
                if let index = column[kommunId] { cells[index] = cell }
            } else {
                total = cell
            }
        }
        guard let total else { return nil }
        return CompetenceComparison.Row(criterion: .spreadSteps, label: label(of: .spreadSteps), cells: cells, total: total)
    }
}
