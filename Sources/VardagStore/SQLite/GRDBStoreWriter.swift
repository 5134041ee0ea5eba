import GRDB

/// The SQLite backend of `StoreWriter`: a GRDB `DatabasePool` or `DatabaseQueue`.
struct GRDBStoreWriter: StoreWriter {
    /// The GRDB connection(s).
    let grdb: any DatabaseWriter

    var dialect: SQLDialect { .sqlite }

    var location: String { grdb.path }

    func read<T>(_ body: (any StoreConnection) throws -> T) throws -> T {
        try grdb.read { db in try body(GRDBConnection(db)) }
    }

    func write<T>(_ body: (any StoreConnection) throws -> T) throws -> T {
        try grdb.write { db in try body(GRDBConnection(db)) }
    }

    func writeWithoutTransaction<T>(_ body: (any StoreConnection) throws -> T) throws -> T {
        try grdb.writeWithoutTransaction { db in try body(GRDBConnection(db)) }
    }

    func close() throws {
        if let pool = grdb as? DatabasePool {
            try pool.close()
        } else if let queue = grdb as? DatabaseQueue {
            try queue.close()
        }
    }
}
