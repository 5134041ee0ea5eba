import Foundation
import TestSupport
import XCTest

/// `vardag-bench concurrency` on a real demo database, on each backend: many processes
/// write at once, no write fails and every write is in the database afterwards, counted
/// here with the database's own client rather than the benchmark's check.
///
/// Smaller than the README's 20 × 200 so the debug build stays within seconds: 20 × 50 on
/// PostgreSQL, 4 × 40 on SQLite (one writer at a time, the others wait their turn).
final class ConcurrencyBenchTests: XCTestCase {
    func testTwentyProcessesWriteIntoPostgreSQLAndEveryWriteIsKept() throws {
        let server = try TemporaryPostgresDatabase()
        let binary = try VardagBinary.path()
        let made = try Spawn.run([binary, "demo", "--db", server.conninfo], timeout: 120)
        XCTAssertEqual(made.status, 0, made.errorOutput)
        let before = try Self.counts { try server.psql($0) }

        try Self.runBench(db: server.conninfo, processes: 20, writes: 50)

        XCTAssertEqual(try Self.counts { try server.psql($0) }, Self.expected(before, processes: 20, writes: 50))
    }

    func testFourProcessesWriteIntoSQLiteAndEveryWriteIsKept() throws {
        let work = try TmuxSession.makeDirectory()
        defer { try? FileManager.default.removeItem(at: work) }
        let file = work.appendingPathComponent("demo.sqlite").path
        let made = try Spawn.run([try VardagBinary.path(), "demo", "--db", file], timeout: 120)
        XCTAssertEqual(made.status, 0, made.errorOutput)
        let sqlite: (String) throws -> String = { sql in
            try Spawn.run(["sqlite3", file, sql]).output.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        let before = try Self.counts(sqlite)

        try Self.runBench(db: file, processes: 4, writes: 40)

        XCTAssertEqual(try Self.counts(sqlite), Self.expected(before, processes: 4, writes: 40))
        XCTAssertEqual(try sqlite("PRAGMA integrity_check"), "ok")
    }

    /// Runs the benchmark and checks its exit status and its figures' lines.
    private static func runBench(db: String, processes: Int, writes: Int) throws {
        let result = try Spawn.run([try VardagBinary.benchPath(), "concurrency", "--db", db,
                                    "--processes", String(processes), "--writes", String(writes)], timeout: 120)
        XCTAssertEqual(result.status, 0, "\(result.output)\n\(result.errorOutput)")
        XCTAssertEqual(result.errorOutput, "")
        let lines = result.output.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.count, 4, result.output)
        XCTAssertTrue(lines.first?.hasPrefix("Vardag bench concurrency (") == true, result.output)
        XCTAssertTrue(result.output.contains("\(processes) processer × \(writes) skrivningar = \(processes * writes) på "), result.output)
        XCTAssertTrue(result.output.contains("Fel: 0, saknade skrivningar: 0, omförsök: "), result.output)
        XCTAssertTrue(result.output.contains("Tid per skrivning: p50 "), result.output)
    }

    /// The rows the four kinds of write leave: cases with a rating, diary cells, logged
    /// days, meetings (in that order).
    private static func counts(_ query: (String) throws -> String) throws -> [Int] {
        try [
            "SELECT count(*) FROM workload_case c JOIN workload_rating r ON r.case_id = c.id WHERE c.reference LIKE 'Bänk %'",
            "SELECT count(*) FROM timediary_entry WHERE day <= '2020-12-31'",
            "SELECT count(*) FROM shadowing_entry WHERE lessons LIKE 'Bänk %'",
            "SELECT count(*) FROM dialogue_meeting m JOIN dialogue_loop l ON l.id = m.loop_id WHERE l.theme LIKE 'Bänk %'",
        ].map { Int(try query($0)) ?? -1 }
    }

    /// `before` and the writes of each kind: worker `w`'s write `j` is of kind `(w + j) % 4`.
    private static func expected(_ before: [Int], processes: Int, writes: Int) -> [Int] {
        (0..<4).map { kind in
            before[kind] + (0..<processes).reduce(0) { sum, w in sum + (0..<writes).filter { (w + $0) % 4 == kind }.count }
        }
    }
}
