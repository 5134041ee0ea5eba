import VardagDomain

extension AppDatabase {
    /// The comparison's row of spread steps on SQLite: per kommun, the completed ladder steps of
    /// active staff (areas with a ladder) and how many have a held activity of the same person
    /// and step, under the comparison's small-group rule. A kommun is hidden also when fewer
    /// people than the threshold completed those steps, so one person's steps never make a
    /// group; the total is protected as every row's is (`ComparisonCell.protect`) and hidden
    /// when the people of all chosen kommuner together are fewer than the threshold. The same
    /// answer as the server's `vardag_competence_spreading` (`v24-competence-knowledge-spreading`).
    /// - Returns: the row, or nil when no chosen kommun has a completed step.
    /// - Throws: the store's errors.
    static func spreadingRow(_ db: any StoreConnection, kommuner: [(id: Int64, name: String)],
                             suppression: SmallGroupSuppression) throws -> CompetenceComparison.Row? {
        var counts: [Int64: (steps: Int, spread: Int, people: Int)] = [:]
        for row in try StoreRow.fetchAll(db, sql: """
            SELECT e.kommun_id, count(*) AS steps,
                sum(CASE WHEN EXISTS (SELECT 1 FROM competence_spreading sp WHERE sp.medarbetare_id = d.medarbetare_id
                                      AND sp.step_no = d.step_no AND sp.held_on IS NOT NULL) THEN 1 ELSE 0 END) AS spread,
                count(DISTINCT d.medarbetare_id) AS people
            FROM competence_step_done d JOIN medarbetare m ON m.id = d.medarbetare_id
            JOIN team t ON t.id = m.team_id JOIN enhet e ON e.id = t.enhet_id
            WHERE m.active = 1 AND e.omrade <> 'ifo'
            GROUP BY e.kommun_id
            """) {
            counts[row["kommun_id"]] = (row["steps"], row["spread"], row["people"])
        }
        let cells = kommuner.map { kommun -> ComparisonCell in
            let count = counts[kommun.id] ?? (0, 0, 0)
            var cell = ComparisonCell(groupSize: count.steps, met: count.spread, suppression: suppression)
            if suppression.suppresses(groupSize: count.people) { cell.visibility = .hidden }
            return cell
        }
        let size = cells.reduce(0) { $0 + $1.groupSize }
        guard size > 0 else { return nil }
        var total = ComparisonCell(groupSize: size, met: cells.reduce(0) { $0 + $1.met }, suppression: suppression)
        ComparisonCell.protect(cells, total: &total)
        // The total's group too must hold enough people.
        if suppression.suppresses(groupSize: kommuner.reduce(0) { $0 + (counts[$1.id]?.people ?? 0) }) { total.visibility = .hidden }
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
