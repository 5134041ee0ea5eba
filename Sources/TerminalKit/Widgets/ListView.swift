/// A single-column list with a cursor and virtual rows: a `Table` without header.
///
/// Like `Table` it asks `item(at:)` only for the rows on screen and keeps its
/// selection in a `ListState`.
public struct ListView {
    public var itemCount: Int
    /// The text of one item; called only for items on screen.
    public var item: (Int) -> String
    public var emptyText: String
    public var style = Style.plain
    public var selectedStyle = Style(reverse: true)
    /// Drawn before the selected item; other items get as many spaces.
    public var highlightSymbol = "> "

    /// - Parameters:
    ///   - itemCount: how many items there are.
    ///   - emptyText: what to show when there are none (the caller's words).
    ///   - item: the text of item `index`, asked only for items on screen.
    public init(itemCount: Int, emptyText: String = "", item: @escaping (Int) -> String) {
        self.itemCount = max(0, itemCount)
        self.emptyText = emptyText
        self.item = item
    }

    /// A list over items already in memory.
    public init(items: [String], emptyText: String = "") {
        self.init(itemCount: items.count, emptyText: emptyText) { items[$0] }
    }

    /// Handles ↑ ↓ j k PgUp PgDn Home End.
    /// - Returns: true when the key was used.
    public func handle(_ key: Key, state: inout ListState, area: Rect) -> Bool {
        state.handle(key, rowCount: itemCount, pageSize: area.height)
    }

    /// Draws the items on screen, the selected one highlighted.
    /// - Parameter focused: when true the real cursor is put on the selected item.
    public func render(into buffer: inout Buffer, area: Rect, state: ListState, focused: Bool = false) {
        var table = Table(columns: [TableColumn("")], rowCount: itemCount, emptyText: emptyText) { [item] in [item($0)] }
        table.showsHeader = false
        table.style = style
        table.selectedStyle = selectedStyle
        table.highlightSymbol = highlightSymbol
        table.render(into: &buffer, area: area, state: state, focused: focused)
    }
}
