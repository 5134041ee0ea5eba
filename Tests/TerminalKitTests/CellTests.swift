import XCTest
@testable import TerminalKit

/// A cell keeps its grapheme inline: what fits comes back unchanged, what does not is
/// cut to whole scalars and never left hanging on a joiner.
final class CellTests: XCTestCase {
    func testGraphemesThatFitComeBackUnchanged() {
        for text in [" ", "A", "å", "Ö", "─", "…", "✓", "界", "👍", "🇸🇪", "e\u{301}", "👍🏽", ""] {
            XCTAssertEqual(Cell(text).text, text, text)
            XCTAssertEqual(Cell(text).utf8Count, text.utf8.count, text)
        }
        XCTAssertEqual(Cell(Character("ä")).text, "ä")
    }

    func testOnlyOneASCIICharacterIsPrintableASCII() {
        XCTAssertTrue(Cell("x").isPrintableASCII)
        XCTAssertFalse(Cell("ö").isPrintableASCII)
        XCTAssertFalse(Cell("\u{1b}").isPrintableASCII)
        XCTAssertFalse(Cell("").isPrintableASCII)
    }

    func testALongClusterIsCutToWholeScalarsWithoutATrailingJoiner() {
        // Man, ZWJ, woman, ZWJ, girl, ZWJ, boy: 25 bytes.
        let family = "\u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467}\u{200D}\u{1F466}"
        let kept = Cell(family).text
        XCTAssertLessThanOrEqual(kept.utf8.count, Cell.maximumUTF8Count)
        XCTAssertTrue(family.unicodeScalars.starts(with: kept.unicodeScalars), kept)
        XCTAssertNotEqual(kept.unicodeScalars.last, "\u{200D}")
        XCTAssertEqual(kept, "\u{1F468}\u{200D}\u{1F469}")
        // A letter under many combining marks keeps the letter and the marks that fit.
        let heap = "a" + String(repeating: "\u{301}", count: 20)
        XCTAssertEqual(Cell(heap).text, "a" + String(repeating: "\u{301}", count: 7))
    }

    func testCellsCompareByGraphemeWidthAndStyle() {
        XCTAssertEqual(Cell("ä"), Cell("ä"))
        XCTAssertNotEqual(Cell("ä"), Cell("a"))
        XCTAssertNotEqual(Cell("a", style: Style(bold: true)), Cell("a"))
        XCTAssertNotEqual(Cell("界", width: 2), Cell("界", width: 1))
        XCTAssertEqual(Cell.continuation(style: .plain).text, "")
    }

    func testSanitizerFastPathStillNormalisesAndCleans() {
        XCTAssertEqual(TextSanitizer.clean("Åsa Öberg ─ … →"), "Åsa Öberg ─ … →")
        XCTAssertEqual(TextSanitizer.clean("a\u{308}"), "ä")
        XCTAssertEqual(TextSanitizer.clean("Å\u{1b}[2Jsa"), "Åsa")
        XCTAssertEqual(TextSanitizer.clean("ö\u{85}ö"), "öö")
        XCTAssertEqual(TextSanitizer.clean("ö\u{202E}ö"), "öö")
    }

    func testTheByteFastPathTakesOnlyPrintableAsciiAndLatin1Letters() {
        func fast(_ text: String) -> Bool {
            var text = text
            return text.withUTF8 { TextSanitizer.isPrintableLatin1($0) }
        }
        XCTAssertTrue(fast("Åsa Öberg-Ähr, 12 × 3 ÷ 4"))
        XCTAssertTrue(fast(""))
        // A combining mark after a Latin-1 letter, C1 controls (0xC2 lead), tabs, escapes,
        // DEL and anything beyond U+00FF go the long way.
        XCTAssertFalse(fast("a\u{308}"))
        XCTAssertFalse(fast("Å\u{301}"))
        XCTAssertFalse(fast("ö\u{85}ö"))
        XCTAssertFalse(fast("a\tb"))
        XCTAssertFalse(fast("\u{1b}[2J"))
        XCTAssertFalse(fast("a\u{7F}"))
        XCTAssertFalse(fast("Łukasz"))
        XCTAssertFalse(fast("–"))
        // And what the long way makes of the same: cleaned, NFC.
        XCTAssertEqual(TextSanitizer.clean("Å\u{301}x"), "Ǻx")
        XCTAssertEqual(TextSanitizer.clean("Åsa\tÖ"), "Åsa Ö")
    }
}
