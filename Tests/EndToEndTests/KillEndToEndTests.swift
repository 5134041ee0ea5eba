import Foundation
import TestSupport
import XCTest
#if canImport(Glibc)
import Glibc
#endif

/// SIGKILL at random moments: every entry confirmed on screen before the kill is in the
/// database afterwards, and the database passes `PRAGMA integrity_check`.
///
/// Each cycle starts the real binary in tmux, opens a tool, enters one record and waits
/// for its confirmation, then types the next record and kills the process with SIGKILL
/// after a random 0–150 ms (seeded: set `VARDAG_KILL_SEED` to replay a failure), in the
/// middle of typing, saving or redrawing. After each kill the file is checked and the next
/// cycle is the restart.
final class KillEndToEndTests: XCTestCase {
    /// How one tool's data is entered and found again.
    struct Flow: Sendable {
        /// The tool, for messages.
        var name: String
        /// How many kill cycles this flow gets.
        var kills: Int
        /// Keys from the main menu to the screen where records are entered, and what it shows then.
        var open: @Sendable () -> (keys: [String], ready: String)
        /// Keys that enter record `n`, and the text on screen that confirms it was stored.
        var enter: @Sendable (_ n: Int) -> (keys: [String], confirmed: String)
        /// An SQL query that counts record `n` (1 when stored).
        var stored: @Sendable (_ n: Int) -> String
    }

    static let flows: [Flow] = [
        Flow(
            name: "register", kills: 50,
            open: { (["5"], "Sorterat på namn") },
            enter: { n in (["a", "Kill \(n)", "Tab", "T", "Enter"], "Sparat: Kill \(n)") },
            stored: { n in "SELECT count(*) FROM medarbetare WHERE name = 'Kill \(n)' AND title = 'T'" }),
    ]

    func testConfirmedEntriesSurviveSIGKILL() throws {
        let binary = try VardagBinary.path()
        let work = try TmuxSession.makeDirectory()
        defer { try? FileManager.default.removeItem(at: work) }
        let db = work.appendingPathComponent("kill.sqlite").path
        XCTAssertEqual(try Spawn.run([binary, "demo", "--db", db], timeout: 120).status, 0)
        let seed = ProcessInfo.processInfo.environment["VARDAG_KILL_SEED"].flatMap(UInt64.init) ?? 20_261_123
        var random = SplitMix64(seed: seed)

        var kills = 0
        var checked = 0
        var record = 0
        for flow in Self.flows {
            var confirmed: [Int] = []
            for _ in 0..<flow.kills {
                let session = try TmuxSession(command: "'\(binary)' --db '\(db)' --user kill", width: 100, height: 30)
                defer { session.close() }
                try session.waitFor(text: "Välj verktyg")
                let open = flow.open()
                try session.tmux(["send-keys", "-t", session.name] + open.keys)
                try session.waitFor(text: open.ready)

                record += 1
                let first = flow.enter(record)
                try session.tmux(["send-keys", "-t", session.name] + first.keys)
                try session.waitFor(text: first.confirmed, timeout: 15)
                confirmed.append(record)

                // The next entry is under way when the kill comes.
                record += 1
                let second = flow.enter(record)
                let delay = useconds_t(random.next() % 151) * 1_000
                try session.tmux(["send-keys", "-t", session.name] + second.keys)
                usleep(delay)
                let pid = try session.processID(named: "vardag")
                XCTAssertEqual(kill(pid, SIGKILL), 0)
                XCTAssertEqual(try session.waitForExit(), 128 + SIGKILL, "\(flow.name): the app must die by SIGKILL")
                kills += 1

                for n in confirmed {
                    XCTAssertEqual(try count(db, flow.stored(n)), 1,
                                   "\(flow.name): entry \(n) was confirmed on screen but is missing (seed \(seed))")
                }
                checked += confirmed.count
                let integrity = try Spawn.run(["sqlite3", db, "PRAGMA integrity_check"])
                XCTAssertEqual(integrity.output.trimmingCharacters(in: .whitespacesAndNewlines), "ok",
                               "\(flow.name) after kill \(kills) (seed \(seed))")
            }
        }
        let check = try Spawn.run([binary, "check", "--db", db])
        XCTAssertEqual(check.status, 0, check.errorOutput)
        XCTAssertTrue(check.output.contains("Integritet: ok"), check.output)
        print("Kills survived: \(kills); confirmed entries checked after kills: \(checked) (seed \(seed))")
    }

    private func count(_ db: String, _ sql: String) throws -> Int {
        let result = try Spawn.run(["sqlite3", db, sql])
        XCTAssertEqual(result.status, 0, result.errorOutput)
        return Int(result.output.trimmingCharacters(in: .whitespacesAndNewlines)) ?? -1
    }
}

/// A small seeded generator, so a failing kill schedule can be replayed.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
