/// Rows read one at a time, for results too large to hold at once.
///
/// Valid only inside the `read` or `write` that made it.
public final class StoreRowCursor {
    private let nextRow: () throws -> StoreRow?

    /// A cursor over rows that `nextRow` gives until it returns nil.
    public init(_ nextRow: @escaping () throws -> StoreRow?) {
        self.nextRow = nextRow
    }

    /// The next row, or nil after the last.
    public func next() throws -> StoreRow? {
        try nextRow()
    }

    /// Calls `body` with each remaining row.
    public func forEach(_ body: (StoreRow) throws -> Void) throws {
        while let row = try nextRow() { try body(row) }
    }
}
