import CNcursesw
import TerminalKit
import XCTest
@testable import TerminalKitCurses

/// Whole inputs as `wget_wch` hands them over, unit by unit: ESC alone and as the
/// Alt prefix, escape sequences ncurses did not know, and graphemes of several scalars.
final class CursesInputDecoderTests: XCTestCase {
    /// Units waiting to be read, as if they had all arrived at once.
    private final class Script {
        var units: [CursesInput]
        init(_ units: [CursesInput]) { self.units = units }
        func read(_ timeout: Int) -> CursesInput? { units.isEmpty ? nil : units.removeFirst() }
    }

    private static let resized = Event.resize(Size(width: 0, height: 0))

    /// The events the units make, read the way `CursesTerminal.readEvent` does
    /// (`KEY_RESIZE` becomes a resize there; here one of size zero).
    private func events(_ units: [CursesInput]) -> [Event] {
        let script = Script(units)
        var decoder = CursesInputDecoder()
        var events: [Event] = []
        while let unit = decoder.read(timeout: 0, from: script.read) {
            if unit == .keyCode(KEY_RESIZE) {
                events.append(Self.resized)
            } else if let event = decoder.decode(unit, from: script.read) {
                events.append(event)
            }
        }
        return events
    }

    private func keys(_ units: [CursesInput]) -> [Key] {
        events(units).compactMap { if case .key(let key) = $0 { return key } else { return nil } }
    }

    /// Units for text: one character each.
    private func text(_ s: String) -> [CursesInput] { s.unicodeScalars.map { .character($0.value) } }

    private let esc = CursesInput.character(27)

    // MARK: - Plain keys

    func testKeyCodesAndCharactersPassThrough() {
        XCTAssertEqual(keys([.keyCode(KEY_UP), .character(13), .keyCode(KEY_BTAB), .character(127), .character(3)]),
                       [.up, .enter, .backTab, .backspace, .ctrl("c")])
    }

    func testCodesWithNoMeaningAreDroppedAndWhatFollowsStillCounts() {
        XCTAssertEqual(keys([.keyCode(KEY_MOUSE), .character(0), .character(0x9B)] + text("q")), [.char("q")])
    }

    func testResizeIsLeftToTheTerminal() {
        XCTAssertEqual(events([.keyCode(KEY_RESIZE), .keyCode(KEY_DOWN)]), [Self.resized, .key(.down)])
    }

    // MARK: - ESC and Alt

    func testEscapeAloneIsEscape() {
        XCTAssertEqual(keys([esc]), [.escape])
    }

    func testEscapeTwiceIsTwoEscapes() {
        XCTAssertEqual(keys([esc, esc]), [.escape, .escape])
    }

    func testEscapeThenAsciiIsAlt() {
        XCTAssertEqual(keys([esc] + text("x")), [.alt("x")])
        XCTAssertEqual(keys([esc] + text("S") + text("s")), [.alt("S"), .char("s")])
    }

    /// å ä ö sent as ESC + letter (Option or AltGr as Meta) are text, with the
    /// combining marks that arrive after the letter.
    func testSwedishLettersAsAltSequencesAreText() {
        XCTAssertEqual(keys([esc] + text("å")), [.char("å")])
        XCTAssertEqual(keys([esc] + text("ä")), [.char("ä")])
        XCTAssertEqual(keys([esc] + text("ö")), [.char("ö")])
        XCTAssertEqual(keys([esc] + text("Ö")), [.char("Ö")])
        let accented = keys([esc] + text("å\u{301}"))
        XCTAssertEqual(accented.map { Array($0.label.unicodeScalars) }, [["\u{1FB}"]], "one key, normalised (ǻ)")
    }

    func testEscapeBeforeAControlKeyIsThatKey() {
        XCTAssertEqual(keys([esc, .character(13)]), [.enter])
        XCTAssertEqual(keys([esc, .character(127)]), [.backspace])
    }

    /// Alt with a special key is the key itself, whether ncurses decoded the key
    /// (ESC + key code) or PuTTY/rxvt sent ESC + the key's own sequence.
    func testAltWithASpecialKeyIsTheKey() {
        XCTAssertEqual(keys([esc, .keyCode(KEY_UP)]), [.up])
        XCTAssertEqual(keys([esc, esc] + text("[A")), [.up])
        XCTAssertEqual(keys([esc, esc] + text("x")), [.escape, .alt("x")])
    }

    func testEscapeThenResizeKeepsBoth() {
        XCTAssertEqual(events([esc, .keyCode(KEY_RESIZE)]), [.key(.escape), Self.resized])
    }

    // MARK: - Sequences ncurses did not know

    func testSequencesMissingFromTerminfo() {
        XCTAssertEqual(keys([esc] + text("[A")), [.up])
        XCTAssertEqual(keys([esc] + text("OB")), [.down])
        XCTAssertEqual(keys([esc] + text("[1~")), [.home])
        XCTAssertEqual(keys([esc] + text("[4~")), [.end])
        XCTAssertEqual(keys([esc] + text("[5~")), [.pageUp])
        XCTAssertEqual(keys([esc] + text("[6~")), [.pageDown])
        XCTAssertEqual(keys([esc] + text("[2~")), [.insert])
        XCTAssertEqual(keys([esc] + text("[3~")), [.delete])
        XCTAssertEqual(keys([esc] + text("[Z")), [.backTab])
        XCTAssertEqual(keys([esc] + text("OP")), [.function(1)])
        XCTAssertEqual(keys([esc] + text("[[E")), [.function(5)], "Linux console F5")
        XCTAssertEqual(keys([esc] + text("[24~")), [.function(12)])
        XCTAssertEqual(keys([esc] + text("[1;5H")), [.home], "Ctrl-Home is Home")
    }

    func testBracketOrOAloneAfterEscapeIsAlt() {
        XCTAssertEqual(keys([esc] + text("[")), [.alt("[")])
        XCTAssertEqual(keys([esc] + text("O")), [.alt("O")])
    }

    /// No part of a sequence the app does not know is typed as text or read as a command.
    func testUnknownSequenceIsDroppedWhole() {
        XCTAssertEqual(keys([esc] + text("[99z") + text("q")), [.char("q")])
        XCTAssertEqual(keys([esc] + text("[200~") + text("j")), [.char("j")], "a paste bracket")
    }

    func testControlByteBreakingASequenceIsReadOnItsOwn() {
        XCTAssertEqual(keys([esc] + text("[1") + [.character(13)]), [.enter])
    }

    func testKeyCodeCuttingASequenceShortIsItsOwnKey() {
        XCTAssertEqual(keys([esc] + text("[1") + [.keyCode(KEY_DOWN)]), [.down])
    }

    // MARK: - Graphemes

    func testCombiningMarksJoinTheLetterAndAreNormalised() {
        let letters = keys(text("a\u{30A}e\u{301}O\u{308}"))
        XCTAssertEqual(letters.map { Array($0.label.unicodeScalars) }, [["å"], ["é"], ["Ö"]])
    }

    func testEmojiOfSeveralScalarsIsOneCharacter() {
        XCTAssertEqual(keys(text("👩‍💻")), [.char("👩‍💻")])
        XCTAssertEqual(keys(text("🇸🇪")), [.char("🇸🇪")])
        XCTAssertEqual(keys(text("👍🏽")), [.char("👍🏽")])
    }

    func testSeparateLettersStaySeparate() {
        XCTAssertEqual(keys(text("åäö")), [.char("å"), .char("ä"), .char("ö")])
        XCTAssertEqual(keys(text("😀x") + [.keyCode(KEY_LEFT)]), [.char("😀"), .char("x"), .left])
    }
}
