/// A vertical menu of numbered items with a cursor, chosen with Enter or a shortcut.
///
/// Each item takes one line, plus one for its description when it has one; the
/// cursor is a `ListState` (its `selected` is the item index).
public struct Menu: Sendable {
    public var items: [MenuItem]
    public var style = Style.plain
    public var selectedStyle = Style(reverse: true)
    public var shortcutStyle = Style(bold: true)
    public var descriptionStyle = Style(dim: true)
    public var disabledStyle = Style(dim: true)
    /// Drawn before the selected item; other items get as many spaces.
    public var highlightSymbol = "> "

    public init(items: [MenuItem]) { self.items = items }

    /// ↑ ↓ k j Home End move, Enter chooses the selected item, an item's shortcut
    /// chooses it directly. Disabled items can be selected but not chosen.
    public func handle(_ key: Key, state: inout ListState) -> MenuResponse {
        guard !items.isEmpty else { return .ignored }
        let count = items.count
        switch key {
        case .up, .char("k"): state.selected = max(0, state.selected - 1)
        case .down, .char("j"): state.selected = min(count - 1, state.selected + 1)
        case .home: state.selected = 0
        case .end: state.selected = count - 1
        case .enter:
            let i = max(0, min(state.selected, count - 1))
            return items[i].isEnabled ? .chosen(i) : .moved
        case .char(let c):
            guard let i = items.firstIndex(where: { $0.shortcut == c }) else { return .ignored }
            state.selected = i
            return items[i].isEnabled ? .chosen(i) : .moved
        default:
            return .ignored
        }
        return .moved
    }

    /// Lines an item takes.
    private func height(of item: MenuItem) -> Int { item.description?.isEmpty == false ? 2 : 1 }

    /// Draws the items, scrolled so the selected one is visible; the real cursor
    /// goes on the selected item when `focused`.
    public func render(into buffer: inout Buffer, area: Rect, state: ListState, focused: Bool = false) {
        guard !area.isEmpty, !items.isEmpty else { return }
        let sel = max(0, min(state.selected, items.count - 1))
        // First item to draw: walk back from the selected one while it fits.
        var first = sel
        var used = height(of: items[sel])
        while first > 0, used + height(of: items[first - 1]) <= area.height {
            first -= 1; used += height(of: items[first])
        }
        let symbolWidth = DisplayWidth.of(highlightSymbol)
        let hasShortcuts = items.contains { $0.shortcut != nil }
        var y = area.y
        for i in first..<items.count {
            guard y < area.maxY else { break }
            let item = items[i]
            var lineStyle = item.isEnabled ? style : style.merged(with: disabledStyle)
            if i == sel {
                lineStyle = lineStyle.merged(with: selectedStyle)
                buffer.fill(Rect(x: area.x, y: y, width: area.width, height: 1), with: Cell(" ", style: lineStyle))
                buffer.put(highlightSymbol, x: area.x, y: y, maxWidth: area.width, style: lineStyle)
                if focused { buffer.cursor = Point(x: area.x, y: y) }
            }
            var x = area.x + symbolWidth
            if hasShortcuts {
                if let s = item.shortcut {
                    buffer.put(String(s), x: x, y: y, maxWidth: area.maxX - x, style: lineStyle.merged(with: shortcutStyle))
                }
                x += 2
            }
            buffer.put(item.title, x: x, y: y, maxWidth: area.maxX - x, style: lineStyle)
            y += 1
            if let d = item.description, !d.isEmpty, y < area.maxY {
                buffer.put(d, x: x, y: y, maxWidth: area.maxX - x, style: style.merged(with: descriptionStyle))
                y += 1
            }
        }
    }
}
