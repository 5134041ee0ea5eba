import ReportKit
import XCTest

/// Numbers as each language writes them.
final class ReportNumberTests: XCTestCase {
    func testSwedishUsesADecimalCommaAndThinSpaces() {
        let sv = ReportNumber(.sv)
        XCTAssertEqual(sv.format(1234567), "1\u{202F}234\u{202F}567")
        XCTAssertEqual(sv.format(412.26, decimals: 1), "412,3")
        XCTAssertEqual(sv.percent(0.0734), "7,3\u{00A0}%")
        XCTAssertEqual(sv.format(-2.5, decimals: 1), "−2,5")
        XCTAssertEqual(sv.format(-0.01, decimals: 1), "0,0", "no minus on a rounded zero")
    }

    func testEnglishUsesAPointAndCommas() {
        let en = ReportNumber(.en)
        XCTAssertEqual(en.format(1234567), "1,234,567")
        XCTAssertEqual(en.percent(0.125), "12.5%")
    }
}
