import XCTest
@testable import VardagDomain

/// The self-rating check: an overall rating that the case ratings do not bear out, either way.
final class SelfRatingMismatchTests: XCTestCase {
    private let w48 = WorkloadPeriod.week(try! IsoWeek(year: 2026, week: 48))

    private func summary(latt: Int = 0, tid: Int = 0, svar: Int = 0, tung: Int = 0, overall: Int?) -> PeriodSummary {
        PeriodSummary(period: w48, counts: FieldCounts(latt: latt, tidskravande: tid, svar: svar, tung: tung), load: 0, overall: overall)
    }

    func testFiveWithMostlyLattRatesHigher() {
        XCTAssertEqual(SelfRatingMismatch.of(summary(latt: 3, tung: 1, overall: 5), settings: .standard), .ratesHigher)
        // Exactly half is not "most".
        XCTAssertNil(SelfRatingMismatch.of(summary(latt: 2, tung: 2, overall: 5), settings: .standard))
        XCTAssertNil(SelfRatingMismatch.of(summary(latt: 3, tung: 1, overall: 4), settings: .standard))
    }

    func testOneOrTwoWithManyInTungRatesLower() {
        XCTAssertEqual(SelfRatingMismatch.of(summary(latt: 3, tung: 2, overall: 2), settings: .standard), .ratesLower)
        XCTAssertEqual(SelfRatingMismatch.of(summary(tung: 5, overall: 1), settings: .standard), .ratesLower)
        // 1 of 4 in tung (25 %) is under the default 40 %.
        XCTAssertNil(SelfRatingMismatch.of(summary(latt: 3, tung: 1, overall: 1), settings: .standard))
        XCTAssertNil(SelfRatingMismatch.of(summary(tung: 5, overall: 3), settings: .standard))
    }

    func testNoOverallOrTooFewCasesNeverDisagree() {
        XCTAssertNil(SelfRatingMismatch.of(summary(latt: 5, overall: nil), settings: .standard))
        XCTAssertNil(SelfRatingMismatch.of(summary(latt: 2, overall: 5), settings: .standard), "two cases are under the minimum of three")
        XCTAssertNil(SelfRatingMismatch.of(summary(overall: 5), settings: .standard))
    }

    func testThresholdsAreSettings() {
        var settings = WorkloadSettings.standard
        settings.mismatchHighOverall = 4
        settings.mismatchLattPercent = 70
        XCTAssertEqual(SelfRatingMismatch.of(summary(latt: 3, tung: 1, overall: 4), settings: settings), .ratesHigher, "75 % is over 70 %")
        XCTAssertNil(SelfRatingMismatch.of(summary(latt: 2, tung: 1, overall: 4), settings: settings), "67 % is not over 70 %")
        settings.mismatchLowOverall = 3
        settings.mismatchTungPercent = 100
        XCTAssertEqual(SelfRatingMismatch.of(summary(tung: 3, overall: 3), settings: settings), .ratesLower)
        XCTAssertNil(SelfRatingMismatch.of(summary(svar: 1, tung: 3, overall: 3), settings: settings))
        settings.mismatchMinCases = 1
        XCTAssertEqual(SelfRatingMismatch.of(summary(tung: 1, overall: 1), settings: settings), .ratesLower)
    }

    func testSettingsRefuseMismatchValuesOutOfRange() {
        XCTAssertNoThrow(try WorkloadSettings.standard.validate())
        XCTAssertThrowsError(try WorkloadSettings(mismatchHighOverall: 6).validate())
        XCTAssertThrowsError(try WorkloadSettings(mismatchLattPercent: 100).validate())
        XCTAssertThrowsError(try WorkloadSettings(mismatchLowOverall: 0).validate())
        XCTAssertThrowsError(try WorkloadSettings(mismatchTungPercent: 101).validate())
        XCTAssertThrowsError(try WorkloadSettings(mismatchMinCases: 0).validate())
    }
}
