import Foundation

extension AppDatabase {
    /// Connects to a Vardag database on a PostgreSQL server and brings it to this build's
    /// schema (an empty database gets the whole schema).
    ///
    /// The connection string is libpq's: a `postgresql://` URI or `host=… dbname=…`
    /// keywords, completed by the `PG*` environment variables, `~/.pgpass` and service
    /// files exactly as for `psql`.
    /// - Parameters:
    ///   - conninfo: the connection string.
    ///   - user: unused on a server: the audit records the session user the server authenticated.
    ///   - now: the clock for audit timestamps.
    /// - Returns: the open, migrated database.
    /// - Throws: `StoreError` (`.serverUnreachable`, `.loginRefused`, `.noSuchServerDatabase`,
    ///   `.foreignServerDatabase`, `.newerSchema`), or the server's errors.
    public static func open(server conninfo: String, user: String, now: @escaping @Sendable () -> Date = { Date() }) throws -> AppDatabase {
        let connection = try connect(conninfo)
        try PostgresMigrator.migrate(connection)
        // Who is working is the login the server authenticated, never a name the caller typed.
        let login = try connection.execute(sql: "SELECT session_user::text", arguments: []).row(0)[0] as String? ?? user
        return AppDatabase(server: PostgresStoreWriter(connection: connection), user: login, now: now)
    }

    /// Connects to a server database without migrating it, for `vardag check`: a database
    /// still waiting for migrations is checked as it is.
    /// - Throws: `StoreError` as `open(server:user:now:)`; `.foreignServerDatabase` when it
    ///   has no Vardag migrations.
    public static func openForChecking(server conninfo: String) throws -> AppDatabase {
        let connection = try connect(conninfo)
        guard try PostgresMigrator.hasMigrationTable(connection) else {
            throw StoreError.foreignServerDatabase(server: connection.serverDescription)
        }
        return AppDatabase(server: PostgresStoreWriter(connection: connection), user: "check", now: { Date() })
    }

    /// Connects, turning libpq's refusals into the store's reasons.
    static func connect(_ conninfo: String) throws -> PostgresConnection {
        do {
            return try PostgresConnection(conninfo: conninfo)
        } catch let error as PostgresError {
            let server = ServerAddress.describe(conninfo)
            switch error.sqlState {
            case "28P01", "28000": throw StoreError.loginRefused(server: server, reason: error.message)
            case "3D000": throw StoreError.noSuchServerDatabase(server: server, reason: error.message)
            default: throw StoreError.serverUnreachable(server: server, reason: error.message)
            }
        }
    }

    /// Whether this database is on a PostgreSQL server.
    public var isOnServer: Bool { writer.dialect == .postgres }

    /// Where the data is, for messages: the file path, or the server and database (never a password).
    public var location: String { writer.location }

    /// How many writes through this value ran again because PostgreSQL refused them for a
    /// conflict with another client (a serialization failure or deadlock); 0 on SQLite.
    public var retriedWrites: Int { writer.retriedWrites }
}
