import Foundation
import TestSupport
import VardagDomain
@testable import VardagStore
import XCTest

/// Two writers on one PostgreSQL database that change the same row at the same time: the
/// server refuses one (a serialization failure), the writer runs its transaction again,
/// and both changes are kept; when the retry budget is spent, the refusal reaches the user
/// as the store's "busy" in words, not as a crash.
final class PostgresRetryTests: XCTestCase {
    /// Writer A reads a counter, writer B changes it and commits, then A writes its read
    /// value + 1: the server refuses A's first attempt, and A's second attempt (which
    /// reads B's value) is kept, so the counter went up by 2 and no update was lost.
    func testTwoWritersOnTheSameRowBothSucceedThroughTheRetry() throws {
        let database = try TemporaryPostgresDatabase()
        let a = try AppDatabase.open(server: database.conninfo, user: "a")
        let b = try AppDatabase.open(server: database.conninfo, user: "b")
        let before = try XCTUnwrap(Int(try database.psql("SELECT heavy_tung_percent FROM workload_settings")))

        let attemptsOfA = try Self.interleave(first: a, second: b)

        XCTAssertEqual(try attemptsOfA.get(), 2, "A ran once more after the server refused it")
        XCTAssertEqual(a.retriedWrites, 1)
        XCTAssertEqual(b.retriedWrites, 0)
        XCTAssertEqual(try database.psql("SELECT heavy_tung_percent FROM workload_settings"), String(before + 2))
    }

    /// With no time left for a retry, the same conflict ends A's write with the server's
    /// refusal, which the user reads as "the database is busy, nothing was saved"; B's
    /// change alone is kept.
    func testARefusalAfterTheBudgetIsTheStoresBusyError() throws {
        let database = try TemporaryPostgresDatabase()
        let connection = try AppDatabase.connect(database.conninfo)
        let impatient = PostgresStoreWriter(connection: connection, retryPolicy: WriteRetryPolicy(budget: 0))
        let a = AppDatabase(server: impatient, user: "a", now: { Date() })
        let b = try AppDatabase.open(server: database.conninfo, user: "b")
        let before = try XCTUnwrap(Int(try database.psql("SELECT heavy_tung_percent FROM workload_settings")))

        let outcome = try Self.interleave(first: a, second: b)

        XCTAssertThrowsError(try outcome.get()) { error in
            XCTAssertEqual(DatabaseRefusal(error), .busy, "\(error)")
        }
        XCTAssertEqual(a.retriedWrites, 0)
        XCTAssertEqual(try database.psql("SELECT heavy_tung_percent FROM workload_settings"), String(before + 1))
    }

    /// Two store instances each set 60 diary cells on the same person's days, each in its
    /// own category, from two threads: every write is kept (the days' 24-hour sums make
    /// them read what the other writes).
    func testTwoInstancesWritingOnePersonsDaysKeepEveryWrite() throws {
        let database = try TemporaryPostgresDatabase()
        let instances = [try AppDatabase.open(server: database.conninfo, user: "första"),
                         try AppDatabase.open(server: database.conninfo, user: "andra")]
        let kommun = try instances[0].addKommun(name: "Åsele")
        let enhet = try instances[0].addEnhet(kommunId: kommun.id, name: "Hemtjänst", omrade: .vardOchOmsorg)
        let team = try instances[0].addTeam(enhetId: enhet.id, name: "Grupp Ö")
        let person = try instances[0].addMedarbetare(teamId: team.id, name: "Åsa Öberg", title: "Undersköterska",
                                                     role: .medarbetare, startDate: try LocalDate(year: 2024, month: 1, day: 1))
        let today = try LocalDate(year: 2024, month: 6, day: 30)
        let categories: [TimeCategory] = [.direkt, .indirekt]
        let errors = LockedList()
        DispatchQueue.concurrentPerform(iterations: 2) { worker in
            for index in 0..<60 {
                let day = try! LocalDate(year: 2024, month: 3, day: 1).adding(days: index / 2)
                do {
                    try instances[worker].setDiaryMinutes(medarbetareId: person.id, day: day.iso, category: categories[worker],
                                                          minutes: String(10 + index), today: today)
                } catch {
                    errors.append("\(worker)-\(index): \(error)")
                }
            }
        }
        XCTAssertEqual(errors.values, [])
        XCTAssertEqual(try database.psql("SELECT count(*) FROM timediary_entry"), "60")
        XCTAssertEqual(try database.psql("SELECT count(*) FROM audit WHERE entity = 'timediary_entry'"), "120",
                       "an insert for each new cell and an update for each second write to it")
    }

    /// A reads the counter, waits while B changes it and commits, then writes its read
    /// value + 1 (on A's later attempts, without waiting).
    /// - Returns: how many attempts A's write took, or A's error.
    private static func interleave(first a: AppDatabase, second b: AppDatabase) throws -> Result<Int, any Error> {
        let aHasRead = DispatchSemaphore(value: 0)
        let bHasWritten = DispatchSemaphore(value: 0)
        let outcome = LockedResult()
        let thread = Thread {
            var attempts = 0
            outcome.set(Result {
                try a.writer.write { db in
                    attempts += 1
                    let value = try Int.fetchOne(db, sql: "SELECT heavy_tung_percent FROM workload_settings WHERE id = 1") ?? 0
                    if attempts == 1 {
                        aHasRead.signal()
                        bHasWritten.wait()
                    }
                    try db.execute(sql: "UPDATE workload_settings SET heavy_tung_percent = ? WHERE id = 1", arguments: [value + 1])
                }
                return attempts
            })
        }
        thread.start()
        XCTAssertEqual(aHasRead.wait(timeout: .now() + 10), .success)
        try b.writer.write { db in
            let value = try Int.fetchOne(db, sql: "SELECT heavy_tung_percent FROM workload_settings WHERE id = 1") ?? 0
            try db.execute(sql: "UPDATE workload_settings SET heavy_tung_percent = ? WHERE id = 1", arguments: [value + 1])
        }
        bHasWritten.signal()
        return try XCTUnwrap(outcome.wait(seconds: 20), "A's write did not end")
    }
}

/// The result of a write on another thread, handed over once.
private final class LockedResult: @unchecked Sendable {
    private let condition = NSCondition()
    private var value: Result<Int, any Error>?

    func set(_ result: Result<Int, any Error>) {
        condition.withLock {
            value = result
            condition.signal()
        }
    }

    func wait(seconds: Double) -> Result<Int, any Error>? {
        condition.withLock {
            let deadline = Date().addingTimeInterval(seconds)
            while value == nil, condition.wait(until: deadline) {}
            return value
        }
    }
}
