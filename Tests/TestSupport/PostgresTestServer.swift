import Foundation
import XCTest

/// The throwaway PostgreSQL server that `make test` starts (`scripts/pg-test-cluster`),
/// found from `VARDAG_TEST_PGHOST` (its Unix socket folder) and `VARDAG_TEST_PGUSER`.
///
/// PostgreSQL tests begin with `try PostgresTestServer.requireServer()`: without a server
/// they skip, except under `CI=true`, where a missing server must fail the run rather
/// than let a whole backend go untested.
public struct PostgresTestServer: Sendable {
    /// The variable naming the server's socket folder (libpq's `host`).
    public static let hostVariable = "VARDAG_TEST_PGHOST"
    /// The variable naming the role to connect as; `postgres` when unset.
    public static let userVariable = "VARDAG_TEST_PGUSER"

    /// Why a PostgreSQL test cannot run where it must (under `CI=true`).
    public struct Unavailable: Error, CustomStringConvertible {
        /// What is missing.
        public var description: String
    }

    /// The socket folder (or host name) that libpq's `host` takes.
    public let host: String
    /// The role tests connect as; a superuser on the throwaway cluster.
    public let user: String

    /// A server at a given place.
    /// - Parameters:
    ///   - host: its socket folder or host name.
    ///   - user: the role to connect as.
    public init(host: String, user: String = "postgres") {
        self.host = host
        self.user = user
    }

    /// The server the environment names, or nil when `VARDAG_TEST_PGHOST` is unset or empty.
    /// - Parameter environment: the variables to read; the process's by default.
    public static func fromEnvironment(
        _ environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> PostgresTestServer? {
        guard let host = environment[hostVariable], !host.isEmpty else { return nil }
        let user = environment[userVariable].flatMap { $0.isEmpty ? nil : $0 } ?? "postgres"
        return PostgresTestServer(host: host, user: user)
    }

    /// The test server, for a test that needs it.
    /// - Returns: the server the environment names.
    /// - Throws: `XCTSkip` when there is none; under `CI=true`, `Unavailable` instead,
    ///   which fails the test.
    @discardableResult
    public static func requireServer() throws -> PostgresTestServer {
        let environment = ProcessInfo.processInfo.environment
        let underCI = environment["CI"] == "true"
        guard let server = fromEnvironment(environment) else {
            let reason = "\(hostVariable) is not set: no PostgreSQL test server (make test starts one)"
            if underCI { throw Unavailable(description: reason) }
            throw XCTSkip(reason)
        }
        // A socket folder that is gone means the cluster was stopped or never started;
        // say so here rather than in every test's first psql error.
        if server.host.hasPrefix("/") && !FileManager.default.fileExists(atPath: server.host) {
            let reason = "\(hostVariable)=\(server.host) does not exist: the PostgreSQL test server is not running"
            if underCI { throw Unavailable(description: reason) }
            throw XCTSkip(reason)
        }
        return server
    }

    /// The environment for `psql`, `createdb` and `dropdb` against this server: the test
    /// process's, without the developer's own `PG*` settings (a `PGPORT`, `PGSERVICE`
    /// or `PGSSLMODE` would lead elsewhere), and with UTF-8 as the client encoding
    /// whatever the locale.
    public func clientEnvironment() -> [String: String] {
        var environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("PG") }
        environment["PGCLIENTENCODING"] = "UTF8"
        return environment
    }

    /// Where a client program (`psql`, `createdb`, `dropdb`) is: PostgreSQL 15's own
    /// binary when installed, else the name for a `PATH` lookup. Debian's `/usr/bin/psql`
    /// is a Perl wrapper that costs 25–30 ms a call, which adds up over many tests.
    /// - Parameter name: the program's name.
    public func clientProgram(_ name: String) -> String {
        let direct = "/usr/lib/postgresql/15/bin/" + name
        return FileManager.default.isExecutableFile(atPath: direct) ? direct : name
    }

    /// The libpq keyword string for a database on this server: `host=… user=… dbname=…`.
    /// - Parameter database: the database name.
    public func conninfo(database: String) -> String {
        [("host", host), ("user", user), ("dbname", database)]
            .map { "\($0.0)=\(Self.conninfoValue($0.1))" }
            .joined(separator: " ")
    }

    /// The URI for a database on this server: `postgresql:///NAME?host=…&user=…`, the
    /// socket folder percent-encoded.
    /// - Parameter database: the database name.
    public func uri(database: String) -> String {
        "postgresql:///\(Self.percentEncoded(database))?host=\(Self.percentEncoded(host))&user=\(Self.percentEncoded(user))"
    }

    /// A conninfo value, quoted as libpq requires when it is empty or holds a space,
    /// a quote or a backslash.
    static func conninfoValue(_ value: String) -> String {
        let needsQuotes = value.isEmpty || value.contains { $0 == " " || $0 == "'" || $0 == "\\" || $0.isWhitespace }
        guard needsQuotes else { return value }
        let escaped = value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'")
        return "'\(escaped)'"
    }

    /// Percent-encodes everything but RFC 3986's unreserved characters, so a `/`, `&`
    /// or `=` in a path cannot change the URI's meaning.
    static func percentEncoded(_ value: String) -> String {
        let unreserved = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
        return value.addingPercentEncoding(withAllowedCharacters: unreserved) ?? value
    }
}
