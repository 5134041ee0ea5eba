import Foundation
import TestSupport
import XCTest

/// "Nothing leaked" from the command line: every export is owner-only, `vardag purge` and
/// `vardag export audit` run as programs.
final class PrivacyCommandTests: XCTestCase {
    private var folder: URL!
    private var db: String!
    private var binary: String!

    override func setUpWithError() throws {
        binary = try VardagBinary.path()
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("privacy-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        db = folder.appendingPathComponent("db.sqlite").path
        XCTAssertEqual(try Spawn.run([binary, "demo", "--db", db]).status, 0)
    }

    override func tearDown() {
        try? FileManager.default.removeItem(at: folder)
    }

    private func mode(_ path: String) throws -> Int? {
        (try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber)?.intValue
    }

    /// The export subcommands as `vardag export --help` lists them, so a new one is covered too.
    private func exportSubcommands() throws -> [String] {
        let help = try Spawn.run([binary, "export", "--help"]).output
        guard let section = help.components(separatedBy: "SUBCOMMANDS:").last else { return [] }
        return section.split(separator: "\n").compactMap { line in
            guard line.hasPrefix("  "), !line.hasPrefix("   "), let name = line.split(separator: " ").first,
                  name.allSatisfy({ $0.isLowercase }) else { return nil }
            return String(name)
        }
    }

    /// The options an export cannot run without: the staff figures are one kommun's document.
    private func required(_ name: String) -> [String] {
        name == "staff" ? ["--kommun", "Älvdala"] : []
    }

    func testEveryExportFileAndTheDatabaseAreOwnerOnly() throws {
        let subcommands = try exportSubcommands()
        XCTAssertTrue(Set(["register", "dialogue", "shadowing", "audit"]).isSubset(of: subcommands), "\(subcommands)")
        for name in subcommands {
            for format in ["json", "csv"] {
                if name == "dialogue" && format == "csv" { continue }  // CSV needs --kind or a folder; JSON covers the writer
                let output = folder.appendingPathComponent("\(name).\(format)").path
                let result = try Spawn.run([binary, "export", name, "--db", db, "--format", format, "--output", output] + required(name))
                XCTAssertEqual(result.status, 0, "\(name) \(format): \(result.errorOutput)")
                XCTAssertEqual(try mode(output), 0o600, "\(name) \(format)")
            }
        }
        XCTAssertEqual(try mode(db), 0o600)
        for suffix in ["-wal", "-shm"] where FileManager.default.fileExists(atPath: db + suffix) {
            XCTAssertEqual(try mode(db + suffix), 0o600, suffix)
        }
    }

    func testAuditExportFiltersByDateAndRefusesBadDatesWithOneLine() throws {
        let today = ISO8601DateFormatter.string(from: Date(), timeZone: TimeZone(identifier: "UTC")!, formatOptions: [.withFullDate])
        let all = try Spawn.run([binary, "export", "audit", "--db", db, "--format", "json"])
        XCTAssertEqual(all.status, 0, all.errorOutput)
        let rows = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(all.output.utf8)) as? [[String: Any]])
        XCTAssertFalse(rows.isEmpty)
        XCTAssertTrue(rows.allSatisfy { $0["user"] as? String == "demo" && $0["entity"] != nil && $0["at"] != nil })
        let todays = try Spawn.run([binary, "export", "audit", "--db", db, "--format", "json", "--from", today, "--to", today])
        XCTAssertEqual((try JSONSerialization.jsonObject(with: Data(todays.output.utf8)) as? [Any])?.count, rows.count)
        let none = try Spawn.run([binary, "export", "audit", "--db", db, "--format", "json", "--to", "2000-01-01"])
        XCTAssertEqual((try JSONSerialization.jsonObject(with: Data(none.output.utf8)) as? [Any])?.count, 0)
        for arguments in [["--from", "2026-13-01"], ["--from", "2026-02-01", "--to", "2026-01-01"]] {
            let refused = try Spawn.run([binary, "export", "audit", "--db", db] + arguments)
            XCTAssertNotEqual(refused.status, 0, "\(arguments)")
            XCTAssertEqual(refused.output, "", "\(arguments)")
            XCTAssertEqual(refused.errorOutput.split(separator: "\n").count, 1, "\(arguments): \(refused.errorOutput)")
        }
    }

    /// The database file and its `-wal` and `-shm` files as they are on disk, byte for byte (nil when absent).
    private func filesOnDisk() -> [String: Data?] {
        Dictionary(uniqueKeysWithValues: ["", "-wal", "-shm"].map { suffix in
            (suffix, FileManager.default.contents(atPath: db + suffix))
        })
    }

    /// The environment with the test build's date override: the purge counts back from 2040.
    private var in2040: [String: String] {
        ProcessInfo.processInfo.environment.merging(["VARDAG_TEST_TODAY": "2040-01-01"]) { $1 }
    }

    func testPurgeDryRunLeavesTheFileUnchangedAndARealRunIsAudited() throws {
        // The file itself, not only its content: no free page, no bumped change counter or
        // schema cookie, and no -wal or -shm left behind.
        let before = filesOnDisk()
        XCTAssertNotNil(before[""] ?? nil)
        XCTAssertNil(before["-wal"] ?? nil, "the demo closed the database cleanly")
        let dry = try Spawn.run([binary, "purge", "--db", db, "--dry-run"], environment: in2040)
        XCTAssertEqual(dry.status, 0, dry.errorOutput)
        XCTAssertTrue(dry.output.hasPrefix("Provkörning – inget ändrades:"), dry.output)
        XCTAssertTrue(dry.output.contains("Granskningsloggen (före 2035-01-01): "), dry.output)
        XCTAssertTrue(dry.output.contains("ärendeskattningar skulle tas bort"), dry.output)
        XCTAssertTrue(filesOnDisk() == before, "a dry run leaves the database file byte for byte as it was, and no -wal or -shm")

        let real = try Spawn.run([binary, "purge", "--db", db, "--older-than", "1y", "--yes"], environment: in2040)
        XCTAssertEqual(real.status, 0, real.errorOutput)
        XCTAssertTrue(real.output.hasPrefix("Gallring klar:"), real.output)
        let audit = try Spawn.run([binary, "export", "audit", "--db", db, "--format", "json"])
        let rows = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(audit.output.utf8)) as? [[String: Any]])
        XCTAssertTrue(rows.allSatisfy { $0["action"] as? String == "purge" }, "every older audit row was past its 5 years")
        XCTAssertTrue(rows.contains { ($0["after"] as? [String: Any])?["kind"] as? String == "audit" })

        for arguments in [["--older-than", "2"], ["--older-than", "2w"], ["--older-than", "02y"]] {
            let refused = try Spawn.run([binary, "purge", "--db", db, "--yes"] + arguments)
            XCTAssertEqual(refused.status, 64, "\(arguments)")
            XCTAssertEqual(refused.errorOutput.split(separator: "\n").count, 1, "\(arguments): \(refused.errorOutput)")
        }
    }

    /// A real purge asks first; with no terminal to ask on it refuses (exit 64) unless
    /// `--yes` is given, and there is no `--today` to move the date.
    func testPurgeWithoutATerminalIsRefusedUnlessYesAndTodayIsNoOption() throws {
        let before = filesOnDisk()
        for lang in ["sv", "en"] {
            let refused = try Spawn.run([binary, "purge", "--db", db, "--lang", lang], environment: in2040)
            XCTAssertEqual(refused.status, 64, refused.errorOutput)
            XCTAssertEqual(refused.output, "")
            XCTAssertTrue(refused.errorOutput.contains("--yes"), refused.errorOutput)
            XCTAssertTrue(refused.errorOutput.contains(lang == "sv" ? "ingen terminal" : "not a terminal"), refused.errorOutput)
            XCTAssertTrue(filesOnDisk() == before, "a refused purge changes nothing")
        }
        let dated = try Spawn.run([binary, "purge", "--db", db, "--yes", "--today", "2040-01-01"])
        XCTAssertEqual(dated.status, 64)
        XCTAssertTrue(dated.errorOutput.contains("okänd flagga '--today'"), dated.errorOutput)
        XCTAssertTrue(filesOnDisk() == before, "a refused --today changes nothing")

        let purged = try Spawn.run([binary, "purge", "--db", db, "--yes", "--lang", "en"], environment: in2040)
        XCTAssertEqual(purged.status, 0, purged.errorOutput)
        XCTAssertTrue(purged.output.hasPrefix("Purge done:"), purged.output)
        XCTAssertTrue(purged.output.contains("case ratings deleted"), purged.output)
        let left = try Spawn.run(["sqlite3", db, "SELECT count(*) FROM workload_rating"])
        XCTAssertEqual(left.output, "0\n", "the ratings are gone")
    }

    /// On a terminal the purge shows its plan in words and asks; "n" (or anything but
    /// j/ja/y/yes) changes nothing and exits 1, "j" purges.
    func testPurgeOnATerminalAsksAndOnlyJPurges() throws {
        let before = filesOnDisk()
        let command = "'\(binary!)' purge --db '\(db!)'"
        let declined = try TmuxSession(command: command, width: 120, height: 40, environment: ["VARDAG_TEST_TODAY": "2040-01-01"])
        defer { declined.close() }
        let plan = try declined.waitFor(text: "Gallra? [j/N]")
        XCTAssertTrue(plan.contains("Gallringen tar bort eller avidentifierar:"), plan)
        XCTAssertTrue(plan.contains("ärendeskattningar tas bort"), plan)
        XCTAssertTrue(plan.contains("granskningsraders före- och eftervärden avidentifieras"), plan)
        try declined.type("n")
        try declined.sendKeys("Enter")
        XCTAssertEqual(try declined.waitForExit(), 1)
        XCTAssertTrue(try declined.capture().contains("gallringen avbröts, inget ändrades"))
        XCTAssertTrue(filesOnDisk() == before, "a declined purge changes nothing")

        let accepted = try TmuxSession(command: command + " --lang en", width: 120, height: 40,
                                       environment: ["VARDAG_TEST_TODAY": "2040-01-01"])
        defer { accepted.close() }
        _ = try accepted.waitFor(text: "Purge? [y/N]")
        try accepted.type("j")
        try accepted.sendKeys("Enter")
        XCTAssertEqual(try accepted.waitForExit(), 0)
        XCTAssertTrue(try accepted.capture().contains("Purge done:"))
        XCTAssertEqual(try Spawn.run(["sqlite3", db, "SELECT count(*) FROM workload_rating"]).output, "0\n")
    }

    /// After a purge that keeps the audit (audit retention 20 years), no anonymised name
    /// and no blanked lesson stands anywhere in the database file, its WAL, or any export.
    func testPurgedNamesAndTextsAppearNowhereInTheFileOrTheExports() throws {
        func strings(_ sql: String) throws -> [String] {
            try Spawn.run(["sqlite3", db, sql]).output.split(separator: "\n").map(String.init)
        }
        let people = try strings("SELECT id || '|' || name FROM medarbetare UNION ALL SELECT 'p' || id || '|' || name FROM shadowing_participant")
        let lessons = try strings("SELECT DISTINCT lessons FROM shadowing_entry WHERE lessons != ''")
        XCTAssertFalse(lessons.isEmpty)
        XCTAssertEqual(try Spawn.run([binary, "purge", "--db", db, "--set-retention", "audit=20y"]).status, 0)
        let purge = try Spawn.run([binary, "purge", "--db", db, "--yes"], environment: in2040)
        XCTAssertEqual(purge.status, 0, purge.errorOutput)

        let kept = Set(try strings("SELECT name FROM medarbetare UNION ALL SELECT name FROM shadowing_participant"))
        let after = Set(try strings("SELECT id || '|' || name FROM medarbetare UNION ALL SELECT 'p' || id || '|' || name FROM shadowing_participant"))
        let forgotten = people.filter { !after.contains($0) }.map { String($0.split(separator: "|", maxSplits: 1)[1]) }.filter { !kept.contains($0) }
        XCTAssertGreaterThan(forgotten.count, 2, "the demo has people who left long before 2040")
        XCTAssertGreaterThan(try strings("SELECT count(*) FROM audit WHERE after_json LIKE '%(gallrad)%'").first.flatMap { Int($0) } ?? 0, 0,
                             "the audit rows are kept, their values blanked")
        let purgedTexts = forgotten + lessons

        var places: [(String, Data)] = []
        for suffix in ["", "-wal"] {
            if let data = FileManager.default.contents(atPath: db + suffix) { places.append(("db\(suffix)", data)) }
        }
        for name in try exportSubcommands() {
            for format in ["json", "csv"] {
                let extra = name == "dialogue" && format == "csv" ? ["--kind", "meetings"] : []
                let export = try Spawn.run([binary, "export", name, "--db", db, "--format", format] + extra + required(name), timeout: 60)
                XCTAssertEqual(export.status, 0, "\(name) \(format): \(export.errorOutput)")
                places.append(("export \(name) \(format)", Data(export.output.utf8)))
            }
        }
        for (place, data) in places {
            for text in purgedTexts where data.range(of: Data(text.utf8)) != nil {
                XCTFail("\"\(text)\" is still in \(place)")
            }
        }
    }

    /// Commands that only read (every export, in both formats, `purge --dry-run`,
    /// `purge --show-retention` and `check`) leave the database file byte for byte as it
    /// was and no `-wal` or `-shm` behind.
    func testReadingCommandsLeaveTheDatabaseByteForByteUnchanged() throws {
        let before = filesOnDisk()
        XCTAssertNil(before["-wal"] ?? nil, "the demo closed the database cleanly")
        var runs: [[String]] = [["purge", "--dry-run"], ["purge", "--dry-run", "--older-than", "1d"], ["purge", "--show-retention"], ["check"]]
        for name in try exportSubcommands() {
            runs.append(["export", name, "--format", "json"] + required(name))
            runs.append(["export", name, "--format", "csv"] + (name == "dialogue" ? ["--kind", "meetings"] : []) + required(name))
        }
        // Reports read as exports do.
        runs.append(["report", "namnd", "--kommun", "Älvdala"])
        runs.append(["report", "arsrapport", "--kommun", "Älvdala"])
        XCTAssertGreaterThan(runs.count, 10)
        for arguments in runs {
            let result = try Spawn.run([binary] + arguments + ["--db", db], timeout: 60)
            XCTAssertEqual(result.status, 0, "\(arguments): \(result.errorOutput)")
            XCTAssertFalse(result.output.isEmpty, "\(arguments)")
            XCTAssertTrue(filesOnDisk() == before, "\(arguments) changed the database file or left a -wal/-shm")
        }
    }

    /// A name that another program wrote with escape sequences into the database is
    /// shown harmlessly when an export goes to the terminal, and kept exact in a pipe.
    func testExportToATerminalCannotRetitleOrClearTheWindow() throws {
        let poisoned = "Åsa \u{1b}]0;pwned\u{7}\u{1b}[2JÖberg"
        let sql = "UPDATE medarbetare SET name = '\(poisoned)' WHERE id = (SELECT min(id) FROM medarbetare);"
        XCTAssertEqual(try Spawn.run(["sqlite3", db, sql]).status, 0)
        let piped = try Spawn.run([binary, "export", "register", "--db", db])
        XCTAssertEqual(piped.status, 0, piped.errorOutput)
        XCTAssertTrue(piped.output.contains(poisoned), "a pipe gets the exact bytes")

        // Tall enough for the whole export (60 staff), so nothing scrolls away.
        let session = try TmuxSession(command: "'\(binary!)' export register --db '\(db!)'", width: 200, height: 100)
        defer { session.close() }
        XCTAssertEqual(try session.waitForExit(), 0)
        let screen = try session.capture()
        XCTAssertTrue(screen.contains("Åsa ]0;pwned[2JÖberg"), "the name is shown as harmless text:\n\(screen)")
        XCTAssertNotEqual(try session.display("#{pane_title}").trimmingCharacters(in: .whitespacesAndNewlines), "pwned")
    }

    func testRetentionSettingsCanBeShownAndChangedWithAnAuditRow() throws {
        let shown = try Spawn.run([binary, "purge", "--db", db, "--show-retention"])
        XCTAssertEqual(shown.status, 0, shown.errorOutput)
        XCTAssertEqual(shown.output, "workload=2y\ndialogue=5y\nshadowing=3y\ncompetence=5y\nstaff=2y\naudit=5y\n")
        let changed = try Spawn.run([binary, "purge", "--db", db, "--set-retention", "dialogue=7y", "--set-retention", "shadowing=18m"])
        XCTAssertEqual(changed.status, 0, changed.errorOutput)
        XCTAssertTrue(changed.output.contains("dialogue=7y\nshadowing=18m\n"), changed.output)
        let audit = try Spawn.run([binary, "export", "audit", "--db", db, "--format", "json"])
        let rows = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(audit.output.utf8)) as? [[String: Any]])
        XCTAssertEqual(rows.filter { $0["entity"] as? String == "retention_setting" }.count, 2)
        for bad in ["dialog=7y", "dialogue", "dialogue=7", "audit=0y"] {
            let refused = try Spawn.run([binary, "purge", "--db", db, "--set-retention", bad])
            XCTAssertEqual(refused.status, 64, bad)
            XCTAssertEqual(refused.errorOutput.split(separator: "\n").count, 1, "\(bad): \(refused.errorOutput)")
        }
    }
}
