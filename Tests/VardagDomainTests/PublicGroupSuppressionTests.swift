import VardagDomain
import XCTest

/// The public document's small-group rule with complementary suppression
/// (`PublicGroupSuppression`), which the staff rows and the nämnd report's tool sections share.
final class PublicGroupSuppressionTests: XCTestCase {
    private let rule = StaffSuppression.standard

    private func decide(_ sizes: [Int], total: Int? = nil) -> PublicGroupSuppression<Int> {
        PublicGroupSuppression(groups: sizes.enumerated().map { .init(id: $0.offset, size: $0.element) }, totalSmallest: total, rule: rule)
    }

    func testGroupsAboveTheThresholdAreShown() {
        let decision = decide([11, 25, 40])
        XCTAssertEqual(decision.hidden, [])
        XCTAssertEqual(decision.total, .shown)
        XCTAssertEqual(decision.visibility(of: 0), .shown)
    }

    func testAGroupAtTheThresholdIsTooFew() {
        XCTAssertEqual(decide([10, 25, 40]).visibility(of: 0), .tooFew)
        XCTAssertEqual(decide([11, 25, 40]).visibility(of: 0), .shown, "11 is more than 10")
    }

    func testOneHiddenCellForcesASecondTheSmallestShown() {
        // Total − 25 − 40 would give the 6 back: the next smallest (25) is hidden as well.
        let decision = decide([6, 40, 25])
        XCTAssertEqual(decision.visibility(of: 0), .tooFew)
        XCTAssertEqual(decision.visibility(of: 2), .protecting)
        XCTAssertEqual(decision.visibility(of: 1), .shown)
        XCTAssertEqual(decision.total, .shown)
    }

    func testTwoTinyHiddenCellsTogetherStillTooFewForceAThird() {
        // 3 + 4 = 7 people: total minus the shown groups would show a group of 7.
        let decision = decide([3, 4, 30, 12])
        XCTAssertEqual(decision.tooFew, [0, 1])
        XCTAssertEqual(decision.visibility(of: 3), .protecting, "the smallest shown group joins them")
        XCTAssertEqual(decision.visibility(of: 2), .shown)
        XCTAssertEqual(decision.total, .shown)
    }

    func testTwoHiddenCellsOfMoreThanTheThresholdTogetherNeedNoMore() {
        let decision = decide([8, 9, 30])
        XCTAssertEqual(decision.hidden, [0, 1])
        XCTAssertEqual(decision.visibility(of: 2), .shown)
    }

    func testWithNoGroupLeftToHideTheTotalIsHidden() {
        // One group of 6 beside one of 30: hiding the 30 as well leaves 36 hidden, fine. With
        // a single group the total would equal it: the total is hidden instead.
        XCTAssertEqual(decide([6, 30]).hidden, [0, 1])
        XCTAssertEqual(decide([6, 30]).total, .shown)
        let alone = decide([6], total: 40)
        XCTAssertEqual(alone.visibility(of: 0), .tooFew)
        XCTAssertEqual(alone.total, .protecting)
    }

    func testASmallTotalHidesEverything() {
        let decision = decide([4, 5])
        XCTAssertEqual(decision.total, .tooFew, "9 people in all")
        XCTAssertEqual(decision.tooFew, [0, 1])
    }

    func testAcrossSlicesAGroupHiddenInOneSliceIsHiddenInAll() {
        // Months: a unit small in one month is hidden in every month, and the protection found
        // in one month holds for the whole document.
        let groups: [PublicGroupSuppression<String>.Group] = [
            .init(id: "a", sizes: [20, 9]), .init(id: "b", sizes: [30, 30]), .init(id: "c", sizes: [25, nil]),
        ]
        let decision = PublicGroupSuppression(groups: groups, rule: rule)
        XCTAssertEqual(decision.visibility(of: "a"), .tooFew)
        // Month 1: a alone hidden forces the smallest shown there, c (25).
        XCTAssertEqual(decision.visibility(of: "c"), .protecting)
        // Month 2 has only a and b: a alone hidden there forces b, though month 1 was settled.
        XCTAssertEqual(decision.visibility(of: "b"), .protecting)
        XCTAssertEqual(decision.total, .shown)
    }

    func testARaisedThresholdIsUsed() throws {
        let strict = try StaffSuppression(threshold: 20)
        let decision = PublicGroupSuppression(groups: [.init(id: 1, size: 15), .init(id: 2, size: 50), .init(id: 3, size: 60)], rule: strict)
        XCTAssertEqual(decision.visibility(of: 1), .tooFew)
        XCTAssertEqual(decision.visibility(of: 2), .protecting)
    }
}
