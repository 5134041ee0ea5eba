import TerminalKit
import VardagDomain
import VardagStore

/// The gaps of a unit, or of its whole kommun: per occupational group, then each person
/// with a gap, managers first.
struct CompetenceGapsTab: HostedTab, PagedList {
    enum Message: Sendable {
        case move(Key), stepUnit(forward: Bool), toggleScope
    }

    var shared: CompetenceShared
    /// The people of the unit (or kommun), managers first.
    var roster = CompetenceRoster()
    /// Whether the tab shows the unit's whole kommun.
    var forKommun = false
    var list = TableState()
    /// The unit the list was read for: another unit starts at its top.
    var listUnitId: Int64?

    func tabTitle(_ context: AppContext) -> String { context.strings[CompetenceTab.gaps.titleKey] }

    func keyMap(_ context: AppContext) -> KeyMap<Message> {
        let s = context.strings
        return KeyMap(title: s["competence.title"], CompetenceLayout.unitKeys(s) { .stepUnit(forward: $0) } + [
            KeyBinding([.char("k")], s["competence.key.scope"], .toggleScope, label: "k", hint: true),
            // k switches the scope here, so j and k do not move.
            ListKeys.binding(s["competence.key.move"], keys: ListKeys.withoutLetters) { .move($0) },
        ])
    }

    mutating func update(_ message: Message, context: AppContext) -> Effect {
        switch message {
        case .move(let key):
            moveCursor(key, context: context)
            return .none
        case .stepUnit(let forward):
            guard shared.stepUnit(forward: forward) else { return .none }
        case .toggleScope:
            forKommun.toggle()
            list = TableState()
        }
        return Effect.reloading(context.strings) { try reload(context: context) }
    }

    mutating func reload(context: AppContext) throws {
        try shared.loadUnits(context)
        if listUnitId != shared.unit?.id { list = TableState() }
        listUnitId = shared.unit?.id
        let scope: CompetenceScope = forKommun ? shared.unit.map { .kommun($0.kommunId) } ?? shared.unitScope : shared.unitScope
        roster = try CompetenceRoster.load(scope, context: context)
        keepCursor(context: context)
    }

    mutating func sizeChanged(context: AppContext) { keepCursor(context: context) }

    /// The people with a gap.
    var gapRows: [CompetenceRow] { roster.rows.filter { !$0.assessment.gaps.isEmpty } }

    var listRowCount: Int { gapRows.count }

    func listPageSize(_ context: AppContext) -> Int {
        max(1, Self.split(CompetenceLayout.body(context)).people.height - 1)
    }
}
