/// A grid of rows by fixed-width cell columns with a row label, a per-row total and a
/// footer of column totals, like a spreadsheet with one selected cell.
///
/// Rows are virtual: `label`, `cell` and `rowTotal` are called only for the rows on
/// screen, so a grid of thousands of rows draws as fast as one of twenty.
///
/// ```
/// Namn            Utb Bev S1  S2  S3  S4  S5   Klart
/// > Åsa Öberg      ✓   ö   ✓   ✓   ✗   ✗   ✗    4/7
/// Summa            12  8   10  9   4   2   1
/// ```
public struct Grid {
    /// One cell: its text and style.
    public struct CellContent: Sendable {
        public var text: String
        public var style: Style
        public init(_ text: String, style: Style = .plain) {
            self.text = text
            self.style = style
        }
    }

    /// The label column's title and the cell columns' titles.
    public var labelTitle: String
    public var columnTitles: [String]
    public var totalTitle: String
    public var rowCount: Int
    public var label: (Int) -> String
    public var cell: (Int, Int) -> CellContent
    public var rowTotal: (Int) -> String
    /// Footer: its label and one text per column; nil hides the footer.
    public var footerLabel: String?
    public var columnTotals: [String]
    public var cellWidth = 4
    public var totalWidth = 7
    public var headerStyle = Style(bold: true, underline: true)
    public var selectedRowStyle = Style(bold: true)
    public var selectedCellStyle = Style(reverse: true)
    public var footerStyle = Style(bold: true)
    public var emptyText = ""
    /// Keeps sanitised labels and cell texts between frames; a per-frame cache when nil.
    public var textCache: GridTextCache?

    public init(
        labelTitle: String, columnTitles: [String], totalTitle: String, rowCount: Int,
        label: @escaping (Int) -> String, cell: @escaping (Int, Int) -> CellContent, rowTotal: @escaping (Int) -> String
    ) {
        self.labelTitle = labelTitle
        self.columnTitles = columnTitles
        self.totalTitle = totalTitle
        self.rowCount = rowCount
        self.label = label
        self.cell = cell
        self.rowTotal = rowTotal
        self.columnTotals = []
    }

    /// Rows of data that fit in an area (header and footer take one line each).
    public func bodyHeight(in area: Rect) -> Int {
        max(0, area.height - 1 - (footerLabel == nil ? 0 : 1))
    }

    /// The label column's width in an area: what is left after the cells and the total.
    public func labelWidth(in area: Rect) -> Int {
        max(8, area.width - columnTitles.count * cellWidth - totalWidth - 2)
    }

    /// Draws the visible rows.
    public func render(into buffer: inout Buffer, area: Rect, state: GridState) {
        guard area.height > 0 else { return }
        let labelWidth = labelWidth(in: area)
        let cellsX = area.x + 2 + labelWidth
        func cellX(_ column: Int) -> Int { cellsX + column * cellWidth }
        let totalX = cellX(columnTitles.count)
        buffer.putPadded(labelTitle, in: Rect(x: area.x, y: area.y, width: 2 + labelWidth, height: 1), style: headerStyle)
        for (index, title) in columnTitles.enumerated() {
            buffer.putPadded(title, in: Rect(x: cellX(index), y: area.y, width: cellWidth, height: 1), style: headerStyle)
        }
        buffer.putPadded(totalTitle, in: Rect(x: totalX, y: area.y, width: min(totalWidth, area.maxX - totalX), height: 1),
                         style: headerStyle, alignment: .right)
        let height = bodyHeight(in: area)
        // Cells repeat a few symbols hundreds of times: sanitise and measure each text once per frame.
        let cache = textCache ?? GridTextCache()
        if rowCount == 0 {
            buffer.put(emptyText, x: area.x + 2, y: area.y + 1, maxWidth: area.width - 2)
        }
        for line in 0..<height {
            let row = state.rowOffset + line
            guard row < rowCount else { break }
            let y = area.y + 1 + line
            let selected = row == state.row
            let rowStyle = selected ? selectedRowStyle : .plain
            buffer.put(selected ? "> " : "  ", x: area.x, y: y, style: rowStyle)
            Self.draw(cache.cells(for: label(row)), into: &buffer, x: area.x + 2, y: y, width: labelWidth, style: rowStyle)
            for column in 0..<columnTitles.count {
                let content = cell(row, column)
                let style = selected && column == state.column ? selectedCellStyle : content.style
                let cells = cache.cells(for: content.text)
                var x = cellX(column)
                for offset in 0..<(cellWidth - 1) where x + offset < area.maxX {
                    buffer[x + offset, y] = Cell(" ", style: style)
                }
                x += 1
                for glyph in cells where x + Int(glyph.width) <= cellX(column) + cellWidth - 1 {
                    var drawn = glyph
                    drawn.style = style
                    buffer[x, y] = drawn
                    if glyph.width == 2 { buffer[x + 1, y] = .continuation(style: style) }
                    x += Int(glyph.width)
                }
            }
            buffer.putPadded(rowTotal(row), in: Rect(x: totalX, y: y, width: min(totalWidth, area.maxX - totalX), height: 1),
                             style: rowStyle, alignment: .right)
        }
        if let footerLabel {
            let y = area.maxY - 1
            buffer.putPadded(footerLabel, in: Rect(x: area.x + 2, y: y, width: labelWidth, height: 1), style: footerStyle)
            for (index, total) in columnTotals.enumerated() where index < columnTitles.count {
                buffer.putPadded(" " + total, in: Rect(x: cellX(index), y: y, width: cellWidth, height: 1), style: footerStyle)
            }
        }
    }

    /// Draws cells from x, padded with spaces to `width` and cut with "…" when longer.
    static func draw(_ cells: [Cell], into buffer: inout Buffer, x: Int, y: Int, width: Int, style: Style) {
        let total = cells.reduce(0) { $0 + Int($1.width) }
        let limit = total > width ? width - 1 : width
        var column = x
        for cell in cells {
            if column + Int(cell.width) > x + limit { break }
            var drawn = cell
            drawn.style = style
            buffer[column, y] = drawn
            if cell.width == 2 { buffer[column + 1, y] = .continuation(style: style) }
            column += Int(cell.width)
        }
        if total > width && width > 0 {
            buffer[column, y] = Cell("…", style: style)
            column += 1
        }
        while column < x + width {
            buffer[column, y] = Cell(" ", style: style)
            column += 1
        }
    }
}
