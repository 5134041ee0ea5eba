import GRDB
import VardagDomain
import XCTest
@testable import VardagStore

/// `BulkStatement`: values bound straight through SQLite's C API, in order, and SQLite's
/// refusals reported as GRDB errors.
final class BulkStatementTests: XCTestCase {
    private func table() throws -> DatabaseQueue {
        let queue = try DatabaseQueue()
        try queue.write { db in
            try db.execute(sql: """
                CREATE TABLE t (n INTEGER, maybe INTEGER, flag INTEGER, text TEXT, day TEXT CHECK (date(day, '+0 days') IS day))
                """)
        }
        return queue
    }

    func testValuesAreStoredAsBoundAndTheStatementRunsAgain() throws {
        let queue = try table()
        try queue.write { db in
            var statement = try BulkStatement(GRDBConnection(db), sql: "INSERT INTO t VALUES (?, ?, ?, ?, ?), (?, ?, ?, ?, ?)")
            for round in 0..<2 {
                statement.bind(Int64(round))
                statement.bind(Int?.none)
                statement.bind(true)
                statement.bind("")
                statement.bind(try LocalDate.parse("2026-01-05"))
                statement.bind(Int(round) + 10)
                statement.bind(Int?.some(7))
                statement.bind(false)
                statement.bind("Åsa Öberg – ”vill”")
                statement.bind(try LocalDate.parse("0999-12-31"))
                try statement.run()
            }
        }
        let rows = try queue.read { db in
            try Row.fetchAll(db, sql: "SELECT n, maybe, flag, text, typeof(text), day FROM t ORDER BY rowid")
        }
        XCTAssertEqual(rows.count, 4)
        XCTAssertEqual(rows[0], ["n": 0, "maybe": nil, "flag": 1, "text": "", "typeof(text)": "text", "day": "2026-01-05"])
        XCTAssertEqual(rows[1], ["n": 10, "maybe": 7, "flag": 0, "text": "Åsa Öberg – ”vill”", "typeof(text)": "text", "day": "0999-12-31"])
        XCTAssertEqual(rows[3]["n"], 11)
    }

    func testARefusalIsADatabaseErrorAndRollsBackWithItsTransaction() throws {
        let queue = try table()
        XCTAssertThrowsError(try queue.write { db in
            var statement = try BulkStatement(GRDBConnection(db), sql: "INSERT INTO t (n, day) VALUES (?, ?)")
            statement.bind(1)
            statement.bind("2026-01-05")
            try statement.run()
            statement.bind(2)
            statement.bind("2026-02-30")
            try statement.run()
        }) { error in
            XCTAssertEqual((error as? DatabaseError)?.resultCode, .SQLITE_CONSTRAINT, "\(error)")
        }
        XCTAssertEqual(try queue.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM t") }, 0)
    }
}
