import Foundation
import TestSupport
import XCTest

/// `vardag backup`, the backup before a migration, and where a new database may be created.
final class BackupEndToEndTests: XCTestCase {
    /// A backup taken while the app has the database open is an owner-only file that
    /// passes `vardag check`; an existing destination needs `--force`.
    func testBackupWhileTheAppIsOpen() throws {
        let binary = try VardagBinary.path()
        let work = try TmuxSession.makeDirectory()
        defer { try? FileManager.default.removeItem(at: work) }
        let db = work.appendingPathComponent("vardag.sqlite").path
        XCTAssertEqual(try Spawn.run([binary, "demo", "--db", db], timeout: 120).status, 0)

        let app = try TmuxSession(command: "'\(binary)' --db '\(db)'", width: 100, height: 30)
        defer { app.close() }
        try app.waitFor(text: "Välj verktyg")
        try app.sendKeys("5")
        try app.waitFor(text: "Sorterat på namn")
        try app.tmux(["send-keys", "-t", app.name, "a", "Åsa Öberg", "Tab", "Undersköterska", "Enter"])
        try app.waitFor(text: "Sparat: Åsa Öberg")

        let copy = work.appendingPathComponent("kopia.sqlite").path
        let backup = try Spawn.run([binary, "backup", copy, "--db", db], timeout: 60)
        XCTAssertEqual(backup.status, 0, backup.errorOutput)
        XCTAssertTrue(backup.output.contains("Säkerhetskopia skriven: \(copy)"), backup.output)
        XCTAssertEqual((try FileManager.default.attributesOfItem(atPath: copy)[.posixPermissions] as? NSNumber)?.intValue, 0o600)
        XCTAssertEqual(try Spawn.run(["sqlite3", copy, "SELECT count(*) FROM medarbetare WHERE name = 'Åsa Öberg'"]).output, "1\n",
                       "the copy holds what the open app confirmed")

        let check = try Spawn.run([binary, "check", "--db", copy], timeout: 60)
        XCTAssertEqual(check.status, 0, check.errorOutput)
        XCTAssertTrue(check.output.contains("Integritet: ok"), check.output)

        let again = try Spawn.run([binary, "backup", copy, "--db", db])
        XCTAssertEqual(again.status, 1)
        XCTAssertTrue(again.errorOutput.contains("--force"), again.errorOutput)
        XCTAssertEqual(again.errorOutput.split(separator: "\n").count, 1)
        XCTAssertEqual(try Spawn.run([binary, "backup", copy, "--db", db, "--force"]).status, 0)

        let nowhere = try Spawn.run([binary, "backup", work.appendingPathComponent("saknas/kopia.sqlite").path, "--db", db])
        XCTAssertEqual(nowhere.status, 3)
        XCTAssertTrue(nowhere.errorOutput.contains("finns inte; skapa den först"), nowhere.errorOutput)

        try app.sendKeys("Escape")
        try app.waitFor(text: "Välj verktyg")
        try app.sendKeys("q")
        XCTAssertEqual(try app.waitForExit(), 0)
    }

    /// `check` leaves a database from an older Vardag as it is; opening it for work writes a
    /// backup next to it first and says where.
    func testMigrationWritesABackupFirstAndSaysWhere() throws {
        let binary = try VardagBinary.path()
        let work = try TmuxSession.makeDirectory()
        defer { try? FileManager.default.removeItem(at: work) }
        let db = work.appendingPathComponent("vardag.sqlite").path
        XCTAssertEqual(try Spawn.run([binary, "demo", "--db", db], timeout: 120).status, 0)
        // As an older Vardag left it: the audit migration not yet applied.
        let older = try Spawn.run(["sqlite3", db, "DROP TABLE audit; DELETE FROM grdb_migrations WHERE identifier = 'v1-audit';"])
        XCTAssertEqual(older.status, 0, older.errorOutput)
        let olderBytes = try Data(contentsOf: URL(fileURLWithPath: db))

        // `check` only reads: it reports the older schema and changes nothing.
        let check = try Spawn.run([binary, "check", "--db", db], timeout: 60)
        XCTAssertEqual(check.status, 0, check.errorOutput)
        XCTAssertTrue(check.output.contains("Schemat uppdateras till"), check.output)
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: db)), olderBytes, "check changed the file")

        let export = try Spawn.run([binary, "export", "register", "--db", db], timeout: 60)
        XCTAssertEqual(export.status, 0, export.errorOutput)
        let line = try XCTUnwrap(export.errorOutput.split(separator: "\n").first.map(String.init))
        let path = try XCTUnwrap(line.components(separatedBy: "säkerhetskopia först: ").last)
        XCTAssertTrue(path.hasPrefix(db + ".backup-"), line)
        XCTAssertTrue(path.hasSuffix("Z"), line)
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: path)).count, olderBytes.count)
        XCTAssertEqual((try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber)?.intValue, 0o600)
        XCTAssertEqual(try Spawn.run(["sqlite3", path, "SELECT count(*) FROM grdb_migrations WHERE identifier = 'v1-audit'"]).output,
                       "0\n", "the backup is the database as it was before the migration")

        // The app says it too, in its status line.
        let appDb = work.appendingPathComponent("app.sqlite").path
        XCTAssertEqual(try Spawn.run([binary, "demo", "--db", appDb], timeout: 120).status, 0)
        XCTAssertEqual(try Spawn.run(["sqlite3", appDb, "DROP TABLE audit; DELETE FROM grdb_migrations WHERE identifier = 'v1-audit';"]).status, 0)
        let app = try TmuxSession(command: "'\(binary)' --db '\(appDb)' 2>/dev/null", width: 160, height: 30)
        defer { app.close() }
        let screen = try app.waitFor(text: "Databasen uppdaterades till ett nyare schema.")
        XCTAssertTrue(screen.contains("app.sqlite.backup-"), screen)
        XCTAssertTrue(screen.contains("Välj verktyg"), screen)
        try app.sendKeys("q")
        XCTAssertEqual(try app.waitForExit(), 0)

        let second = try Spawn.run([binary, "export", "register", "--db", db], timeout: 60)
        XCTAssertEqual(second.status, 0)
        XCTAssertEqual(second.errorOutput, "", "no migration pending, no second backup")
        let checked = try Spawn.run([binary, "check", "--db", db], timeout: 60)
        XCTAssertFalse(checked.output.contains("Schemat uppdateras"), checked.output)
    }

    /// The default location's folder is created; a folder named with --db must exist.
    func testOnlyTheDefaultLocationGetsItsFolderCreated() throws {
        let binary = try VardagBinary.path()
        let work = try TmuxSession.makeDirectory()
        defer { try? FileManager.default.removeItem(at: work) }
        var environment = ProcessInfo.processInfo.environment
        environment["VARDAG_DB"] = nil
        environment["XDG_DATA_HOME"] = work.appendingPathComponent("xdg").path
        let demo = try Spawn.run([binary, "demo"], environment: environment, timeout: 120)
        XCTAssertEqual(demo.status, 0, demo.errorOutput)
        let folder = work.appendingPathComponent("xdg/vardag").path
        XCTAssertTrue(FileManager.default.fileExists(atPath: folder + "/vardag.sqlite"))
        XCTAssertEqual((try FileManager.default.attributesOfItem(atPath: folder)[.posixPermissions] as? NSNumber)?.intValue, 0o700)

        let typo = work.appendingPathComponent("saknas/vardag.sqlite").path
        let refused = try Spawn.run([binary, "demo", "--db", typo], environment: environment)
        XCTAssertEqual(refused.status, 3)
        XCTAssertEqual(refused.errorOutput.split(separator: "\n").count, 1, refused.errorOutput)
        XCTAssertTrue(refused.errorOutput.contains("finns inte; skapa den först"), refused.errorOutput)
        XCTAssertFalse(FileManager.default.fileExists(atPath: work.appendingPathComponent("saknas").path))
    }
}
