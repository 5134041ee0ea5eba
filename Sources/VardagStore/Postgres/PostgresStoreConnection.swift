/// A PostgreSQL connection inside one transaction of a `PostgresStoreWriter`, seen as a
/// `StoreConnection`. The differences from SQLite that the store's SQL cannot avoid live
/// here: `$N` parameters, `lastval()` for the new id, the catalogue for tables.
final class PostgresStoreConnection: StoreConnection {
    private let connection: PostgresConnection
    private let translations: PostgresTranslations

    init(_ connection: PostgresConnection, translations: PostgresTranslations) {
        self.connection = connection
        self.translations = translations
    }

    var dialect: SQLDialect { .postgres }

    func cachedStatement(sql: String) throws -> any StoreStatement {
        PostgresStatement(connection: connection, sql: translations.translated(sql))
    }

    func execute(script: String) throws {
        try connection.execute(script: script)
    }

    func lastInsertedRowID() throws -> Int64 {
        try Int64.fetchOne(self, sql: "SELECT lastval()") ?? 0
    }

    var changesCount: Int { connection.changedRows }

    func inTransaction(_ body: () throws -> Void) throws {
        try connection.execute(script: "BEGIN ISOLATION LEVEL SERIALIZABLE")
        do {
            try body()
            try connection.execute(script: "COMMIT")
        } catch {
            _ = try? connection.execute(script: "ROLLBACK")
            throw error
        }
    }

    func tableExists(_ name: String) throws -> Bool {
        try Int.fetchOne(self, sql: "SELECT 1 FROM pg_tables WHERE schemaname = current_schema() AND tablename = ?",
                         arguments: [name]) != nil
    }

    /// PostgreSQL never leaves a deleted row's bytes for a reader of the database: its
    /// pages are reused and vacuumed by the server. Nothing to switch.
    func beginSecureDelete() throws -> () -> Void {
        {}
    }

    /// The server's autovacuum gives the space back.
    func dropOldPages() {}

    /// Sends rows already in COPY's text format to a table through COPY, for bulk loads.
    /// - Returns: how many rows the server stored.
    @discardableResult
    func copy(into table: String, columns: [String], text: PostgresCopyText) throws -> Int {
        guard text.rows > 0 else { return 0 }
        return try connection.copyIn(sql: "COPY \(table) (\(columns.joined(separator: ", "))) FROM STDIN", data: text.bytes)
    }

    /// Sends rows to a table through COPY, for bulk loads.
    func copy(into table: String, columns: [String], rows: (_ send: (String) throws -> Void) throws -> Void) throws {
        try connection.copyIn(sql: "COPY \(table) (\(columns.joined(separator: ", "))) FROM STDIN", rows: rows)
    }
}

/// A statement on a PostgreSQL connection: prepared by the connection on first use.
final class PostgresStatement: StoreStatement {
    private let connection: PostgresConnection
    private let sql: String

    init(connection: PostgresConnection, sql: String) {
        self.connection = connection
        self.sql = sql
    }

    func execute(arguments: StoreArguments) throws {
        _ = try connection.execute(sql: sql, arguments: arguments.values)
    }

    func makeCursor(arguments: StoreArguments) throws -> StoreRowCursor {
        try connection.execute(sql: sql, arguments: arguments.values).cursor()
    }
}
