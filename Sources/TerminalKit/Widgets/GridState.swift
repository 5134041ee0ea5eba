/// The cursor and scroll position of a `Grid`: a selected row and column, and the first row shown.
public struct GridState: Hashable, Sendable {
    public var row: Int
    public var column: Int
    public var rowOffset: Int

    public init(row: Int = 0, column: Int = 0, rowOffset: Int = 0) {
        self.row = row
        self.column = column
        self.rowOffset = rowOffset
    }

    /// Moves for ↑ ↓ ← → j k h l PgUp PgDn Home End.
    /// - Parameters:
    ///   - rowCount: rows of data.
    ///   - columnCount: cell columns.
    ///   - pageSize: rows that fit on screen (see `Grid.bodyHeight(in:)`).
    /// - Returns: true when the key was a movement key.
    public mutating func handle(_ key: Key, rowCount: Int, columnCount: Int, pageSize: Int) -> Bool {
        let page = max(1, pageSize)
        switch key {
        case .up, .char("k"): row -= 1
        case .down, .char("j"): row += 1
        case .left, .char("h"): column -= 1
        case .right, .char("l"): column += 1
        case .pageUp: row -= page; rowOffset -= page
        case .pageDown: row += page; rowOffset += page
        case .home: row = 0
        case .end: row = rowCount - 1
        default: return false
        }
        clamp(rowCount: rowCount, columnCount: columnCount, pageSize: page)
        return true
    }

    /// Keeps the cursor inside the data and on screen.
    public mutating func clamp(rowCount: Int, columnCount: Int, pageSize: Int) {
        row = max(0, min(row, rowCount - 1))
        column = max(0, min(column, columnCount - 1))
        rowOffset = TableState.visibleOffset(selected: row, offset: rowOffset, rowCount: rowCount, height: pageSize)
    }
}
