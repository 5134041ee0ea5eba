import TerminalKit
import VardagStore

/// The list that chooses the Rapport screen's kommun: ↑↓ move, Enter chooses, Esc cancels.
///
/// Offers the kommuner whose staff figures the login may see, each with its last month.
struct StaffKommunPicker: Hashable, Sendable {
    /// The kommuner to choose from, in the register's order.
    var options: [AppDatabase.StaffKommun]
    /// The line with the cursor.
    var cursor = 0
    /// The first line shown, so a long list scrolls.
    var offset = 0

    /// Opens the list on the kommun shown now.
    init(options: [AppDatabase.StaffKommun], current: Int64?) {
        self.options = options
        cursor = options.firstIndex { $0.kommun.id == current } ?? 0
    }

    /// Moves the cursor a line, a page, or to either end, keeping it in view.
    mutating func move(_ key: Key, page: Int) {
        var state = TableState(selected: cursor, offset: offset)
        _ = state.handle(key, rowCount: options.count, pageSize: page)
        cursor = max(0, min(state.selected, options.count - 1))
        if cursor < offset { offset = cursor }
        if cursor >= offset + page { offset = cursor - page + 1 }
    }

    /// The kommun under the cursor.
    var chosen: AppDatabase.StaffKommun? { options.indices.contains(cursor) ? options[cursor] : nil }

    /// The box for an area: as tall as the list allows, at most the area.
    static func box(in area: Rect, count: Int) -> Rect {
        area.centered(Size(width: min(area.width - 2, 56), height: min(area.height, count + 3)))
    }

    /// Lines of kommuner visible in a box.
    static func visibleLines(_ box: Rect) -> Int { max(1, box.height - 3) }

    /// Draws the list in a box in the middle of the area.
    func render(into buffer: inout Buffer, area: Rect, context: AppContext) {
        let s = context.strings
        let box = Self.box(in: area, count: options.count)
        // A blank column each side, so the table behind never touches the border.
        buffer.fill(Rect(x: max(area.x, box.x - 1), y: box.y, width: min(area.width, box.width + 2), height: box.height))
        buffer.box(box, title: s["rapport.picker.title"], style: context.theme.border, titleStyle: context.theme.title)
        let inner = box.inset(top: 1, left: 2, bottom: 1, right: 2)
        let lines = Self.visibleLines(box)
        for (line, index) in options.indices.dropFirst(offset).prefix(lines).enumerated() {
            let option = options[index]
            let text = (index == cursor ? "> " : "  ") + option.kommun.name
            let latest = option.latestMonth.map { s.format("rapport.picker.latest", ReportText.monthName($0, s)) } ?? s["rapport.picker.none"]
            let row = Rect(x: inner.x, y: inner.y + line, width: inner.width, height: 1)
            let style = index == cursor ? context.theme.selected : Style.plain
            buffer.putPadded(text, in: row, style: style)
            let width = DisplayWidth.of(latest)
            if width + DisplayWidth.of(text) + 2 <= row.width {
                buffer.put(latest, x: row.maxX - width, y: row.y, style: index == cursor ? style : context.theme.dim)
            }
        }
        buffer.put(s["rapport.picker.hint"], x: inner.x, y: inner.maxY - 1, maxWidth: inner.width, style: context.theme.dim)
    }
}
