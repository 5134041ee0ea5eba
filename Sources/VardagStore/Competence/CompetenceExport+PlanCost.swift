import VardagDomain

extension CompetenceExport {
    /// The plans' cost per unit and quarter (`PlanCostSum`): cancelled items left out, items
    /// without a cost counted apart, and a total per unit, units in the read's order.
    /// - Parameters:
    ///   - db: the database.
    ///   - scope: everyone or one kommun.
    /// - Returns: the table; `Kvartal` is "Totalt" on a unit's total line.
    /// - Throws: GRDB errors.
    static func planCostTable(from db: AppDatabase, scope: CompetenceScope) throws -> Table {
        let people = try db.competencePeople(scope)
        let unitOf = Dictionary(people.map { ($0.id, $0.enhetId) }) { a, _ in a }
        var units: [(kommun: String, enhet: String, id: Int64)] = []
        for person in people where !units.contains(where: { $0.id == person.enhetId }) {
            units.append((person.kommunName, person.enhetName, person.enhetId))
        }
        let items = Dictionary(grouping: try db.competencePlanItems(scope)) { unitOf[$0.medarbetareId] ?? -1 }
        var rows: [[String]] = []
        for unit in units {
            let sums = PlanCostSum.byQuarter(items[unit.id] ?? [])
            func line(_ label: String, _ sum: PlanCostSum) -> [String] {
                [unit.kommun, unit.enhet, label, String(sum.kronor), String(sum.items), String(sum.withoutCost)]
            }
            rows += sums.map { line($0.quarter.description, $0) }
            if let total = PlanCostSum.total(sums) { rows.append(line(totalName, total)) }
        }
        return Table(header: ["Kommun", "Enhet", "Kvartal", "Kostnad", "Poster", "Utan kostnad"], rows: rows)
    }
}
