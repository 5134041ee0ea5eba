import Foundation
import Glibc
import TestSupport
import XCTest

/// Who is working, through the real binary in tmux: on SQLite the OS login of the process,
/// shown in the status bar and recorded in the audit; `vardag access` by the file's owner.
final class IdentityEndToEndTests: XCTestCase {
    /// The login of the account the tests run as, as the app must find it (not `$USER`).
    private var osLogin: String {
        guard let entry = getpwuid(geteuid()), let name = entry.pointee.pw_name else { return "" }
        return String(cString: name)
    }

    func testOnSQLiteTheOSLoginIsShownAndAudited() throws {
        let binary = try VardagBinary.path()
        let directory = try TmuxSession.makeDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let db = directory.appendingPathComponent("vem.sqlite").path
        XCTAssertEqual(try Spawn.run([binary, "demo", "--db", db], timeout: 60).status, 0)
        // $USER says someone else: the app must not believe it.
        let app = try TmuxSession(command: "USER=inte.jag LOGNAME=inte.jag '\(binary)' --db '\(db)'", directory: directory)
        defer { app.close() }
        let menu = try app.waitFor(text: "Välj verktyg")
        XCTAssertTrue(menu.contains("· \(osLogin)"), menu)
        try app.sendKeys("5")
        try app.waitFor(text: "Sorterat på namn")
        try app.sendKeys("a")
        try app.waitFor(text: "Ny medarbetare")
        try app.type("Åsa Öberg")
        try app.sendKeys("Tab")
        try app.type("Kurator")
        try app.sendKeys("Enter")
        try app.waitFor(text: "Sparat: Åsa Öberg")
        let author = try Spawn.run(["sqlite3", db, "SELECT \"user\" || '|' || coalesce(person_id, '-') FROM audit ORDER BY id DESC LIMIT 1"])
        XCTAssertEqual(author.output.trimmingCharacters(in: .whitespacesAndNewlines), "\(osLogin)|-")
    }

    /// The file's owner previews a login (`--as`): the app opens on that login's Idag, and the
    /// status bar names the OS login, whom the audit records, and the login previewed.
    func testAPreviewShowsBothLoginsInTheStatusBar() throws {
        let binary = try VardagBinary.path()
        let directory = try TmuxSession.makeDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let db = directory.appendingPathComponent("vem.sqlite").path
        XCTAssertEqual(try Spawn.run([binary, "demo", "--db", db], timeout: 60).status, 0)
        let app = try TmuxSession(command: "'\(binary)' --db '\(db)' --as jonas.lundstrom", directory: directory)
        defer { app.close() }
        try app.waitFor(text: "Idag för Jonas Lundström")
        let status = try app.waitForRows(description: "the status bar") { rows, _ in rows.last }
        XCTAssertTrue(status.hasSuffix("· \(osLogin) · jonas.lundstrom (förhandsvisning)"), status)
        try app.sendKeys("q")
        XCTAssertEqual(try app.waitForExit(), 0)
    }

    /// The owner gives a login a role; `list` shows it; the login's audit rows then name her person.
    func testTheOwnerGrantsAndListsRolesAndTheAuditNamesThePerson() throws {
        let binary = try VardagBinary.path()
        let directory = try TmuxSession.makeDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let db = directory.appendingPathComponent("roller.sqlite").path
        XCTAssertEqual(try Spawn.run([binary, "demo", "--db", db], timeout: 60).status, 0)
        let list = try Spawn.run([binary, "access", "list", "--db", db])
        XCTAssertEqual(list.status, 0, list.errorOutput)
        for line in ["johan.lindqvist  Johan Lindqvist  Medarbetare", "jonas.lundstrom  Jonas Lundström  Teamledare",
                     "nils.sandberg    Nils Sandberg    Systemförvaltare"] {
            XCTAssertTrue(list.output.contains(line), list.output)
        }
        let grant = try Spawn.run([binary, "access", "grant", osLogin, "--person", "Maja Nilsson", "--role", "systemforvaltare", "--db", db])
        XCTAssertEqual(grant.status, 0, grant.errorOutput)
        XCTAssertTrue(grant.output.contains("\(osLogin) (Maja Nilsson) har nu rollen Systemförvaltare"), grant.output)
        let revoke = try Spawn.run([binary, "access", "revoke", "johan.lindqvist", "--role", "medarbetare", "--db", db, "--lang", "en"])
        XCTAssertEqual(revoke.status, 0, revoke.errorOutput)
        XCTAssertTrue(revoke.output.contains("johan.lindqvist (Johan Lindqvist) no longer has the role Staff member"), revoke.output)
        let rows = try Spawn.run(["sqlite3", db, """
            SELECT a."user" || '|' || m.name || '|' || a.action FROM audit a JOIN medarbetare m ON m.id = a.person_id
            WHERE a.entity = 'access_grant' ORDER BY a.id DESC LIMIT 1
            """])
        XCTAssertEqual(rows.output.trimmingCharacters(in: .whitespacesAndNewlines), "\(osLogin)|Maja Nilsson|delete")
    }
}
