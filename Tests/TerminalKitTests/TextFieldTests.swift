import TerminalKit
import TestSupport
import XCTest

/// Editing by grapheme cluster, NFC input, limits, paste, and sideways scrolling.
final class TextFieldTests: XCTestCase {
    private func type(_ text: String, into state: inout TextFieldState) {
        for ch in text { XCTAssertTrue(state.handle(.char(ch))) }
    }

    /// The text's scalars as hex, to tell "å" from "a\u{30A}" (String's == cannot).
    private func scalars(_ s: String) -> [UInt32] { s.unicodeScalars.map(\.value) }

    func testTypingACombiningRingAfterAYieldsOnePrecomposedCharacter() {
        var state = TextFieldState()
        XCTAssertTrue(state.handle(.char("a")))
        XCTAssertTrue(state.handle(.char("\u{30A}")))
        XCTAssertEqual(scalars(state.text), [0xE5])
        XCTAssertEqual(state.cursor, 1)
        XCTAssertTrue(state.handle(.backspace))
        XCTAssertEqual(state.text, "")
    }

    func testBackspaceAndDeleteRemoveWholeGraphemes() {
        var state = TextFieldState(text: "xq\u{307}y")  // q + dot above has no precomposed form
        XCTAssertEqual(state.text.count, 3)
        XCTAssertEqual(state.cursor, 3)
        XCTAssertTrue(state.handle(.left))
        XCTAssertTrue(state.handle(.backspace))
        XCTAssertEqual(scalars(state.text), [0x78, 0x79], "q and its combining dot go together")
        XCTAssertEqual(state.cursor, 1)

        state.setText("漢😀e\u{301}")
        XCTAssertTrue(state.handle(.home))
        XCTAssertTrue(state.handle(.delete))
        XCTAssertEqual(state.text, "😀é")
        XCTAssertTrue(state.handle(.delete))
        XCTAssertEqual(scalars(state.text), [0xE9])
        XCTAssertTrue(state.handle(.ctrl("e")))
        XCTAssertTrue(state.handle(.backspace))
        XCTAssertEqual(state.text, "")
        XCTAssertTrue(state.handle(.backspace), "backspace in an empty field is still the field's key")
    }

    func testCaretMovesAndInsertsInTheMiddle() {
        var state = TextFieldState(text: "Åa")
        XCTAssertTrue(state.handle(.ctrl("a")))
        XCTAssertEqual(state.cursor, 0)
        XCTAssertTrue(state.handle(.right))
        type("ö", into: &state)
        XCTAssertEqual(state.text, "Åöa")
        XCTAssertEqual(state.cursor, 2)
        XCTAssertTrue(state.handle(.end))
        XCTAssertTrue(state.handle(.right))
        XCTAssertEqual(state.cursor, 3, "the caret stops at the end")
        XCTAssertFalse(state.handle(.enter))
        XCTAssertFalse(state.handle(.tab))
        XCTAssertFalse(state.handle(.escape))
    }

    func testCtrlWDeletesAWordAndCtrlUClears() {
        var state = TextFieldState(text: "hej på dig")
        XCTAssertTrue(state.handle(.ctrl("w")))
        XCTAssertEqual(state.text, "hej på ")
        XCTAssertTrue(state.handle(.ctrl("w")))
        XCTAssertEqual(state.text, "hej ")
        XCTAssertTrue(state.handle(.ctrl("u")))
        XCTAssertEqual(state.text, "")
        XCTAssertEqual(state.cursor, 0)
    }

    func testMaxLengthCountsCharactersNotScalars() {
        var state = TextFieldState(maxLength: 3)
        type("abcd", into: &state)
        XCTAssertEqual(state.text, "abc")
        state.setText("a")
        type("\u{30A}漢字x", into: &state)
        XCTAssertEqual(scalars(state.text), [0xE5, 0x6F22, 0x5B57])
    }

    func testPasteIsCleanedAndNormalised() {
        var state = TextFieldState()
        XCTAssertTrue(state.handle(.paste("rad1\nrad2\u{1b}[31m A\u{30A}")))
        XCTAssertEqual(scalars(state.text), scalars("rad1 rad2 \u{C5}"))
        XCTAssertEqual(state.cursor, 11)
    }

    func testRenderScrollsSidewaysToKeepTheCaretVisible() {
        var state = TextFieldState(text: "abcdefghij")
        let field = TextField()
        var buffer = renderBuffer(width: 8, height: 1) { field.render(into: &$0, area: Rect(x: 1, y: 0, width: 6, height: 1), state: state, focused: true) }
        assertLines(buffer.lines, [" fghij"])
        XCTAssertEqual(buffer.cursor, Point(x: 6, y: 0))
        assertStyle(buffer, row: 0, columns: 1..<7, "reversed (focused)") { $0.reverse }
        XCTAssertFalse(buffer[7, 0].style.reverse, "nothing drawn outside the field")

        _ = state.handle(.home)
        buffer = renderBuffer(width: 8, height: 1) { field.render(into: &$0, area: Rect(x: 1, y: 0, width: 6, height: 1), state: state, focused: true) }
        assertLines(buffer.lines, [" abcdef"])
        XCTAssertEqual(buffer.cursor, Point(x: 1, y: 0))
    }

    func testRenderNeverShowsHalfAWideCharacter() {
        let state = TextFieldState(text: "a漢字")
        let buffer = renderBuffer(width: 4, height: 1) { TextField().render(into: &$0, area: $0.area, state: state, focused: true) }
        assertLines(buffer.lines, [" 字"])
        XCTAssertEqual(buffer.cursor, Point(x: 3, y: 0))
    }

    func testUnfocusedFieldLeavesTheCursorAloneAndShowsPlaceholder() {
        let buffer = renderBuffer(width: 10, height: 1) {
            TextField(placeholder: "Sök…").render(into: &$0, area: $0.area, state: TextFieldState(), focused: false)
        }
        assertLines(buffer.lines, ["Sök…"])
        XCTAssertNil(buffer.cursor)
        XCTAssertTrue(buffer[0, 0].style.dim)
    }
}
