import TerminalKit
import VardagDomain
import VardagStore

/// The loop screen's Tema och personal tab: the theme's history with who chose it and
/// why, and the staff taking part; t changes the theme, p the staff.
struct LoopThemeTab: LoopScreenTab {
    typealias Message = LoopMessage

    var shared = LoopShared(loopId: 0)
    var table = TableState()
    var editor: DialogueForm?
    /// Nothing is removed on this tab; the question never opens.
    var removal: RemoveQuestion<LoopRemoval>?

    func tabTitle(_ context: AppContext) -> String { context.strings["dialogue.loopTab.theme"] }

    func keyMap(_ context: AppContext) -> KeyMap<Message> {
        Self.loopKeyMap(context, own: [Self.addActionBinding(context, hint: false, .command(.addAction))],
                        hints: [.changeTheme, .editStaff, .hours]) { $0 }
    }

    func inputMessage(for event: Event) -> Message? { .input(event) }

    mutating func update(_ message: Message, context: AppContext) -> Effect {
        guard let detail = shared.detail else { return .none }
        return handle(message, detail, context: context)
    }

    var rowCount: Int { shared.detail?.themeHistory.count ?? 0 }

    func tableWidget(_ detail: LoopDetail, _ context: AppContext) -> Table {
        let s = context.strings
        let rows = detail.themeHistory
        return Table(columns: [
            TableColumn(s["dialogue.col.date"], width: .fixed(10)),
            TableColumn(s["dialogue.col.theme"], width: .flexible(2)),
            TableColumn(s["dialogue.col.chosenBy"], width: .fixed(8)),
            TableColumn(s["dialogue.col.reason"], width: .flexible(3)),
        ], rowCount: rows.count) { i in
            let c = rows[i]
            return [c.date.iso, c.theme, DialogueText.chooser(c.chosenBy, s), c.reason.isEmpty ? "–" : c.reason]
        }
    }

    /// The staff taking part, the hours of the guides (the exchange ledger), then the warnings.
    func panel(_ detail: LoopDetail, _ context: AppContext) -> [(String, Style)] {
        let s = context.strings
        let staff = s.format("dialogue.loop.staffList", detail.staff.map(\.name).joined(separator: ", "))
        let hours = detail.guides.map { g in
            "\(g.name) \(g.minutes.map { GuideHours.text($0, comma: s.language != .en) } ?? "–")"
        }.joined(separator: " · ")
        return [(staff, context.theme.normal), (s.format("dialogue.loop.hours", hours), context.theme.normal)]
            + warningLines(detail, context)
    }
}
