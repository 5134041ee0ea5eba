import TerminalKit
import VardagDomain
import VardagStore

/// One row of a register list of the organisation tree (a kommun, a unit or a team),
/// with the cells its table shows.
struct RegisterTreeRow {
    let id: Int64
    let name: String
    let active: Bool
    /// The kommun of a unit or the unit of a team: where a new row goes by default.
    let parentId: Int64?
    /// The cells after the name, in the table's column order.
    let cells: [String]

    /// The rows of one list, in the tree's order, their cells in words.
    static func rows(_ kind: RegisterTab, of tree: RegisterTree, _ s: Strings) -> [RegisterTreeRow] {
        switch kind {
        case .kommun, .staff:
            return tree.kommuner.map { k in
                RegisterTreeRow(id: k.kommun.id, name: k.kommun.name, active: k.kommun.active, parentId: nil,
                                cells: [String(k.enheter.count)])
            }
        case .enhet:
            return tree.kommuner.flatMap { k in
                k.enheter.map { e in
                    RegisterTreeRow(id: e.enhet.id, name: e.enhet.name, active: e.enhet.active, parentId: k.kommun.id,
                                    cells: [RegisterText.omrade(e.enhet.omrade, s), k.kommun.name, String(e.teams.count)])
                }
            }
        case .team:
            return tree.kommuner.flatMap { k in
                k.enheter.flatMap { e in
                    e.teams.map { t in
                        RegisterTreeRow(id: t.team.id, name: t.team.name, active: t.team.active, parentId: e.enhet.id,
                                        cells: [e.enhet.name, k.kommun.name, String(t.activeStaffCount)])
                    }
                }
            }
        }
    }

    /// The table of one list.
    static func table(_ kind: RegisterTab, _ rows: [RegisterTreeRow], _ s: Strings) -> Table {
        let yes = s["register.yes"], no = s["register.inactive"]
        let columns: [TableColumn]
        switch kind {
        case .kommun, .staff:
            columns = [TableColumn(s["register.col.name"], width: .flexible(3)),
                       TableColumn(s["register.tab.enhet"], width: .fixed(9), alignment: .right)]
        case .enhet:
            columns = [TableColumn(s["register.col.name"], width: .flexible(3)),
                       TableColumn(s["register.col.omrade"], width: .flexible(2)),
                       TableColumn(s["register.col.kommun"], width: .flexible(2)),
                       TableColumn(s["register.tab.team"], width: .fixed(5), alignment: .right)]
        case .team:
            columns = [TableColumn(s["register.col.name"], width: .flexible(3)),
                       TableColumn(s["register.col.enhet"], width: .flexible(3)),
                       TableColumn(s["register.col.kommun"], width: .flexible(2)),
                       TableColumn(s["register.tab.staff"], width: .fixed(11), alignment: .right)]
        }
        return Table(columns: columns + [TableColumn(s["register.col.active"], width: .fixed(7))],
                     rowCount: rows.count, emptyText: s["register.empty"]) { i in
            let row = rows[i]
            return [row.name] + row.cells + [row.active ? yes : no]
        }
    }

}
