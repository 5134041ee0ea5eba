import Foundation
import XCTest
@testable import VardagStore

/// The streaming CSV and JSON encoders against the encoders they replace: the previous
/// whole-table `ExportEncoding.csv` (kept below verbatim as the oracle) and `JSONEncoder`
/// over the whole array.
final class CSVRowWriterTests: XCTestCase {
    /// The previous encoder, as it was before exports streamed: every row collected, one buffer.
    private static func previousCSV(header: [String]?, rows: [[String]]) -> Data {
        let quote = UInt8(ascii: "\""), semicolon = UInt8(ascii: ";")
        let carriageReturn = UInt8(ascii: "\r"), lineFeed = UInt8(ascii: "\n")
        var bytes: [UInt8] = [0xEF, 0xBB, 0xBF]
        var firstRow = true
        func append(_ row: [String]) {
            for (index, field) in row.enumerated() {
                if index > 0 {
                    bytes.append(semicolon)
                } else if firstRow {
                    firstRow = false
                } else {
                    bytes += [carriageReturn, lineFeed]
                }
                let utf8 = field.utf8
                if utf8.contains(where: { $0 == quote || $0 == semicolon || $0 == carriageReturn || $0 == lineFeed }) {
                    bytes.append(quote)
                    for byte in utf8 {
                        bytes.append(byte)
                        if byte == quote { bytes.append(quote) }
                    }
                    bytes.append(quote)
                } else {
                    bytes += utf8
                }
            }
        }
        if let header { append(header) }
        for row in rows { append(row.map(RegisterExport.neutralizeFormula)) }
        bytes += [carriageReturn, lineFeed]
        return Data(bytes)
    }

    /// Fields that each test one rule, and a few that test several.
    static let edgeFields = [
        "", "vanlig text", "Åsa Öberg-Ärlig", "å ä ö Å Ä Ö", "a;b", "\"citat\"", "sa \"hej\" då", "\"", "\"\"",
        ";", "rad1\nrad2", "rad1\r\nrad2", "\r", "\n", "slut\r", "=SUMMA(A1:A2)", "+46 8 123", "-5", "-", "@kalle",
        "\tflik", "\rCR först", "=\"a;b\"", "@\"x\"\n", "'redan", " =mellanslag först", "漢字", "e\u{301}", "👩‍⚕️",
        "x=1", "a+b", "5", "12345678901234567890", String(repeating: "lång;", count: 5000),
    ]

    func testEveryEdgeFieldIsWrittenAsThePreviousEncoderWroteIt() throws {
        for field in Self.edgeFields {
            let rows = [[field], [field, field], ["före", field, "efter"]]
            XCTAssertEqual(try ExportEncoding.csv(header: ["Rubrik", "=inte skyddad"], rows: rows),
                           Self.previousCSV(header: ["Rubrik", "=inte skyddad"], rows: rows), "field \(field.debugDescription)")
            XCTAssertEqual(try ExportEncoding.csv(header: nil, rows: rows), Self.previousCSV(header: nil, rows: rows),
                           "field \(field.debugDescription) without a header")
        }
    }

    func testTheRulesAsBytes() throws {
        let csv = String(decoding: try ExportEncoding.csv(header: ["A", "B"], rows: [
            ["=1+1", "a;b"], ["sa \"hej\"", "rad\nny"], ["-5", ""], ["@x", "\rCR"],
        ]), as: UTF8.self)
        XCTAssertEqual(csv, "\u{FEFF}A;B\r\n'=1+1;\"a;b\"\r\n\"sa \"\"hej\"\"\";\"rad\nny\"\r\n'-5;\r\n'@x;\"'\rCR\"\r\n")
    }

    func testEmptyTablesAndEmptyRows() throws {
        for (header, rows) in [(nil, []), (["A"], []), (nil, [[]]), (["A"], [[], ["x"], []]), (nil, [[""], [""]])] as [([String]?, [[String]])] {
            XCTAssertEqual(try ExportEncoding.csv(header: header, rows: rows), Self.previousCSV(header: header, rows: rows),
                           "\(String(describing: header)) \(rows)")
        }
    }

    func testNumbersAreWrittenAsTheirTextWas() throws {
        let numbers = [0, 1, 9, 10, 42, 100, -1, -42, Int.max, Int.min, 1_234_567]
        let streamed = try ExportWriter.collect { sink in
            var writer = try CSVRowWriter(into: sink)
            try writer.header(["N"])
            for number in numbers {
                try writer.field(number)
                try writer.emptyField()
                writer.endRow()
            }
            try writer.finish()
        }
        XCTAssertEqual(streamed, Self.previousCSV(header: ["N"], rows: numbers.map { [String($0), ""] }))
    }

    /// Rows far larger than the sink's buffer come out whole, a field cut by a flush included.
    func testAFileLargerThanTheBufferHasTheExactBytes() throws {
        let rows = (0..<20_000).map { i in ["rad \(i)", Self.edgeFields[i % Self.edgeFields.count], "å\(i)ä;ö"] }
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("csvrowwriter-\(getpid()).csv").path
        defer { unlink(path) }
        try ExportWriter.stream(to: path) { sink in
            var writer = try CSVRowWriter(into: sink)
            try writer.header(["A", "B", "C"])
            for row in rows { try writer.row(row) }
            try writer.finish()
        }
        let expected = Self.previousCSV(header: ["A", "B", "C"], rows: rows)
        XCTAssertGreaterThan(expected.count, ExportSink.capacity * 10)
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: path)), expected)
    }

    func testAFailedExportLeavesTheFileAsItWas() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("csvrowwriter-fail-\(getpid()).csv").path
        defer { unlink(path) }
        try Data("förut".utf8).write(to: URL(fileURLWithPath: path))
        struct Stop: Error {}
        XCTAssertThrowsError(try ExportWriter.stream(to: path) { sink in
            var writer = try CSVRowWriter(into: sink)
            for i in 0..<100_000 { try writer.row(["rad \(i)", "mer text som fyller bufferten"]) }
            throw Stop()
        })
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), "förut")
        let folder = (path as NSString).deletingLastPathComponent
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.contains("csvrowwriter-fail") && $0.contains("vardag-") }, [])
    }

    func testACharacterCutByTheBufferWaitsForTheNextOne() {
        let bytes = Array("aå漢👩".utf8)  // 1 + 2 + 3 + 4 bytes
        bytes.withUnsafeBufferPointer { buffer in
            let base = buffer.baseAddress!
            let whole = [0, 1, 3, 6, 10]
            for count in 0...bytes.count {
                XCTAssertEqual(ExportSink.wholeCharacters(base, count: count), whole.last { $0 <= count }, "\(count) bytes")
            }
        }
    }

    func testTheJSONArrayIsWhatTheEncoderWritesForTheWholeArray() throws {
        struct Nested: Codable { var namn: String; var lista: [Int]; var tom: [String]; var inre: [String: String]; var kanske: Int? }
        let values = [
            Nested(namn: "Åsa \"citat\" /snedstreck\nny rad\t\u{1B}", lista: [1, 2], tom: [], inre: ["b": "2", "a": "1"], kanske: nil),
            Nested(namn: "", lista: [], tom: [], inre: [:], kanske: 5),
        ]
        for count in 0...values.count {
            let slice = Array(values.prefix(count))
            let streamed = try ExportWriter.collect { sink in
                var writer = JSONArrayWriter(into: sink)
                for value in slice { try writer.append(value) }
                try writer.finish()
            }
            XCTAssertEqual(String(decoding: streamed, as: UTF8.self), String(decoding: try ExportEncoding.json(slice), as: UTF8.self))
        }
        let rows = (0..<3).map { i in
            WorkloadExportRow(kommun: "K\(i)", enhet: "E", team: "T", medarbetare: "M", period: "2026-W40", arende: "Ä-\(i)",
                              arendetyp: "insats", tid: i, svarighet: -i, falt: "lätt", beslut: "", beslutAv: "a/b", beslutTid: "")
        }
        let streamed = try ExportWriter.collect { sink in
            var writer = JSONArrayWriter(into: sink)
            for row in rows { try writer.append(row) }
            try writer.finish()
        }
        XCTAssertEqual(streamed, try ExportEncoding.json(rows))
    }
}
