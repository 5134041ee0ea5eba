import Foundation

/// The PostgreSQL backend of `StoreWriter`: one libpq connection, one transaction at a time.
///
/// Reads run in a read-only REPEATABLE READ transaction (one consistent snapshot); writes
/// in a SERIALIZABLE one, which the server may refuse when another client's transaction
/// overlaps: then the whole intent runs again (up to `attempts` times), so no error reaches
/// the user and no change is lost. When the server went away (a restart), the next
/// transaction connects again; a write whose connection broke before COMMIT was sent runs
/// again on the new connection.
final class PostgresStoreWriter: StoreWriter, @unchecked Sendable {
    private let connection: PostgresConnection
    private let translations = PostgresTranslations()
    private let lock = NSLock()
    /// How many times a write is tried when the server asks for a retry.
    static let attempts = 20

    init(connection: PostgresConnection) {
        self.connection = connection
    }

    var dialect: SQLDialect { .postgres }

    var location: String { connection.serverDescription }

    /// The server's user name for this session.
    var sessionUser: String { connection.sessionUser }

    func read<T>(_ body: (any StoreConnection) throws -> T) throws -> T {
        try transaction("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", retries: false, body)
    }

    func write<T>(_ body: (any StoreConnection) throws -> T) throws -> T {
        try transaction("BEGIN ISOLATION LEVEL SERIALIZABLE", retries: true, body)
    }

    func writeWithoutTransaction<T>(_ body: (any StoreConnection) throws -> T) throws -> T {
        lock.lock()
        defer { lock.unlock() }
        try ensureConnected()
        return try body(PostgresStoreConnection(connection, translations: translations))
    }

    func close() throws {}

    /// Notifications from other sessions that committed a write; when the connection was
    /// down, connecting again counts as a change (anything may have happened meanwhile).
    /// A down server is tried again at most every `reconnectInterval` seconds.
    func hasOutsideChanges() throws -> Bool {
        lock.lock()
        defer { lock.unlock() }
        if !connection.isConnected {
            guard Date().timeIntervalSince(lastReconnect) >= Self.reconnectInterval else {
                throw PostgresError(sqlState: "08006", message: "no connection", detail: nil, constraint: nil)
            }
            lastReconnect = Date()
            try connection.reconnect()
            return true
        }
        return try connection.notificationsFromOthers() > 0
    }

    /// Seconds between attempts to reach a server that went away.
    static let reconnectInterval: TimeInterval = 1
    private var lastReconnect = Date.distantPast

    private func transaction<T>(_ begin: String, retries: Bool, _ body: (any StoreConnection) throws -> T) throws -> T {
        lock.lock()
        defer { lock.unlock() }
        var attempt = 0
        while true {
            attempt += 1
            try ensureConnected()
            var committing = false
            do {
                try connection.execute(script: begin)
                let value = try body(PostgresStoreConnection(connection, translations: translations))
                committing = true
                // Other Vardags listening hear of the change when it commits (not before,
                // and not at all when it rolls back).
                if retries { try connection.execute(script: "NOTIFY vardag_changes; COMMIT") } else { try connection.execute(script: "COMMIT") }
                return value
            } catch let error as PostgresError where attempt < Self.attempts && (error.isRetryable || (error.isConnectionLost && !committing)) {
                _ = try? connection.execute(script: "ROLLBACK")
                if error.isRetryable && !retries && attempt > 3 { throw error }
                // Back off a little, more each time, with jitter so two clients part ways.
                usleep(useconds_t(Int.random(in: 200...2_000) * attempt))
            } catch {
                if connection.isConnected { _ = try? connection.execute(script: "ROLLBACK") }
                throw error
            }
        }
    }

    /// Connects again when the connection is down, as after a server restart.
    private func ensureConnected() throws {
        if !connection.isConnected { try connection.reconnect() }
    }
}
