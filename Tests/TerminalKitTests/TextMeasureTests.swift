import TerminalKit
import TestSupport
import XCTest

/// Display widths, cutting and wrapping by width, and cleaning of hostile text.
final class TextMeasureTests: XCTestCase {
    func testDisplayWidthsOfCommonText() {
        XCTAssertEqual(DisplayWidth.of("abc"), 3)
        XCTAssertEqual(DisplayWidth.of("å"), 1)
        XCTAssertEqual(DisplayWidth.of("Åsa Öberg"), 9)
        XCTAssertEqual(DisplayWidth.of("漢"), 2)
        XCTAssertEqual(DisplayWidth.of("漢字"), 4)
        XCTAssertEqual(DisplayWidth.of("😀"), 2)
        XCTAssertEqual(DisplayWidth.of("❤\u{FE0F}"), 2, "emoji presentation selector makes it wide")
        XCTAssertEqual(DisplayWidth.of(Unicode.Scalar(0x301)!), 0, "a combining acute takes no cell")
        XCTAssertEqual(DisplayWidth.of(Unicode.Scalar(0x30A)!), 0, "a combining ring takes no cell")
        XCTAssertEqual(DisplayWidth.of(Character("e\u{301}")), 1)
        XCTAssertEqual(DisplayWidth.of("\u{200B}"), 0, "zero width space")
    }

    func testDecomposedRingIsOneCellAndPrecomposedAfterCleaning() {
        let cleaned = TextSanitizer.clean("a\u{30A}")
        XCTAssertEqual(cleaned.unicodeScalars.map(\.value), [0xE5], "NFC turns a + ring into å")
        XCTAssertEqual(DisplayWidth.of(cleaned), 1)
        XCTAssertEqual(cleaned.count, 1)
    }

    func testTruncationEndsInEllipsisAndNeverSplitsAWideCharacter() {
        XCTAssertEqual(TextLayout.truncate("abcdef", to: 6), "abcdef")
        XCTAssertEqual(TextLayout.truncate("abcdef", to: 4), "abc…")
        XCTAssertEqual(TextLayout.truncate("漢字漢字", to: 4), "漢…")
        XCTAssertEqual(TextLayout.truncate("漢字漢字", to: 5), "漢字…")
        XCTAssertEqual(TextLayout.truncate("a😀b", to: 2), "a…")
        for width in 1..<8 {
            let cut = TextLayout.truncate("漢字漢字", to: width)
            XCTAssertLessThanOrEqual(DisplayWidth.of(cut), width, "width \(width): \(cut)")
            XCTAssertTrue(cut.hasSuffix("…"), "width \(width): \(cut)")
        }
    }

    func testTruncateMiddleKeepsBothEnds() {
        let path = "/home/anna/.local/share/vardag/demo.sqlite"
        XCTAssertEqual(TextLayout.truncateMiddle(path, to: 25), "/home/anna/.…/demo.sqlite")
        XCTAssertEqual(TextLayout.truncateMiddle("short", to: 25), "short")
        XCTAssertEqual(TextLayout.truncateMiddle("漢字漢字漢字", to: 6), "漢…字", "cut where no wide character splits")
    }

    func testPadAndWrapByDisplayWidth() {
        XCTAssertEqual(TextLayout.pad("漢", to: 4), "漢  ")
        XCTAssertEqual(TextLayout.pad("ab", to: 4, alignment: .right), "  ab")
        XCTAssertEqual(TextLayout.wrap("Vill du verkligen ta bort ärendet", width: 12),
                       ["Vill du", "verkligen ta", "bort ärendet"])
        XCTAssertEqual(TextLayout.wrap("abcdefgh", width: 3), ["abc", "def", "gh"])
    }

    func testSanitizerRemovesEscapeSequencesAndControls() {
        XCTAssertEqual(TextSanitizer.clean("a\u{1b}]0;pwned\u{7}b"), "ab", "OSC window title")
        XCTAssertEqual(TextSanitizer.clean("\u{1b}[2Jx"), "x", "clear screen")
        XCTAssertEqual(TextSanitizer.clean("\u{1b}[31mröd\u{1b}[0m"), "röd")
        XCTAssertEqual(TextSanitizer.clean("a\u{85}b\u{9b}31mc"), "abc", "C1 NEL and C1 CSI")
        XCTAssertEqual(TextSanitizer.clean("\u{9d}0;title\u{9c}z"), "z", "C1 OSC up to C1 ST")
        XCTAssertEqual(TextSanitizer.clean("\u{1b}(Bx"), "x", "character set selection")
        XCTAssertEqual(TextSanitizer.clean("a\tb\nc\u{0}d\u{7f}"), "a b cd")
    }

    func testKeyLabelsAreLanguageNeutral() {
        XCTAssertEqual(Key.backspace.label, "Bksp")
        XCTAssertEqual(Key.ctrl("s").label, "Ctrl-S")
        let map = KeyMap<Int>(title: "T", [
            KeyBinding([.up, .char("k")], "Upp", 1, hint: true),
            KeyBinding([.backspace], "Tillbaka", 2, label: "Backsteg"),
        ])
        XCTAssertEqual(map.helpEntries.map(\.key), ["↑/k", "Backsteg"])
        XCTAssertEqual(map.hints.map(\.help), ["Upp"])
        XCTAssertEqual(map.action(for: .char("k")), 1)
    }

    func testLinesDiffShowsBothVersionsOfADifferingRow() {
        let diff = linesDiff(["abc", "same"], ["abd", "same"])
        XCTAssertTrue(diff.contains(" -  0|abd|"), diff)
        XCTAssertTrue(diff.contains(" +  0|abc|"), diff)
        XCTAssertTrue(diff.contains("    1|same|"), diff)
    }

    /// The narrow symbols screens draw (dashes, arrows, box drawing, sparkline blocks) take
    /// the fast path of one cell per scalar, and the full measure agrees with it for each,
    /// alone and beside its neighbours.
    func testNarrowSymbolsAreSimpleAndMeasureAsTheFullMeasureDoes() {
        let ranges: [ClosedRange<UInt32>] = [0x2010...0x2027, 0x2030...0x205E, 0x2190...0x21FF, 0x2500...0x25FC]
        var all = ""
        for range in ranges {
            for value in range {
                guard let scalar = Unicode.Scalar(value) else { continue }
                XCTAssertTrue(DisplayWidth.isSimple(scalar), String(value, radix: 16))
                XCTAssertEqual(DisplayWidth.of(Character(scalar)), 1, String(value, radix: 16))
                XCTAssertFalse(scalar.properties.isBidiControl, String(value, radix: 16))
                all.unicodeScalars.append(scalar)
            }
        }
        XCTAssertEqual(all.count, all.unicodeScalars.count, "each scalar is a character of its own")
        XCTAssertEqual(DisplayWidth.ofSimpleText(all), all.reduce(0) { $0 + DisplayWidth.of($1) })
        XCTAssertEqual(TextSanitizer.clean(all), all)
        XCTAssertEqual(DisplayWidth.ofSimpleText("▁▂▃▄▅▆▇█ – Åsa"), 14)
        // Just outside: a zero-width space, a line separator and a wide symbol stay off the fast path.
        for value: UInt32 in [0x200B, 0x2028, 0x202E, 0x2066, 0x25FD] {
            XCTAssertFalse(DisplayWidth.isSimple(Unicode.Scalar(value)!), String(value, radix: 16))
        }
    }
}
