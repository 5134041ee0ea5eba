import XCTest
@testable import VardagDomain

/// The time diary's shares over every category.
final class CategorySharesTests: XCTestCase {
    func testSharesCoverEveryCategoryAndAddUpTo100() throws {
        let shares = try XCTUnwrap(CategoryShares.of([.direkt: 60, .administration: 180]))
        XCTAssertEqual(shares.map(\.category), TimeCategory.allCases)
        XCTAssertEqual(shares.map(\.percent), [25, 0, 75, 0, 0])
        let thirds = try XCTUnwrap(CategoryShares.of([.direkt: 10, .indirekt: 10, .resor: 10]))
        XCTAssertEqual(thirds.map(\.percent), [34, 33, 0, 33, 0], "the earlier category takes the odd percent")
        for minutes in [[TimeCategory.direkt: 7, .indirekt: 13, .administration: 29, .resor: 3, .ovrigt: 1], [.ovrigt: 1]] {
            XCTAssertEqual(try XCTUnwrap(CategoryShares.of(minutes)).map(\.percent).reduce(0, +), 100)
        }
        XCTAssertNil(CategoryShares.of([:]))
        XCTAssertNil(CategoryShares.of([.direkt: 0]))
    }
}
