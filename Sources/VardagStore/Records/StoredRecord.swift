/// A register table row read and written by column name, on either backend.
///
/// Column names are plain strings here so that renaming a Swift property never changes
/// the SQL. `id` is the table's key; `columns` and `values` are every other column.
protocol StoredRecord: Sendable {
    /// The table.
    static var tableName: String { get }
    /// The columns besides `id`, in the order of `values`.
    static var columns: [String] { get }
    /// The key, nil before the row is inserted.
    var id: Int64? { get set }
    /// Whether the row is active (register rows are deactivated, never deleted).
    var active: Bool { get set }
    /// The values of `columns`, in order.
    var values: StoreArguments { get }
    /// A record from a row holding `id` and every column.
    init(row: StoreRow)
}

extension StoredRecord {
    /// `id` and the other columns, for a SELECT.
    private static var selection: String { (["id"] + columns).joined(separator: ", ") }

    /// The row with this key, or nil.
    static func fetchOne(_ db: any StoreConnection, key: Int64) throws -> Self? {
        try StoreRow.fetchOne(db, sql: "SELECT \(selection) FROM \(tableName) WHERE id = ?", arguments: [key]).map(Self.init)
    }

    /// The rows matching a condition (all when it is empty), by sort key and id.
    static func fetchAll(_ db: any StoreConnection, where condition: String = "", arguments: StoreArguments = []) throws -> [Self] {
        let filter = condition.isEmpty ? "" : " WHERE \(condition)"
        return try StoreRow.fetchAll(db, sql: "SELECT \(selection) FROM \(tableName)\(filter) ORDER BY sort_key, id",
                                     arguments: arguments).map(Self.init)
    }

    /// Whether a row with this key exists.
    static func exists(_ db: any StoreConnection, key: Int64) throws -> Bool {
        try Int.fetchOne(db, sql: "SELECT 1 FROM \(tableName) WHERE id = ?", arguments: [key]) != nil
    }

    /// Inserts the row and sets `id` to its new key.
    mutating func insert(_ db: any StoreConnection) throws {
        let placeholders = Array(repeating: "?", count: Self.columns.count).joined(separator: ", ")
        let sql = "INSERT INTO \(Self.tableName) (\(Self.columns.joined(separator: ", "))) VALUES (\(placeholders)) RETURNING id"
        id = try Int64.fetchOne(db, sql: sql, arguments: values)
    }

    /// Writes every column of the row with this record's key.
    func update(_ db: any StoreConnection) throws {
        let assignments = Self.columns.map { "\($0) = ?" }.joined(separator: ", ")
        try db.execute(sql: "UPDATE \(Self.tableName) SET \(assignments) WHERE id = ?", arguments: values + [id])
    }
}
