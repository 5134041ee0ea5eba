import Foundation
import TestSupport
import VardagDomain
import XCTest

/// `vardag report namnd` against `vardag export staff` of the same 13 months: every figure
/// of the month's table is the one recomputed from the JSON export, and every cell the
/// export hides is hidden in the report too; the same page prints to PDF.
final class NamndReportTests: XCTestCase {
    /// One unit's (or the total's) cells in the report's staff table, as text.
    static func tableRows(_ html: String, caption: String) throws -> [String: [String]] {
        let start = try XCTUnwrap(html.range(of: "<caption>\(caption)</caption>"), "no table '\(caption)'")
        let end = try XCTUnwrap(html.range(of: "</table>", range: start.upperBound..<html.endIndex))
        let body = html[start.upperBound..<end.lowerBound]
        var rows: [String: [String]] = [:]
        for row in body.components(separatedBy: "<tr").dropFirst() where row.contains("<td") {
            let cells = row.components(separatedBy: "<td").dropFirst().map { cell -> String in
                let content = cell.drop { $0 != ">" }.dropFirst()
                let text = content.components(separatedBy: "</td>")[0]
                return text.contains("<svg") ? "svg" : text
            }
            rows[cells[0]] = Array(cells.dropFirst())
        }
        return rows
    }

    /// A share as the Swedish report writes it: one decimal, a comma, a no-break space and %.
    static func percent(_ share: Double) -> String {
        String(format: "%.1f", share * 100).replacingOccurrences(of: ".", with: ",") + "\u{00A0}%"
    }

    func testTheMonthsFiguresAreTheExportsAndHiddenCellsStayHidden() throws {
        let fixture = try DemoFixture()
        defer { try? FileManager.default.removeItem(at: fixture.work) }
        let month = StaffMonth(containing: VardagBinary.today).adding(months: -1)
        let from = month.adding(months: -12)
        var checkedHidden = 0, checkedShown = 0
        for kommun in ["Älvdala", "Åsbro", "Östervik"] {
            let export = try Spawn.run([fixture.binary, "export", "staff", "--kommun", kommun, "--from", from.description, "--to", month.description,
                                        "--format", "json", "--db", fixture.demo.path], timeout: 60)
            XCTAssertEqual(export.status, 0, export.errorOutput)
            let all = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(export.output.utf8)) as? [[String: Any]])
            let rows = all.filter { $0["manad"] as? String == month.description }
            XCTAssertFalse(rows.isEmpty, "\(kommun) has figures for \(month)")

            let report = try Spawn.run([fixture.binary, "report", "namnd", "--kommun", kommun, "--month", month.description,
                                        "--db", fixture.demo.path], timeout: 60)
            XCTAssertEqual(report.status, 0, report.errorOutput)
            let table = try Self.tableRows(report.output, caption: "Personal per enhet, \(NamndReportTests.monthName(month))")
            XCTAssertEqual(table.count, rows.count, "\(kommun): a row per unit and the total")
            for row in rows {
                let name = (row["niva"] as? String) == "enhet" ? try XCTUnwrap(row["enhet"] as? String) : "Alla"
                let cells = try XCTUnwrap(table[name], "\(kommun): no row for \(name)")
                XCTAssertEqual(cells[0], String(try XCTUnwrap(row["anstallda"] as? Int)), name)
                let fte = try XCTUnwrap(row["arsarbetare"] as? Double)
                XCTAssertEqual(cells[1], String(format: "%.2f", fte).replacingOccurrences(of: ".", with: ","), name)
                XCTAssertEqual(cells[6], String(try XCTUnwrap(row["vakanser"] as? Int)), name)
                XCTAssertEqual(cells[7], String(try XCTUnwrap(row["pagaendeRekryteringar"] as? Int)), name)
                let visibility = try XCTUnwrap(row["visning"] as? String)
                if visibility == "visas" {
                    checkedShown += 1
                    XCTAssertEqual(cells[2], String(try XCTUnwrap(row["nyanstallda"] as? Int)), name)
                    let leavers = ["slutatEgenBegaran", "slutatPension", "slutatVisstid", "slutatAnnat"].map { row[$0] as? Int ?? -1 }.reduce(0, +)
                    XCTAssertEqual(cells[3], String(leavers), name)
                    // Recomputed from the hours and counts behind the shares, not copied from them.
                    let hours = try XCTUnwrap(row["sjuktimmarKort"] as? Double) + (try XCTUnwrap(row["sjuktimmarLang"] as? Double))
                    let scheduled = try XCTUnwrap(row["schemalagdaTimmar"] as? Double)
                    XCTAssertEqual(cells[4], Self.percent(hours / scheduled), name)
                    let months = try XCTUnwrap(row["omsattningManader"] as? Int)
                    let average = try XCTUnwrap(row["omsattningMedelAnstallda"] as? Double)
                    let turnover = Double(try XCTUnwrap(row["omsattningSlutat"] as? Int)) / average * 12 / Double(months)
                    XCTAssertEqual(cells[5], months >= 9 ? Self.percent(turnover) : "saknas", name)
                } else {
                    checkedHidden += 1
                    let words = visibility == "för få" ? "för få" : "dold"
                    XCTAssertEqual(Array(cells[2...5]), Array(repeating: words, count: 4), "\(kommun) \(name) is hidden in both")
                    XCTAssertNil(row["sjukfranvaro"] as? Double)
                }
            }
        }
        XCTAssertGreaterThan(checkedHidden, 0, "the demo has hidden units")
        XCTAssertGreaterThan(checkedShown, 0, "and shown ones")
    }

    func testTheReportPrintsToPDFWithItsFigures() throws {
        let fixture = try DemoFixture()
        defer { try? FileManager.default.removeItem(at: fixture.work) }
        let pdf = fixture.work.appendingPathComponent("namnd.pdf")
        let printed = try Spawn.run([fixture.binary, "report", "namnd", "--kommun", "Älvdala", "--format", "pdf", "--output", pdf.path,
                                     "--db", fixture.demo.path], timeout: 120)
        if printed.status == 69, ProcessInfo.processInfo.environment["CI"] != "true" {
            throw XCTSkip("no Chromium installed: \(printed.errorOutput)")
        }
        XCTAssertEqual(printed.status, 0, printed.errorOutput)
        let text = try Spawn.run(["/usr/bin/pdftotext", "-layout", pdf.path, "-"], timeout: 60).output
        let month = StaffMonth(containing: VardagBinary.today).adding(months: -1)
        XCTAssertTrue(text.contains("Personal och verksamhet i Älvdala"), text)
        XCTAssertTrue(text.contains("Nämndrapport, \(Self.monthName(month))"), text)
        XCTAssertTrue(text.contains("för få"), "the demo's small units are hidden on paper too")
        XCTAssertTrue(try Spawn.run(["/usr/bin/pdfinfo", pdf.path], timeout: 60).output.contains("(A4)"))
        if let logs = ProcessInfo.processInfo.environment["VARDAG_TEST_LOGS"] {
            _ = try Spawn.run(["/usr/bin/pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", pdf.path, "\(logs)/namnd-sida1"],
                              timeout: 60)
        }
    }

    /// "oktober 2026".
    static func monthName(_ month: StaffMonth) -> String {
        let names = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"]
        return "\(names[month.month - 1]) \(month.year)"
    }
}
