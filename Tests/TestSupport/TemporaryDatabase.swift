import Foundation
import GRDB
import VardagStore

/// A fresh, real SQLite database file in its own temporary directory, removed again when
/// the value is released (or on `remove()`).
///
/// Store tests use real files rather than in-memory databases so WAL mode, permissions,
/// busy timeouts and file bytes are exercised as in the app.
public final class TemporaryDatabase {
    /// The temporary directory holding the file and its WAL/SHM companions.
    public let directory: URL
    /// The database file (not created until `open()`).
    public let url: URL

    /// Makes a new, empty temporary directory.
    /// - Parameter fileName: the database file name inside it.
    /// - Throws: when the directory cannot be created.
    public init(fileName: String = "vardag-test.sqlite") throws {
        directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("vardag-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        url = directory.appendingPathComponent(fileName)
    }

    /// The file path.
    public var path: String { url.path }

    /// Opens (creating on first use) the database as the app does.
    /// - Parameters:
    ///   - user: the audit author: on PostgreSQL the login the test connects as.
    ///   - now: the audit clock.
    /// - Returns: the open database.
    /// - Throws: `StoreError`.
    public func open(user: String = "testare", now: @escaping @Sendable () -> Date = { Date() }) throws -> AppDatabase {
        if Self.backendUnderTest == .postgres {
            if server == nil { server = try TemporaryPostgresDatabase() }
            // On a server the audit names the login the server authenticated, so the test
            // logs in as `user` (a superuser of the throwaway cluster, made when missing).
            return try AppDatabase.open(server: try server!.conninfo(asLogin: user), user: user, now: now)
        }
        return try AppDatabase.open(path: path, user: user, now: now)
    }

    /// The backend the store tests run on: SQLite, or PostgreSQL when
    /// `VARDAG_TEST_BACKEND=postgres` (`make test` runs the store suite once on each).
    public static var backendUnderTest: SQLDialect {
        ProcessInfo.processInfo.environment["VARDAG_TEST_BACKEND"] == "postgres" ? .postgres : .sqlite
    }

    /// The server database `open()` made when the store tests run on PostgreSQL.
    public private(set) var server: TemporaryPostgresDatabase?

    /// Runs SQL on the database over a connection of its own, as another program would
    /// (`psql` on a server, a second SQLite connection on a file), so a test can change or
    /// break what the app reads behind its back.
    /// - Parameter sql: the statements.
    /// - Throws: the other program's error.
    public func executeAsAnotherProgram(_ sql: String) throws {
        if let server {
            _ = try server.psql(sql)
            return
        }
        let queue = try DatabaseQueue(path: path)
        try queue.write { try $0.execute(sql: sql) }
        try queue.close()
    }

    /// Deletes the directory and everything in it.
    public func remove() {
        server?.remove()
        try? FileManager.default.removeItem(at: directory)
    }

    deinit {
        remove()
    }
}
