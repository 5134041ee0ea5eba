import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
@testable import ReportKit
import XCTest

/// The charts: round axes, gaps where a month has no value, bars only for known values.
final class ReportChartTests: XCTestCase {
    func testAxesEndOnRoundNumbers() {
        XCTAssertEqual(ReportChart.niceMaximum(0), 1)
        XCTAssertEqual(ReportChart.niceMaximum(0.073), 0.1)
        XCTAssertEqual(ReportChart.niceMaximum(412), 500)
        XCTAssertEqual(ReportChart.niceMaximum(180), 200)
        XCTAssertEqual(ReportChart.niceMaximum(2.1), 2.5)
        XCTAssertEqual(ReportChart.niceMaximum(1000), 1000)
    }

    func testCountsGetWholeStepsAndAScaleItsOwnTop() {
        func ticks(_ svg: String) -> [String] {
            svg.components(separatedBy: "text-anchor=\"end\" fill=\"#333333\">").dropFirst().map { String($0.prefix { $0 != "<" }) }
        }
        XCTAssertEqual(ticks(ReportChart.trend(title: "t", labels: [], values: [1, 2], format: { String($0) }, wholeNumbers: true)),
                       ["0.0", "1.0", "2.0"])
        XCTAssertEqual(ticks(ReportChart.trend(title: "t", labels: [], values: [3, 4], format: { String(Int($0)) }, maximum: 5, ticks: 5)),
                       ["0", "1", "2", "3", "4", "5"])
    }

    func testAMissingMonthBreaksTheLine() throws {
        let svg = ReportChart.trend(title: "t", labels: ["a", "b", "c", "d", "e"], values: [1, 2, nil, 3, 4], format: { "\($0)" })
        XCTAssertTrue(XMLParser(data: Data(svg.utf8)).parse())
        XCTAssertEqual(svg.components(separatedBy: "<polyline").count - 1, 2, "two runs: a–b and d–e")
        XCTAssertEqual(svg.components(separatedBy: "<circle").count - 1, 4, "a dot per known month")
        XCTAssertTrue(svg.contains("role=\"img\" aria-label=\"t\""))
    }

    func testASuppressedRowGetsItsWordsAndNoBar() {
        let svg = ReportChart.bars(title: "t", rows: [("A", 0.5, "50 %"), ("B", nil, "för få"), ("C", 0.25, "25 %")])
        XCTAssertEqual(svg.components(separatedBy: "<rect").count - 1, 2)
        XCTAssertTrue(svg.contains("font-style=\"italic\">för få</text>"))
        // Bars are to scale: a half and a quarter of a full bar (niceMaximum(0.5) = 0.5).
        let widths = svg.components(separatedBy: "<rect").dropFirst().compactMap { part -> Double? in
            guard let range = part.range(of: "width=\"") else { return nil }
            return Double(part[range.upperBound...].prefix { $0 != "\"" })
        }
        XCTAssertEqual(widths.count, 2)
        XCTAssertEqual(widths[0] / widths[1], 2, accuracy: 0.02)
    }

    func testASparklineWithOneValueDrawsNoLine() {
        XCTAssertFalse(ReportChart.sparkline(title: "t", values: [nil, 3, nil]).contains("<polyline"))
        XCTAssertTrue(ReportChart.sparkline(title: "t", values: [1, 3]).contains("<polyline points=\"2,14 58,2\""))
    }
}
