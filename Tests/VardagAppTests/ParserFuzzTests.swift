import TestSupport
import VardagDomain
import XCTest

/// Every parser of outside input gets thousands of generated inputs (see `ParserFuzz`):
/// accepted or refused with a message, never a crash, canonical text round-trips.
/// `VARDAG_FUZZ_SEED` replays a run, `VARDAG_FUZZ_INPUTS` sets the inputs per parser.
final class ParserFuzzTests: XCTestCase {
    func testLocalDateParse() {
        var fuzz = ParserFuzz(label: "LocalDate.parse")
        let result = fuzz.check("LocalDate.parse", canonical: Self.canonicalDate, parse: { text in
            let date = try LocalDate.parse(text)
            XCTAssertEqual(date.iso, text, "a strict parser accepts only canonical text")
            _ = IsoWeek(containing: date)  // what the app does with a date next
            return date
        }, format: \.iso)
        XCTAssertGreaterThan(result.accepted, 0)
        XCTAssertGreaterThan(result.refused, 0)
    }

    func testIsoWeekParse() {
        var fuzz = ParserFuzz(label: "IsoWeek.parse")
        let result = fuzz.check("IsoWeek.parse", canonical: Self.canonicalWeek, parse: { text in
            let week = try IsoWeek.parse(text)
            XCTAssertEqual(week.description, text, "a strict parser accepts only canonical text")
            XCTAssertEqual(week.days.count, 7)
            return week
        }, format: \.description)
        XCTAssertGreaterThan(result.accepted, 0)
        XCTAssertGreaterThan(result.refused, 0)
    }

    /// A random valid date, mostly near today, sometimes at the ends of the range.
    static func canonicalDate(_ random: inout ReplayableRandom) -> String {
        let year = Bool.random(using: &random) ? Int.random(in: 2000...2040, using: &random) : Int.random(in: 1...9999, using: &random)
        let month = Int.random(in: 1...12, using: &random)
        let day = Int.random(in: 1...LocalDate.daysInMonth(year: year, month: month), using: &random)
        return (try? LocalDate(year: year, month: month, day: day).iso) ?? "2026-11-23"
    }

    /// A random valid ISO week.
    static func canonicalWeek(_ random: inout ReplayableRandom) -> String {
        let year = Bool.random(using: &random) ? Int.random(in: 2000...2040, using: &random) : Int.random(in: 1...9998, using: &random)
        let week = Int.random(in: 1...IsoWeek.weeks(inYear: year), using: &random)
        return (try? IsoWeek(year: year, week: week).description) ?? "2026-W48"
    }
}
