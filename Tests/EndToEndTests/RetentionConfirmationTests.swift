import Foundation
import TestSupport
import XCTest

/// `purge --set-retention` through the real binary: a retention below a tenth of its
/// kind's default is asked about on a terminal, needs `--yes` without one, and is
/// audited with the old and the new value; an ordinary change is made at once.
final class RetentionConfirmationTests: XCTestCase {
    private var binary = ""
    private var work = URL(fileURLWithPath: "/tmp")
    private var db = ""

    override func setUpWithError() throws {
        binary = try VardagBinary.path()
        work = try TmuxSession.makeDirectory()
        db = work.appendingPathComponent("demo.sqlite").path
        XCTAssertEqual(try Spawn.run([binary, "demo", "--db", db], timeout: 120).status, 0)
    }

    override func tearDown() {
        try? FileManager.default.removeItem(at: work)
    }

    func testWithoutATerminalAShortRetentionNeedsYes() throws {
        let refused = try Spawn.run([binary, "purge", "--set-retention", "workload=1d", "--db", db])
        XCTAssertEqual(refused.status, 64, refused.errorOutput)
        XCTAssertEqual(refused.errorOutput.split(separator: "\n").count, 1, refused.errorOutput)
        XCTAssertTrue(refused.errorOutput.contains("workload=1d är under en tiondel av standardtiden 2y"), refused.errorOutput)
        XCTAssertTrue(refused.errorOutput.contains("--yes"), refused.errorOutput)
        XCTAssertEqual(try retention("workload"), "2y")
        XCTAssertEqual(try sqlite("SELECT count(*) FROM audit WHERE entity = 'retention_setting'"), "0")

        let english = try Spawn.run([binary, "purge", "--set-retention", "workload=72d", "--db", db, "--lang", "en"])
        XCTAssertEqual(english.status, 64)
        XCTAssertTrue(english.errorOutput.contains("is below a tenth of the default 2y"), english.errorOutput)

        let confirmed = try Spawn.run([binary, "purge", "--set-retention", "workload=1d", "--yes", "--db", db])
        XCTAssertEqual(confirmed.status, 0, confirmed.errorOutput)
        XCTAssertEqual(try retention("workload"), "1d")
        XCTAssertEqual(try sqlite("SELECT json_extract(before_json, '$.duration') || ' → ' || json_extract(after_json, '$.duration') "
                                  + "FROM audit WHERE entity = 'retention_setting'"), "2y → 1d")
    }

    func testAnOrdinaryChangeIsMadeAtOnce() throws {
        for setting in ["workload=73d", "workload=1y", "audit=7m", "dialogue=10y"] {
            let result = try Spawn.run([binary, "purge", "--set-retention", setting, "--db", db])
            XCTAssertEqual(result.status, 0, "\(setting): \(result.errorOutput)")
        }
        XCTAssertEqual(try retention("workload"), "1y")
        XCTAssertEqual(try retention("audit"), "7m")
    }

    func testOnATerminalItAsksAndOnlyYesChangesIt() throws {
        for (answer, status, kept) in [("n", Int32(1), "2y"), ("j", Int32(0), "1d")] {
            let session = try TmuxSession(command: "'\(binary)' purge --set-retention workload=1d --db '\(db)'")
            defer { session.close() }
            let screen = try session.waitFor(text: "Ändra ändå? [j/N]")
            XCTAssertTrue(screen.contains("workload: bevarandetiden blir 1d (nu 2y, standard 2y)"), screen)
            try session.type(answer)
            try session.sendKeys("Enter")
            let screenAfter = try session.capture()
            XCTAssertEqual(try session.waitForExit(timeout: 20), status, screenAfter)
            XCTAssertEqual(try retention("workload"), kept)
        }
        XCTAssertEqual(try sqlite("SELECT count(*) FROM audit WHERE entity = 'retention_setting'"), "1", "only the confirmed change")
    }

    /// One kind's retention as `--show-retention` prints it.
    private func retention(_ kind: String) throws -> String? {
        let shown = try Spawn.run([binary, "purge", "--show-retention", "--db", db])
        XCTAssertEqual(shown.status, 0, shown.errorOutput)
        return shown.output.split(separator: "\n").first { $0.hasPrefix(kind + "=") }.map { String($0.dropFirst(kind.count + 1)) }
    }

    private func sqlite(_ sql: String) throws -> String {
        let result = try Spawn.run(["sqlite3", db, sql])
        XCTAssertEqual(result.status, 0, result.errorOutput)
        return result.output.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
