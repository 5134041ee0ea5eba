/// Reading rows and single values through a connection or a prepared statement.
extension StoreRow {
    /// The rows of a query, one at a time.
    public static func fetchCursor(_ db: any StoreConnection, sql: String, arguments: StoreArguments = []) throws -> StoreRowCursor {
        try db.cachedStatement(sql: sql).makeCursor(arguments: arguments)
    }

    /// The rows of a prepared statement, one at a time.
    public static func fetchCursor(_ statement: any StoreStatement, arguments: StoreArguments = []) throws -> StoreRowCursor {
        try statement.makeCursor(arguments: arguments)
    }

    /// All rows of a query.
    public static func fetchAll(_ db: any StoreConnection, sql: String, arguments: StoreArguments = []) throws -> [StoreRow] {
        try fetchAll(db.cachedStatement(sql: sql), arguments: arguments)
    }

    /// All rows of a prepared statement.
    public static func fetchAll(_ statement: any StoreStatement, arguments: StoreArguments = []) throws -> [StoreRow] {
        var rows: [StoreRow] = []
        try statement.makeCursor(arguments: arguments).forEach { rows.append($0) }
        return rows
    }

    /// The first row of a query, or nil.
    public static func fetchOne(_ db: any StoreConnection, sql: String, arguments: StoreArguments = []) throws -> StoreRow? {
        try fetchOne(db.cachedStatement(sql: sql), arguments: arguments)
    }

    /// The first row of a prepared statement, or nil.
    public static func fetchOne(_ statement: any StoreStatement, arguments: StoreArguments = []) throws -> StoreRow? {
        try statement.makeCursor(arguments: arguments).next()
    }
}

extension StoreValueConvertible {
    /// The first column of the first row, or nil when there is no row or it is NULL.
    public static func fetchOne(_ db: any StoreConnection, sql: String, arguments: StoreArguments = []) throws -> Self? {
        try fetchOne(db.cachedStatement(sql: sql), arguments: arguments)
    }

    /// The first column of the first row of a prepared statement, or nil.
    public static func fetchOne(_ statement: any StoreStatement, arguments: StoreArguments = []) throws -> Self? {
        guard let row = try statement.makeCursor(arguments: arguments).next(), let value = row.values.first else { return nil }
        return fromStoreValue(value)
    }

    /// The first column of every row (NULLs and values that do not fit are left out).
    public static func fetchAll(_ db: any StoreConnection, sql: String, arguments: StoreArguments = []) throws -> [Self] {
        try fetchAll(db.cachedStatement(sql: sql), arguments: arguments)
    }

    /// The first column of every row of a prepared statement.
    public static func fetchAll(_ statement: any StoreStatement, arguments: StoreArguments = []) throws -> [Self] {
        var values: [Self] = []
        try statement.makeCursor(arguments: arguments).forEach { row in
            if let value = row.values.first.flatMap(fromStoreValue) { values.append(value) }
        }
        return values
    }
}

extension StoreValueConvertible where Self: Hashable {
    /// The first column of every row, as a set.
    public static func fetchSet(_ db: any StoreConnection, sql: String, arguments: StoreArguments = []) throws -> Set<Self> {
        Set(try fetchAll(db, sql: sql, arguments: arguments))
    }
}
