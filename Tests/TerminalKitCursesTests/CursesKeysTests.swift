import CNcursesw
import TerminalKit
import XCTest
@testable import TerminalKitCurses

/// What each code `wget_wch` can return becomes, one code at a time: the curses key
/// codes (`KEY_CODE_YES`), the characters (`OK`), and a character after ESC.
final class CursesKeysTests: XCTestCase {
    private func code(_ code: Int32) -> Key? { CursesKeys.key(forKeyCode: code) }
    private func character(_ code: UInt32) -> Key? { CursesKeys.key(forCharacter: code) }

    func testArrowKeys() {
        XCTAssertEqual(code(KEY_UP), .up)
        XCTAssertEqual(code(KEY_DOWN), .down)
        XCTAssertEqual(code(KEY_LEFT), .left)
        XCTAssertEqual(code(KEY_RIGHT), .right)
    }

    /// Home/End/PgUp/PgDn, also as the keypad's corners (A1 C1 A3 C3) and as the
    /// Find/Select keys some terminals send for Home and End.
    func testHomeEndAndPageKeys() {
        for c in [KEY_HOME, KEY_A1, KEY_FIND] { XCTAssertEqual(code(c), .home, "code \(c)") }
        for c in [KEY_END, KEY_C1, KEY_SELECT] { XCTAssertEqual(code(c), .end, "code \(c)") }
        for c in [KEY_PPAGE, KEY_A3] { XCTAssertEqual(code(c), .pageUp, "code \(c)") }
        for c in [KEY_NPAGE, KEY_C3] { XCTAssertEqual(code(c), .pageDown, "code \(c)") }
    }

    func testFunctionKeysF1ToF12() {
        for n in 1...12 { XCTAssertEqual(code(vd_key_f(Int32(n))), .function(n), "F\(n)") }
        XCTAssertNil(code(vd_key_f(0)), "KEY_F0 is no key")
    }

    func testBackspaceVariants() {
        XCTAssertEqual(code(KEY_BACKSPACE), .backspace)
        XCTAssertEqual(character(127), .backspace, "DEL, what most terminals send")
        XCTAssertEqual(character(8), .backspace, "BS (Ctrl-H), what some terminals send")
    }

    func testEnterVariants() {
        XCTAssertEqual(character(10), .enter, "LF")
        XCTAssertEqual(character(13), .enter, "CR: the terminal runs with nonl()")
        XCTAssertEqual(code(KEY_ENTER), .enter, "keypad Enter")
    }

    func testTabAndShiftTab() {
        XCTAssertEqual(character(9), .tab)
        XCTAssertEqual(code(KEY_BTAB), .backTab)
    }

    func testDeleteAndInsert() {
        XCTAssertEqual(code(KEY_DC), .delete)
        XCTAssertEqual(code(KEY_IC), .insert)
    }

    /// Ctrl plus a letter is `.ctrl(letter)`, except the four that are Backspace, Tab
    /// and Enter; the other C0 and all C1 control codes are no key.
    func testControlCharacters() {
        XCTAssertEqual(character(1), .ctrl("a"))
        XCTAssertEqual(character(3), .ctrl("c"))
        XCTAssertEqual(character(12), .ctrl("l"))
        XCTAssertEqual(character(19), .ctrl("s"))
        XCTAssertEqual(character(21), .ctrl("u"))
        XCTAssertEqual(character(26), .ctrl("z"))
        for c: UInt32 in [0, 28, 29, 30, 31] { XCTAssertNil(character(c), "C0 code \(c)") }
        for c: UInt32 in 0x80..<0xA0 { XCTAssertNil(character(c), "C1 code \(c)") }
    }

    func testPrintableAsciiIsText() {
        XCTAssertEqual(character(0x20), .char(" "))
        XCTAssertEqual(character(0x61), .char("a"))
        XCTAssertEqual(character(0x5A), .char("Z"))
        XCTAssertEqual(character(0x31), .char("1"))
        XCTAssertEqual(character(0x7E), .char("~"))
    }

    /// å ä ö arrive as one wide character each (ncursesw), and so do emoji and CJK.
    func testWideCharactersAreText() {
        for letter in ["å", "ä", "ö", "Å", "Ä", "Ö", "é", "€", "漢", "😀"] {
            let scalar = letter.unicodeScalars.first!.value
            XCTAssertEqual(character(scalar), .char(Character(letter)), letter)
        }
    }

    func testCodesThatAreNoScalarAreNoKey() {
        XCTAssertNil(character(0xD800), "a lone surrogate")
        XCTAssertNil(character(0x110000), "past Unicode")
    }

    /// Mouse, resize (the terminal handles it, knowing the size), shifted and other
    /// key codes the app has no use for.
    func testUnknownKeyCodesAreNoKey() {
        for c in [KEY_MOUSE, KEY_RESIZE, KEY_SLEFT, KEY_SRIGHT, KEY_SHOME, KEY_SR, KEY_SF, KEY_B2, KEY_HELP, 0x7FFF] {
            XCTAssertNil(code(c), "code \(c)")
        }
    }

    /// ESC then a printable ASCII character is Alt plus that character.
    func testAltWithAsciiIsAlt() {
        XCTAssertEqual(CursesKeys.altKey(forCharacter: 0x78), .alt("x"))
        XCTAssertEqual(CursesKeys.altKey(forCharacter: 0x58), .alt("X"))
        XCTAssertEqual(CursesKeys.altKey(forCharacter: 0x31), .alt("1"))
        XCTAssertEqual(CursesKeys.altKey(forCharacter: 0x21), .alt("!"))
        XCTAssertEqual(CursesKeys.altKey(forCharacter: 0x7E), .alt("~"))
    }

    /// å ä ö sent ESC-prefixed (Option or AltGr as Meta) stay text, so a Swedish user
    /// can always type them; ESC before a control key is that key.
    func testAltWithSwedishLettersAndControlKeysIsTheKeyItself() {
        XCTAssertEqual(CursesKeys.altKey(forCharacter: 0xE5), .char("å"))
        XCTAssertEqual(CursesKeys.altKey(forCharacter: 0xE4), .char("ä"))
        XCTAssertEqual(CursesKeys.altKey(forCharacter: 0xF6), .char("ö"))
        XCTAssertEqual(CursesKeys.altKey(forCharacter: 0xC5), .char("Å"))
        XCTAssertEqual(CursesKeys.altKey(forCharacter: 0x20), .char(" "))
        XCTAssertEqual(CursesKeys.altKey(forCharacter: 13), .enter)
        XCTAssertEqual(CursesKeys.altKey(forCharacter: 127), .backspace)
        XCTAssertEqual(CursesKeys.altKey(forCharacter: 1), .ctrl("a"))
        XCTAssertNil(CursesKeys.altKey(forCharacter: 0x9B), "C1 CSI")
    }
}
