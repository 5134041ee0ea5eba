import TerminalKit
import VardagDomain
import VardagStore

/// Skuggning's task catalogue: the tasks a day entry picks from, with their category,
/// usual minutes and usual judgement; retired tasks stay for the days that used them.
struct ShadowingCatalogueTab: ShadowingPage {
    enum Message: ShadowingPageMessage {
        case common(ShadowingCommon)
        case move(Key)
        case add, edit
        /// `d`: retire the selected task, or take it into use again.
        case toggleActive
    }

    static let kind = ShadowingTab.catalogue
    var shared = ShadowingShared()
    var form: ShadowingFormEditor?
    var catalogue: [ShadowingTask] = []
    var table = TableState()
    var loadedTeamId: Int64?

    func keyMap(_ context: AppContext) -> KeyMap<Message> {
        let s = context.strings
        return keyMap(title: s, viewer: context.viewer, [
            KeyBinding([.char("a"), .insert], s["shadowing.key.addTask"], .add, label: "a", hint: true),
            KeyBinding([.enter, .char("e")], s["shadowing.key.edit"], .edit, label: "Enter", hint: true),
            KeyBinding([.char("d"), .delete], s["shadowing.key.toggleTask"], .toggleActive, label: "d", hint: true),
        ], list: ListKeys.bindings(rowHelp: s["shadowing.key.move"], pageHelp: s["shadowing.key.page"]) { .move($0) })
    }

    mutating func update(_ message: Message, context: AppContext) -> Effect {
        let s = context.strings
        if case .common(let common) = message { return updateCommon(common, context: context) }
        guard shared.team != nil else {
            switch message {
            case .add, .edit: return openTeamForm(nil, supervisors: [], context: context)
            default: return .none
            }
        }
        let selected = catalogue.indices.contains(table.selected) ? catalogue[table.selected] : nil
        switch message {
        case .common: break
        case .move(let key):
            _ = table.handle(key, rowCount: catalogue.count, pageSize: ShadowingLayout.pageSize(context))
        case .add:
            form = .task(nil, strings: s)
        case .edit:
            guard let selected else { return .none }
            form = .task(selected, strings: s)
        case .toggleActive:
            guard let t = selected else { return .none }
            return write(context: context) {
                try context.store.updateShadowingTask(id: t.id, name: t.name, category: t.category, judgement: t.defaultJudgement,
                                                      minutes: String(t.defaultMinutes), active: !t.active)
                return s.format(t.active ? "shadowing.taskRetired" : "shadowing.taskActivated", t.name)
            }
        }
        return .none
    }

    mutating func load(team: ShadowingTeam, context: AppContext) throws {
        catalogue = try context.store.shadowingTasks()
        if table.selected >= catalogue.count { table.selected = max(0, catalogue.count - 1) }
    }

    mutating func teamChanged() { table = TableState() }

    func renderPage(into buffer: inout Buffer, area: Rect, team: ShadowingTeam, context: AppContext) {
        let s = context.strings
        let layout = ShadowingLayout(area)
        let info = layout.info.inset(left: 1, right: 1)
        buffer.put(s.format("shadowing.catalogue.info", catalogue.filter(\.active).count, catalogue.count),
                   x: info.x, y: info.y, maxWidth: info.width, style: context.theme.dim)
        let rows = catalogue
        var widget = ShadowingLayout.table([
            TableColumn(s["shadowing.col.task"], width: .flexible(3)),
            TableColumn(s["shadowing.col.category"], width: .flexible(2)),
            TableColumn(s["shadowing.col.minutes"], width: .fixed(4), alignment: .right),
            TableColumn(s["shadowing.col.judgement"], width: .fixed(9)),
            TableColumn(s["shadowing.col.active"], width: .fixed(6)),
        ], rowCount: rows.count, empty: s["shadowing.catalogue.empty"], context: context) { i in
            let t = rows[i]
            return [t.name, ShadowingText.category(t.category, s), String(t.defaultMinutes), ShadowingText.judgement(t.defaultJudgement, s),
                    t.active ? s["shadowing.yes"] : s["shadowing.no"]]
        }
        let dim = context.theme.dim
        widget.rowStyle = { i in rows[i].active ? nil : dim }
        widget.render(into: &buffer, area: layout.body, state: table, focused: !isEditingText)
    }
}
