import Foundation
import TestSupport
import XCTest

/// The real `vardag` on a real PostgreSQL server: the same demo and the same exports as on
/// SQLite, a whole database copied both ways, the register in tmux, and the failures a
/// person meets when the server is not there.
final class PostgresEndToEndTests: XCTestCase {
    /// Every export kind but the audit trail, as `vardag export` arguments.
    static let exportKinds: [[String]] = [
        ["register"], ["dialogue"], ["shadowing"], ["shadowing", "--kind", "summary"], ["workload"], ["timediary"],
        ["competence", "--kind", "mapping"], ["competence", "--kind", "gaps"], ["competence", "--kind", "plan"],
        ["competence", "--kind", "comparison"],
    ]

    /// A demo made on SQLite and one made on PostgreSQL on the same day give byte-identical
    /// JSON from every export kind but the audit trail.
    func testTheDemoGivesByteIdenticalExportsOnBothBackends() throws {
        let (binary, server, work, file) = try Self.serverAndDemoFile()
        defer { try? FileManager.default.removeItem(at: work) }
        let made = try Spawn.run([binary, "demo", "--db", server.conninfo], timeout: 120)
        XCTAssertEqual(made.status, 0, made.errorOutput)
        XCTAssertGreaterThan(Int(try server.psql("SELECT count(*) FROM medarbetare")) ?? 0, 50)

        for kind in Self.exportKinds {
            let name = kind.joined(separator: "-")
            let sqliteOut = work.appendingPathComponent("sqlite-\(name).json").path
            let serverOut = work.appendingPathComponent("server-\(name).json").path
            let a = try Spawn.run([binary, "export"] + kind + ["--format", "json", "--db", file, "--output", sqliteOut], timeout: 60)
            let b = try Spawn.run([binary, "export"] + kind + ["--format", "json", "--db", server.uri, "--output", serverOut], timeout: 60)
            XCTAssertEqual(a.status, 0, a.errorOutput)
            XCTAssertEqual(b.status, 0, "\(name): \(b.errorOutput)")
            let left = try Data(contentsOf: URL(fileURLWithPath: sqliteOut))
            let right = try Data(contentsOf: URL(fileURLWithPath: serverOut))
            XCTAssertGreaterThan(left.count, 100, name)
            XCTAssertTrue(left == right, "\(name): the exports differ (\(left.count) and \(right.count) bytes)")
        }

        // A second demo into a database that has a register is refused without --force.
        let again = try Spawn.run([binary, "demo", "--db", server.conninfo], timeout: 60)
        XCTAssertEqual(again.status, 1)
        XCTAssertTrue(again.errorOutput.contains("--force"), again.errorOutput)
        XCTAssertEqual(try Spawn.run([binary, "demo", "--force", "--db", server.conninfo], timeout: 120).status, 0)
    }

    /// `vardag copy` moves a whole database to PostgreSQL and back: every table's rows and
    /// checksum agree, the copy back holds the same data, and a second copy of the same
    /// kommuner into a database that has them is refused (exit 14).
    func testCopyBothWaysAgreesTableByTable() throws {
        let (binary, server, work, file) = try Self.serverAndDemoFile()
        defer { try? FileManager.default.removeItem(at: work) }

        let there = try Spawn.run([binary, "copy", "--from", file, "--to", server.conninfo], timeout: 120)
        XCTAssertEqual(there.status, 0, there.errorOutput)
        XCTAssertTrue(there.output.contains("Källan och målet stämmer överens."), there.output)
        XCTAssertFalse(there.output.contains("SKILJER SIG"), there.output)
        let back = work.appendingPathComponent("back.sqlite").path
        let home = try Spawn.run([binary, "copy", "--from", server.uri, "--to", back], timeout: 120)
        XCTAssertEqual(home.status, 0, home.errorOutput)
        // The same rows and checksums on the way back as on the way there.
        XCTAssertEqual(Self.checksums(there.output), Self.checksums(home.output))
        XCTAssertGreaterThan(Self.checksums(there.output).count, 30)
        XCTAssertEqual(try Spawn.run(["sqlite3", back, "SELECT count(*) FROM audit"]).output,
                       try Spawn.run(["sqlite3", file, "SELECT count(*) FROM audit"]).output)

        let twice = try Spawn.run([binary, "copy", "--from", file, "--to", server.conninfo], timeout: 60)
        XCTAssertEqual(twice.status, 14)
        XCTAssertTrue(twice.errorOutput.contains("har redan kommunen ”Älvdala”"), twice.errorOutput)
        XCTAssertTrue(twice.errorOutput.contains("Inget ändrades"), twice.errorOutput)

        // A backup of the server database is an SQLite file that passes the check.
        let backup = work.appendingPathComponent("kopia.sqlite").path
        let taken = try Spawn.run([binary, "backup", backup, "--db", server.conninfo], timeout: 120)
        XCTAssertEqual(taken.status, 0, taken.errorOutput)
        let check = try Spawn.run([binary, "check", "--db", backup], timeout: 60)
        XCTAssertTrue(check.output.contains("Integritet: ok"), check.output)
    }

    /// Two kommuner's files brought one by one into one server database: the first is copied,
    /// the second merged with new ids (its staff keep their teams, units and kommuner), the
    /// same file again is refused with exit 14, and a merge the server stops half-way leaves
    /// the database as it was.
    func testKommunFilesAreMergedOneByOneIntoARegion() throws {
        let (binary, server, work, first) = try Self.serverAndDemoFile()
        defer { try? FileManager.default.removeItem(at: work) }
        let second = work.appendingPathComponent("norr.sqlite").path
        try FileManager.default.copyItem(atPath: first, toPath: second)
        // Another kommun's file: the same demo under other kommun and skuggningsteam names.
        XCTAssertEqual(try Spawn.run(["sqlite3", second, """
            UPDATE kommun SET name = name || ' Norra', name_key = name_key || ' norra';
            UPDATE shadowing_team SET name = name || ' Norra', name_key = name_key || ' norra';
            """]).status, 0)
        let staffChain = """
            SELECT m.name || '|' || t.name || '|' || e.name || '|' || k.name FROM medarbetare m JOIN team t ON t.id = m.team_id
            JOIN enhet e ON e.id = t.enhet_id JOIN kommun k ON k.id = e.kommun_id ORDER BY 1
            """

        XCTAssertEqual(try Spawn.run([binary, "copy", "--from", first, "--to", server.conninfo], timeout: 120).status, 0)
        let staffBefore = try server.psql("SELECT count(*) FROM medarbetare")
        let merged = try Spawn.run([binary, "copy", "--from", second, "--to", server.uri], timeout: 120)
        XCTAssertEqual(merged.status, 0, merged.errorOutput)
        XCTAssertTrue(merged.output.contains("Sammanslaget: "), merged.output)
        XCTAssertFalse(merged.output.contains("SKILJER SIG"), merged.output)
        XCTAssertTrue(merged.output.contains("shadowing_task"), merged.output)
        XCTAssertEqual(Int(try server.psql("SELECT count(*) FROM medarbetare")), 2 * (Int(staffBefore) ?? 0))
        XCTAssertEqual(Int(try server.psql("SELECT count(*) FROM shadowing_task")),
                       Int(try Spawn.run(["sqlite3", first, "SELECT count(*) FROM shadowing_task"]).output.trimmingCharacters(in: .whitespacesAndNewlines)),
                       "catalogues are matched, not duplicated")
        // Every staff member of the second file has the same team, unit and kommun in the region.
        let regional = try server.psql(staffChain).split(separator: "\n").map(String.init)
        let secondStaff = try Spawn.run(["sqlite3", second, staffChain]).output.split(separator: "\n").map(String.init)
        XCTAssertEqual(regional.filter { $0.hasSuffix(" Norra") }, secondStaff)
        XCTAssertEqual(regional.count, 2 * secondStaff.count)

        let before = try server.psql("SELECT (SELECT count(*) FROM audit) || ' ' || (SELECT count(*) FROM workload_rating)")
        let again = try Spawn.run([binary, "copy", "--from", second, "--to", server.conninfo, "--lang", "en"], timeout: 60)
        XCTAssertEqual(again.status, 14)
        XCTAssertTrue(again.errorOutput.contains("already has the kommun “Älvdala Norra”"), again.errorOutput)
        XCTAssertEqual(try server.psql("SELECT (SELECT count(*) FROM audit) || ' ' || (SELECT count(*) FROM workload_rating)"), before)

        // A third kommun, stopped by the server at its competence plans: nothing of it stays.
        let third = work.appendingPathComponent("syd.sqlite").path
        try FileManager.default.copyItem(atPath: first, toPath: third)
        XCTAssertEqual(try Spawn.run(["sqlite3", third, """
            UPDATE kommun SET name = name || ' Södra', name_key = name_key || ' södra';
            UPDATE shadowing_team SET name = name || ' Södra', name_key = name_key || ' södra';
            """]).status, 0)
        _ = try server.psql("""
            CREATE FUNCTION stop_merge() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'stopped'; END $$;
            CREATE TRIGGER stop_merge BEFORE INSERT ON competence_plan FOR EACH ROW EXECUTE FUNCTION stop_merge();
            """)
        let stopped = try Spawn.run([binary, "copy", "--from", third, "--to", server.conninfo], timeout: 60)
        XCTAssertNotEqual(stopped.status, 0)
        XCTAssertTrue(stopped.errorOutput.contains("stopped"), stopped.errorOutput)
        XCTAssertEqual(try server.psql("SELECT (SELECT count(*) FROM audit) || ' ' || (SELECT count(*) FROM workload_rating)"), before)
        XCTAssertEqual(try server.psql("SELECT count(*) FROM kommun"), "6")
    }

    /// The program, an empty server database, a temporary folder and a demo file in it.
    private static func serverAndDemoFile() throws -> (String, TemporaryPostgresDatabase, URL, String) {
        let binary = try VardagBinary.path()
        let server = try TemporaryPostgresDatabase()
        let work = try TmuxSession.makeDirectory()
        let file = work.appendingPathComponent("demo.sqlite").path
        XCTAssertEqual(try Spawn.run([binary, "demo", "--db", file], timeout: 120).status, 0)
        return (binary, server, work, file)
    }

    /// Per table: name, rows and checksums, from a copy's printed table.
    private static func checksums(_ output: String) -> [String] {
        output.split(separator: "\n").filter { $0.hasSuffix(" ok") }.map { String($0) }
    }

    /// "Åsa Öberg" added in the register on PostgreSQL is there after a restart.
    func testTheRegisterKeepsÅsaÖbergAcrossARestart() throws {
        let binary = try VardagBinary.path()
        let server = try TemporaryPostgresDatabase()
        XCTAssertEqual(try Spawn.run([binary, "demo", "--db", server.conninfo], timeout: 120).status, 0)
        let command = "'\(binary)' --db '\(server.conninfo)'"
        do {
            let app = try TmuxSession(command: command, width: 100, height: 30)
            defer { app.close() }
            try app.waitFor(text: "Välj verktyg")
            try app.sendKeys("5")
            try app.waitFor(text: "Sorterat på namn")
            try app.tmux(["send-keys", "-t", app.name, "a", "Åsa Öberg", "Tab", "Undersköterska", "Enter"])
            try app.waitFor(text: "Sparat: Åsa Öberg")
            try app.sendKeys("Escape")
            try app.waitFor(text: "Välj verktyg")
            try app.sendKeys("q")
            XCTAssertEqual(try app.waitForExit(), 0)
        }
        XCTAssertEqual(try server.psql("SELECT title FROM medarbetare WHERE name = 'Åsa Öberg'"), "Undersköterska")
        let app = try TmuxSession(command: command, width: 100, height: 30)
        defer { app.close() }
        try app.waitFor(text: "Välj verktyg")
        try app.sendKeys("5")
        try app.waitFor(text: "Sorterat på namn")
        try app.sendKeys("/")
        try app.type("Öberg")
        try app.waitFor(text: "Åsa Öberg")
    }

    /// A server that is not there: one line and exit 3 at once; a role that does not
    /// exist: exit 13 with the server's reason; the terminal is never touched.
    func testAMissingServerAndAnUnknownRoleSayWhyWithTheirExitCodes() throws {
        let binary = try VardagBinary.path()
        let server = try TemporaryPostgresDatabase()
        // The app itself, in a terminal: one line and exit 3 well within 5 seconds.
        let started = Date()
        let app = try TmuxSession(command: "'\(binary)' --db 'host=/nonexistent/socket dbname=vardag'", width: 80, height: 24)
        defer { app.close() }
        XCTAssertEqual(try app.waitForExit(timeout: 10), 3)
        XCTAssertLessThan(Date().timeIntervalSince(started), 5)
        let screen = try app.capture()
        XCTAssertTrue(screen.contains("vardag: kan inte nå PostgreSQL-servern host=/nonexistent/socket dbname=vardag"), screen)

        let stranger = try Spawn.run([binary, "check", "--db", server.conninfo + " user=ingen_sadan_roll"], timeout: 10)
        XCTAssertEqual(stranger.status, 13)
        XCTAssertTrue(stranger.errorOutput.contains("godtog inte inloggningen"), stranger.errorOutput)
        XCTAssertTrue(stranger.errorOutput.contains("ingen_sadan_roll"), stranger.errorOutput)

        let english = try Spawn.run([binary, "export", "register", "--lang", "en", "--db", "postgresql:///x?host=/nonexistent"], timeout: 10)
        XCTAssertEqual(english.status, 3)
        XCTAssertTrue(english.errorOutput.contains("cannot reach the PostgreSQL server"), english.errorOutput)
    }

    /// Two apps on one database, on each backend: what one saves shows in the other
    /// within 2 seconds without a key pressed there.
    func testAnotherAppsChangeShowsWithoutAKey() throws {
        let binary = try VardagBinary.path()
        let server = try TemporaryPostgresDatabase()
        let work = try TmuxSession.makeDirectory()
        defer { try? FileManager.default.removeItem(at: work) }
        let file = work.appendingPathComponent("delad.sqlite").path
        for db in [file, server.conninfo] {
            XCTAssertEqual(try Spawn.run([binary, "demo", "--db", db], timeout: 120).status, 0)
            let watching = try TmuxSession(command: "'\(binary)' --db '\(db)'", width: 100, height: 30)
            defer { watching.close() }
            let typing = try TmuxSession(command: "'\(binary)' --db '\(db)'", width: 100, height: 30)
            defer { typing.close() }
            // The main menu's counts are the watcher's view; the other app adds a person.
            let before = try watching.waitFor(text: "aktiva medarbetare")
            let count = try XCTUnwrap(Self.activeStaff(before))
            try typing.waitFor(text: "Välj verktyg")
            try typing.sendKeys("5")
            try typing.waitFor(text: "Sorterat på namn")
            try typing.tmux(["send-keys", "-t", typing.name, "a", "Åsa Öberg", "Tab", "Kurator", "Enter"])
            try typing.waitFor(text: "Sparat: Åsa Öberg")
            let saved = Date()
            try watching.waitFor(text: "\(count + 1) aktiva medarbetare", timeout: 5)
            XCTAssertLessThan(Date().timeIntervalSince(saved), 2, "shown within 2 seconds on \(db)")
        }
    }

    /// The server stops and starts again under a running app: the screen says so, the form
    /// being typed in stays open with its text, saving works again once the server is
    /// back, and the terminal is fine afterwards.
    func testTheServerRestartsUnderARunningApp() throws {
        let binary = try VardagBinary.path()
        let cluster = try PrivatePostgresCluster()
        let database = try TemporaryPostgresDatabase(server: cluster.server)
        XCTAssertEqual(try Spawn.run([binary, "demo", "--db", database.conninfo], timeout: 120).status, 0)
        let app = try TmuxSession(command: "'\(binary)' --db '\(database.conninfo)'", width: 100, height: 30)
        defer { app.close() }
        try app.waitFor(text: "Välj verktyg")
        try app.sendKeys("5")
        try app.waitFor(text: "Sorterat på namn")
        try app.tmux(["send-keys", "-t", app.name, "a", "Åsa Öberg", "Tab", "Kurator"])
        try app.waitFor(text: "Kurator")

        try cluster.halt()
        try app.waitFor(text: "databasservern svarar inte", timeout: 5)
        try app.sendKeys("Enter")
        var screen = try app.waitFor(text: "databasservern svarar inte")
        XCTAssertTrue(screen.contains("Åsa Öberg") && screen.contains("Kurator"), "the form keeps its text:\n\(screen)")
        XCTAssertFalse(screen.contains("Sparat"), screen)

        try cluster.resume()
        try app.waitFor(text: "Databasservern svarar igen", timeout: 10)
        try app.sendKeys("Enter")
        try app.waitFor(text: "Sparat: Åsa Öberg")
        XCTAssertEqual(try database.psql("SELECT title FROM medarbetare WHERE name = 'Åsa Öberg'"), "Kurator")
        try app.sendKeys("Escape")
        screen = try app.waitFor(text: "Välj verktyg")
        try app.sendKeys("q")
        XCTAssertEqual(try app.waitForExit(), 0)
    }

    /// A demo killed half-way leaves the database as it was (here: without a schema), and
    /// the next demo clears what the killed one left aside and succeeds.
    func testAKilledDemoLeavesNothingHalfMade() throws {
        let binary = try VardagBinary.path()
        let server = try TemporaryPostgresDatabase()
        var killedInTime = false
        for delay in [300_000, 150_000, 60_000] as [useconds_t] where !killedInTime {
            let demo = Process()
            demo.executableURL = URL(fileURLWithPath: binary)
            demo.arguments = ["demo", "--db", server.conninfo]
            demo.environment = [VardagBinary.todayVariable: VardagBinary.todayText, "LANG": "C.UTF-8"]
            demo.standardOutput = FileHandle.nullDevice
            demo.standardError = FileHandle.nullDevice
            try demo.run()
            usleep(delay)
            kill(demo.processIdentifier, SIGKILL)
            demo.waitUntilExit()
            killedInTime = demo.terminationReason == .uncaughtSignal
            if !killedInTime { _ = try server.psql("DROP SCHEMA public CASCADE; CREATE SCHEMA public") }
        }
        try XCTSkipUnless(killedInTime, "the demo finished before it could be killed")
        XCTAssertEqual(try server.psql("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"), "0",
                       "nothing of the killed demo is in the database's schema")
        let made = try Spawn.run([binary, "demo", "--db", server.conninfo], timeout: 120)
        XCTAssertEqual(made.status, 0, made.errorOutput)
        XCTAssertEqual(try server.psql("SELECT count(*) FROM pg_namespace WHERE nspname LIKE 'vardag%'"), "0",
                       "the killed demo's schema aside is gone")
        XCTAssertEqual(try Spawn.run([binary, "check", "--db", server.conninfo]).status, 0)
    }

    /// The number before "aktiva medarbetare" on the main menu.
    private static func activeStaff(_ screen: String) -> Int? {
        guard let range = screen.range(of: " aktiva medarbetare") else { return nil }
        return Int(screen[..<range.lowerBound].split(separator: " ").last ?? "")
    }
}
