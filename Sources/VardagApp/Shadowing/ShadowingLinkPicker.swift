import TerminalKit
import VardagDomain

/// The box that links a hypothesis to logged days with lessons: Space ticks or unticks
/// the selected day, Enter or Esc closes. Its keys are a key map of its own.
struct ShadowingLinkPicker {
    /// What a key in the box does.
    enum Action: Sendable {
        case close
        case toggle
        case move(Key)
    }

    let hypothesisId: Int64
    let entries: [(entry: DayEntry, participant: String)]
    var state = TableState()

    /// The box's keys.
    static let keyMap = KeyMap<Action>(title: "", [
        KeyBinding([.escape, .enter], "", .close),
        KeyBinding([.char(" ")], "", .toggle),
    ] + ListKeys.bindings(rowHelp: "", pageHelp: "") { .move($0) })

    /// The day under the cursor, if any.
    var selectedEntryId: Int64? {
        entries.indices.contains(state.selected) ? entries[state.selected].entry.id : nil
    }

    /// Draws the box over `area`, ticking the days linked to the hypothesis.
    func render(into buffer: inout Buffer, area: Rect, linked: Set<Int64>, context: AppContext) {
        let s = context.strings
        let box = area.inset(left: 2, right: 2)
        buffer.fill(box)
        buffer.box(box, title: s["shadowing.link.title"], style: context.theme.border, titleStyle: context.theme.title)
        let inner = box.inset(top: 1, left: 1, bottom: 1, right: 1)
        let (list, hint) = inner.splitBottom(1)
        let entries = entries
        let widget = ShadowingLayout.table([
            TableColumn("", width: .fixed(3)),
            TableColumn(s["shadowing.col.date"], width: .fixed(10)),
            TableColumn(s["shadowing.col.participant"], width: .flexible(1)),
            TableColumn(s["shadowing.col.lessons"], width: .flexible(3)),
        ], rowCount: entries.count, empty: "", context: context) { i in
            [linked.contains(entries[i].entry.id) ? "[x]" : "[ ]", entries[i].entry.date.iso, entries[i].participant, entries[i].entry.lessons]
        }
        widget.render(into: &buffer, area: list, state: state, focused: true)
        buffer.put(s["shadowing.link.hint"], x: hint.x, y: hint.y, maxWidth: hint.width, style: context.theme.dim)
    }
}
