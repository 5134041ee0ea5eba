@testable import VardagStore
import XCTest

/// The import's register of people by id finds everyone added, in any order, and no one else.
final class CompetenceImportPeopleTests: XCTestCase {
    func testEveryoneAddedIsFoundAndNoOneElse() {
        var people = CompetenceImportRegister.PeopleById()
        XCTAssertNil(people[1], "an empty register has no one")
        // Out of order, as a PostgreSQL scan may give them.
        for id in [40, 7, 1_000_000, 3, 12] as [Int64] {
            people.add(.init(id: id, name: "Person \(id)", unit: Int(id % 5)))
        }
        people.sortIfNeeded()
        XCTAssertEqual(people.count, 5)
        XCTAssertEqual(people.values.map(\.id), [3, 7, 12, 40, 1_000_000])
        for id in [40, 7, 1_000_000, 3, 12] as [Int64] {
            XCTAssertEqual(people[id]?.name, "Person \(id)")
            XCTAssertEqual(people[id]?.unit, Int(id % 5))
        }
        for id in [0, 2, 4, 13, 41, 999_999, 1_000_001, -1] as [Int64] {
            XCTAssertNil(people[id], "no one has id \(id)")
        }
    }
}
