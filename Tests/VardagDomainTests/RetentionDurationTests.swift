import VardagDomain
import XCTest

final class RetentionDurationTests: XCTestCase {
    func testParsesYearsMonthsAndDays() throws {
        XCTAssertEqual(try RetentionDuration.parse("2y"), try RetentionDuration(amount: 2, unit: .years))
        XCTAssertEqual(try RetentionDuration.parse("18m"), try RetentionDuration(amount: 18, unit: .months))
        XCTAssertEqual(try RetentionDuration.parse("90d"), try RetentionDuration(amount: 90, unit: .days))
        XCTAssertEqual(try RetentionDuration.parse("9999d").amount, 9999)
    }

    func testRefusesEverythingElseWithAReason() {
        let cases: [(String, RetentionDurationError)] = [
            ("", .empty), ("2", .missingUnit("2")), ("2w", .unknownUnit("2w")), ("2Y", .unknownUnit("2Y")),
            ("y", .notANumber("y")), ("-2y", .notANumber("-2y")), (" 2y", .notANumber(" 2y")),
            ("2 y", .notANumber("2 y")), ("1.5y", .notANumber("1.5y")), ("02y", .leadingZero("02y")),
            ("0d", .outOfRange(0)), ("10000d", .outOfRange(10000)), ("2y ", .unknownUnit("2y ")), ("٢y", .notANumber("٢y")),
        ]
        for (text, expected) in cases {
            XCTAssertThrowsError(try RetentionDuration.parse(text), text) { error in
                XCTAssertEqual(error as? RetentionDurationError, expected, text)
                XCTAssertFalse(String(describing: error).isEmpty)
            }
        }
    }

    func testCutoffCountsBackAndClampsTheDay() throws {
        let today = try LocalDate.parse("2026-11-23")
        XCTAssertEqual(try RetentionDuration.parse("2y").cutoff(from: today).iso, "2024-11-23")
        XCTAssertEqual(try RetentionDuration.parse("18m").cutoff(from: today).iso, "2025-05-23")
        XCTAssertEqual(try RetentionDuration.parse("90d").cutoff(from: today).iso, "2026-08-25")
        XCTAssertEqual(try RetentionDuration.parse("1y").cutoff(from: try LocalDate.parse("2024-02-29")).iso, "2023-02-28")
        XCTAssertEqual(try RetentionDuration.parse("1m").cutoff(from: try LocalDate.parse("2026-03-31")).iso, "2026-02-28")
        XCTAssertEqual(try RetentionDuration.parse("11m").cutoff(from: try LocalDate.parse("2026-11-30")).iso, "2025-12-30")
    }

    func testOnlyRetentionBelowATenthOfTheDefaultIsFarBelowIt() throws {
        // workload's default 2y is 730 days: 73 days is a tenth, 72 days is below it.
        XCTAssertTrue(RetentionKind.workload.isFarBelowDefault(try RetentionDuration.parse("1d")))
        XCTAssertTrue(RetentionKind.workload.isFarBelowDefault(try RetentionDuration.parse("72d")))
        XCTAssertTrue(RetentionKind.workload.isFarBelowDefault(try RetentionDuration.parse("2m")))
        XCTAssertFalse(RetentionKind.workload.isFarBelowDefault(try RetentionDuration.parse("73d")))
        XCTAssertFalse(RetentionKind.workload.isFarBelowDefault(try RetentionDuration.parse("1y")))
        // audit's default 5y is 1825 days: 6 months (180 days) is under a tenth.
        XCTAssertTrue(RetentionKind.audit.isFarBelowDefault(try RetentionDuration.parse("6m")))
        XCTAssertFalse(RetentionKind.audit.isFarBelowDefault(try RetentionDuration.parse("7m")))
        XCTAssertFalse(RetentionKind.dialogue.isFarBelowDefault(try RetentionDuration.parse("10y")))
    }
}
