import TerminalKit
import VardagDomain

/// The checklist that chooses which kommuner the comparison shows: ↑↓ move, Space toggles,
/// Enter applies, Esc cancels.
///
/// A value held by the screen only while open; applying hands back the chosen ids.
struct KommunPicker: Hashable, Sendable {
    /// The kommuner to choose from, in Swedish order.
    var options: [Kommun]
    /// The ids ticked.
    var checked: Set<Int64>
    /// The line with the cursor.
    var cursor = 0
    /// The first line shown, so a long list scrolls.
    var offset = 0

    /// Opens the checklist.
    /// - Parameters:
    ///   - options: the active kommuner.
    ///   - chosen: the current choice; nil for all.
    init(options: [Kommun], chosen: Set<Int64>?) {
        self.options = options
        self.checked = chosen ?? Set(options.map(\.id))
    }

    /// Moves the cursor one line up or down (↑↓, k/j), or a page, or to either end.
    mutating func move(_ key: Key, page: Int) {
        switch key {
        case .up, .char("k"): cursor -= 1
        case .down, .char("j"): cursor += 1
        case .pageUp: cursor -= page
        case .pageDown: cursor += page
        case .home: cursor = 0
        case .end: cursor = options.count - 1
        default: break
        }
        cursor = max(0, min(cursor, options.count - 1))
        if cursor < offset { offset = cursor }
        if cursor >= offset + page { offset = cursor - page + 1 }
    }

    /// Ticks or unticks the kommun under the cursor.
    mutating func toggleCurrent() {
        guard options.indices.contains(cursor) else { return }
        let id = options[cursor].id
        if checked.contains(id) { checked.remove(id) } else { checked.insert(id) }
    }

    /// The choice to apply: nil when every kommun is ticked (the default, which also
    /// follows kommuner added later); nil also when none is, since an empty comparison says nothing.
    var choice: Set<Int64>? {
        let all = Set(options.map(\.id))
        let ticked = checked.intersection(all)
        return ticked.isEmpty || ticked == all ? nil : ticked
    }

    /// The box for an area: as tall as the list allows, at most the area.
    static func box(in area: Rect, count: Int) -> Rect {
        area.centered(Size(width: min(area.width - 2, 56), height: min(area.height, count + 4)))
    }

    /// Lines of kommuner visible in a box.
    static func visibleLines(_ box: Rect) -> Int { max(1, box.height - 4) }

    /// Draws the checklist in a box in the middle of the area.
    func render(into buffer: inout Buffer, area: Rect, context: AppContext) {
        let s = context.strings
        let box = Self.box(in: area, count: options.count)
        buffer.fill(box)
        buffer.box(box, title: s["competence.picker.title"], style: context.theme.border, titleStyle: context.theme.title)
        let inner = box.inset(top: 1, left: 2, bottom: 1, right: 2)
        let lines = Self.visibleLines(box)
        for (line, index) in options.indices.dropFirst(offset).prefix(lines).enumerated() {
            let mark = (index == cursor ? "> " : "  ") + (checked.contains(options[index].id) ? "[x] " : "[ ] ")
            let style = index == cursor ? context.theme.selected : Style.plain
            buffer.putPadded(mark + options[index].name, in: Rect(x: inner.x, y: inner.y + line, width: inner.width, height: 1), style: style)
        }
        buffer.put(s.format("competence.picker.count", checked.count, options.count), x: inner.x, y: inner.y + inner.height - 2,
                   maxWidth: inner.width, style: context.theme.dim)
        buffer.put(s["competence.picker.hint"], x: inner.x, y: inner.y + inner.height - 1, maxWidth: inner.width, style: context.theme.dim)
    }
}
