import TerminalKit

/// A screen or tab whose body is a list with a cursor: moving it, keeping it on its row
/// after a reload, and fitting it to a new window size work alike everywhere.
protocol PagedList {
    /// The cursor and the first row shown.
    var list: TableState { get set }
    /// How many rows the list has now.
    var listRowCount: Int { get }
    /// How many rows fit on screen in the window `context.screenArea`.
    func listPageSize(_ context: AppContext) -> Int
}

extension PagedList {
    /// Moves the cursor for one of `ListKeys.all`.
    mutating func moveCursor(_ key: Key, context: AppContext) {
        _ = list.handle(key, rowCount: listRowCount, pageSize: listPageSize(context))
    }

    /// Keeps the cursor on its row, inside the data and on screen (after a reload or a resize).
    mutating func keepCursor(context: AppContext) {
        list.select(list.selected, rowCount: listRowCount, pageSize: listPageSize(context))
    }
}
