import Foundation
import TestSupport
import XCTest
@testable import VardagStore

/// `StoreRow.stream` on the backend under test: every row once, in order, whatever the
/// batch (on PostgreSQL a server-side cursor read `batch` rows at a time; on SQLite the statement stepped).
final class StreamedReadTests: XCTestCase {
    private static let numbers = """
        WITH RECURSIVE n(i) AS (SELECT CAST(1 AS INTEGER) UNION ALL SELECT i + 1 FROM n WHERE i < CAST(? AS INTEGER))
        SELECT i, 'rad ' || CAST(i AS TEXT) AS text FROM n WHERE i <= CAST(? AS INTEGER) ORDER BY i
        """

    func testEveryRowArrivesOnceInOrderWhateverTheBatch() throws {
        let temp = try TemporaryDatabase()
        defer { temp.remove() }
        let store = try temp.open()
        for (count, batch) in [(10, 3), (10, 5), (10, 10), (10, 1000), (0, 3), (1, 1), (2_500, 1000)] {
            var seen: [Int] = []
            try store.writer.read { db in
                try StoreRow.stream(db, sql: Self.numbers, arguments: [max(count, 1), count], batch: batch) { row in
                    let number: Int = row[0]
                    let text: String = row["text"]
                    XCTAssertEqual(text, "rad \(number)")
                    seen.append(number)
                }
                // The cursor is closed: a second stream in the same read starts afresh.
                var again = 0
                try StoreRow.stream(db, sql: Self.numbers, arguments: [max(count, 1), count], batch: batch) { _ in again += 1 }
                XCTAssertEqual(again, count)
            }
            XCTAssertEqual(seen, Array(stride(from: 1, through: count, by: 1)), "\(count) rows in batches of \(batch)")
        }
    }

    func testAStreamStoppedByItsBodyLeavesTheStoreUsable() throws {
        let temp = try TemporaryDatabase()
        defer { temp.remove() }
        let store = try temp.open()
        struct Stop: Error {}
        XCTAssertThrowsError(try store.writer.read { db in
            try StoreRow.stream(db, sql: Self.numbers, arguments: [50, 50], batch: 7) { row in
                if (row[0] as Int) == 20 { throw Stop() }
            }
        }) { XCTAssertTrue($0 is Stop) }
        var count = 0
        try store.writer.read { db in
            try StoreRow.stream(db, sql: Self.numbers, arguments: [50, 50], batch: 7) { _ in count += 1 }
        }
        XCTAssertEqual(count, 50)
    }
}
