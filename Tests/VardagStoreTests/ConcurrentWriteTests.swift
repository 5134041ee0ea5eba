import Foundation
import TestSupport
@testable import VardagStore
import VardagDomain
import XCTest

/// Two Vardag instances on one file, writing at the same time.
final class ConcurrentWriteTests: XCTestCase {
    /// Two `AppDatabase` objects (two WAL pools, as two app processes have) each make 500
    /// changes from their own thread: all 1,000 are stored with their audit rows and
    /// neither sees "database is locked" (the busy timeout makes a writer wait its turn).
    func testTwoInstancesEachMakeFiveHundredChanges() throws {
        let temp = try TemporaryDatabase()
        let instances = [try temp.open(user: "första"), try temp.open(user: "andra")]
        let kommun = try instances[0].addKommun(name: "Åsele")
        let enhet = try instances[0].addEnhet(kommunId: kommun.id, name: "Hemtjänst", omrade: .vardOchOmsorg)
        let team = try instances[0].addTeam(enhetId: enhet.id, name: "Grupp Ö")
        let start = try LocalDate(year: 2024, month: 3, day: 1)
        let errors = LockedList()
        DispatchQueue.concurrentPerform(iterations: 2) { worker in
            let db = instances[worker]
            for index in 0..<500 {
                do {
                    // Alternate inserts and updates so both kinds of write contend.
                    let name = "Person \(worker)-\(index)"
                    let person = try db.addMedarbetare(
                        teamId: team.id, name: name, title: "Undersköterska", role: .medarbetare, startDate: start)
                    if index % 2 == 1 {
                        try db.updateMedarbetare(
                            id: person.id, teamId: team.id, name: name, title: "Sjuksköterska",
                            role: .medarbetare, startDate: start)
                    }
                } catch {
                    errors.append("\(worker)-\(index): \(error)")
                }
            }
        }
        XCTAssertEqual(errors.values, [], "no write may fail, e.g. with 'database is locked'")
        XCTAssertEqual(try instances[1].counts().medarbetare, 1_000)
        for instance in instances {
            XCTAssertEqual(try instance.integrityCheck(), ["ok"])
        }
        let audit = try instances[0].auditEntries(limit: 10_000).filter { $0.entity == "medarbetare" }
        XCTAssertEqual(audit.count, 1_000 + 500, "one audit row per insert and per update")
        XCTAssertEqual(Set(audit.map(\.user)), ["första", "andra"])
    }
}

/// A thread-safe list of failure messages.
final class LockedList: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [String] = []
    var values: [String] { lock.withLock { items } }
    func append(_ item: String) { lock.withLock { items.append(item) } }
}
