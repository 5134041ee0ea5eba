import TerminalKit
import VardagDomain

/// The box that links a hypothesis to logged days with lessons: Space ticks or unticks
/// the selected day, Enter or Esc closes. Letters and digits search the days (date,
/// participant, lessons; any case), Backspace takes one back, Esc first clears a search.
/// Its other keys are a key map of its own.
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
    /// What was typed to search the days.
    private(set) var query = ""
    /// The indices into `entries` that match the search, in order.
    private(set) var visible: [Int]

    init(hypothesisId: Int64, entries: [(entry: DayEntry, participant: String)]) {
        self.hypothesisId = hypothesisId
        self.entries = entries
        visible = Array(entries.indices)
    }

    /// Takes a search key: a letter or digit (or - . :) types, Backspace takes one back,
    /// Esc clears a search. - Returns: false when the key is not the search's.
    mutating func search(_ key: Key) -> Bool {
        switch key {
        case .char(let c) where c.isLetter || c.isNumber || "-.:".contains(c): query.append(c)
        case .backspace where !query.isEmpty: query.removeLast()
        case .escape where !query.isEmpty: query = ""
        default: return false
        }
        let needle = query.lowercased()
        visible = entries.indices.filter { i in
            needle.isEmpty || "\(entries[i].entry.date.iso) \(entries[i].participant) \(entries[i].entry.lessons)".lowercased().contains(needle)
        }
        state = TableState()
        return true
    }

    /// The box's keys.
    static let keyMap = KeyMap<Action>(title: "", [
        KeyBinding([.escape, .enter], "", .close),
        KeyBinding([.char(" ")], "", .toggle),
    ] + ListKeys.bindings(rowHelp: "", pageHelp: "") { .move($0) })

    /// The day under the cursor, if any.
    var selectedEntryId: Int64? {
        visible.indices.contains(state.selected) ? entries[visible[state.selected]].entry.id : nil
    }

    /// Draws the box over `area`, ticking the days linked to the hypothesis.
    func render(into buffer: inout Buffer, area: Rect, linked: Set<Int64>, context: AppContext) {
        let s = context.strings
        let box = area.inset(left: 2, right: 2)
        buffer.fill(box)
        buffer.box(box, title: s["shadowing.link.title"], style: context.theme.border, titleStyle: context.theme.title)
        let inner = box.inset(top: 1, left: 1, bottom: 1, right: 1)
        let (rest, hint) = inner.splitBottom(1)
        let searchLine = Rect(x: rest.x, y: rest.y, width: rest.width, height: 1)
        let list = rest.inset(top: 1, left: 0, bottom: 0, right: 0)
        buffer.put(s.format("shadowing.link.search", query, visible.count, entries.count), x: searchLine.x, y: searchLine.y,
                   maxWidth: searchLine.width, style: query.isEmpty ? context.theme.dim : context.theme.title)
        let entries = visible.map { self.entries[$0] }
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
