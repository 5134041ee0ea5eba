import Foundation
import TestSupport
import VardagDemo
import VardagDomain
import XCTest
@testable import VardagStore

/// The nämnd report's reads on PostgreSQL as the demo logins: the systemförvaltare reads the
/// whole kommun (the same figures as the database's owner), a worker only what her scope
/// holds (her own ratings and diary). PostgreSQL only, as the other access tests.
final class NamndReadsAccessTests: XCTestCase {
    private let month = StaffMonth(containing: AccessPolicyFixture.today)

    func testTheSystemforvaltareReadsTheWholeKommunAndAWorkerHerOwnRowsOnly() throws {
        let fixture = try AccessPolicyFixture()
        defer { fixture.remove() }
        let owner = try AppDatabase.open(server: fixture.database.conninfo, user: "demo")
        defer { try? owner.close() }
        let kommunIds = try fixture.ids("SELECT id FROM kommun ORDER BY id")
        let manager = try fixture.login(holding: .systemforvaltare)
        let all = try AppDatabase.open(server: fixture.conninfo(as: manager), user: manager)
        defer { try? all.close() }
        var ratings = 0
        for id in kommunIds {
            let expected = try owner.namndWorkload(kommunId: id, month: month)
            XCTAssertEqual(try all.namndWorkload(kommunId: id, month: month), expected)
            XCTAssertEqual(try all.namndDialogue(kommunId: id, month: month), try owner.namndDialogue(kommunId: id, month: month))
            XCTAssertEqual(try all.namndShadowing(kommunId: id, month: month), try owner.namndShadowing(kommunId: id, month: month))
            XCTAssertEqual(try all.namndCompetence(kommunId: id, month: month, today: AccessPolicyFixture.today),
                           try owner.namndCompetence(kommunId: id, month: month, today: AccessPolicyFixture.today))
            ratings += expected.teams.map(\.ratings).reduce(0, +)
        }
        XCTAssertGreaterThan(ratings, 0)
        XCTAssertTrue(try owner.readsEveryRow())
        XCTAssertTrue(try all.readsEveryRow(), "the report makes its tool sections for the systemförvaltare")

        let worker = try fixture.login(holding: .medarbetare)
        let own = try AppDatabase.open(server: fixture.conninfo(as: worker), user: worker)
        defer { try? own.close() }
        var raters = 0, keepers = 0
        for id in kommunIds {
            let read = try own.namndWorkload(kommunId: id, month: month)
            raters += read.teams.map(\.raters).reduce(0, +)
            keepers += read.teams.map(\.diaryKeepers).reduce(0, +)
        }
        XCTAssertLessThanOrEqual(raters, 1, "a worker's scope holds her own ratings only")
        XCTAssertLessThanOrEqual(keepers, 1)
        XCTAssertFalse(try own.readsEveryRow(), "and leaves them out for a scoped login")
        let chef = try fixture.login(holding: .enhetschef)
        let unit = try AppDatabase.open(server: fixture.conninfo(as: chef), user: chef)
        defer { try? unit.close() }
        XCTAssertFalse(try unit.readsEveryRow())
    }
}
