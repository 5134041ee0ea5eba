/// A database the store reads and writes in transactions: SQLite through GRDB, or a
/// PostgreSQL server through libpq. The store's intents see only this and `StoreConnection`.
public protocol StoreWriter: Sendable {
    /// The SQL the database speaks.
    var dialect: SQLDialect { get }
    /// Where the data is, for messages: a file path, or the server and database name.
    var location: String { get }
    /// Runs `body` in a read-only transaction that sees one consistent state.
    func read<T>(_ body: (any StoreConnection) throws -> T) throws -> T
    /// Runs `body` in a write transaction: all of it is stored, or none of it.
    ///
    /// A PostgreSQL writer runs `body` again when the server refused the transaction for a
    /// serialization failure or deadlock, so `body` must not have other effects.
    func write<T>(_ body: (any StoreConnection) throws -> T) throws -> T
    /// Runs `body` outside a transaction; it begins and ends its own.
    func writeWithoutTransaction<T>(_ body: (any StoreConnection) throws -> T) throws -> T
    /// Whether another process has changed the database since the last call (the first
    /// call only starts counting). Cheap enough for every idle moment of the app: SQLite's
    /// `data_version` on the writer connection, PostgreSQL's notifications from other
    /// sessions. Throws when the server cannot be reached.
    func hasOutsideChanges() throws -> Bool
    /// How many times a write ran again because the database refused it for a conflict with
    /// another client (PostgreSQL's serialization failures and deadlocks); always 0 on
    /// SQLite, where a writer waits for the write lock instead (the busy timeout).
    var retriedWrites: Int { get }
    /// Closes the connections.
    func close() throws
}
