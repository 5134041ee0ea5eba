import Foundation
import TestSupport
import VardagDemo
import VardagDomain
import VardagStore
import XCTest

/// The register screen lists staff by fetching the ordered ids once and rows by id;
/// this must give exactly what the offset query gives, for every sort and filter.
final class StaffIDListTests: XCTestCase {
    func testRowsByIdMatchTheOffsetWindowsForEverySortAndFilter() throws {
        let temp = try TemporaryDatabase()
        let db = try temp.open()
        _ = try DemoData.populateLarge(db, staff: 300)
        let filters = [StaffFilter.all, StaffFilter(text: "ö"), StaffFilter(includeInactive: false)]
        for filter in filters {
            for sort in StaffSort.allCases {
                let ids = try db.staffIDs(filter: filter, sort: sort)
                XCTAssertEqual(ids.count, try db.staffCount(filter: filter))
                for offset in stride(from: 0, to: ids.count, by: 97) {
                    let window = Array(ids[offset..<min(ids.count, offset + 40)])
                    XCTAssertEqual(
                        try db.staff(ids: window),
                        try db.staff(offset: offset, limit: 40, filter: filter, sort: sort),
                        "filter \(filter) sort \(sort) offset \(offset)")
                }
            }
        }
        XCTAssertEqual(try db.staff(ids: []), [])
        XCTAssertEqual(try db.staff(ids: [999_999]), [], "unknown ids are skipped")
    }
}
