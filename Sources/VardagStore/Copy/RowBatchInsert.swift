/// Inserts rows of one table in multi-row statements of about 2,000 values, on either backend.
struct RowBatchInsert {
    private let target: any StoreConnection
    private let table: StoredTable
    private let perBatch: Int
    private var values: [StoreValue] = []
    private var rows = 0

    /// A batch for `table` on `target`; nothing is written until a batch fills or `finish()`.
    init(_ table: StoredTable, into target: any StoreConnection) {
        self.target = target
        self.table = table
        perBatch = max(1, 2_000 / max(1, table.columns.count))
    }

    /// Adds one row (values in the table's column order).
    mutating func add(_ row: [StoreValue]) throws {
        values += row
        rows += 1
        if rows == perBatch { try finish() }
    }

    /// Writes the rows still waiting.
    mutating func finish() throws {
        guard rows > 0 else { return }
        let placeholders = "(" + Array(repeating: "?", count: table.columns.count).joined(separator: ", ") + ")"
        let tuples = Array(repeating: placeholders, count: rows).joined(separator: ", ")
        try target.execute(sql: "INSERT INTO \(table.name) (\(table.quotedColumns)) VALUES \(tuples)",
                           arguments: StoreArguments(values: values))
        values.removeAll(keepingCapacity: true)
        rows = 0
    }
}
