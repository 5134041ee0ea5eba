import Foundation
import TestSupport
import XCTest

/// The refusals of `import competence` on stderr, through the real binary: one `rad N:`
/// per line, at most 100 such lines and then a count of the rest, and a value from the
/// file never echoed whole (cut to 40 characters with "…"), so a 10 MB cell or a file of
/// thousands of bad rows costs a screenful, not megabytes.
final class ImportErrorLinesTests: XCTestCase {
    private var binary = ""
    private var work = URL(fileURLWithPath: "/tmp")
    private var db = ""
    /// The demo's mapping export: a header line and rows the import takes as they are.
    private var header = ""
    private var rows: [[String]] = []

    override func setUpWithError() throws {
        binary = try VardagBinary.path()
        work = try TmuxSession.makeDirectory()
        db = work.appendingPathComponent("demo.sqlite").path
        XCTAssertEqual(try Spawn.run([binary, "demo", "--db", db], timeout: 120).status, 0)
        let exported = try Spawn.run([binary, "export", "competence", "--db", db])
        XCTAssertEqual(exported.status, 0, exported.errorOutput)
        var lines = exported.output.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        header = lines.removeFirst()
        rows = lines.map { $0.components(separatedBy: ";") }
        XCTAssertEqual(header.components(separatedBy: ";")[5], "Titel")
    }

    override func tearDown() {
        try? FileManager.default.removeItem(at: work)
    }

    func testATenMegabyteCellIsCutNotEchoed() throws {
        var row = rows[0]
        row[4] = String(repeating: "Å", count: 10_000_000)
        let file = try write([row], name: "stor.csv")
        let started = Date()
        let result = try Spawn.run([binary, "import", "competence", file, "--db", db, "--dry-run"], timeout: 120)
        let seconds = Date().timeIntervalSince(started)
        XCTAssertEqual(result.status, 65, result.errorOutput)
        XCTAssertLessThan(result.errorOutput.utf8.count, 1_000, "the name is not printed back")
        let lines = result.errorOutput.split(separator: "\n")
        XCTAssertEqual(lines.count, 2, result.errorOutput)
        XCTAssertTrue(lines[0].hasPrefix("vardag: \(file): rad 2: "), result.errorOutput)
        XCTAssertTrue(lines[0].contains("”" + String(repeating: "Å", count: 39) + "…”"), result.errorOutput)
        XCTAssertLessThan(seconds, 60)
    }

    func testThousandsOfBadRowsShowAHundredLinesAndACount() throws {
        let bad = (0..<2_445).map { index -> [String] in
            var row = rows[index % rows.count]
            row[5] = "Okänd titel nummer \(index) som är mycket längre än fyrtio tecken"
            return row
        }
        let file = try write(bad, name: "många.csv")
        for (language, line, more) in [("sv", "rad", "… och"), ("en", "line", "… and")] {
            let result = try Spawn.run([binary, "import", "competence", file, "--db", db, "--lang", language], timeout: 120)
            XCTAssertEqual(result.status, 65)
            let lines = result.errorOutput.split(separator: "\n").map(String.init)
            XCTAssertEqual(lines.count, 102, "100 problems, the count of the rest, the summary")
            for problem in lines.prefix(100) {
                XCTAssertTrue(problem.hasPrefix("vardag: \(file): \(line) "), problem)
                XCTAssertEqual(problem.components(separatedBy: ": \(line) ").count, 2, "one '\(line) N:' per line: \(problem)")
                XCTAssertLessThan(problem.count, 200, problem)
            }
            XCTAssertTrue(lines[0].contains("Okänd titel nummer 0 som är mycket läng…"), lines[0])
            let total = try XCTUnwrap(Int(lines[101].filter(\.isNumber)))
            XCTAssertGreaterThanOrEqual(total, 2_445)
            XCTAssertTrue(lines[100].hasPrefix("vardag: \(more) \(total - 100) "), lines[100])
        }
    }

    /// Writes rows under the export's header as the import reads them.
    private func write(_ rows: [[String]], name: String) throws -> String {
        let text = ([header] + rows.map { $0.joined(separator: ";") }).joined(separator: "\r\n") + "\r\n"
        let url = work.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }
}
