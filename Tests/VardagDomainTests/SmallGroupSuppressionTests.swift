import VardagDomain
import XCTest

final class SmallGroupSuppressionTests: XCTestCase {
    func testSuppressesFiguresAboutFewerPeopleThanTheThresholdOnly() {
        let rule = SmallGroupSuppression.standard
        XCTAssertEqual(rule.threshold, 5)
        XCTAssertTrue(rule.suppresses(people: 1))
        XCTAssertTrue(rule.suppresses(people: 4))
        XCTAssertFalse(rule.suppresses(people: 5), "a group of exactly the threshold is shown")
        XCTAssertFalse(rule.suppresses(people: 6))
        XCTAssertFalse(rule.suppresses(people: 0), "a figure about nobody singles nobody out")
    }

    func testRevealAndTextAtTheThreshold() throws {
        let rule = try SmallGroupSuppression(threshold: 6)
        XCTAssertNil(rule.reveal(4.5, people: 5))
        XCTAssertEqual(rule.reveal(4.5, people: 6), 4.5)
        XCTAssertEqual(rule.text("12", people: 5), "<6")
        XCTAssertEqual(rule.text("12", people: 5, mark: "–"), "–")
        XCTAssertEqual(rule.text("12", people: 6), "12")
    }

    /// The floor holds in the type itself, so the store, the screen and every export obey
    /// it; a value below it already in a database reads as the floor.
    func testTheThresholdNeverGoesBelowFiveAndAStoredLowerValueReadsAsFive() throws {
        for low in [-1, 0, 1, 2, 3, 4] {
            XCTAssertThrowsError(try SmallGroupSuppression(threshold: low)) {
                XCTAssertEqual($0 as? CompetenceError, .thresholdOutOfRange(low))
            }
        }
        XCTAssertEqual(try SmallGroupSuppression(threshold: 5).threshold, 5)
        XCTAssertEqual(try SmallGroupSuppression(threshold: 11).threshold, 11)
        XCTAssertThrowsError(try SmallGroupSuppression(threshold: 101))
        XCTAssertEqual(SmallGroupSuppression(stored: 2).threshold, 5)
        XCTAssertEqual(SmallGroupSuppression(stored: nil).threshold, 5)
        XCTAssertEqual(SmallGroupSuppression(stored: 7).threshold, 7)
        XCTAssertEqual(SmallGroupSuppression(stored: 1000).threshold, 100)
        XCTAssertTrue(SmallGroupSuppression(stored: 2).suppresses(groupSize: 4))
    }

    /// One person of five did a step: the group is large enough, but the share would single
    /// her out, and so would "four of five" (the rest is one).
    func testAShareIsTooFewWhenItsCountOrTheRestOfItsGroupIsBelowThree() {
        let rule = SmallGroupSuppression.standard
        XCTAssertEqual(rule.cellThreshold, 3)
        let one = ComparisonCell(groupSize: 5, met: 1, suppression: rule)
        XCTAssertEqual(one.visibility, .tooFew)
        XCTAssertNil(one.share)
        XCTAssertEqual(one.text, "för få")
        XCTAssertFalse(one.hidesGroup, "the group of five itself may be shown")
        XCTAssertEqual(ComparisonCell(groupSize: 5, met: 2, suppression: rule).text, "för få")
        XCTAssertEqual(ComparisonCell(groupSize: 5, met: 4, suppression: rule).text, "för få", "the rest of the group is one")
        XCTAssertEqual(ComparisonCell(groupSize: 6, met: 3, suppression: rule).text, "50 %")
        XCTAssertEqual(ComparisonCell(groupSize: 5, met: 0, suppression: rule).text, "0 %", "nobody singles nobody out")
        XCTAssertEqual(ComparisonCell(groupSize: 5, met: 5, suppression: rule).text, "100 %")
        XCTAssertEqual(ComparisonCell(groupSize: 4, met: 2, suppression: rule).visibility, .hidden)
        XCTAssertNil(rule.share(met: 1, groupSize: 5))
        XCTAssertEqual(rule.share(met: 3, groupSize: 6), 0.5)
    }

    func testExactlyOneHiddenPartHidesTheNextSmallestOrTheTotal() {
        XCTAssertEqual(ComplementarySuppression.protect(parts: [5, 20, 8], hidden: [0]).hidden, [0, 2])
        XCTAssertFalse(ComplementarySuppression.protect(parts: [5, 20, 8], hidden: [0]).hidesTotal)
        XCTAssertEqual(ComplementarySuppression.protect(parts: [5, 20, 8], hidden: [0], preferring: .total).hidden, [0])
        XCTAssertTrue(ComplementarySuppression.protect(parts: [5, 20, 8], hidden: [0], preferring: .total).hidesTotal)
        XCTAssertTrue(ComplementarySuppression.protect(parts: [5], hidden: [0]).hidesTotal, "no other part to hide")
        XCTAssertEqual(ComplementarySuppression.protect(parts: [5, 20, 8], hidden: [0, 2]).hidden, [0, 2])
        XCTAssertFalse(ComplementarySuppression.protect(parts: [5, 20, 8], hidden: []).hidesTotal)
    }

    /// A row's total over the kommuner never lets a hidden count or group size be worked
    /// out as the total minus the shown cells.
    func testARowTotalIsHiddenWhereSubtractionWouldRevealAHiddenCell() {
        let rule = SmallGroupSuppression.standard
        func total(_ cells: [(Int, Int)]) -> ComparisonCell {
            let row = cells.map { ComparisonCell(groupSize: $0.0, met: $0.1, suppression: rule) }
            var sum = ComparisonCell(groupSize: cells.map(\.0).reduce(0, +), met: cells.map(\.1).reduce(0, +), suppression: rule)
            ComparisonCell.protect(row, total: &sum)
            return sum
        }
        // 1 of 6 is "för få"; the total 13 of 26 minus 5 and 7 would give it back.
        let oneTooFew = total([(6, 1), (10, 5), (10, 7)])
        XCTAssertEqual(oneTooFew.visibility, .withheld)
        XCTAssertNil(oneTooFew.share)
        XCTAssertEqual(oneTooFew.text, "dold")
        XCTAssertFalse(oneTooFew.hidesGroup, "every group size is shown, so their sum may be")
        // A group of 3 is hidden; the total's size minus the others would give it back.
        XCTAssertEqual(total([(3, 0), (10, 5), (10, 7)]).visibility, .hidden)
        // Two hidden counts: only their sum can be worked out.
        XCTAssertEqual(total([(6, 1), (6, 5), (10, 7)]).visibility, .shown)
        // A kommun with nobody in the group hides nothing.
        XCTAssertEqual(total([(0, 0), (10, 5), (10, 7)]).visibility, .shown)
    }
}
