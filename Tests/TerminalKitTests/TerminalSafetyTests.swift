import TerminalKit
import TestSupport
import XCTest

/// No text, however hostile, can make the toolkit send a control character or an
/// escape sequence to the terminal: `TextSanitizer` cleans what `Buffer.put` writes,
/// and `CellTextGuard` is the backend's last check on every cell.
final class TerminalSafetyTests: XCTestCase {
    /// Text that would retitle the window, clear the screen, or reorder itself.
    static let hostile = [
        "\u{1b}]0;pwned\u{7}", "\u{1b}[2J", "\u{1b}[31m", "\u{1b}c", "\u{1b}P1$r\u{1b}\\",
        "\u{85}", "\u{9b}31m", "\u{9d}0;title\u{9c}", "\u{90}dcs\u{9c}", "\u{8d}",
        "\u{202e}", "\u{2066}", "\u{200f}", "\u{7}", "\u{8}", "\u{7f}", "\u{0}", "\r", "\n", "\t",
    ]

    func testGuardPassesPrintableCellsUnchanged() {
        for text in ["a", "å", "Ö", "é", "─", "漢", "👍🏽", "e\u{301}"] {
            XCTAssertEqual(CellTextGuard.drawable(text), text)
        }
        XCTAssertEqual(CellTextGuard.drawable(""), " ", "an empty cell is a space")
    }

    func testGuardReplacesEveryCellWithAControlScalar() {
        for text in Self.hostile + ["a\u{1b}", "\u{1b}[2Jx", "å\u{9b}"] {
            XCTAssertEqual(CellTextGuard.drawable(text), CellTextGuard.replacement, text.debugDescription)
        }
        for value in Array(0x00...0x1F) + Array(0x7F...0x9F) + [0x2028, 0x2029, 0x202A, 0x202E, 0x2066, 0x2069, 0x200E, 0x061C] {
            let scalar = Unicode.Scalar(UInt32(value))!
            XCTAssertTrue(CellTextGuard.isUnsafe(scalar), "U+\(String(value, radix: 16))")
        }
        for value in [0x20, 0x41, 0x7E, 0xA0, 0xE5, 0xF6, 0x2500, 0xFFFD] {
            XCTAssertFalse(CellTextGuard.isUnsafe(Unicode.Scalar(UInt32(value))!), "U+\(String(value, radix: 16))")
        }
    }

    func testSanitizerRemovesBidiControls() {
        XCTAssertEqual(TextSanitizer.clean("Bo \u{202e}kE"), "Bo kE", "right-to-left override")
        XCTAssertEqual(TextSanitizer.clean("\u{2067}Åsa\u{2069}"), "Åsa", "isolates")
        XCTAssertEqual(TextSanitizer.clean("a\u{200f}b\u{200e}c"), "abc", "RLM and LRM")
    }

    /// Random mixes of letters and hostile fragments, written with `put`, `putPadded`
    /// and `box`, rendered to the in-memory terminal: no cell text has an unsafe scalar.
    func testRandomHostileTextNeverReachesACell() {
        var random = ReplayableRandom(fromEnvironment: "VARDAG_FUZZ_SEED", label: "hostile cell text")
        let pieces = Self.hostile + ["Åsa", "ö", "é", " ", "x", "漢", "\u{301}", "\u{1b}", "[", "]", "\u{9c}"]
        let terminal = InMemoryTerminal(width: 40, height: 6)
        let renderer = Renderer(terminal: terminal)
        let samples = ReplayableRandom.count("VARDAG_FUZZ_INPUTS", default: 3_000)
        for _ in 0..<samples {
            let text = (0..<Int.random(in: 1...8, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
            XCTAssertFalse(TextSanitizer.clean(text).unicodeScalars.contains(where: CellTextGuard.isUnsafe), text.debugDescription)
            renderer.render { buffer in
                buffer.put(text, x: Int.random(in: -2...30, using: &random), y: 0)
                buffer.putPadded(text, in: Rect(x: 0, y: 1, width: 40, height: 1), alignment: .right)
                buffer.box(Rect(x: 0, y: 2, width: 30, height: 4), title: text)
            }
        }
        XCTAssertGreaterThan(terminal.output.count, samples)
        let unsafe = terminal.output.filter { $0.unicodeScalars.contains(where: CellTextGuard.isUnsafe) }
        XCTAssertEqual(unsafe, [], "cell texts sent with a control scalar")
    }
}
