import Foundation
import TestSupport
import XCTest

/// Two people at one PostgreSQL database, each with a login of her own, through the real
/// binary in tmux: a worker rates a case in Fyrfältaren and her team leader, opening the app
/// after her, finds the rating on his team overview; the worker is offered no colleague's
/// grid, and the server gives her none when she asks for one in SQL.
///
/// The logins are what a region has: ordinary server roles (no superuser, no BYPASSRLS) that
/// the grants made when the schema's owner, a role with CREATEROLE and nothing more, ran
/// `vardag demo` (which grants the demo logins as `vardag access grant` does). The test runs
/// on a cluster of its own, so that the login roles (shared by every database of a cluster)
/// are the ones this test made.
final class TwoLoginsPostgresEndToEndTests: XCTestCase {
    private let worker = "johan.lindqvist"
    private let leader = "jonas.lundstrom"
    private let team = "team:Älvdala/Hemtjänst Norr/Grupp Åsen"
    private let period = "2026-W48"

    private func q(_ text: String) -> String { "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'" }

    func testTheWorkersRatingShowsOnHerTeamLeadersOverviewAndHerColleaguesGridsStayClosed() throws {
        let binary = try VardagBinary.path()
        let cluster = try PrivatePostgresCluster()
        defer { cluster.remove() }
        let database = try TemporaryPostgresDatabase(server: cluster.server)
        defer { database.remove() }

        // The schema's owner, made as the README says: it may make roles, nothing else.
        try database.psql("CREATE ROLE vardag_owner LOGIN CREATEROLE; ALTER DATABASE \(database.name) OWNER TO vardag_owner")
        let owner = conninfo(database, as: "vardag_owner")
        // The demo made by the owner: its logins are granted as `vardag access grant` grants
        // them (`AppDatabase.grantAccess`), which makes each login's server role.
        let made = try Spawn.run([binary, "demo", "--db", owner], timeout: 120)
        XCTAssertEqual(made.status, 0, made.errorOutput)
        let list = try Spawn.run([binary, "access", "list", "--db", owner], timeout: 30)
        XCTAssertTrue(list.output.contains("\(leader)  Jonas Lundström  Teamledare"), list.output)
        XCTAssertTrue(list.output.contains(team.dropFirst("team:".count)) || list.output.contains("Grupp Åsen"), list.output)
        // Real logins: they log in, are kept to row-level security, and get the tables'
        // privileges only through the database's app role.
        for login in [worker, leader, "vardag_owner"] {
            XCTAssertEqual(try database.psql("""
                SELECT rolcanlogin || ' ' || rolsuper || ' ' || rolbypassrls FROM pg_roles WHERE rolname = '\(login)'
                """), "true false false", login)
        }
        for login in [worker, leader] {
            XCTAssertEqual(try database.psql("SELECT pg_has_role('\(login)', vardag_app_role(), 'MEMBER')"), "t", login)
        }

        let johan = try database.psql("SELECT id FROM medarbetare WHERE name = 'Johan Lindqvist'")
        let before = try fields(database, johan)
        let colleagues = try database.psql("""
            SELECT count(*) FROM workload_rating r JOIN medarbetare m ON m.id = r.medarbetare_id
            WHERE m.team_id = (SELECT team_id FROM medarbetare WHERE id = \(johan)) AND m.id <> \(johan)
            """)
        XCTAssertGreaterThan(Int(colleagues) ?? 0, 0, "his colleagues have ratings the owner sees")

        // The worker: Idag, then Fyrfältaren opens his own grid, with no team list before it.
        do {
            let app = try TmuxSession(command: "\(q(binary)) --db \(q(conninfo(database, as: worker)))", width: 100, height: 30)
            defer { app.close() }
            try app.waitFor(text: "Idag för Johan Lindqvist")
            let status = try statusRow(app)
            XCTAssertTrue(status.hasSuffix(" · \(worker)"), "the status bar names the session user: \(status)")
            XCTAssertFalse(status.contains("förhandsvisning"), status)
            try app.sendKeys("m")
            try app.waitFor(text: "Välj verktyg")
            try app.sendKeys("1")
            let grid = try app.waitFor(text: "Fyrfält: Johan Lindqvist")
            XCTAssertFalse(grid.contains("Översikt"), grid)
            try app.sendKeys("a")
            try app.waitFor(text: "aldrig brukarens namn")
            try app.type("Ärende 99")
            try app.sendKeys("Tab", "Tab")
            try app.type("5")
            try app.sendKeys("Tab")
            try app.type("5")
            try app.sendKeys("Enter")
            try app.waitFor(text: "Ärende 99  5×5")
            // Back from his grid is the main menu: no team overview, so no colleague's grid, on the way.
            try app.sendKeys("Escape")
            try app.waitForRows(description: "the main menu") { rows, _ in rows.first == " Vardag › Huvudmeny" ? true : nil }
            try app.sendKeys("Escape")
            try app.waitForRows(description: "Idag") { rows, _ in rows.first == " Vardag" ? true : nil }
            try app.sendKeys("q")
            XCTAssertEqual(try app.waitForExit(), 0)
        }
        let after = try fields(database, johan)
        XCTAssertEqual(after[3], before[3] + 1, "one more case in tung")
        XCTAssertEqual(after[4], before[4] + 25, "the load grew by 5×5")
        XCTAssertEqual(try database.psql("""
            SELECT a."user" || '|' || m.name FROM audit a JOIN medarbetare m ON m.id = a.person_id ORDER BY a.id DESC LIMIT 1
            """), "\(worker)|Johan Lindqvist", "the audit names his login and his person")

        // The audit export, run by the owner, names the person beside the login.
        let exported = try Spawn.run([binary, "export", "audit", "--format", "json", "--db", owner], timeout: 60)
        XCTAssertEqual(exported.status, 0, exported.errorOutput)
        let audit = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(exported.output.utf8)) as? [[String: Any]])
        XCTAssertEqual(audit.last?["user"] as? String, worker)
        XCTAssertEqual(audit.last?["person"] as? String, "Johan Lindqvist")
        XCTAssertEqual((audit.last?["personId"] as? NSNumber)?.stringValue, johan)

        // Straight to the server as the worker: a colleague's cases and ratings are not there for
        // him, an update of them changes nothing, and a rating in a colleague's name is refused.
        let colleague = try database.psql("""
            SELECT r.medarbetare_id || ' ' || r.case_id FROM workload_rating r JOIN medarbetare m ON m.id = r.medarbetare_id
            WHERE m.team_id = (SELECT team_id FROM medarbetare WHERE id = \(johan)) AND m.id <> \(johan) ORDER BY r.id LIMIT 1
            """).split(separator: " ").map(String.init)
        let (colleagueId, colleagueCase) = (colleague[0], colleague[1])
        XCTAssertEqual(try psql(database, as: worker, """
            SELECT (SELECT count(*) FROM workload_rating WHERE medarbetare_id <> \(johan)) || ' '
                || (SELECT count(*) FROM workload_case WHERE medarbetare_id = \(colleagueId)) || ' '
                || (SELECT count(*) FROM workload_rating WHERE medarbetare_id = \(johan) AND period = '\(period)')
            """), "0 0 \(after[5])", "only his own ratings")
        XCTAssertEqual(try psql(database, as: worker, """
            WITH changed AS (UPDATE workload_rating SET time = 1 WHERE medarbetare_id = \(colleagueId) RETURNING 1)
            SELECT count(*) FROM changed
            """), "0")
        XCTAssertThrowsError(try psql(database, as: worker, """
            INSERT INTO workload_rating (case_id, medarbetare_id, period, time, difficulty)
            VALUES (\(colleagueCase), \(colleagueId), '2026-W49', 1, 1)
            """)) { error in
            XCTAssertTrue("\(error)".contains("row-level security") || "\(error)".contains("permission denied"), "\(error)")
        }
        XCTAssertEqual(try database.psql("SELECT count(*) FROM workload_rating WHERE medarbetare_id = \(colleagueId) AND period = '2026-W49'"),
                       "0", "nothing of the refused insert is stored")

        // The team leader, after him: his team is all Fyrfältaren lists, and its overview has the new rating.
        let app = try TmuxSession(command: "\(q(binary)) --db \(q(conninfo(database, as: leader)))", width: 120, height: 40)
        defer { app.close() }
        try app.waitFor(text: "Idag för Jonas Lundström")
        let status = try statusRow(app)
        XCTAssertTrue(status.hasSuffix(" · \(leader)"), "the status bar names the session user: \(status)")
        try app.sendKeys("m")
        try app.waitFor(text: "Välj verktyg")
        try app.sendKeys("1")
        let teams = try app.waitFor(text: "Grupp Åsen")
        let others = try database.psql("SELECT DISTINCT name FROM team WHERE name <> 'Grupp Åsen'").split(separator: "\n")
        XCTAssertFalse(others.isEmpty)
        for other in others where !"Grupp Åsen Hemtjänst Norr Älvdala".contains(other) {
            XCTAssertFalse(teams.contains(other), "only his team is listed, not \(other):\n\(teams)")
        }
        try app.sendKeys("Enter")
        let overview = try app.waitFor(text: "Johan Lindqvist")
        let row = try XCTUnwrap(overview.split(separator: "\n").last { $0.contains("Johan Lindqvist") }.map(String.init))
        let shown = row.components(separatedBy: "Johan Lindqvist")[1].split(separator: " ").prefix(5).map { Int($0) ?? -1 }
        XCTAssertEqual(shown, Array(after.prefix(5)), "lätt, tidskrävande, svår, tung and load as the server has them: \(row)")
        // His grid from the overview, with the case the worker rated.
        var selected = ""
        for _ in 0..<12 {
            selected = try app.waitForRows(description: "the selected row") { rows, _ in rows.first { $0.hasPrefix(" > ") } }
            if selected.contains("Johan Lindqvist") { break }
            try app.sendKeys("Down")
            _ = try app.waitForRows(description: "the selection to move") { rows, _ in
                rows.first { $0.hasPrefix(" > ") } != selected ? true : nil
            }
        }
        XCTAssertTrue(selected.contains("Johan Lindqvist"), selected)
        try app.sendKeys("Enter")
        try app.waitFor(text: "Fyrfält: Johan Lindqvist")
        try app.waitFor(text: "Ärende 99  5×5")
        try app.sendKeys("Escape")
        try app.waitFor(text: "Översikt")
    }

    /// What `psql` said when the server refused a statement.
    private struct Refused: Error, CustomStringConvertible {
        var description: String
    }

    /// The libpq string that logs in as `login` on the test's database.
    private func conninfo(_ database: TemporaryPostgresDatabase, as login: String) -> String {
        PostgresTestServer(host: database.server.host, user: login).conninfo(database: database.name)
    }

    /// Runs SQL as `login` with `psql` (unaligned, rows only).
    /// - Returns: what it printed, without the final line break.
    /// - Throws: `Refused` with the server's words when it fails.
    private func psql(_ database: TemporaryPostgresDatabase, as login: String, _ sql: String) throws -> String {
        let server = database.server
        let result = try Spawn.run([server.clientProgram("psql"), "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1",
                                    "-h", server.host, "-U", login, "-d", database.name, "-c", sql],
                                   environment: server.clientEnvironment(), timeout: 30)
        guard result.status == 0 else {
            throw Refused(description: "psql as \(login): \(result.errorOutput)")
        }
        return result.output.hasSuffix("\n") ? String(result.output.dropLast()) : result.output
    }

    /// Johan's week as the owner reads it on the server: lätt, tidskrävande, svår, tung, the
    /// load (Σ tid × svårighet) and the number of ratings.
    private func fields(_ database: TemporaryPostgresDatabase, _ person: String) throws -> [Int] {
        try database.psql("""
            SELECT count(*) FILTER (WHERE time < s.high_threshold AND difficulty < s.high_threshold) || ' '
                || count(*) FILTER (WHERE time >= s.high_threshold AND difficulty < s.high_threshold) || ' '
                || count(*) FILTER (WHERE time < s.high_threshold AND difficulty >= s.high_threshold) || ' '
                || count(*) FILTER (WHERE time >= s.high_threshold AND difficulty >= s.high_threshold) || ' '
                || coalesce(sum(time * difficulty), 0) || ' ' || count(*)
            FROM workload_rating, workload_settings s WHERE medarbetare_id = \(person) AND period = '\(period)'
            """).split(separator: " ").map { Int($0) ?? -1 }
    }

    /// The status bar: the last row of the screen.
    private func statusRow(_ app: TmuxSession) throws -> String {
        try app.waitForRows(description: "the status bar") { rows, _ in rows.last.flatMap { $0.isEmpty ? nil : $0 } }
    }
}
