import TerminalKit
import TestSupport
import XCTest

/// The cell grid: writing, wide characters, boxes.
final class BufferTests: XCTestCase {
    func testOverwritingTheRightHalfOfAWideCharacterBlanksItsLeftHalf() {
        let buffer = renderBuffer(width: 6, height: 1) { b in
            b.put("漢字", x: 0, y: 0)
            b.put("x", x: 1, y: 0)
        }
        assertLines(buffer.lines, [" x字"])
        XCTAssertFalse(buffer[0, 0].width == 2, "no half character left behind")
    }

    func testFillCutsWideCharactersAtItsEdgesIntoSpaces() {
        let buffer = renderBuffer(width: 10, height: 2) { b in
            b.put("漢字漢字漢", x: 0, y: 0)
            b.put("漢字漢字漢", x: 0, y: 1)
            b.fill(Rect(x: 1, y: 0, width: 6, height: 1), with: Cell("-"))
            b.fill(Rect(x: 2, y: 1, width: 1, height: 1), with: Cell("-"))
        }
        assertLines(buffer.lines, [" ------ 漢", "漢- 漢字漢"])
        for x in 0..<10 {
            for y in 0..<2 where buffer[x, y].isContinuation {
                XCTAssertEqual(buffer[x - 1, y].width, 2, "continuation at \(x),\(y) has its first half")
            }
        }
    }

    func testOverwritingTheLeftHalfOfAWideCharacterBlanksItsRightHalf() {
        let buffer = renderBuffer(width: 6, height: 1) { b in
            b.put("漢字", x: 0, y: 0)
            b.put("x", x: 2, y: 0)
        }
        assertLines(buffer.lines, ["漢x"])
        XCTAssertFalse(buffer[3, 0].isContinuation)
    }

    func testPutCutsAtTheEdgeWithEllipsisAndCleansText() {
        let buffer = renderBuffer(width: 4, height: 3) { b in
            b.put("ab漢字", x: 0, y: 0)
            b.put("\u{1b}[31mröd", x: 0, y: 1)
            b.put("a\u{30A}", x: 0, y: 2)
        }
        assertLines(buffer.lines, ["ab…", "röd", "å"])
        XCTAssertEqual(buffer[0, 2].text.unicodeScalars.map(\.value), [0xE5], "one precomposed cell")
        XCTAssertEqual(buffer[1, 2].text, " ", "the ring takes no cell of its own")
    }

    func testBoxWithTitle() {
        let buffer = renderBuffer(width: 12, height: 3) { b in b.box(b.area, title: "Ärende") }
        assertLines(buffer.lines, [
            "┌ Ärende ──┐",
            "│          │",
            "└──────────┘",
        ])
    }
}

/// Wide characters written over wide characters.
final class BufferWideOverwriteTests: XCTestCase {
    func testAWideCharacterReplacesAnotherInPlace() {
        let buffer = renderBuffer(width: 6, height: 1) { b in
            b.put("a漢b", x: 0, y: 0)
            b.put("字", x: 1, y: 0)
        }
        assertLines(buffer.lines, ["a字b"])
        XCTAssertEqual(buffer[1, 0].width, 2)
        XCTAssertTrue(buffer[2, 0].isContinuation)
    }

    func testAWideCharacterShiftedByOneBlanksBothNeighbours() {
        let buffer = renderBuffer(width: 6, height: 1) { b in
            b.put("漢字", x: 0, y: 0)
            b.put("山", x: 1, y: 0)
        }
        assertLines(buffer.lines, [" 山"])
    }
}
