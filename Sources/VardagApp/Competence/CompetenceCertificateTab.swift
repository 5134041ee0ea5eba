import TerminalKit
import VardagDomain
import VardagStore

/// Everyone who works as undersköterska (a protected title) without Socialstyrelsen's
/// certificate: those with no right to the transition first, then those relying on it with
/// the days left until 2033-06-30, for a unit or its whole kommun.
struct CompetenceCertificateTab: HostedTab, PagedList {
    enum Message: Sendable {
        case move(Key), stepUnit(forward: Bool), toggleScope
    }

    var shared: CompetenceShared
    /// The people on the list, most urgent first (`UncertifiedList`).
    var rows: [CompetenceRow] = []
    /// Whether the tab shows the unit's whole kommun.
    var forKommun = false
    var list = TableState()
    /// The unit the list was read for: another unit starts at its top.
    var listUnitId: Int64?

    func tabTitle(_ context: AppContext) -> String { context.strings[CompetenceTab.certificate.titleKey] }

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
        let roster = try CompetenceRoster.load(scope, context: context)
        rows = Self.listed(roster.rows)
        keepCursor(context: context)
    }

    /// The rows without the certificate, most urgent first, then in the roster's order.
    static func listed(_ rows: [CompetenceRow]) -> [CompetenceRow] {
        rows.enumerated().filter { UncertifiedList.isListed($0.element.assessment.standing) }.sorted { a, b in
            UncertifiedList.comesFirst(a.element.assessment.standing, b.element.assessment.standing) ?? (a.offset < b.offset)
        }.map(\.element)
    }

    mutating func sizeChanged(context: AppContext) { keepCursor(context: context) }

    var listRowCount: Int { rows.count }

    func listPageSize(_ context: AppContext) -> Int { max(1, CompetenceLayout.body(context).height - 1) }
}
