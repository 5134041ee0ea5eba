/// A table with a header row, a selected row and virtual rows.
///
/// The table never holds the data: it asks `row(at:)` only for the rows that are on
/// screen, so a list of 10,000 cases costs no more to draw than one of 20. Sorting
/// is the caller's: `TableState` records the column and direction, the header shows
/// an indicator, and the caller serves its rows in that order.
public struct Table {
    public var columns: [TableColumn]
    /// How many rows the data has.
    public var rowCount: Int
    /// The cells of one row, by column; called only for rows on screen.
    public var row: (Int) -> [String]
    /// An extra style for one row (an overdue case in red), or nil.
    public var rowStyle: ((Int) -> Style?)?
    /// Shown on the first body row when there are no rows.
    public var emptyText: String
    public var headerStyle = Style(bold: true, underline: true)
    public var style = Style.plain
    public var selectedStyle = Style(reverse: true)
    /// Drawn before the selected row; other rows get as many spaces.
    public var highlightSymbol = "> "
    /// Whether the selection bar spans the whole row, or only the marker and the first
    /// column. The narrow bar makes a cursor move cost a fraction of the bytes (both rows
    /// are otherwise resent whole), which matters over slow ssh links.
    public var highlightsWholeRow = true
    /// Cells between columns.
    public var columnSpacing = 1
    public var showsHeader = true
    /// The key that steps the sort order in `handle`; nil leaves sorting to the caller.
    public var sortKey: Key?
    public var ascendingIndicator = "▲"
    public var descendingIndicator = "▼"

    /// - Parameters:
    ///   - columns: the column definitions, left to right.
    ///   - rowCount: how many rows the data has.
    ///   - emptyText: what to show when there are no rows (the caller's words).
    ///   - row: the cells of row `index`, asked only for rows on screen.
    public init(columns: [TableColumn], rowCount: Int, emptyText: String = "", row: @escaping (Int) -> [String]) {
        self.columns = columns
        self.rowCount = max(0, rowCount)
        self.emptyText = emptyText
        self.row = row
    }

    /// A table over rows already in memory.
    public init(columns: [TableColumn], rows: [[String]], emptyText: String = "") {
        self.init(columns: columns, rowCount: rows.count, emptyText: emptyText) { rows[$0] }
    }

    /// How many data rows fit in `area` (the page size for `TableState.handle`).
    public func bodyHeight(in area: Rect) -> Int {
        max(0, area.height - (showsHeader ? 1 : 0))
    }

    /// Handles movement keys, and `sortKey` when set.
    /// - Returns: true when the key was used.
    public func handle(_ key: Key, state: inout TableState, area: Rect) -> Bool {
        if let sortKey, key == sortKey {
            state.cycleSort(columnCount: columns.count)
            return true
        }
        return state.handle(key, rowCount: rowCount, pageSize: bodyHeight(in: area))
    }

    /// Draws the header and the rows on screen.
    /// - Parameter focused: when true the real cursor is put on the selected row, so
    ///   screen readers and magnifiers follow the selection.
    public func render(into buffer: inout Buffer, area: Rect, state: TableState, focused: Bool = false) {
        guard !area.isEmpty else { return }
        buffer.fill(area, with: Cell(" ", style: style))
        let symbolWidth = DisplayWidth.of(highlightSymbol)
        let inner = area.inset(left: symbolWidth)
        let widths = TableColumn.layout(columns, in: inner.width, spacing: columnSpacing)
        var body = area
        if showsHeader {
            let split = area.splitTop(1)
            body = split.rest
            buffer.fill(split.top, with: Cell(" ", style: headerStyle))
            drawCells(columns.enumerated().map { i, c in headerTitle(c, index: i, state: state) },
                      widths: widths, y: split.top.y, x: inner.x, into: &buffer, style: headerStyle,
                      sortedColumn: state.sortColumn)
        }
        guard body.height > 0 else { return }
        guard rowCount > 0 else {
            buffer.put(emptyText, x: inner.x, y: body.y, maxWidth: inner.width, style: style)
            return
        }
        let selected = max(0, min(state.selected, rowCount - 1))
        let offset = TableState.visibleOffset(selected: selected, offset: state.offset, rowCount: rowCount, height: body.height)
        let last = min(rowCount, offset + body.height)
        for index in offset..<last {
            let y = body.y + index - offset
            var rowStyleHere = style.merged(with: rowStyle?(index) ?? .plain)
            if index == selected && !highlightsWholeRow {
                if rowStyle != nil {
                    buffer.fill(Rect(x: area.x, y: y, width: area.width, height: 1), with: Cell(" ", style: rowStyleHere))
                }
                drawCells(row(index), widths: widths, y: y, x: inner.x, into: &buffer, style: rowStyleHere)
                let markStyle = rowStyleHere.merged(with: selectedStyle)
                buffer.put(highlightSymbol, x: area.x, y: y, maxWidth: area.width, style: markStyle)
                buffer.style(Rect(x: inner.x, y: y, width: widths.first ?? 0, height: 1), with: selectedStyle)
                if focused { buffer.cursor = Point(x: area.x, y: y) }
                continue
            }
            if index == selected {
                rowStyleHere = rowStyleHere.merged(with: selectedStyle)
                buffer.fill(Rect(x: area.x, y: y, width: area.width, height: 1), with: Cell(" ", style: rowStyleHere))
                buffer.put(highlightSymbol, x: area.x, y: y, maxWidth: area.width, style: rowStyleHere)
                if focused { buffer.cursor = Point(x: area.x, y: y) }
            } else if rowStyle != nil {
                buffer.fill(Rect(x: area.x, y: y, width: area.width, height: 1), with: Cell(" ", style: rowStyleHere))
            }
            drawCells(row(index), widths: widths, y: y, x: inner.x, into: &buffer, style: rowStyleHere)
        }
    }

    /// The column title with the sort indicator when it is the sorted column.
    private func headerTitle(_ column: TableColumn, index: Int, state: TableState) -> String {
        guard state.sortColumn == index else { return column.title }
        let mark = state.sortDirection == .ascending ? ascendingIndicator : descendingIndicator
        return column.title + " " + mark
    }

    /// Draws one row's cells into their columns, each cut to its width.
    private func drawCells(_ cells: [String], widths: [Int], y: Int, x: Int, into buffer: inout Buffer, style: Style, sortedColumn: Int? = nil) {
        var cx = x
        for (i, width) in widths.enumerated() {
            if width > 0, i < cells.count {
                var text = cells[i]
                if i == sortedColumn, case let clean = TextSanitizer.clean(text), DisplayWidth.of(clean) > width {
                    text = keepIndicator(clean, width: width)
                }
                buffer.putPadded(text, in: Rect(x: cx, y: y, width: width, height: 1), style: style,
                                 alignment: i < columns.count ? columns[i].alignment : .left)
            }
            cx += width + columnSpacing
        }
    }

    /// A header title cut so the sort indicator at its end stays visible.
    private func keepIndicator(_ text: String, width: Int) -> String {
        guard let mark = text.last, width >= 3 else { return text }
        let title = String(text.dropLast(2))
        return TextLayout.truncate(title, to: width - 2) + " " + String(mark)
    }
}
