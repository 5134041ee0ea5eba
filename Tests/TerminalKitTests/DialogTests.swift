import TerminalKit
import TestSupport
import XCTest

/// Confirm dialog and help overlay: layout, keys, scrolling.
final class DialogTests: XCTestCase {
    private let dialog = ConfirmDialog(
        title: "Ta bort", message: "Vill du ta bort ärendet?", confirmLabel: "Ja", declineLabel: "Nej",
        confirmShortcut: "j", declineShortcut: "n")

    func testDialogIsCentredWithMessageAndButtons() {
        let buffer = renderBuffer(width: 40, height: 9) { dialog.render(into: &$0, area: $0.area, state: ConfirmDialogState()) }
        assertLines(buffer.lines, [
            "",
            "      ┌ Ta bort ─────────────────┐",
            "      │                          │",
            "      │ Vill du ta bort ärendet? │",
            "      │                          │",
            "      │     [ Ja ]   [ Nej ]     │",
            "      └──────────────────────────┘",
            "",
            "",
        ])
        XCTAssertEqual(buffer.cursor, Point(x: 23, y: 5), "the cursor sits on the focused (decline) button")
        XCTAssertTrue(buffer[21, 5].style.reverse)
        XCTAssertFalse(buffer[12, 5].style.reverse)
    }

    func testLongMessageWraps() {
        var d = dialog
        d.message = "Ärendet och alla dess anteckningar tas bort för alltid."
        d.maxWidth = 30
        let buffer = renderBuffer(width: 30, height: 8) { d.render(into: &$0, area: $0.area, state: ConfirmDialogState(confirmSelected: true)) }
        assertLines(buffer.lines, [
            "┌ Ta bort ───────────────────┐",
            "│                            │",
            "│ Ärendet och alla dess      │",
            "│ anteckningar tas bort för  │",
            "│ alltid.                    │",
            "│                            │",
            "│      [ Ja ]   [ Nej ]      │",
            "└────────────────────────────┘",
        ])
    }

    func testDialogKeys() {
        var state = ConfirmDialogState()
        XCTAssertEqual(state.selected, 1, "starts on decline")
        XCTAssertNil(dialog.handle(.left, state: &state))
        XCTAssertEqual(state.selected, 0)
        XCTAssertNil(dialog.handle(.tab, state: &state))
        XCTAssertEqual(state.selected, 1)
        XCTAssertNil(dialog.handle(.right, state: &state))
        XCTAssertEqual(dialog.handle(.enter, state: &state), .confirmed)
        XCTAssertNil(dialog.handle(.char("x"), state: &state))
        XCTAssertEqual(dialog.handle(.char("n"), state: &state), .declined)
        XCTAssertEqual(dialog.handle(.char("J"), state: &state), .confirmed)
        XCTAssertEqual(dialog.handle(.escape, state: &state), .cancelled)
        var noShortcuts = dialog
        noShortcuts.confirmShortcut = nil
        XCTAssertNil(noShortcuts.handle(.char("j"), state: &state))
    }

    private let keyMap = KeyMap<Int>(title: "Lista", [
        KeyBinding([.up, .char("k")], "Upp", 1),
        KeyBinding([.enter], "Öppna", 2),
        KeyBinding([.backspace], "Tillbaka", 3),
    ])

    func testHelpOverlayListsKeysAndHelpInTwoColumns() {
        let help = HelpOverlay(title: "Hjälp", footer: "Esc stänger", keyMaps: [keyMap])
        let buffer = renderBuffer(width: 30, height: 8) { help.render(into: &$0, area: $0.area, state: HelpOverlayState()) }
        assertLines(buffer.lines, [
            "",
            "     ┌ Hjälp ──────────┐",
            "     │ Lista           │",
            "     │ ↑/k    Upp      │",
            "     │ Enter  Öppna    │",
            "     │ Bksp   Tillbaka │",
            "     └──── Esc stänger ┘",
            "",
        ])
    }

    func testHelpOverlayScrollsWhenTallerThanTheWindow() {
        let other = KeyMap<Int>(title: "Allmänt", [KeyBinding([.char("q")], "Avsluta", 9)])
        let help = HelpOverlay(title: "Hjälp", footer: "Esc", sections: [HelpSection(keyMap), HelpSection(other)])
        let area = Rect(x: 0, y: 0, width: 30, height: 5)
        var state = HelpOverlayState()
        var buffer = renderBuffer(width: 30, height: 5) { help.render(into: &$0, area: area, state: state) }
        XCTAssertEqual(buffer.lines[1], "     │ Lista           │")
        XCTAssertEqual(buffer.lines[3], "     │ Enter  Öppna    ▼", "more below")

        XCTAssertTrue(help.handle(.end, state: &state, area: area))
        buffer = renderBuffer(width: 30, height: 5) { help.render(into: &$0, area: area, state: state) }
        assertLines(buffer.lines, [
            "     ┌ Hjälp ──────────┐",
            "     │                 ▲",
            "     │ Allmänt         │",
            "     │ q      Avsluta  │",
            "     └──────────── Esc ┘",
        ], "scrolled to the end")
        XCTAssertFalse(help.handle(.escape, state: &state, area: area), "closing is the caller's")
    }
}
