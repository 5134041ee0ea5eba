import Foundation
import TestSupport
import XCTest
#if canImport(Glibc)
import Glibc
#endif

/// SIGKILL in the middle of `vardag purge --yes`: the purge is one transaction, so after
/// the kill the database is either exactly as before (every rating, every audit row with
/// its values, no purge row) or completely purged, and it passes `PRAGMA integrity_check`.
final class PurgeKillEndToEndTests: XCTestCase {
    func testAKilledPurgeLeavesAllOrNothing() throws {
        let binary = try VardagBinary.path()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("purge-kill-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let original = folder.appendingPathComponent("demo.sqlite").path
        XCTAssertEqual(try Spawn.run([binary, "demo", "--db", original], timeout: 120).status, 0)
        // Keep the audit, so a half-done purge would show as blanked values beside kept rows.
        XCTAssertEqual(try Spawn.run([binary, "purge", "--db", original, "--set-retention", "audit=20y"]).status, 0)
        let ratings = try query(original, "SELECT count(*) FROM workload_rating")
        let auditRows = try query(original, "SELECT count(*) FROM audit")
        XCTAssertNotEqual(ratings, "0")
        let environment = ProcessInfo.processInfo.environment.merging(["VARDAG_TEST_TODAY": "2040-01-01"]) { $1 }
        let seed = ProcessInfo.processInfo.environment["VARDAG_KILL_SEED"].flatMap(UInt64.init) ?? 20_261_204
        var random = SplitMix64(seed: seed)

        var outcomes: [String: Int] = [:]
        for cycle in 0..<12 {
            let db = folder.appendingPathComponent("kill-\(cycle).sqlite").path
            try FileManager.default.copyItem(atPath: original, toPath: db)
            let process = Process()
            process.executableURL = URL(fileURLWithPath: binary)
            process.arguments = ["purge", "--db", db, "--yes"]
            process.environment = environment
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            // Not a wait for a result: the random delay is what is tested, a kill at any
            // moment of the purge (before, during or after its one transaction).
            usleep(useconds_t(20_000 + random.next() % 180_000))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()

            XCTAssertEqual(try query(db, "PRAGMA integrity_check"), "ok", "cycle \(cycle) (seed \(seed))")
            let purgeRows = try query(db, "SELECT count(*) FROM audit WHERE action = 'purge'")
            let blanked = try query(db, "SELECT count(*) FROM audit WHERE after_json LIKE '%(gallrad)%' OR before_json LIKE '%(gallrad)%'")
            let left = try query(db, "SELECT count(*) FROM workload_rating")
            if purgeRows == "0" {
                XCTAssertEqual([left, blanked, try query(db, "SELECT count(*) FROM audit")], [ratings, "0", auditRows],
                               "cycle \(cycle): killed before the commit, so nothing may have changed (seed \(seed))")
                outcomes["untouched", default: 0] += 1
            } else {
                XCTAssertEqual(purgeRows, "6", "cycle \(cycle)")
                XCTAssertEqual(left, "0", "cycle \(cycle): committed, so every old rating is gone (seed \(seed))")
                XCTAssertNotEqual(blanked, "0", "cycle \(cycle)")
                outcomes["purged", default: 0] += 1
            }
        }
        print("Killed purges: \(outcomes.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")) (seed \(seed))")
    }

    private func query(_ db: String, _ sql: String) throws -> String {
        let result = try Spawn.run(["sqlite3", db, sql])
        XCTAssertEqual(result.status, 0, result.errorOutput)
        return result.output.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
