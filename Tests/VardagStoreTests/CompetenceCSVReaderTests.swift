import XCTest
@testable import VardagStore

/// The competence import's own CSV reader: the Swedish Excel format byte by byte.
final class CompetenceCSVReaderTests: XCTestCase {
    private func records(_ text: String) -> [CompetenceCSVReader.Record] {
        var reader = CompetenceCSVReader(bytes: Array(text.utf8))
        var result: [CompetenceCSVReader.Record] = []
        while let record = reader.next() { result.append(record) }
        return result
    }

    private func fields(_ text: String) -> [[String]] { records(text).map(\.fields) }

    func testSeparatorsAndLineEndings() {
        XCTAssertEqual(fields("a;b;c\r\nd;e;f\r\n"), [["a", "b", "c"], ["d", "e", "f"]])
        XCTAssertEqual(fields("a;b\nc;d"), [["a", "b"], ["c", "d"]], "LF, no break at the end")
        XCTAssertEqual(fields("a;b\rc;d\r"), [["a", "b"], ["c", "d"]], "lone CR as old Mac Excel writes")
        XCTAssertEqual(fields(";;\n"), [["", "", ""]])
        XCTAssertEqual(fields("a;\n"), [["a", ""]])
        XCTAssertEqual(fields("a,b;c\td\n"), [["a,b", "c\td"]], "only ; separates")
        XCTAssertEqual(fields(""), [])
    }

    func testEmptyLinesAreRecordsWithOneEmptyFieldAndLinesAreCounted() {
        let found = records("h1;h2\r\n\r\na;b\n\nc;d\n")
        XCTAssertEqual(found.map(\.fields), [["h1", "h2"], [""], ["a", "b"], [""], ["c", "d"]])
        XCTAssertEqual(found.map(\.line), [1, 2, 3, 4, 5])
    }

    func testQuotedFieldsWithSeparatorsDoubledQuotesAndLineBreaks() {
        XCTAssertEqual(fields("\"a;b\";\"sa \"\"hej\"\"\";\"\"\n"), [["a;b", "sa \"hej\"", ""]])
        let found = records("h\r\n\"rad ett\r\nrad två\ntre\";x\r\nnästa;y\r\n")
        XCTAssertEqual(found.map(\.fields), [["h"], ["rad ett\r\nrad två\ntre", "x"], ["nästa", "y"]])
        XCTAssertEqual(found.map(\.line), [1, 2, 5], "the record after a quoted line break starts on its real line")
        XCTAssertEqual(found.map(\.unclosedQuote), [false, false, false])
    }

    func testStrayQuotesAreKeptAsText() {
        XCTAssertEqual(fields("ab\"c;d\n"), [["ab\"c", "d"]])
        XCTAssertEqual(fields("\"ab\"c\";d\n"), [["ab\"c", "d"]])
        XCTAssertEqual(fields("\"x\"\"y\"z\";d\n"), [["x\"y\"z", "d"]])
    }

    func testAnUnclosedQuoteRunsToTheEndAndIsReported() {
        let found = records("h;i\n\"öppen;x\ny;z\n")
        XCTAssertEqual(found.count, 2)
        XCTAssertEqual(found[1].fields, ["öppen;x\ny;z\n"])
        XCTAssertEqual(found[1].line, 2)
        XCTAssertTrue(found[1].unclosedQuote)
    }

    func testMultiByteTextIsKeptWhole() {
        XCTAssertEqual(fields("Åsa Öberg;\"Vill gå på kurs – ”snart”\";€\n"), [["Åsa Öberg", "Vill gå på kurs – ”snart”", "€"]])
    }

    /// Against a simple reference reader on generated text: same records, same lines.
    func testAgreesWithAReferenceReaderOnGeneratedText() {
        var generator = SystemRandomNumberGenerator()
        let pieces = ["a", "Å", ";", "\"", "\"\"", "\n", "\r\n", "\r", " ", "x y", "”"]
        for _ in 0..<2_000 {
            let text = (0..<Int.random(in: 0...30, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            XCTAssertEqual(records(text).map(\.fields), Self.reference(text), "input \(text.debugDescription)")
        }
    }

    /// A character-by-character state machine with the same rules, written for clarity.
    private static func reference(_ text: String) -> [[String]] {
        let chars = Array(text.unicodeScalars)
        var result: [[String]] = []
        var i = 0
        while i < chars.count {
            var row: [String] = []
            while true {
                var field = String.UnicodeScalarView()
                if i < chars.count && chars[i] == "\"" {
                    i += 1
                    while i < chars.count {
                        if chars[i] == "\"" {
                            if i + 1 < chars.count && chars[i + 1] == "\"" { field.append("\""); i += 2; continue }
                            if i + 1 >= chars.count || [";", "\n", "\r"].contains(chars[i + 1]) { i += 1; break }
                        }
                        field.append(chars[i])
                        i += 1
                    }
                } else {
                    while i < chars.count && ![";", "\n", "\r"].contains(chars[i]) { field.append(chars[i]); i += 1 }
                }
                row.append(String(field))
                if i >= chars.count { break }
                let c = chars[i]
                i += 1
                if c == ";" { continue }
                if c == "\r" && i < chars.count && chars[i] == "\n" { i += 1 }
                break
            }
            result.append(row)
        }
        return result
    }
}
