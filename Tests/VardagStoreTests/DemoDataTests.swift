import Foundation
import TestSupport
import VardagDemo
import VardagDomain
import VardagStore
import XCTest

final class DemoDataTests: XCTestCase {
    func testDemoRegionHasTheExpectedShape() throws {
        let temp = try TemporaryDatabase()
        let db = try temp.open()
        let summary = try DemoData.populate(db)
        XCTAssertEqual(summary.kommuner, 3)
        XCTAssertEqual(summary.enheter, 15)
        XCTAssertEqual(summary.teams, 21)
        XCTAssertEqual(summary.medarbetare, 60)
        XCTAssertEqual(try db.counts(), RegisterCounts(kommuner: 3, enheter: 15, teams: 21, medarbetare: 60,
                                                        activeMedarbetare: 60 - summary.inactive))
        XCTAssertEqual(summary.inactive, 6)
        XCTAssertEqual(try db.integrityCheck(), ["ok"])

        let staff = try db.staff(offset: 0, limit: 100)
        XCTAssertEqual(Set(staff.map(\.omrade)), Set(Verksamhetsomrade.allCases))
        XCTAssertEqual(Set(staff.map(\.role)), Set(MedarbetarRoll.allCases))
        XCTAssertEqual(Set(staff.map(\.name)).count, 60, "demo names repeat")
        XCTAssertTrue(staff.contains { $0.name.contains(where: { "åäöÅÄÖ".contains($0) }) })
        XCTAssertTrue(Set(staff.map(\.title)).isSuperset(of: ["Undersköterska", "Socialsekreterare", "Enhetschef"]))
        // Every insert went through the audit trail.
        XCTAssertEqual(try db.auditCount(), 3 + 15 + 21 + 60)
    }

    func testDemoDataIsDeterministic() throws {
        let first = try TemporaryDatabase()
        let second = try TemporaryDatabase()
        let a = try first.open()
        let b = try second.open()
        try DemoData.populate(a, seed: 7)
        try DemoData.populate(b, seed: 7)
        XCTAssertEqual(try a.staff(offset: 0, limit: 100), try b.staff(offset: 0, limit: 100))
        XCTAssertEqual(try RegisterExport.data(from: a, format: .json), try RegisterExport.data(from: b, format: .json))
    }

    func testRefusesANonEmptyRegister() throws {
        let temp = try TemporaryDatabase()
        let db = try temp.open()
        try db.addKommun(name: "Egen kommun")
        XCTAssertThrowsError(try DemoData.populate(db)) { error in
            XCTAssertEqual(error as? StoreError, .databaseNotEmpty)
        }
        XCTAssertEqual(try db.counts().kommuner, 1)
    }

    func testLargeRegionForTheBenchmark() throws {
        let temp = try TemporaryDatabase()
        let db = try temp.open()
        let started = Date()
        let summary = try DemoData.populateLarge(db, staff: 10_000)
        let elapsed = Date().timeIntervalSince(started)
        XCTAssertEqual(summary.medarbetare, 10_000)
        XCTAssertEqual(try db.counts().medarbetare, 10_000)
        XCTAssertEqual(try db.staffCount(), 10_000)
        XCTAssertEqual(try db.staff(offset: 9_990, limit: 50).count, 10)
        XCTAssertLessThan(elapsed, 30, "10,000 staff took \(elapsed) s")
        print("populateLarge(10_000): \(String(format: "%.2f", elapsed)) s")
        let pageStart = Date()
        _ = try db.staff(offset: 5_000, limit: 40, filter: .all, sort: .team)
        _ = try db.staffCount(filter: StaffFilter(text: "berg"))
        print("page at 5000 + filtered count: \(String(format: "%.1f", Date().timeIntervalSince(pageStart) * 1000)) ms")
    }
}
