import TerminalKit
import TestSupport
import XCTest

/// A table whose selection bar covers only the marker and the first column.
final class TableNarrowHighlightTests: XCTestCase {
    private func table() -> Table {
        var table = Table(
            columns: [TableColumn("Namn", width: .fixed(10)), TableColumn("Titel", width: .fixed(10))],
            rows: [["Åsa", "Skötare"], ["Bo", "Vårdbiträde"]])
        table.highlightsWholeRow = false
        return table
    }

    func testOnlyMarkerAndFirstColumnAreHighlighted() {
        let buffer = renderBuffer(width: 24, height: 3) { table().render(into: &$0, area: $0.area, state: TableState(selected: 1)) }
        assertLines(buffer.lines, ["  Namn       Titel", "  Åsa        Skötare", "> Bo         Vårdbiträ…"])
        assertStyle(buffer, row: 2, columns: 0..<12, "reversed") { $0.reverse }
        assertStyle(buffer, row: 2, columns: 12..<24, "plain") { !$0.reverse }
        assertStyle(buffer, row: 1, columns: 0..<24, "plain") { !$0.reverse }
    }

    func testMovingTheCursorResendsFarLessThanAWholeRowBar() {
        var narrow = table()
        var wide = table()
        wide.highlightsWholeRow = true
        func changedCells(_ t: Table) -> Int {
            let a = renderBuffer(width: 60, height: 3) { t.render(into: &$0, area: $0.area, state: TableState(selected: 0)) }
            let b = renderBuffer(width: 60, height: 3) { t.render(into: &$0, area: $0.area, state: TableState(selected: 1)) }
            return Renderer.diff(from: a, to: b).reduce(0) { $0 + $1.cells.count }
        }
        narrow.columnSpacing = 1
        XCTAssertEqual(changedCells(wide), 120, "two whole rows")
        XCTAssertLessThanOrEqual(changedCells(narrow), 2 * 12)
    }
}
