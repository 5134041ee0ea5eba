import VardagDomain
import XCTest

final class IsoWeekTests: XCTestCase {
    func testWeekOneOf2026StartsIn2025() throws {
        let week = try IsoWeek.parse("2026-W01")
        XCTAssertEqual(week.monday.iso, "2025-12-29")
        XCTAssertEqual(week.sunday.iso, "2026-01-04")
        XCTAssertEqual(IsoWeek(containing: try LocalDate.parse("2025-12-29")), week)
        XCTAssertEqual(IsoWeek(containing: try LocalDate.parse("2025-12-28")).description, "2025-W52")
    }

    func testYearBoundaries() throws {
        // 2021-01-03 (Sunday) belongs to 2020's week 53; 2024-12-30 to 2025-W01.
        XCTAssertEqual(IsoWeek(containing: try LocalDate.parse("2021-01-03")).description, "2020-W53")
        XCTAssertEqual(IsoWeek(containing: try LocalDate.parse("2021-01-04")).description, "2021-W01")
        XCTAssertEqual(IsoWeek(containing: try LocalDate.parse("2024-12-30")).description, "2025-W01")
        XCTAssertEqual(IsoWeek(containing: try LocalDate.parse("2026-11-23")).description, "2026-W48")
    }

    func testWeek53Years() throws {
        XCTAssertEqual(IsoWeek.weeks(inYear: 2020), 53)  // leap year starting on Wednesday
        XCTAssertEqual(IsoWeek.weeks(inYear: 2026), 53)  // starts on Thursday
        XCTAssertEqual(IsoWeek.weeks(inYear: 2025), 52)
        XCTAssertEqual(IsoWeek.weeks(inYear: 2027), 52)
        XCTAssertEqual(try IsoWeek.parse("2026-W53").monday.iso, "2026-12-28")
        XCTAssertThrowsError(try IsoWeek.parse("2025-W53")) { error in
            XCTAssertEqual(error as? IsoWeekError, .outOfRange(year: 2025, week: 53))
        }
    }

    func testNextAndPreviousCrossYears() throws {
        let last2026 = try IsoWeek.parse("2026-W53")
        XCTAssertEqual(last2026.next.description, "2027-W01")
        XCTAssertEqual(last2026.next.previous, last2026)
        XCTAssertEqual(try IsoWeek.parse("2025-W52").next.description, "2026-W01")
        XCTAssertEqual(try IsoWeek.parse("2026-W01").previous.description, "2025-W52")
        XCTAssertLessThan(try IsoWeek.parse("2025-W52"), try IsoWeek.parse("2026-W01"))
    }

    func testEveryDayOfAWeekMapsBackToIt() throws {
        var week = try IsoWeek.parse("2019-W50")
        for _ in 0..<400 {
            XCTAssertEqual(week.days.count, 7)
            for day in week.days { XCTAssertEqual(IsoWeek(containing: day), week) }
            XCTAssertEqual(week.monday.isoWeekday, 1)
            let next = week.next
            XCTAssertEqual(week.sunday.adding(days: 1), next.monday)
            week = next
        }
    }

    func testParseRefusesGarbage() {
        for text in ["2026-48", "2026W48", "2026-W4", "2026-w48", "2026-W00", "2026-W54", "", "W48-2026"] {
            XCTAssertThrowsError(try IsoWeek.parse(text), "accepted \"\(text)\"")
        }
        XCTAssertEqual(try IsoWeek.parse("2026-W05").description, "2026-W05")
    }
}
