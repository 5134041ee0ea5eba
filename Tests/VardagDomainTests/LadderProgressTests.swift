import XCTest
@testable import VardagDomain

/// The share of each step done, quarter by quarter.
final class LadderProgressTests: XCTestCase {
    private func done(_ step: Int, _ date: String, validering: Bool = false) -> StepCompletion {
        StepCompletion(step: step, date: try! LocalDate.parse(date), validering: validering)
    }

    func testTheLastQuartersEndWithTodaysAndCrossTheYear() {
        let quarters = LadderProgress.lastQuarters(4, endingAt: try! LocalDate.parse("2026-02-10"))
        XCTAssertEqual(quarters.map(\.description), ["2025-K2", "2025-K3", "2025-K4", "2026-K1"])
    }

    func testSharesCountAStepFromTheEndOfItsQuarterOn() {
        let quarters = LadderProgress.lastQuarters(3, endingAt: try! LocalDate.parse("2026-11-23"))  // K2, K3, K4 of 2026
        let progress = LadderProgress.compute(completions: [
            [done(1, "2026-06-30"), done(2, "2026-07-01")],
            [done(1, "2026-09-30"), done(3, "2026-10-05", validering: true)],
            [],
            [done(1, "2025-01-01")],
        ], quarters: quarters)
        XCTAssertEqual(progress.people, 4)
        XCTAssertEqual(progress.shares[0], [0.5, 0.75, 0.75], "June 30 is in K2; September 30 in K3")
        XCTAssertEqual(progress.shares[1], [0, 0.25, 0.25])
        XCTAssertEqual(progress.shares[2], [0, 0, 0.25], "validering counts")
        XCTAssertEqual(progress.shares[4], [0, 0, 0])
        XCTAssertEqual(LadderProgress.compute(completions: [], quarters: quarters).shares[0], [nil, nil, nil])
    }
}
