import Foundation
import TestSupport
import XCTest

/// Two `vardag` processes, each in its own tmux, add 500 staff members each to the same
/// database through the register screen at the same time.
final class TwoInstancesEndToEndTests: XCTestCase {
    func testTwoAppsEachAddFiveHundredStaffMembers() throws {
        let binary = try VardagBinary.path()
        let work = try TmuxSession.makeDirectory()
        defer { try? FileManager.default.removeItem(at: work) }
        let db = work.appendingPathComponent("delad.sqlite").path
        XCTAssertEqual(try Spawn.run([binary, "demo", "--db", db], timeout: 120).status, 0)
        let before = try count(db, "SELECT count(*) FROM medarbetare")

        // Short names: the debug build spends ~14 ms per key on rendering, so fewer keys keep
        // the test near a minute.
        let labels = ["A", "B"]
        let sessions = try labels.map { label in
            try TmuxSession(command: "'\(binary)' --db '\(db)'", width: 100, height: 30)
        }
        defer { sessions.forEach { $0.close() } }
        for session in sessions {
            try session.waitFor(text: "Välj verktyg")
            try session.sendKeys("5")
            try session.waitFor(text: "Sorterat på namn")
        }
        // Both type at once, 50 people per batch: the writes interleave.
        let perApp = 500
        let batch = 50
        for start in stride(from: 1, through: perApp, by: batch) {
            for (session, label) in zip(sessions, labels) {
                var keys: [String] = []
                for number in start..<(start + batch) {
                    keys += ["a", "\(label)\(number)", "Tab", "T", "Enter"]
                }
                try session.tmux(["send-keys", "-t", session.name] + keys)
            }
            for (session, label) in zip(sessions, labels) {
                let screen = try session.waitFor(text: "Sparat: \(label)\(start + batch - 1)", timeout: 60)
                XCTAssertFalse(screen.localizedCaseInsensitiveContains("locked"), screen)
                XCTAssertFalse(screen.localizedCaseInsensitiveContains("låst"), screen)
            }
        }
        for session in sessions {
            try session.sendKeys("Escape")
            try session.waitFor(text: "Välj verktyg")
            try session.sendKeys("q")
            XCTAssertEqual(try session.waitForExit(), 0)
        }
        for label in labels {
            XCTAssertEqual(try count(db, "SELECT count(DISTINCT name) FROM medarbetare WHERE name GLOB '\(label)[0-9]*' AND title = 'T'"), perApp)
        }
        XCTAssertEqual(try count(db, "SELECT count(*) FROM medarbetare"), before + 2 * perApp)
        let check = try Spawn.run([binary, "check", "--db", db])
        XCTAssertEqual(check.status, 0, check.errorOutput)
        XCTAssertTrue(check.output.contains("Integritet: ok"), check.output)
        print("Concurrent writes kept: \(2 * perApp) of \(2 * perApp) (two app processes)")
    }

    private func count(_ db: String, _ sql: String) throws -> Int {
        let result = try Spawn.run(["sqlite3", db, sql])
        XCTAssertEqual(result.status, 0, result.errorOutput)
        return Int(result.output.trimmingCharacters(in: .whitespacesAndNewlines)) ?? -1
    }
}
