import TerminalKit
import VardagDomain
import VardagStore

/// What the Kompetenstrappa's tabs share: the units and the one on show (u/U on the grid,
/// gap and plan tabs), and the grid's cursor and filters, which decide the person the
/// plan tab's `f` and `n` are about when no plan item is selected.
public struct CompetenceShared: Sendable {
    /// The units with people, in the store's order.
    var units: [CompetenceUnit] = []
    var unitIndex = 0
    /// The unit asked for when the screen opened.
    let initialEnhetId: Int64?
    /// Whether the first unit has been chosen (on the first reload that read the units).
    var chosenFirstUnit = false
    /// The grid's cursor: a row of the filtered people and a requirement column.
    var grid = GridState()
    /// The title the grid shows only, if any.
    var titleFilter: Int64?
    var managerFilter = ManagerFilter.all
    /// A person the grid's cursor starts on, in the certificate column (opened from Idag).
    var focusPersonId: Int64?
    /// A plan item the plan tab's cursor starts on (opened from Idag).
    var focusPlanItemId: Int64?

    init(enhetId: Int64?) {
        initialEnhetId = enhetId
    }

    /// The unit on show, if there is one.
    var unit: CompetenceUnit? { units.indices.contains(unitIndex) ? units[unitIndex] : nil }

    /// The people of the unit on show (none without a unit).
    var unitScope: CompetenceScope { .enhet(unit?.id ?? -1) }

    /// The words for no unit to show, chosen by the viewer's roles at the last read.
    var noUnitsKey = "competence.noUnits"

    /// Reads the units the viewer sees (`CompetenceAccess`); the first time, opens on the
    /// unit asked for, else on the first unit that has a ladder.
    /// - Throws: a failed read.
    mutating func loadUnits(_ context: AppContext) throws {
        let viewer = context.viewer
        units = try CompetenceAccess.units(context)
        noUnitsKey = viewer.seesEverything ? "competence.noUnits"
            : viewer.holds(.regionalSamordnare) ? "competence.onlyComparison"
            : CompetenceAccess.seesComparison(viewer) ? "competence.noUnitsCovered" : "competence.noRole"
        if !chosenFirstUnit {
            chosenFirstUnit = true
            unitIndex = units.firstIndex { $0.id == initialEnhetId } ?? units.firstIndex { $0.omrade != .ifo } ?? 0
        }
        unitIndex = min(unitIndex, max(0, units.count - 1))
    }

    /// Shows the next (or previous) unit, from the top of its grid.
    /// - Returns: false when there is no unit to step to.
    mutating func stepUnit(forward: Bool) -> Bool {
        guard !units.isEmpty else { return false }
        unitIndex = TabBar.step(unitIndex, by: forward ? 1 : -1, count: units.count)
        grid = GridState()
        return true
    }

    /// The rows the grid shows: `rows` after the title and manager filters.
    func filtered(_ rows: [CompetenceRow]) -> [CompetenceRow] {
        rows.filter { row in
            if let titleFilter, row.title?.id != titleFilter { return false }
            switch managerFilter {
            case .all: return true
            case .managers: return row.person.isManager
            case .others: return !row.person.isManager
            }
        }
    }

    /// "Åsbro › Hemtjänst Norr (Vård och omsorg)", or that there is no unit (or none the viewer's roles cover).
    func unitText(_ s: Strings) -> String {
        unit.map { "\($0.kommunName) › \($0.name) (\(CompetenceText.omrade($0.omrade, s)))" } ?? s[noUnitsKey]
    }
}
