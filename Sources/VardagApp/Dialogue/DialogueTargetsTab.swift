import TerminalKit
import VardagDomain
import VardagStore

/// The main screen's Mål tab: each unit's target of slingor for the year, how many
/// started and finished, and a warning when it lags; Enter sets a target.
struct DialogueTargetsTab: DialogueTableTab {
    enum Message: Sendable {
        case browse(DialogueBrowse), open
        /// A key or paste while the target form is open.
        case input(Event)
    }

    var shared = DialogueShared()
    var table = TableState()
    var editor: DialogueForm?
    var targets: [DialogueTargetRow] = []

    func tabTitle(_ context: AppContext) -> String { context.strings[DialogueTab.targets.titleKey] }

    func keyMap(_ context: AppContext) -> KeyMap<Message> {
        let s = context.strings
        let set = targets.isEmpty ? [] : [KeyBinding([.enter, .char("e")], s["dialogue.key.setTarget"], Message.open, label: "Enter", hint: true)]
        return KeyMap(title: s["dialogue.title"], set + Self.browseBindings(s, year: (true, false)) { .browse($0) })
    }

    func inputMessage(for event: Event) -> Message? { .input(event) }

    mutating func update(_ message: Message, context: AppContext) -> Effect {
        let s = context.strings
        switch message {
        case .browse(let browsing):
            return browse(browsing, context: context)
        case .open:
            guard targets.indices.contains(table.selected), DialogueAccess.coversUnit(targets[table.selected].id, context.viewer)
            else { return .none }
            editor = DialogueForms.target(targets[table.selected], context)
        case .input(let event):
            guard let saved = DialogueForm.edit(&editor, with: event, context: context) else { return .none }
            return Effect.reloaded(s, status: saved.status) { try reload(context: context) }
        }
        return .none
    }

    mutating func reload(context: AppContext) throws {
        // An enhetschef sees (and sets) her own unit's target; the counts are of her unit's slingor.
        targets = try context.store.dialogueTargets(year: shared.shownYear(context), today: context.today)
            .filter { DialogueAccess.coversUnit($0.id, context.viewer) }
        clampSelection()
    }

    var rowCount: Int { targets.count }

    func info(_ context: AppContext) -> String {
        context.strings.format("dialogue.info.targets", shared.shownYear(context))
    }

    func footer(_ context: AppContext, height: Int) -> [(String, Style)] {
        guard targets.indices.contains(table.selected), let warning = targets[table.selected].warning else { return [] }
        return [(DialogueText.warning(warning, context.strings), context.theme.warning)]
    }

    func tableWidget(_ context: AppContext) -> Table {
        let s = context.strings
        let rows = targets
        let warn = context.theme.warning
        var t = Table(columns: [
            TableColumn(s["dialogue.col.enhet"], width: .flexible(3)),
            TableColumn(s["dialogue.col.kommun"], width: .flexible(2)),
            TableColumn(s["dialogue.col.target"], width: .fixed(5), alignment: .right),
            TableColumn(s["dialogue.col.started"], width: .fixed(8), alignment: .right),
            TableColumn(s["dialogue.col.finished"], width: .fixed(9), alignment: .right),
            TableColumn(s["dialogue.col.state"], width: .fixed(10)),
        ], rowCount: rows.count, emptyText: DialogueText.empty("dialogue.empty", covered: "dialogue.emptyTargetsCovered",
                                                                  writes: context.viewer.seesEverything, context)
        ) { i in
            let r = rows[i]
            let state = r.target == nil ? "–" : (r.warning == nil ? s["dialogue.target.onTrack"] : s["dialogue.target.behind"])
            return [r.enhetName, r.kommunName, r.target.map(String.init) ?? "–", String(r.started), String(r.finished), state]
        }
        t.rowStyle = { i in rows[i].warning == nil ? nil : warn }
        return t
    }
}
