import TerminalKit
import TestSupport
import XCTest

/// Sparkline and bar chart output.
final class ChartTests: XCTestCase {
    func testSparklineMapsValuesToBlocksAndNilToSpace() {
        let line = Sparkline(values: [0, 1, 2, 3, 4, 5, 6, 7, nil, 7])
        XCTAssertEqual(line.text(width: 20), "▁▂▃▄▅▆▇█ █")
        let buffer = renderBuffer(width: 12, height: 1) { line.render(into: &$0, area: Rect(x: 1, y: 0, width: 5, height: 1)) }
        assertLines(buffer.lines, [" ▆▇█ █"], "the most recent values are shown")
    }

    func testSparklineWithFixedMax() {
        XCTAssertEqual(Sparkline(values: [14, 7, 0, nil, 28], max: 14).text(width: 10), "█▅▁ █")
        XCTAssertEqual(Sparkline(values: [0, 0]).text(width: 5), "▁▁", "all zero is flat, not an error")
    }

    func testBarChartDrawsFullBlocksAndEighthRemainder() {
        let chart = BarChart(bars: [
            Bar(label: "Anna", value: 4.5, valueText: "4,5"),
            Bar(label: "Bo", value: 8, valueText: "8"),
            Bar(label: "Cia", value: 0, valueText: "0"),
            Bar(label: "Dan", value: 0.25, valueText: "¼"),
        ], max: 8)
        let buffer = renderBuffer(width: 17, height: 4) { chart.render(into: &$0, area: $0.area) }
        assertLines(buffer.lines, [
            "Anna ████▌ 4,5",
            "Bo   ████████ 8",
            "Cia   0",
            "Dan  ▎ ¼",
        ])
    }

    func testBarTextRounding() {
        XCTAssertEqual(BarChart.barText(value: 1, max: 8, width: 1), "▏")
        XCTAssertEqual(BarChart.barText(value: 7, max: 8, width: 1), "▉")
        XCTAssertEqual(BarChart.barText(value: 20, max: 8, width: 3), "███", "capped at max")
        XCTAssertEqual(BarChart.barText(value: 3, max: 0, width: 3), "")
    }

    func testStackedBarSplitsTheWidthByLargestRemainderAndKeepsSmallParts() {
        func bar(_ values: [Int]) -> StackedBar {
            StackedBar(segments: zip(values, ["█", "▓", "▒", "░", "·"]).map { StackedBar.Segment(value: $0, glyph: $1) })
        }
        XCTAssertEqual(bar([60, 0, 180, 0, 0]).text(width: 20), "█████▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒", "a quarter and three quarters")
        XCTAssertEqual(bar([1, 1, 1]).text(width: 10), "████▓▓▓▒▒▒", "the left part takes the odd cell")
        XCTAssertEqual(bar([1, 1000]).text(width: 10), "█▓▓▓▓▓▓▓▓▓", "a small part keeps one cell")
        XCTAssertEqual(bar([0, 0]).text(width: 10), "", "nothing logged draws nothing")
        for width in [1, 7, 33] { XCTAssertEqual(bar([3, 5, 7, 11, 13]).text(width: width).count, width) }
        let buffer = renderBuffer(width: 12, height: 1) { bar([1, 1]).render(into: &$0, area: Rect(x: 1, y: 0, width: 10, height: 1)) }
        assertLines(buffer.lines, [" █████▓▓▓▓▓"])
    }
}
