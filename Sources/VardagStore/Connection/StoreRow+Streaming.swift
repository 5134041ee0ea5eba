/// Reading a large result without holding it, on both backends.
extension StoreRow {
    /// The name of the server-side cursor `stream` reads on PostgreSQL (one at a time).
    static let streamCursorName = "vardag_stream"

    /// Calls `body` with each row of a query, holding at most `batch` rows at a time.
    ///
    /// SQLite steps the statement (`fetchCursor`). libpq receives a whole result before
    /// it gives the first row, so on PostgreSQL the query is read through a server-side
    /// cursor (`DECLARE … NO SCROLL CURSOR`, then `FETCH FORWARD batch` until a short
    /// batch) in the transaction of the `read` or `write` this runs in, which sees one
    /// snapshot throughout. Streams do not nest: `body` must not start another.
    /// - Parameters:
    ///   - db: the connection, inside `read` or `write`.
    ///   - sql: one query.
    ///   - arguments: its parameters.
    ///   - batch: rows per fetch on PostgreSQL.
    ///   - body: called with each row, in order.
    /// - Throws: database errors, what `body` throws.
    public static func stream(_ db: any StoreConnection, sql: String, arguments: StoreArguments = [], batch: Int = 1000,
                              _ body: (StoreRow) throws -> Void) throws {
        guard db.dialect == .postgres else {
            let cursor = try fetchCursor(db, sql: sql, arguments: arguments)
            while let row = try cursor.next() { try body(row) }
            return
        }
        try db.cachedStatement(sql: "DECLARE \(streamCursorName) NO SCROLL CURSOR FOR " + sql).execute(arguments: arguments)
        let fetch = try db.cachedStatement(sql: "FETCH FORWARD \(max(1, batch)) FROM \(streamCursorName)")
        var fetched = batch
        while fetched >= batch {
            fetched = 0
            try fetch.makeCursor(arguments: []).forEach { row in
                fetched += 1
                try body(row)
            }
        }
        try db.execute(script: "CLOSE \(streamCursorName)")
    }
}
