import TerminalKit
import TestSupport
import XCTest

/// Records which rows a table asked its data source for.
private final class RowLog {
    var asked: [Int] = []
}

/// Table and list: layout, selection, scrolling over virtual rows, sorting.
final class TableTests: XCTestCase {
    private let columns = [TableColumn("Namn"), TableColumn("Ålder", width: .fixed(5), alignment: .right)]

    private func table(rows: Int, log: RowLog) -> Table {
        Table(columns: columns, rowCount: rows) { index in
            log.asked.append(index)
            return ["Person \(index)", "\(index % 90)"]
        }
    }

    func testRendersHeaderRowsAndHighlightedSelection() {
        let log = RowLog()
        let t = table(rows: 10_000, log: log)
        let buffer = renderBuffer(width: 20, height: 4) { t.render(into: &$0, area: $0.area, state: TableState(), focused: true) }
        assertLines(buffer.lines, [
            "  Namn         Ålder",
            "> Person 0         0",
            "  Person 1         1",
            "  Person 2         2",
        ])
        assertStyle(buffer, row: 1, columns: 0..<20, "reversed") { $0.reverse }
        assertStyle(buffer, row: 2, columns: 0..<20, "plain") { !$0.reverse }
        XCTAssertEqual(buffer.cursor, Point(x: 0, y: 1), "the real cursor follows the selection")
        XCTAssertEqual(log.asked.sorted(), [0, 1, 2], "only visible rows are fetched")
    }

    func testScrollingKeepsTheCursorVisibleAndFetchesOnlyVisibleRows() {
        let log = RowLog()
        let t = table(rows: 10_000, log: log)
        let area = Rect(x: 0, y: 0, width: 20, height: 4)
        var state = TableState()
        for _ in 0..<5 { XCTAssertTrue(t.handle(.down, state: &state, area: area)) }
        XCTAssertEqual(state.selected, 5)
        XCTAssertEqual(state.offset, 3)
        var buffer = Buffer(size: area.size)
        t.render(into: &buffer, area: area, state: state)
        assertLines(buffer.lines, [
            "  Namn         Ålder",
            "  Person 3         3",
            "  Person 4         4",
            "> Person 5         5",
        ])
        XCTAssertEqual(log.asked.sorted(), [3, 4, 5])

        log.asked = []
        XCTAssertTrue(t.handle(.end, state: &state, area: area))
        buffer = Buffer(size: area.size)
        t.render(into: &buffer, area: area, state: state)
        XCTAssertEqual(state.selected, 9_999)
        XCTAssertEqual(buffer.lines[3], "> Person 9999      9")
        XCTAssertEqual(log.asked.sorted(), [9_997, 9_998, 9_999])

        XCTAssertTrue(t.handle(.up, state: &state, area: area))
        XCTAssertEqual(state.offset, 9_997, "moving inside the page does not scroll")
        XCTAssertTrue(t.handle(.pageUp, state: &state, area: area))
        XCTAssertEqual(state.selected, 9_995)
        XCTAssertTrue(t.handle(.home, state: &state, area: area))
        XCTAssertEqual(state.selected, 0)
        XCTAssertEqual(state.offset, 0)
        XCTAssertTrue(t.handle(.up, state: &state, area: area), "a movement key at the edge is still used")
        XCTAssertEqual(state.selected, 0)
        XCTAssertTrue(t.handle(.pageDown, state: &state, area: area))
        XCTAssertEqual(state.selected, 3)
        XCTAssertFalse(t.handle(.enter, state: &state, area: area))
    }

    func testRenderClampsAStaleOffsetSoTheSelectionShows() {
        let log = RowLog()
        let t = table(rows: 100, log: log)
        let state = TableState(selected: 50, offset: 0)
        let buffer = renderBuffer(width: 20, height: 3) { t.render(into: &$0, area: $0.area, state: state) }
        assertLines(buffer.lines, ["  Namn         Ålder", "  Person 49       49", "> Person 50       50"])
    }

    func testSortIndicatorOnTheSortedColumnAndKeyCyclesIt() {
        var t = Table(columns: columns, rows: [["Åsa", "41"]])
        t.sortKey = .char("s")
        var state = TableState()
        let area = Rect(x: 0, y: 0, width: 20, height: 2)
        XCTAssertTrue(t.handle(.char("s"), state: &state, area: area))
        XCTAssertEqual(state.sortColumn, 0)
        XCTAssertEqual(state.sortDirection, .ascending)
        var buffer = renderBuffer(width: 20, height: 2) { t.render(into: &$0, area: area, state: state) }
        XCTAssertEqual(buffer.lines[0], "  Namn ▲       Ålder")

        _ = t.handle(.char("s"), state: &state, area: area)
        _ = t.handle(.char("s"), state: &state, area: area)
        XCTAssertEqual(state.sortColumn, 1)
        XCTAssertEqual(state.sortDirection, .ascending)
        _ = t.handle(.char("s"), state: &state, area: area)
        buffer = renderBuffer(width: 20, height: 2) { t.render(into: &$0, area: area, state: state) }
        XCTAssertEqual(buffer.lines[0], "  Namn         Ål… ▼", "the indicator stays when the title is cut")
        _ = t.handle(.char("s"), state: &state, area: area)
        XCTAssertNil(state.sortColumn, "after the last column comes unsorted")
    }

    func testWideAndDecomposedTextKeepsColumnsAligned() {
        let t = Table(columns: columns, rows: [["漢字漢字漢字漢字", "1"], ["A\u{30A}sa", "2"], ["😀😀", "3"]])
        let buffer = renderBuffer(width: 20, height: 4) { t.render(into: &$0, area: $0.area, state: TableState()) }
        assertLines(buffer.lines, [
            "  Namn         Ålder",
            "> 漢字漢字漢…      1",
            "  Åsa              2",
            "  😀😀             3",
        ])
    }

    func testEmptyTableShowsTheCallersText() {
        let t = Table(columns: columns, rows: [], emptyText: "Inga ärenden")
        let buffer = renderBuffer(width: 20, height: 3) { t.render(into: &$0, area: $0.area, state: TableState()) }
        assertLines(buffer.lines, ["  Namn         Ålder", "  Inga ärenden", ""])
    }

    func testColumnLayoutSharesRoomByWeight() {
        let cols = [TableColumn("a", width: .fixed(4)), TableColumn("b", width: .flexible(1)), TableColumn("c", width: .flexible(2))]
        XCTAssertEqual(TableColumn.layout(cols, in: 20, spacing: 1), [4, 4, 10])
    }

    func testListViewFetchesOnlyVisibleItems() {
        let log = RowLog()
        let list = ListView(itemCount: 10_000) { log.asked.append($0); return "Rad \($0)" }
        var state = ListState()
        let area = Rect(x: 0, y: 0, width: 12, height: 3)
        XCTAssertTrue(list.handle(.pageDown, state: &state, area: area))
        XCTAssertTrue(list.handle(.char("j"), state: &state, area: area))
        let buffer = renderBuffer(width: 12, height: 3) { list.render(into: &$0, area: area, state: state) }
        assertLines(buffer.lines, ["  Rad 3", "> Rad 4", "  Rad 5"])
        XCTAssertEqual(log.asked.sorted(), [3, 4, 5])
    }
}
