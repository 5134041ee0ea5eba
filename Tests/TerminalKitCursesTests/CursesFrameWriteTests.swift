import TerminalKit
import XCTest
@testable import TerminalKitCurses

/// The real ncurses terminal, on a pseudo-terminal: each frame reaches the terminal in
/// one write, whole.
final class CursesFrameWriteTests: XCTestCase {
    /// Text on ten rows, each its own run: ncurses alone sends such a frame in about ten
    /// writes (it flushes after every cursor move).
    private static let runs: [CellRun] = (0..<10).map { row in
        CellRun(origin: Point(x: 5 + row, y: 2 * row), cells: "rad \(row) åäö".map { Cell($0) })
    }

    func testAFrameOfManyRunsIsOneWrite() throws {
        let (figures, output) = try PseudoTerminal.run(width: 80, height: 24) {
            try CursesTerminal.withTerminal(noColor: true) { terminal -> (first: Int, changed: Int, unchanged: Int, cursor: Int) in
                terminal.clear()
                terminal.draw(Self.runs)
                terminal.present()
                let first = terminal.lastPresentWriteCalls
                terminal.draw(Self.runs.map { run in
                    CellRun(origin: run.origin, cells: run.cells.map { Cell($0.text, style: Style(bold: true)) })
                })
                terminal.present()
                let changed = terminal.lastPresentWriteCalls
                terminal.present()
                let unchanged = terminal.lastPresentWriteCalls
                // Showing the cursor (curs_set writes too) goes out with the frame.
                terminal.draw([CellRun(origin: Point(x: 0, y: 23), cells: "x".map { Cell($0) })])
                terminal.setCursor(Point(x: 3, y: 3))
                terminal.present()
                return (first, changed, unchanged, terminal.lastPresentWriteCalls)
            }
        }
        XCTAssertEqual(figures.first, 1, "the first frame")
        XCTAssertEqual(figures.changed, 1, "a frame changing ten runs")
        XCTAssertEqual(figures.unchanged, 0, "a frame with nothing new sends nothing")
        XCTAssertEqual(figures.cursor, 1, "a change with the cursor shown")
        let text = String(decoding: output, as: UTF8.self)
        for row in 0..<10 { XCTAssertTrue(text.contains("rad \(row) åäö"), "row \(row) reached the terminal") }
    }

    func testTheByteCountIsWhatTheTerminalReceived() throws {
        let (counted, output) = try PseudoTerminal.run(width: 80, height: 24) { () throws -> (frame: Int, total: Int) in
            let terminal = try CursesTerminal(noColor: true)
            let before = terminal.bytesWritten
            terminal.draw(Self.runs)
            terminal.present()
            let frame = terminal.bytesWritten - before
            terminal.stop()
            return (frame, terminal.bytesWritten)
        }
        XCTAssertGreaterThan(counted.frame, 100)
        // Everything counted (the start, the frame, endwin) is everything the terminal got.
        XCTAssertEqual(counted.total, output.count)
    }
}
