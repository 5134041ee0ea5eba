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
    /// How one tool's data is entered.
    struct Flow: Sendable {
        /// The tool, for messages.
        var name: String
        /// How many kill cycles this flow gets.
        var kills: Int
        /// Key batches from the main menu to the screen where records are entered, each
        /// with the text to wait for after it.
        var open: [(keys: [String], ready: String)]
        /// Keys that enter record `n`, the text on screen that confirms it was stored, and a
        /// text its audit row's after-values must contain (nil when nothing typed is stored).
        var enter: @Sendable (_ n: Int) -> (keys: [String], confirmed: String, marker: String?)
    }

    /// A write seen confirmed: its audit row (every write has one, in the same transaction)
    /// and the record it names, found by rowid (some tables key on `medarbetare_id`).
    struct ConfirmedWrite: Hashable {
        var auditId: Int
        var entity: String
        var entityId: Int
    }

    static let flows: [Flow] = [
        Flow(
            name: "register", kills: 12,
            open: [(["5"], "Sorterat på namn")],
            enter: { n in (["a", "Kill \(n)", "Tab", "T", "Enter"], "Sparat: Kill \(n)", "Kill \(n)") }),
        Flow(
            name: "dialogue", kills: 10,
            open: [(["2"], "Slingor │ Vägledare"), (["Down", "Enter"], "Slinga i")],
            enter: { n in
                (["f", "Down", "Down", "Fråga \(n) om kvällarna", "Enter"], "Stafettfrågan är sparad.", "Fråga \(n) om kvällarna")
            }),
        Flow(
            name: "shadowing", kills: 10,
            open: [(["3"], "loggade")],
            // Open the form, add a task, Enter on the empty search goes on to Lärdomar, Enter there saves.
            enter: { n in (Array(repeating: "Down", count: n % 5) + ["Enter", "tvä", "Enter", "Enter", "Enter"], "Sparat:", nil) }),
        Flow(
            name: "workload", kills: 10,
            open: [(["1"], "Fyrfältaren"), (["Enter"], "Översikt:"), (["Enter"], "Fyrfält:")],
            enter: { n in
                (["a", "Ärende 7\(n)", "Tab", "Tab", "2", "Tab", "3", "Enter"], "Ärende 7\(n) sparat.", "Ärende 7\(n)")
            }),
        Flow(
            name: "competence", kills: 10,
            open: [(["4"], "Klara per kolumn")],
            enter: { n in
                (Array(repeating: "Down", count: n % 2) + ["m"] + Array(repeating: "Tab", count: 6) + [" Kurs \(n)", "Enter"],
                 "kartläggningen sparad.", "Kurs \(n)")
            }),
    ]

    func testConfirmedEntriesSurviveSIGKILL() throws {
        let binary = try VardagBinary.path()
        let work = try TmuxSession.makeDirectory()
        defer { try? FileManager.default.removeItem(at: work) }
        let db = work.appendingPathComponent("kill.sqlite").path
        XCTAssertEqual(try Spawn.run([binary, "demo", "--db", db], timeout: 120).status, 0)
        let seed = ProcessInfo.processInfo.environment["VARDAG_KILL_SEED"].flatMap(UInt64.init) ?? 20_261_123
        var random = SplitMix64(seed: seed)

        var kills: [String: Int] = [:]
        var confirmed: [ConfirmedWrite] = []
        var checks = 0
        var record = 0
        for flow in Self.flows {
            for _ in 0..<flow.kills {
                let session = try TmuxSession(command: "'\(binary)' --db '\(db)'", width: 100, height: 30)
                defer { session.close() }
                try session.waitFor(text: "Välj verktyg")
                for step in flow.open {
                    try session.tmux(["send-keys", "-t", session.name] + step.keys)
                    try session.waitFor(text: step.ready)
                }

                record += 1
                let first = flow.enter(record)
                let lastAudit = try query(db, "SELECT coalesce(max(id), 0) FROM audit")
                try session.tmux(["send-keys", "-t", session.name] + first.keys)
                try session.waitFor(text: first.confirmed, timeout: 15)
                let written = try query(db, """
                    SELECT id || '|' || entity || '|' || entity_id || '|' || coalesce(after_json, '')
                    FROM audit WHERE id > \(lastAudit) ORDER BY id
                    """).split(separator: "\n").map(String.init)
                XCTAssertFalse(written.isEmpty, "\(flow.name): confirmed on screen but no audit row")
                if let marker = first.marker {
                    XCTAssertTrue(written.contains { $0.contains(marker) }, "\(flow.name): \(written)")
                }
                for line in written {
                    let fields = line.split(separator: "|", maxSplits: 3, omittingEmptySubsequences: false).map(String.init)
                    confirmed.append(ConfirmedWrite(auditId: Int(fields[0]) ?? -1, entity: fields[1], entityId: Int(fields[2]) ?? -1))
                }

                // The next entry is under way when the kill comes.
                record += 1
                let delay = useconds_t(random.next() % 151) * 1_000
                try session.tmux(["send-keys", "-t", session.name] + flow.enter(record).keys)
                // Not a wait for the screen: the random delay is what is tested, a kill at
                // any moment of the write that the keys start.
                usleep(delay)
                let pid = try session.processID(named: "vardag")
                XCTAssertEqual(kill(pid, SIGKILL), 0)
                XCTAssertEqual(try session.waitForExit(), 128 + SIGKILL, "\(flow.name): the app must die by SIGKILL")
                kills[flow.name, default: 0] += 1

                // Every write confirmed so far: its audit row and its record are there.
                let auditIds = confirmed.map { String($0.auditId) }.joined(separator: ",")
                XCTAssertEqual(try query(db, "SELECT count(*) FROM audit WHERE id IN (\(auditIds))"), "\(confirmed.count)",
                               "\(flow.name): a confirmed write was lost (seed \(seed))")
                for (entity, writes) in Dictionary(grouping: confirmed, by: \.entity) {
                    let ids = Set(writes.map(\.entityId))
                    XCTAssertEqual(
                        try query(db, "SELECT count(*) FROM \(entity) WHERE rowid IN (\(ids.map(String.init).joined(separator: ",")))"),
                        "\(ids.count)", "\(flow.name): a confirmed \(entity) record was lost (seed \(seed))")
                }
                checks += confirmed.count
                XCTAssertEqual(try query(db, "PRAGMA integrity_check"), "ok", "\(flow.name) after a kill (seed \(seed))")
            }
        }
        let check = try Spawn.run([binary, "check", "--db", db])
        XCTAssertEqual(check.status, 0, check.errorOutput)
        XCTAssertTrue(check.output.contains("Integritet: ok"), check.output)
        let total = kills.values.reduce(0, +)
        XCTAssertGreaterThanOrEqual(total, 50)
        print("Kills survived: \(total) (\(kills.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", "))); "
              + "confirmed writes: \(confirmed.count), checked \(checks) times after kills (seed \(seed))")
    }

    private func query(_ db: String, _ sql: String) throws -> String {
        let result = try Spawn.run(["sqlite3", db, sql])
        XCTAssertEqual(result.status, 0, result.errorOutput)
        return result.output.trimmingCharacters(in: .whitespacesAndNewlines)
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
