import GRDB

/// The SQLite backend of `StoreWriter`: a GRDB `DatabasePool` or `DatabaseQueue`.
struct GRDBStoreWriter: StoreWriter {
    /// The GRDB connection(s).
    let grdb: any DatabaseWriter
    /// The writer connection's `data_version` at the last look.
    private let lastDataVersion = LastSeen()

    init(grdb: any DatabaseWriter) {
        self.grdb = grdb
    }

    var dialect: SQLDialect { .sqlite }

    var location: String { grdb.path }

    /// SQLite never refuses a write for a conflict: a second writer waits its turn.
    var retriedWrites: Int { 0 }

    func read<T>(_ body: (any StoreConnection) throws -> T) throws -> T {
        try grdb.read { db in try body(GRDBConnection(db)) }
    }

    func write<T>(_ body: (any StoreConnection) throws -> T) throws -> T {
        try grdb.write { db in try body(GRDBConnection(db)) }
    }

    func writeWithoutTransaction<T>(_ body: (any StoreConnection) throws -> T) throws -> T {
        try grdb.writeWithoutTransaction { db in try body(GRDBConnection(db)) }
    }

    /// `PRAGMA data_version` on the writer connection changes only when another connection
    /// (another process) commits; this process's own writes go through that connection.
    func hasOutsideChanges() throws -> Bool {
        let version = try grdb.writeWithoutTransaction { db in
            // In WAL mode the connection sees other commits when it starts reading; a
            // one-row read makes it look before the pragma answers.
            // Both prepared once per connection: this runs on every screen opened and every idle poll.
            _ = try Int.fetchOne(db.cachedStatement(sql: "SELECT 1 FROM sqlite_master LIMIT 1"))
            return try Int64.fetchOne(db.cachedStatement(sql: "PRAGMA data_version")) ?? 0
        }
        return lastDataVersion.replace(with: version)
    }

    func close() throws {
        if let pool = grdb as? DatabasePool {
            try pool.close()
        } else if let queue = grdb as? DatabaseQueue {
            try queue.close()
        }
    }
}
