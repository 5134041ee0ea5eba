import TestSupport
import VardagDomain
@testable import VardagStore
import XCTest

/// COPY text rows: the bytes the encoder writes, and the real server reading hostile text
/// back exactly as it was (tabs, line breaks, backslashes, an end-of-data line, å ä ö, emoji).
final class PostgresCopyTextTests: XCTestCase {
    /// Texts that break a naive COPY row: each of the four escaped bytes, the end marker
    /// `\.` alone on a line, what reads as NULL, Swedish letters and emoji (also joined ones).
    private let hostile = [
        "", "a\tb", "rad 1\nrad 2", "cr\rlf\r\n", "C:\\temp\\ny", "\\", "\\.", "före\n\\.\nefter", "\\N", "N",
        "tab\\tnot a tab", "Åsa Öberg äter ärtsoppa", "🙂 👩‍⚕️ 🇸🇪", "a\u{0301}", "\"citat\";semikolon", " mellanslag ",
        "\u{7F}\u{85}\u{2028}", String(repeating: "ö\\\t", count: 300),
    ]

    private func text(_ body: (inout PostgresCopyText) -> Void) -> String {
        var copy = PostgresCopyText()
        body(&copy)
        return String(decoding: copy.bytes, as: UTF8.self)
    }

    func testValuesAreSeparatedByTabsAndRowsEndWithANewline() {
        let row = text {
            $0.append(Int64(42))
            $0.append(-7)
            $0.append(Int64.min)
            $0.append(Int?.none)
            $0.append("Åsa")
            $0.append(String?.none)
            $0.append(true)
            $0.append(false)
            $0.append(try! LocalDate.parse("2026-02-28"))
            $0.endRow()
            $0.append(0)
            $0.endRow()
        }
        XCTAssertEqual(row, "42\t-7\t-9223372036854775808\t\\N\tÅsa\t\\N\t1\t0\t2026-02-28\n0\n")
    }

    func testTheFourSpecialBytesAreEscapedAndEverythingElseIsKept() {
        XCTAssertEqual(text { $0.append("a\tb\nc\rd\\e"); $0.endRow() }, "a\\tb\\nc\\rd\\\\e\n")
        // The end marker cannot begin a line: its backslash is doubled, its line break escaped.
        XCTAssertEqual(text { $0.append("före\n\\.\nefter"); $0.endRow() }, "före\\n\\\\.\\nefter\n")
        // The text "\N" is not NULL.
        XCTAssertEqual(text { $0.append("\\N"); $0.appendNull(); $0.endRow() }, "\\\\N\t\\N\n")
        for plain in ["Åsa Öberg äter ärtsoppa", "🙂 👩‍⚕️ 🇸🇪", "\"citat\";semikolon", "\u{7F}\u{85}\u{2028}"] {
            XCTAssertEqual(text { $0.append(plain) }, plain, "UTF-8 goes as it is")
        }
        XCTAssertEqual(text { $0.append("a\0b") }, "a\\000b", "NUL is an escape the server refuses, never a cut")
    }

    func testHostileTextSurvivesTheServerByteForByte() throws {
        let database = try TemporaryPostgresDatabase()
        let connection = try PostgresConnection(conninfo: database.conninfo)
        try connection.execute(script: "CREATE TABLE copied (id BIGINT PRIMARY KEY, value TEXT COLLATE \"C\", number BIGINT)")
        var copy = PostgresCopyText()
        for (index, value) in hostile.enumerated() {
            copy.append(index)
            copy.append(value)
            copy.append(index == 0 ? nil : -index)
            copy.endRow()
        }
        copy.append(hostile.count)
        copy.appendNull()
        copy.appendNull()
        copy.endRow()
        XCTAssertEqual(try connection.copyIn(sql: "COPY copied (id, value, number) FROM STDIN", data: copy.bytes), hostile.count + 1)

        let result = try connection.execute(sql: "SELECT value, number FROM copied ORDER BY id", arguments: [])
        let rows = (0..<result.rowCount).map { result.row($0) }
        XCTAssertEqual(rows.count, hostile.count + 1)
        for (index, value) in hostile.enumerated() {
            let stored: String = rows[index][0]
            XCTAssertEqual(Array(stored.utf8), Array(value.utf8), "row \(index)")
            XCTAssertEqual(rows[index][1] as Int?, index == 0 ? nil : -index)
        }
        XCTAssertNil(rows[hostile.count][0] as String?, "\\N is NULL")
        // The same bytes as psql reads them, not only as this connection does.
        XCTAssertEqual(try database.psql("SELECT count(*) FROM copied WHERE value = E'före\\n\\\\.\\nefter' OR value = E'a\\tb'"), "2")
    }

    func testTheServerRefusesABadRowAndTheConnectionGoesOn() throws {
        let database = try TemporaryPostgresDatabase()
        let connection = try PostgresConnection(conninfo: database.conninfo)
        try connection.execute(script: "CREATE TABLE copied (id BIGINT PRIMARY KEY, value TEXT)")
        for bad in ["a\0b", "ok"] {
            var copy = PostgresCopyText()
            copy.append(1)
            copy.append(bad)
            copy.endRow()
            if bad == "ok" { copy.append(1); copy.append("twice"); copy.endRow() }
            XCTAssertThrowsError(try connection.copyIn(sql: "COPY copied (id, value) FROM STDIN", data: copy.bytes)) {
                XCTAssertNotNil($0 as? PostgresError, "\($0)")
            }
        }
        XCTAssertEqual(try connection.execute(sql: "SELECT count(*) FROM copied", arguments: []).row(0)[0] as Int, 0)
    }
}
