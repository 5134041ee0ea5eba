import TerminalKit
import TestSupport
import XCTest

/// Forms: focus movement, editing, choice fields, validation messages, fitting 80x24.
final class FormTests: XCTestCase {
    private func sampleForm() -> FormState {
        FormState(fields: [
            .text("namn", label: "Namn"),
            .choice("typ", label: "Typ", options: ["Ja", "Nej"]),
        ])
    }

    func testValidationMessagesAreShownUnderTheirFieldAndFormMessageBelow() {
        var state = sampleForm()
        state.setMessage("Får inte vara tom", for: "namn")
        state.message = "1 fel"
        let buffer = renderBuffer(width: 40, height: 6) { Form().render(into: &$0, area: $0.area, state: state) }
        assertLines(buffer.lines, [
            "Namn",
            "      Får inte vara tom",
            "Typ   < Ja >",
            "",
            "1 fel",
            "",
        ])
        XCTAssertEqual(buffer[6, 1].style.foreground, .red)
        XCTAssertEqual(buffer.cursor, Point(x: 6, y: 0), "cursor on the focused empty field")

        state.clearMessages()
        let cleared = renderBuffer(width: 40, height: 6) { Form().render(into: &$0, area: $0.area, state: state) }
        assertLines(cleared.lines, ["Namn", "Typ   < Ja >", "", "", "", ""])
    }

    func testTypingTabbingAndChoosing() {
        var state = sampleForm()
        for ch in "Anna" { XCTAssertTrue(state.handle(.char(ch))) }
        XCTAssertTrue(state.handle(.tab))
        XCTAssertEqual(state.focus, 1)
        XCTAssertTrue(state.handle(.right))
        XCTAssertEqual(state.value(of: "typ"), "Nej")
        XCTAssertTrue(state.handle(.char(" ")))
        XCTAssertEqual(state.value(of: "typ"), "Ja", "Space steps and wraps")
        XCTAssertTrue(state.handle(.left))
        XCTAssertEqual(state.fields[1].selectedOption, 1)
        XCTAssertTrue(state.handle(.tab))
        XCTAssertEqual(state.focus, 0, "Tab wraps around")
        XCTAssertTrue(state.handle(.backTab))
        XCTAssertEqual(state.focus, 1)
        XCTAssertTrue(state.handle(.up))
        XCTAssertTrue(state.handle(.up), "↑ on the first field stays there")
        XCTAssertEqual(state.focus, 0)
        XCTAssertFalse(state.handle(.enter), "Enter is the caller's (submit)")
        XCTAssertTrue(state.handle(.paste(" Berg")))
        XCTAssertEqual(state.value(of: "namn"), "Anna Berg")

        let buffer = renderBuffer(width: 40, height: 2) { Form().render(into: &$0, area: $0.area, state: state) }
        assertLines(buffer.lines, ["Namn  Anna Berg", "Typ   < Nej >"])
        XCTAssertEqual(buffer.cursor, Point(x: 15, y: 0))
    }

    func testSixFieldsWithMessagesFitIn80x24() {
        var state = FormState(fields: (1...6).map { .text("f\($0)", label: "Fält nummer \($0)") })
        for i in 1...6 { state.setMessage("Fel i fält \(i)", for: "f\(i)") }
        state.message = "6 fel"
        // A title row above and a hint bar below leave 22 rows.
        let buffer = renderBuffer(width: 80, height: 24) { Form().render(into: &$0, area: Rect(x: 0, y: 1, width: 80, height: 22), state: state) }
        let text = buffer.lines.joined(separator: "\n")
        for i in 1...6 {
            XCTAssertTrue(text.contains("Fält nummer \(i)"), "label \(i) shown")
            XCTAssertTrue(text.contains("Fel i fält \(i)"), "message \(i) shown")
        }
        XCTAssertEqual(buffer.lines[14], "6 fel")
    }

    func testShortAreaScrollsToTheFocusedField() {
        var state = FormState(fields: (1...6).map { .text("f\($0)", label: "F\($0)") }, focus: 5)
        state.setMessage("Krävs", for: "f6")
        let buffer = renderBuffer(width: 20, height: 3) { Form().render(into: &$0, area: $0.area, state: state) }
        assertLines(buffer.lines, ["F5", "F6", "    Krävs"])
        XCTAssertEqual(buffer.cursor, Point(x: 4, y: 1))
    }

    func testEscClosesAnUntouchedFormAndAsksBeforeThrowingTypingAway() {
        let dialog = ConfirmDialog(title: "Osparade ändringar", message: "Kasta ändringarna? (j/n)",
                                   confirmLabel: "Ja", declineLabel: "Nej", confirmShortcut: "j", declineShortcut: "n")
        var state = sampleForm()
        XCTAssertFalse(state.isEdited)
        XCTAssertEqual(state.closeDecision(for: .key(.escape), dialog: dialog), .close, "untouched: Esc closes at once")
        XCTAssertEqual(state.closeDecision(for: .key(.char("A")), dialog: dialog), .pass, "other keys are the form's")
        _ = state.handle(.char("A"))
        XCTAssertTrue(state.isEdited)
        XCTAssertEqual(state.closeDecision(for: .key(.escape), dialog: dialog), .stay)
        XCTAssertTrue(state.discardGuard.isAsking)
        XCTAssertEqual(state.discardGuard.question?.selected, 1, "focus starts on Nej")
        XCTAssertEqual(state.closeDecision(for: .key(.char("x")), dialog: dialog), .stay, "the question takes every key")
        XCTAssertEqual(state.closeDecision(for: .key(.char("n")), dialog: dialog), .stay)
        XCTAssertFalse(state.discardGuard.isAsking)
        XCTAssertEqual(state.value(of: "namn"), "A", "no keeps the typing")
        _ = state.closeDecision(for: .key(.escape), dialog: dialog)
        XCTAssertEqual(state.closeDecision(for: .key(.escape), dialog: dialog), .stay, "Esc answers the question")
        XCTAssertFalse(state.discardGuard.isAsking)
        _ = state.closeDecision(for: .key(.escape), dialog: dialog)
        XCTAssertEqual(state.closeDecision(for: .key(.enter), dialog: dialog), .stay, "Enter on the focused Nej")
        _ = state.closeDecision(for: .key(.escape), dialog: dialog)
        XCTAssertEqual(state.closeDecision(for: .key(.char("J")), dialog: dialog), .close)
        _ = state.handle(.backspace)
        XCTAssertFalse(state.isEdited, "typing undone by hand is no change")
        _ = state.handle(.tab)
        _ = state.handle(.right)
        XCTAssertTrue(state.isEdited, "a changed choice counts")
        state.markUnchanged()
        XCTAssertEqual(state.closeDecision(for: .key(.escape), dialog: dialog), .close)
    }

    func testALabelUpToHalfTheWidthIsShownWholeNeverCutInAWord() {
        let state = FormState(fields: [
            .text("ref", label: "Referens"),
            .text("note", label: "Notering (inga namn)"),
        ])
        // A decision form at 80x24 is about 50 cells wide inside its box.
        let buffer = renderBuffer(width: 50, height: 2) { Form().render(into: &$0, area: $0.area, state: state) }
        XCTAssertTrue(buffer.line(1).hasPrefix("Notering (inga namn)"), buffer.line(1))
        XCTAssertFalse(buffer.lines.joined().contains("…"), buffer.lines.joined(separator: "\n"))
    }
}
