import XCTest
@testable import VardagDomain

/// A plan's cost per quarter, and the rules for a plan item's provider and cost.
final class PlanCostSumTests: XCTestCase {
    private func item(_ date: String, _ cost: Int?, _ status: PlanStatus = .planerad) -> PlanItem {
        PlanItem(id: 1, medarbetareId: 1, step: 1, course: "", targetDate: try! LocalDate.parse(date), status: status, cost: cost)
    }

    func testSumsPerQuarterLeaveCancelledOutAndCountItemsWithoutCost() {
        let sums = PlanCostSum.byQuarter([
            item("2027-04-01", 15_000), item("2027-01-15", 4_000), item("2027-03-31", nil),
            item("2027-02-01", 99_000, .avbruten), item("2027-03-31", 8_500, .klar),
        ])
        XCTAssertEqual(sums, [
            PlanCostSum(quarter: Quarter(year: 2027, number: 1), kronor: 12_500, items: 3, withoutCost: 1),
            PlanCostSum(quarter: Quarter(year: 2027, number: 2), kronor: 15_000, items: 1, withoutCost: 0),
        ])
        XCTAssertEqual(PlanCostSum.total(sums).map { [$0.kronor, $0.items, $0.withoutCost] }, [27_500, 4, 1])
        XCTAssertNil(PlanCostSum.total([]))
        XCTAssertEqual(PlanCostSum.byQuarter([item("2027-02-01", 5, .avbruten)]), [])
    }

    func testKronorAreGroupedByThousands() {
        XCTAssertEqual(PlanCostSum.grouped(0), "0")
        XCTAssertEqual(PlanCostSum.grouped(999), "999")
        XCTAssertEqual(PlanCostSum.grouped(12_500), "12 500")
        XCTAssertEqual(PlanCostSum.grouped(10_000_000), "10 000 000")
    }

    func testProviderAndCostRules() {
        var plan = item("2027-01-15", 0)
        XCTAssertNoThrow(try plan.validate(), "a free course costs 0")
        plan.cost = PlanItem.maximumCost + 1
        XCTAssertThrowsError(try plan.validate()) { XCTAssertEqual($0 as? CompetenceError, .costOutOfRange(10_000_001)) }
        plan.cost = nil
        plan.provider = String(repeating: "ö", count: 101)
        XCTAssertThrowsError(try plan.validate()) { XCTAssertEqual($0 as? CompetenceError, .tooLong(.provider, max: 100)) }
        plan.provider = "Komvux\u{202E}"
        XCTAssertThrowsError(try plan.validate()) { XCTAssertEqual($0 as? CompetenceError, .invalidCharacters(.provider)) }
    }
}
