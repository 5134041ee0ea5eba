import Foundation
import TestSupport
import VardagDomain
import XCTest
@testable import VardagStore

/// The title catalogue (v22): a title added, renamed and retired, each in one transaction
/// with its audit row, and a retired title kept for its holders and for history.
final class CompetenceTitleEditStoreTests: XCTestCase {
    private var database: TemporaryDatabase!
    private var store: AppDatabase!

    override func setUpWithError() throws {
        database = try TemporaryDatabase()
        store = try database.open()
    }

    override func tearDown() {
        store = nil
        database.remove()
    }

    func testATitleIsAddedWithItsRequirementsAndAudited() throws {
        let title = try store.addCompetenceTitle(name: " Kontaktperson ", educationKind: .gymnasial, points: 900, certificateRequired: false)
        let stored = try XCTUnwrap(try database.open().competenceTitles().first { $0.id == title.id })
        XCTAssertEqual([stored.name, String(stored.points), String(stored.active), String(stored.protected)], ["Kontaktperson", "900", "true", "false"])
        let entry = try XCTUnwrap(try store.auditEntries(entity: "competence_title", entityId: title.id).first)
        XCTAssertEqual(entry.action, .insert)
        XCTAssertEqual(entry.after?["points"], .integer(900))
        let other = try store.addCompetenceTitle(name: "Handledare", educationKind: .hogskola, points: 1200, certificateRequired: true)
        XCTAssertEqual(other.points, 0, "points count only for gymnasial")
    }

    func testNamesAreUniqueIgnoringCaseAndCheckedAndRefusalsWriteNothing() throws {
        let before = try store.auditCount()
        XCTAssertThrowsError(try store.addCompetenceTitle(name: "UNDERSKÖTERSKA", educationKind: .gymnasial, points: 0, certificateRequired: false)) {
            XCTAssertEqual($0 as? CompetenceError, .titleExists("UNDERSKÖTERSKA"))
        }
        XCTAssertThrowsError(try store.addCompetenceTitle(name: "  ", educationKind: .ingen, points: 0, certificateRequired: false)) {
            XCTAssertEqual($0 as? CompetenceError, .required(.title))
        }
        XCTAssertThrowsError(try store.addCompetenceTitle(name: "Titel\u{1B}[2J", educationKind: .ingen, points: 0, certificateRequired: false))
        XCTAssertThrowsError(try store.addCompetenceTitle(name: "Ny", educationKind: .gymnasial, points: 5001, certificateRequired: false))
        let vbtr = try XCTUnwrap(try store.competenceTitles().first { $0.name == "Vårdbiträde" })
        XCTAssertThrowsError(try store.renameCompetenceTitle(id: vbtr.id, name: "stödassistent"))
        XCTAssertEqual(try store.auditCount(), before)
        XCTAssertEqual(try store.competenceTitles().count, 11)
    }

    func testRenameAndRetireKeepTheHoldersAndTheHistory() throws {
        let kommun = try store.addKommun(name: "Åsbro")
        let enhet = try store.addEnhet(kommunId: kommun.id, name: "Hemtjänst Norr", omrade: .vardOchOmsorg)
        let team = try store.addTeam(enhetId: enhet.id, name: "Grupp Ängen")
        let bo = try store.addMedarbetare(MedarbetareDraft(teamId: team.id, name: "Bo Ek", title: "Vårdbiträde", role: .medarbetare, startDate: "2024-03-01"))
        let vbtr = try XCTUnwrap(try store.competenceTitles().first { $0.name == "Vårdbiträde" })
        try store.saveCompetenceMapping(CompetenceMapping(medarbetareId: bo.id, titleId: vbtr.id, educationKind: .gymnasial, points: 800))

        try store.renameCompetenceTitle(id: vbtr.id, name: "Vårdbiträde äldreomsorg")
        try store.setCompetenceTitleActive(id: vbtr.id, active: false)
        let reopened = try database.open()
        let title = try XCTUnwrap(try reopened.competenceTitles().first { $0.id == vbtr.id })
        XCTAssertEqual(title.name, "Vårdbiträde äldreomsorg")
        XCTAssertFalse(title.active)
        XCTAssertEqual(title.points, 800, "requirements kept")
        XCTAssertEqual(try reopened.competencePeople().first { $0.id == bo.id }?.mapping.titleId, vbtr.id, "Bo keeps his title")

        let history = try store.auditEntries(entity: "competence_title", entityId: vbtr.id).sorted { $0.id < $1.id }
        XCTAssertEqual(history.map(\.action), [.update, .deactivate])
        XCTAssertEqual(history[0].before?["name"], .text("Vårdbiträde"))
        XCTAssertEqual(history[0].after?["name"], .text("Vårdbiträde äldreomsorg"))
        XCTAssertEqual(history[1].after?["active"], .bool(false))

        try store.setCompetenceTitleActive(id: vbtr.id, active: false)
        XCTAssertEqual(try store.auditEntries(entity: "competence_title", entityId: vbtr.id).count, 2, "no change, no audit row")
        try store.setCompetenceTitleActive(id: vbtr.id, active: true)
        XCTAssertEqual(try store.auditEntries(entity: "competence_title", entityId: vbtr.id).map(\.action).filter { $0 == .reactivate }.count, 1)
        XCTAssertThrowsError(try store.renameCompetenceTitle(id: 9_999, name: "Ingen"))
    }
}
