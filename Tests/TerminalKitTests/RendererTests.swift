import TerminalKit
import TestSupport
import XCTest

/// The diffing renderer: what goes out after a change, a cursor move and a resize.
final class RendererTests: XCTestCase {
    func testOneChangedCellSendsOneRunOfOneCell() {
        var old = Buffer(size: Size(width: 20, height: 3))
        old.put("Anna Andersson", x: 0, y: 1)
        var new = old
        new.put("E", x: 0, y: 1)
        let runs = Renderer.diff(from: old, to: new)
        XCTAssertEqual(runs, [CellRun(origin: Point(x: 0, y: 1), cells: [Cell("E")])])

        let terminal = InMemoryTerminal(width: 20, height: 3)
        let renderer = Renderer(terminal: terminal)
        renderer.show(old)
        terminal.resetCounters()
        renderer.show(new)
        XCTAssertEqual(renderer.lastChangedCells, 1)
        XCTAssertEqual(terminal.output, ["E"])
        XCTAssertLessThan(terminal.bytesWritten, 30)
        assertLines(terminal.lines, ["", "Enna Andersson", ""])
    }

    func testChangingAWideCharacterSendsBothHalves() {
        var old = Buffer(size: Size(width: 6, height: 1))
        old.put("a漢b", x: 0, y: 0)
        var new = old
        new.put("字", x: 1, y: 0)
        let runs = Renderer.diff(from: old, to: new)
        XCTAssertEqual(runs.count, 1)
        XCTAssertEqual(runs[0].origin, Point(x: 1, y: 0))
        XCTAssertEqual(runs[0].cells.map(\.text), ["字", ""])
    }

    func testMovingAListCursorSendsFarLessThanAFullRedraw() {
        let terminal = InMemoryTerminal(width: 80, height: 24)
        let renderer = Renderer(terminal: terminal)
        let list = ListView(itemCount: 500) { "Ärende \($0): uppföljning av insats" }
        var state = ListState()
        let area = Rect(x: 0, y: 0, width: 80, height: 24)
        renderer.render { list.render(into: &$0, area: area, state: state, focused: true) }
        let fullRedraw = terminal.bytesWritten
        terminal.resetCounters()

        XCTAssertTrue(list.handle(.down, state: &state, area: area))
        renderer.render { list.render(into: &$0, area: area, state: state, focused: true) }
        let cursorMove = terminal.bytesWritten
        XCTAssertGreaterThan(cursorMove, 0)
        XCTAssertLessThan(cursorMove * 5, fullRedraw, "move \(cursorMove) bytes vs full \(fullRedraw)")
        XCTAssertEqual(terminal.cursor, Point(x: 0, y: 1))
        XCTAssertEqual(terminal.lines[0], "  Ärende 0: uppföljning av insats")
        XCTAssertEqual(terminal.lines[1], "> Ärende 1: uppföljning av insats")
    }

    func testResizeForcesAFullRedraw() {
        let terminal = InMemoryTerminal(width: 20, height: 2)
        let renderer = Renderer(terminal: terminal)
        let draw: (inout Buffer) -> Void = { $0.put("Vardag", x: 0, y: 0); $0.put("v1", x: 0, y: 1) }
        renderer.render(draw)
        renderer.render(draw)
        XCTAssertEqual(renderer.lastChangedCells, 0, "an identical frame sends nothing")

        terminal.resize(width: 10, height: 2)  // the real screen is blank after a resize
        renderer.render(draw)
        XCTAssertEqual(renderer.lastChangedCells, 8)
        assertLines(terminal.lines, ["Vardag", "v1"])
    }
}
