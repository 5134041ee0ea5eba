/// One database connection inside a `read` or `write` of a `StoreWriter`: what the
/// store's intents run their SQL through, whichever backend holds the data.
///
/// A value is valid only inside the closure it was given to.
public protocol StoreConnection: AnyObject {
    /// The SQL this connection speaks.
    var dialect: SQLDialect { get }
    /// A prepared statement for `sql`, kept and reused for the same text.
    func cachedStatement(sql: String) throws -> any StoreStatement
    /// Runs one or more statements without parameters (schema changes, say).
    func execute(script: String) throws
    /// The id of the row the last INSERT on this connection made.
    func lastInsertedRowID() throws -> Int64
    /// How many rows the last INSERT, UPDATE or DELETE changed.
    var changesCount: Int { get }
    /// Runs `body` in a transaction of its own (inside `writeWithoutTransaction`): all of
    /// it is stored, or none of it when it throws.
    func inTransaction(_ body: () throws -> Void) throws
    /// Whether the schema has a table of this name.
    func tableExists(_ name: String) throws -> Bool
    /// Makes deleted rows' content unreadable on disk from now on, for a purge; returns
    /// what puts the connection back as it was.
    func beginSecureDelete() throws -> () -> Void
    /// Lets the database give back the space and old page versions a purge left (SQLite's
    /// WAL checkpoint; the server's own vacuum on PostgreSQL). Failures are ignored.
    func dropOldPages()
}

extension StoreConnection {
    /// A prepared statement for `sql` (the same as `cachedStatement`).
    public func makeStatement(sql: String) throws -> any StoreStatement {
        try cachedStatement(sql: sql)
    }

    /// Runs SQL: one statement with parameters, or a script of statements without.
    public func execute(sql: String, arguments: StoreArguments = []) throws {
        if arguments.isEmpty {
            try execute(script: sql)
        } else {
            try cachedStatement(sql: sql).execute(arguments: arguments)
        }
    }
}
