/// Which way a sorted column runs.
public enum SortDirection: Hashable, Sendable {
    case ascending, descending
}

/// The part of a table or list that outlives a frame: the selected row, the first
/// row on screen, and the sort order the caller should apply to its data.
///
/// Moving the cursor keeps it visible; rendering clamps again, so a state that was
/// moved with another page size (or before a resize) still shows the selected row.
public struct TableState: Hashable, Sendable {
    /// Index of the selected row (0 when the table is empty).
    public var selected: Int
    /// Index of the first row on screen.
    public var offset: Int
    /// The column the caller sorts by, or nil when unsorted.
    public var sortColumn: Int?
    public var sortDirection: SortDirection

    public init(selected: Int = 0, offset: Int = 0, sortColumn: Int? = nil, sortDirection: SortDirection = .ascending) {
        self.selected = max(0, selected)
        self.offset = max(0, offset)
        self.sortColumn = sortColumn
        self.sortDirection = sortDirection
    }

    /// Moves the cursor for ↑ ↓ j k PgUp PgDn Home End.
    /// - Parameters:
    ///   - rowCount: how many rows the data has.
    ///   - pageSize: how many rows fit on screen (see `Table.bodyHeight(in:)`).
    /// - Returns: true when the key was a movement key (even at the edge).
    public mutating func handle(_ key: Key, rowCount: Int, pageSize: Int) -> Bool {
        let page = max(1, pageSize)
        switch key {
        case .up, .char("k"): select(selected - 1, rowCount: rowCount, pageSize: page)
        case .down, .char("j"): select(selected + 1, rowCount: rowCount, pageSize: page)
        case .pageUp:
            offset = max(0, offset - page)
            select(selected - page, rowCount: rowCount, pageSize: page)
        case .pageDown:
            offset += page
            select(selected + page, rowCount: rowCount, pageSize: page)
        case .home: select(0, rowCount: rowCount, pageSize: page)
        case .end: select(rowCount - 1, rowCount: rowCount, pageSize: page)
        default: return false
        }
        return true
    }

    /// Selects a row (clamped to the data) and scrolls so that it is on screen.
    public mutating func select(_ index: Int, rowCount: Int, pageSize: Int) {
        selected = max(0, min(index, rowCount - 1))
        offset = Self.visibleOffset(selected: selected, offset: offset, rowCount: rowCount, height: pageSize)
    }

    /// Steps the sort order: unsorted → first column ascending → descending → next
    /// column ascending → … → unsorted again. The caller re-sorts its data.
    public mutating func cycleSort(columnCount: Int) {
        guard columnCount > 0 else { sortColumn = nil; return }
        switch (sortColumn, sortDirection) {
        case (nil, _):
            sortColumn = 0; sortDirection = .ascending
        case (let c?, .ascending):
            sortColumn = min(c, columnCount - 1); sortDirection = .descending
        case (let c?, .descending):
            sortColumn = c + 1 < columnCount ? c + 1 : nil
            sortDirection = .ascending
        }
    }

    /// The first row to show so that `selected` is within `height` rows and the
    /// window does not run past the end of the data.
    public static func visibleOffset(selected: Int, offset: Int, rowCount: Int, height: Int) -> Int {
        guard height > 0, rowCount > 0 else { return 0 }
        var off = min(max(0, offset), max(0, rowCount - height))
        if selected < off { off = selected }
        if selected >= off + height { off = selected - height + 1 }
        return max(0, off)
    }
}

/// A list keeps the same state as a table.
public typealias ListState = TableState
