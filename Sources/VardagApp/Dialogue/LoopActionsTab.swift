import TerminalKit
import VardagDomain
import VardagStore

/// The loop screen's Åtgärder tab: the actions agreed at the gemensam träff, overdue
/// ones highlighted; s steps the status, b marks it fed back, e corrects, x removes.
struct LoopActionsTab: LoopScreenTab {
    enum Message: Sendable {
        case common(LoopMessage), stepStatus, feedback
        /// Correct or remove the selected action.
        case edit, remove
    }

    var shared = LoopShared(loopId: 0)
    var table = TableState()
    var editor: DialogueForm?
    var removal: RemoveQuestion<LoopRemoval>?

    func tabTitle(_ context: AppContext) -> String { context.strings["dialogue.loopTab.actions"] }

    func keyMap(_ context: AppContext) -> KeyMap<Message> {
        let s = context.strings
        return Self.loopKeyMap(context, own: [
            Self.addActionBinding(context, hint: true, .common(.command(.addAction))),
            KeyBinding([.char("s"), .char(" ")], s["dialogue.key.stepStatus"], .stepStatus, label: "s", hint: true),
            KeyBinding([.char("b")], s["dialogue.key.fedBack"], .feedback, label: "b", hint: true),
            KeyBinding([.char("e")], s["dialogue.key.editAction"], .edit, label: "e"),
            KeyBinding([.char("x"), .delete], s["dialogue.key.removeAction"], .remove, label: "x"),
        ], hints: [], wrap: { .common($0) })
    }

    func inputMessage(for event: Event) -> Message? { .common(.input(event)) }

    mutating func reload(context: AppContext) throws {
        try readDetail(context)
        // Opened from Idag on one action: the cursor starts on it, once.
        if let id = shared.focusActionId, let index = shared.detail?.actions.firstIndex(where: { $0.id == id }) {
            table.select(index, rowCount: rowCount, pageSize: max(1, Self.layout(context.screenArea).table.height - 1))
        }
        shared.focusActionId = nil
    }

    mutating func update(_ message: Message, context: AppContext) -> Effect {
        guard let detail = shared.detail else { return .none }
        let s = context.strings
        switch message {
        case .common(let common):
            return handle(common, detail, context: context)
        case .feedback:
            guard detail.actions.indices.contains(table.selected) else { return .none }
            editor = LoopPlanForms.feedback(detail.actions[table.selected], context)
        case .stepStatus:
            guard detail.actions.indices.contains(table.selected) else { return .none }
            let action = detail.actions[table.selected]
            let wrote = Effect.attempt(s) {
                try context.store.setActionStatus(id: action.id, status: action.status.next)
            }
            guard case .none = wrote else { return wrote }
            return Effect.reloaded(s, status: s["dialogue.saved.action"]) { try reload(context: context) }
        case .edit:
            guard detail.actions.indices.contains(table.selected) else { return .none }
            editor = LoopForms.editAction(detail.actions[table.selected], context)
        case .remove:
            guard detail.actions.indices.contains(table.selected) else { return .none }
            let action = detail.actions[table.selected]
            removal = RemoveQuestion(target: .action(id: action.id, what: action.what), title: s["dialogue.remove.actionTitle"],
                                     message: s.format("dialogue.remove.action", action.what))
        }
        return .none
    }

    var rowCount: Int { shared.detail?.actions.count ?? 0 }

    func tableWidget(_ detail: LoopDetail, _ context: AppContext) -> Table {
        let s = context.strings
        let rows = detail.actions
        let flag = context.theme.flag
        var t = Table(columns: [
            TableColumn(s["dialogue.col.what"], width: .flexible(2)),
            TableColumn(s["dialogue.col.responsible"], width: .flexible(1)),
            TableColumn(s["dialogue.col.due"], width: .fixed(10)),
            TableColumn(s["dialogue.col.status"], width: .fixed(14)),
            TableColumn(s["dialogue.col.fedBack"], width: .fixed(11)),
        ], rowCount: rows.count, emptyText: s["dialogue.emptyActions"]) { i in
            let a = rows[i]
            let status = DialogueText.status(a.status, s)
            return [a.what, a.responsible, a.due.iso, a.overdue ? s.format("dialogue.action.overdue", status) : status,
                    a.fedBackOn?.iso ?? (a.fedBack ? s["dialogue.yes"] : s["dialogue.no"])]
        }
        t.rowStyle = { i in rows[i].overdue ? flag : nil }
        return t
    }

    /// The selected action's feedback to the brukare, how many actions are overdue, then the warnings.
    func panel(_ detail: LoopDetail, _ context: AppContext) -> [(String, Style)] {
        let s = context.strings
        var head: [(String, Style)] = []
        if detail.actions.indices.contains(table.selected) {
            let a = detail.actions[table.selected]
            let line: String
            if let on = a.fedBackOn {
                line = s.format("dialogue.action.fedBackOn", on.iso, a.fedBackHow.map { DialogueText.way($0, s) } ?? "")
            } else {
                line = s[a.fedBack ? "dialogue.action.fedBackUndated" : "dialogue.action.notFedBack"]
            }
            head.append((line, context.theme.normal))
        }
        let overdue = detail.actions.filter(\.overdue).count
        if overdue > 0 { head.append((s.format("dialogue.loops.overdue", overdue), context.theme.flag)) }
        return head + warningLines(detail, context)
    }
}
