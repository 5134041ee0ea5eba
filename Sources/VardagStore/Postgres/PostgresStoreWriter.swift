import Foundation

/// The PostgreSQL backend of `StoreWriter`: one libpq connection, one transaction at a time.
///
/// Reads run in a read-only REPEATABLE READ transaction (one consistent snapshot); writes
/// in a SERIALIZABLE one, which the server may refuse when another client's transaction
/// overlaps: then the whole intent runs again (see `WriteRetryPolicy`), so no error reaches
/// the user and no change is lost. When the server went away (a restart), the next
/// transaction connects again; a write whose connection broke before COMMIT was sent runs
/// again on the new connection.
final class PostgresStoreWriter: StoreWriter, @unchecked Sendable {
    private let connection: PostgresConnection
    private let translations = PostgresTranslations()
    private let lock = NSLock()
    /// How a refused write is tried again.
    let retryPolicy: WriteRetryPolicy

    init(connection: PostgresConnection, retryPolicy: WriteRetryPolicy = .standard) {
        self.connection = connection
        self.retryPolicy = retryPolicy
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

    /// Runs `body` in one transaction begun by `begin`, again when the server asks for it.
    ///
    /// A write refused for a serialization failure or deadlock runs again after a pause,
    /// after a few failures in turn with the others that keep failing, until
    /// `retryPolicy.budget` is spent (see `WriteRetryPolicy`); a read is tried at most 3
    /// times. The turn is a session-level advisory lock taken before `BEGIN`, not
    /// `pg_advisory_xact_lock` inside the transaction: a SERIALIZABLE transaction takes
    /// its snapshot at its first statement, so a transaction that waited for its turn
    /// inside would then work on a snapshot from before the wait and fail again.
    private func transaction<T>(_ begin: String, retries: Bool, _ body: (any StoreConnection) throws -> T) throws -> T {
        lock.lock()
        defer { lock.unlock() }
        let started = DispatchTime.now().uptimeNanoseconds
        var failures = 0
        var holdsTurn = false
        defer { if holdsTurn { releaseTurn() } }
        while true {
            try ensureConnected()
            if retries, !holdsTurn, retryPolicy.takesTurns(afterFailures: failures) {
                try connection.execute(script: "SELECT pg_advisory_lock(\(WriteRetryPolicy.turnLockKey))")
                holdsTurn = true
            }
            var committing = false
            do {
                try connection.execute(script: begin)
                let value = try body(PostgresStoreConnection(connection, translations: translations))
                committing = true
                // Other Vardags listening hear of the change when it commits (not before,
                // and not at all when it rolls back).
                if retries { try connection.execute(script: "NOTIFY vardag_changes; COMMIT") } else { try connection.execute(script: "COMMIT") }
                return value
            } catch let error as PostgresError where error.isRetryable || (error.isConnectionLost && !committing) {
                failures += 1
                _ = try? connection.execute(script: "ROLLBACK")
                // The turn belongs to the session: gone with a lost connection, kept otherwise.
                holdsTurn = holdsTurn && connection.isConnected
                let pause = retryPolicy.pause(afterFailures: failures)
                let elapsed = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
                let readGivesUp = !retries && failures >= 3
                if readGivesUp || !retryPolicy.allowsAnotherAttempt(elapsed: elapsed, pause: pause) { throw error }
                if retries && error.isRetryable { counterLock.withLock { retried += 1 } }
                usleep(useconds_t(pause * 1_000_000))
            } catch {
                if connection.isConnected { _ = try? connection.execute(script: "ROLLBACK") }
                throw error
            }
        }
    }

    /// Gives the turn to the next write that waits for it; a lost connection gave it up already.
    private func releaseTurn() {
        guard connection.isConnected else { return }
        _ = try? connection.execute(script: "SELECT pg_advisory_unlock(\(WriteRetryPolicy.turnLockKey))")
    }

    /// How many times a write ran again because the server refused it (a serialization
    /// failure or deadlock), since this connection opened.
    var retriedWrites: Int { counterLock.withLock { retried } }
    /// Its own lock, so the count can be read while a write runs.
    private let counterLock = NSLock()
    private var retried = 0

    /// Connects again when the connection is down, as after a server restart.
    private func ensureConnected() throws {
        if !connection.isConnected { try connection.reconnect() }
    }
}
