import Foundation
import TestSupport
import VardagDemo
import VardagDomain
import XCTest
@testable import VardagStore

/// A demo database on the PostgreSQL test server, built as `vardag demo` builds it (in a
/// `vardag_build_…` schema renamed into place), with plain driver connections as its owner
/// and as each demo login, for the row-level security tests.
///
/// The demo logins are server roles shared by every database of the cluster; each database
/// has its own app role (`vardag_app_role()`), which `remove()` drops with the database.
final class AccessPolicyFixture {
    /// The demo's day, fixed so that the demo is the same on every run.
    static let today = try! LocalDate(year: 2026, month: 11, day: 23)

    let database: TemporaryPostgresDatabase
    /// The demo logins, in the README's order.
    let logins: [AccessDemo.Login]
    /// The owner's connection (the test server's superuser): sees every row.
    let owner: PostgresConnection

    /// Builds the demo database.
    /// - Throws: `XCTSkip` without a server (a failure under `CI=true`), or the build's errors.
    init() throws {
        database = try TemporaryPostgresDatabase()
        var granted: [AccessDemo.Login] = []
        try AppDatabase.build(server: database.conninfo, replacing: false, user: "demo") { store in
            granted = try FullDemo.populate(store, today: Self.today)
        }
        logins = granted
        owner = try PostgresConnection(conninfo: database.conninfo)
    }

    /// Drops the database and its app role.
    func remove() {
        let role = (try? owner.execute(sql: "SELECT vardag_app_role()", arguments: []).row(0)[0] as String) ?? ""
        database.remove()
        if !role.isEmpty { _ = try? database.psql("DROP ROLE IF EXISTS \"\(role)\"") }
    }

    /// The libpq string that logs in as `login` (the test cluster trusts local logins).
    func conninfo(as login: String) -> String {
        PostgresTestServer(host: database.server.host, user: login).conninfo(database: database.name)
    }

    /// A new driver connection as `login`.
    func connect(as login: String) throws -> PostgresConnection {
        try PostgresConnection(conninfo: conninfo(as: login))
    }

    /// The login that holds `role` in the demo.
    func login(holding role: AccessRole) throws -> String {
        try XCTUnwrap(logins.first { $0.role == role }?.login, "no demo login holds \(role)")
    }

    /// The number the first column of the first row holds.
    func count(_ connection: PostgresConnection, _ sql: String) throws -> Int {
        try connection.execute(sql: sql, arguments: []).row(0)[0] as Int
    }

    /// The ids the owner reads with `sql` (one column).
    func ids(_ sql: String) throws -> [Int64] {
        let result = try owner.execute(sql: sql, arguments: [])
        return (0..<result.rowCount).map { result.row($0)[0] as Int64 }
    }

    /// What a statement run as a login did, inside a transaction that is rolled back.
    enum WriteOutcome: Equatable, CustomStringConvertible {
        /// It changed this many rows (0: nothing in scope).
        case changed(Int)
        /// The server refused it with this SQLSTATE (42501: no privilege or a policy's check).
        case refused(String)

        var description: String {
            switch self {
            case .changed(let rows): return "changed \(rows)"
            case .refused(let state): return "refused \(state)"
            }
        }
    }

    /// Runs `sql` as the connection's login and rolls it back.
    func attempt(_ connection: PostgresConnection, _ sql: String) throws -> WriteOutcome {
        try connection.execute(script: "BEGIN")
        defer { _ = try? connection.execute(script: "ROLLBACK") }
        do {
            return .changed(try connection.execute(sql: sql, arguments: []).changedRows)
        } catch let error as PostgresError {
            return .refused(error.sqlState)
        }
    }
}
