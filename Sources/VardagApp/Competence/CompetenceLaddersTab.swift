import TerminalKit
import VardagDomain
import VardagStore

/// The five-step ladder of each area, its steps' text edited in a form.
struct CompetenceLaddersTab: HostedTab, PagedList {
    enum Message: Sendable {
        case move(Key), switchArea(Key), editStep
        /// A key or paste while the step form is open.
        case input(Event)
    }

    /// The areas that have a ladder, in tab order.
    static let areas: [Verksamhetsomrade] = [.funktionshinder, .socialpsykiatri, .vardOchOmsorg]

    var shared: CompetenceShared
    var ladders: [Verksamhetsomrade: Ladder] = [:]
    var area = Verksamhetsomrade.funktionshinder
    var list = TableState()
    /// The step form, while open.
    var editor: LadderStepEditor?

    func tabTitle(_ context: AppContext) -> String { context.strings[CompetenceTab.ladders.titleKey] }

    var isEditingText: Bool { editor != nil }

    func inputMessage(for event: Event) -> Message? { .input(event) }

    func keyMap(_ context: AppContext) -> KeyMap<Message> {
        let s = context.strings
        // The ladders are the kompetensstrateg's catalogue: others read them.
        let edit = CompetenceAccess.keepsCatalogue(context.viewer)
            ? [KeyBinding([.enter, .char("e")], s["competence.key.editStep"], Message.editStep, label: "Enter", hint: true)] : []
        return KeyMap(title: s["competence.title"], edit + [
            KeyBinding([.left, .right], s["competence.key.area"], label: "←→", hint: true) { .switchArea($0) },
            ListKeys.binding(s["competence.key.move"]) { .move($0) },
        ])
    }

    mutating func update(_ message: Message, context: AppContext) -> Effect {
        switch message {
        case .move(let key):
            moveCursor(key, context: context)
        case .switchArea(let key):
            let index = Self.areas.firstIndex(of: area) ?? 0
            area = Self.areas[TabBar.step(index, by: key == .right ? 1 : -1, count: Self.areas.count)]
        case .editStep:
            guard CompetenceAccess.keepsCatalogue(context.viewer), let step = ladders[area]?.step(list.selected + 1) else { return .none }
            editor = LadderStepEditor(step, omrade: area, strings: context.strings)
        case .input(let event):
            guard let status = editor.handle(event, context: context) else { return .none }
            return Effect.reloaded(context.strings, status: status) { try reload(context: context) }
        }
        return .none
    }

    mutating func reload(context: AppContext) throws {
        ladders = try context.store.competenceLadders()
        keepCursor(context: context)
    }

    mutating func sizeChanged(context: AppContext) { keepCursor(context: context) }

    var listRowCount: Int { Ladder.stepCount }

    func listPageSize(_ context: AppContext) -> Int { max(1, CompetenceLayout.body(context).height - 1) }
}
