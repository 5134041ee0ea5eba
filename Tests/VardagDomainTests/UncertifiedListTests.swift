import XCTest
@testable import VardagDomain

/// Who is on the list of undersköterskor without the certificate, and in which order.
final class UncertifiedListTests: XCTestCase {
    func testOnlyThoseWithoutTheCertificateAreListed() {
        XCTAssertTrue(UncertifiedList.isListed(.missingCertificate))
        XCTAssertTrue(UncertifiedList.isListed(.transition(daysLeft: 0)))
        XCTAssertFalse(UncertifiedList.isListed(.certified))
        XCTAssertFalse(UncertifiedList.isListed(nil), "a title that is not protected is not listed")
    }

    func testDaysLeftOnlyWithTheRight() {
        XCTAssertEqual(UncertifiedList.daysLeft(.transition(daysLeft: 2411)), 2411)
        XCTAssertNil(UncertifiedList.daysLeft(.missingCertificate))
        XCTAssertNil(UncertifiedList.daysLeft(.certified))
    }

    func testNoRightComesFirstThenFewestDaysLeft() {
        let standings: [ProtectedTitleRule.Standing] = [.transition(daysLeft: 30), .missingCertificate, .transition(daysLeft: 2), .missingCertificate]
        let sorted = standings.enumerated().sorted { UncertifiedList.comesFirst($0.element, $1.element) ?? ($0.offset < $1.offset) }
        XCTAssertEqual(sorted.map(\.offset), [1, 3, 2, 0], "equal urgency keeps the given order")
        XCTAssertNil(UncertifiedList.comesFirst(.transition(daysLeft: 5), .transition(daysLeft: 5)))
    }
}
