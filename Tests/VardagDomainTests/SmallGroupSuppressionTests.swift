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
        let rule = try SmallGroupSuppression(threshold: 3)
        XCTAssertNil(rule.reveal(4.5, people: 2))
        XCTAssertEqual(rule.reveal(4.5, people: 3), 4.5)
        XCTAssertEqual(rule.text("12", people: 2), "<3")
        XCTAssertEqual(rule.text("12", people: 2, mark: "–"), "–")
        XCTAssertEqual(rule.text("12", people: 3), "12")
    }
}
