import Foundation

/// A fresh, empty PostgreSQL database with a name of its own (`vardag_t_…`) on the test
/// server, dropped again when the value is released (or on `remove()`).
///
/// The PostgreSQL counterpart of `TemporaryDatabase`: each test gets its own database,
/// so tests never see each other's rows and may run side by side. `psql(_:)` reads
/// what the server holds, next to what the app shows.
public final class TemporaryPostgresDatabase {
    /// Why a client program failed.
    public struct ClientFailure: Error, CustomStringConvertible {
        /// The program and its exit status, and what it wrote to standard error.
        public var description: String
    }

    /// The server the database is on.
    public let server: PostgresTestServer
    /// The database name: `vardag_t_` and 16 random hex digits.
    public let name: String
    /// Set once the database is dropped, so `deinit` does not drop it again.
    private var removed = false

    /// Creates a new, empty database.
    /// - Parameter server: where; the environment's test server by default.
    /// - Throws: `XCTSkip` or `PostgresTestServer.Unavailable` without a server (see
    ///   `PostgresTestServer.requireServer()`); `ClientFailure` or `Spawn.Failure`
    ///   when `createdb` fails.
    public init(server: PostgresTestServer? = nil) throws {
        self.server = try server ?? PostgresTestServer.requireServer()
        let random = UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        name = "vardag_t_" + random.prefix(16)
        // createdb copies template1, which the tests never change: empty but for the
        // catalogue, owned by the test user.
        try Self.runClient(["createdb", "-h", self.server.host, "-U", self.server.user, name], on: self.server)
    }

    /// The libpq keyword string: `host=HOST user=USER dbname=NAME`.
    public var conninfo: String { server.conninfo(database: name) }

    /// The connection string for logging in as `login` instead of the test user: a superuser
    /// role of that name is made on the throwaway cluster when missing (trust authentication
    /// lets it in), so the store's session user, and the audit's author, is `login`.
    /// - Throws: `ClientFailure` when the role cannot be made.
    public func conninfo(asLogin login: String) throws -> String {
        if login == server.user { return conninfo }
        let literal = "'" + login.replacingOccurrences(of: "'", with: "''") + "'"
        try psql("""
            DO $$ BEGIN
                IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = \(literal)) THEN
                    EXECUTE format('CREATE ROLE %I LOGIN SUPERUSER', \(literal));
                END IF;
            EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
            END $$
            """)
        let value = "'" + login.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'") + "'"
        return conninfo + " user=" + value
    }

    /// The same as a URI: `postgresql:///NAME?host=…&user=…`.
    public var uri: String { server.uri(database: name) }

    /// Runs SQL in the database with `psql` and returns what it printed: unaligned, rows
    /// only (`-A -t`), without command tags (`-q`) and without the final line break, so
    /// `SELECT count(*) …` gives `"0"`. Several statements may be separated by `;`; only
    /// the last one's rows are printed.
    /// - Parameter sql: the statements.
    /// - Returns: standard output.
    /// - Throws: `ClientFailure` with `psql`'s standard error when a statement fails.
    @discardableResult
    public func psql(_ sql: String) throws -> String {
        var output = try Self.runClient(
            ["psql", "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1",
             "-h", server.host, "-U", server.user, "-d", name, "-c", sql],
            on: server
        )
        if output.hasSuffix("\n") { output.removeLast() }
        return output
    }

    /// The database's rows as `pg_dump --data-only` writes them: what a test that reads a
    /// SQLite file's bytes reads on a server, whose own files are not the test's to open.
    /// The sequences' positions are left out (a rolled-back insert still moves them on), and
    /// so is the random key of the `\restrict` lines newer `pg_dump`s write.
    /// - Returns: the dump.
    /// - Throws: `ClientFailure` when `pg_dump` fails.
    public func dataDump() throws -> String {
        try Self.runClient(["pg_dump", "--data-only", "-h", server.host, "-U", server.user, "-d", name], on: server)
            .split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.hasPrefix("SELECT pg_catalog.setval(") && !$0.hasPrefix("\\restrict ") && !$0.hasPrefix("\\unrestrict ") }
            .joined(separator: "\n")
    }

    /// Drops the database, closing any connection still open to it (`dropdb --force`).
    /// Errors are ignored, as `TemporaryDatabase.remove()` ignores them.
    public func remove() {
        guard !removed else { return }
        removed = true
        _ = try? Self.runClient(
            ["dropdb", "--force", "--if-exists", "-h", server.host, "-U", server.user, name], on: server
        )
    }

    deinit {
        remove()
    }

    /// Runs a PostgreSQL client program against the server.
    /// - Returns: its standard output.
    /// - Throws: `ClientFailure` when it exits non-zero; `Spawn.Failure`.
    @discardableResult
    static func runClient(_ arguments: [String], on server: PostgresTestServer) throws -> String {
        var command = arguments
        command[0] = server.clientProgram(arguments[0])
        let result = try Spawn.run(command, environment: server.clientEnvironment(), timeout: 30)
        guard result.status == 0 else {
            throw ClientFailure(description: "\(arguments[0]) exited with \(result.status): \(result.errorOutput)")
        }
        return result.output
    }
}
