import Foundation
import VardagDomain
import XCTest

final class LocalDateTests: XCTestCase {
    func testParsesAndFormatsValidDates() throws {
        let date = try LocalDate.parse("2026-03-09")
        XCTAssertEqual([date.year, date.month, date.day], [2026, 3, 9])
        XCTAssertEqual(date.iso, "2026-03-09")
        XCTAssertEqual(try LocalDate(year: 7, month: 1, day: 2).iso, "0007-01-02")
    }

    func testLeapDays() throws {
        XCTAssertEqual(try LocalDate.parse("2024-02-29").day, 29)
        XCTAssertEqual(try LocalDate.parse("2000-02-29").day, 29)
        XCTAssertThrowsError(try LocalDate.parse("2026-02-29")) { error in
            XCTAssertEqual(error as? LocalDateError, .dayOutOfRange(day: 29, daysInMonth: 28))
        }
        XCTAssertThrowsError(try LocalDate.parse("1900-02-29"))
        XCTAssertThrowsError(try LocalDate.parse("2026-02-30"))
        XCTAssertThrowsError(try LocalDate.parse("2026-04-31"))
    }

    func testRefusesGarbage() {
        for text in ["", "2026-1-05", "2026/01/05", "26-01-05", " 2026-01-05", "2026-01-05T00:00",
                     "２０２６-01-05", "abcd-ef-gh", "2026-00-10", "2026-13-01", "2026-01-00", "0000-01-01"] {
            XCTAssertThrowsError(try LocalDate.parse(text), "accepted \"\(text)\"")
        }
        XCTAssertThrowsError(try LocalDate.parse("2026-1x-01")) { error in
            XCTAssertEqual(error as? LocalDateError, .malformed("2026-1x-01"))
        }
    }

    func testComparisonAndDayArithmetic() throws {
        let a = try LocalDate.parse("2025-12-31")
        let b = a.adding(days: 1)
        XCTAssertEqual(b.iso, "2026-01-01")
        XCTAssertLessThan(a, b)
        XCTAssertEqual(try LocalDate.parse("2024-02-28").adding(days: 1).iso, "2024-02-29")
        XCTAssertEqual(try LocalDate.parse("2024-03-01").adding(days: -1).iso, "2024-02-29")
        XCTAssertEqual(try LocalDate.parse("1970-01-01").daysSinceEpoch, 0)
        XCTAssertEqual(a.days(to: try LocalDate.parse("2026-12-31")), 365)
        XCTAssertEqual(try LocalDate(daysSinceEpoch: a.daysSinceEpoch), a)
    }

    func testIsoWeekday() throws {
        XCTAssertEqual(try LocalDate.parse("2025-12-29").isoWeekday, 1)  // Monday
        XCTAssertEqual(try LocalDate.parse("2026-11-22").isoWeekday, 7)  // Sunday
        XCTAssertEqual(try LocalDate.parse("1970-01-01").isoWeekday, 4)  // Thursday
    }

    func testTodayUsesTheGivenTimeZone() throws {
        // 2026-01-01T23:30:00Z is already 2 January in Stockholm (UTC+1).
        let instant = Date(timeIntervalSince1970: 1_767_310_200)
        XCTAssertEqual(LocalDate.today(in: LocalDate.stockholm, now: instant).iso, "2026-01-02")
        XCTAssertEqual(LocalDate.today(in: TimeZone(identifier: "UTC")!, now: instant).iso, "2026-01-01")
    }

    func testCodableAsText() throws {
        let date = try LocalDate.parse("2026-11-23")
        let data = try JSONEncoder().encode([date])
        XCTAssertEqual(String(decoding: data, as: UTF8.self), #"["2026-11-23"]"#)
        XCTAssertEqual(try JSONDecoder().decode([LocalDate].self, from: data), [date])
        XCTAssertThrowsError(try JSONDecoder().decode([LocalDate].self, from: Data(#"["2026-02-30"]"#.utf8)))
    }
}
