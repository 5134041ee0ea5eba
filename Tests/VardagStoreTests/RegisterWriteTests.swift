import Foundation
import GRDB
import TestSupport
@testable import VardagStore
import VardagDomain
import XCTest

final class RegisterWriteTests: XCTestCase {
    private var temp: TemporaryDatabase!
    private var db: AppDatabase!
    /// 2026-01-01T23:30:00Z.
    private static let fixedNow = Date(timeIntervalSince1970: 1_767_310_200)

    override func setUpWithError() throws {
        temp = try TemporaryDatabase()
        db = try temp.open(user: "anna.chef", now: { RegisterWriteTests.fixedNow })
    }

    override func tearDownWithError() throws {
        db = nil
        temp.remove()
    }

    private func makeTeam() throws -> (Kommun, Enhet, Team) {
        let kommun = try db.addKommun(name: "Åsele")
        let enhet = try db.addEnhet(kommunId: kommun.id, name: "Hemtjänst Öst", omrade: .vardOchOmsorg)
        let team = try db.addTeam(enhetId: enhet.id, name: "Grupp Ängen")
        return (kommun, enhet, team)
    }

    func testKommunEnhetTeamRoundTrip() throws {
        let kommun = try db.addKommun(name: "  A\u{30A}sele ")
        XCTAssertEqual(kommun.name, "Åsele")
        XCTAssertEqual(try db.kommun(id: kommun.id), kommun)
        let renamed = try db.renameKommun(id: kommun.id, name: "Åsele kommun")
        XCTAssertEqual(try db.kommun(id: kommun.id)?.name, "Åsele kommun")
        XCTAssertEqual(renamed.name, "Åsele kommun")

        let enhet = try db.addEnhet(kommunId: kommun.id, name: "Boendestöd", omrade: .socialpsykiatri)
        XCTAssertEqual(try db.enhet(id: enhet.id), enhet)
        let updated = try db.updateEnhet(id: enhet.id, name: "Boendestöd Norr", omrade: .funktionshinder)
        XCTAssertEqual(try db.enheter(kommunId: kommun.id), [updated])
        XCTAssertEqual(updated.omrade, .funktionshinder)

        let team = try db.addTeam(enhetId: enhet.id, name: "Team Väst")
        XCTAssertEqual(try db.team(id: team.id), team)
        let other = try db.addEnhet(kommunId: kommun.id, name: "Träffpunkten", omrade: .socialpsykiatri)
        let moved = try db.updateTeam(id: team.id, name: "Team Öst", enhetId: other.id)
        XCTAssertEqual(try db.teams(enhetId: other.id), [moved])
        XCTAssertEqual(try db.teams(enhetId: enhet.id), [])
    }

    func testMedarbetareRoundTrip() throws {
        let (_, _, team) = try makeTeam()
        let start = try LocalDate.parse("2019-08-15")
        let person = try db.addMedarbetare(
            teamId: team.id, name: "Märta Öberg", title: "Undersköterska", role: .teamledare, startDate: start)
        XCTAssertEqual(try db.medarbetare(id: person.id), person)
        XCTAssertTrue(person.active)
        let changed = try db.updateMedarbetare(
            id: person.id, teamId: team.id, name: "Märta Öberg-Åström", title: "Vårdbiträde",
            role: .medarbetare, startDate: start.adding(days: 1))
        let stored = try XCTUnwrap(db.medarbetare(id: person.id))
        XCTAssertEqual(stored, changed)
        XCTAssertEqual(stored.name, "Märta Öberg-Åström")
        XCTAssertEqual(stored.title, "Vårdbiträde")
        XCTAssertEqual(stored.role, .medarbetare)
        XCTAssertEqual(stored.startDate.iso, "2019-08-16")
        XCTAssertEqual(try db.medarbetare(teamId: team.id), [stored])
    }

    func testValidationFailuresStoreNothing() throws {
        let (kommun, enhet, team) = try makeTeam()
        let auditBefore = try db.auditCount()
        let countsBefore = try db.counts()

        XCTAssertThrowsError(try db.addKommun(name: "  ")) { error in
            XCTAssertEqual((error as? ValidationFailure)?.errors, [.name: .required])
        }
        XCTAssertThrowsError(try db.addKommun(name: "åSELE")) { error in
            XCTAssertEqual((error as? ValidationFailure)?.errors, [.name: .duplicate])
        }
        XCTAssertThrowsError(try db.addEnhet(kommunId: kommun.id, name: "hemtjänst öst", omrade: .ifo)) { error in
            XCTAssertEqual((error as? ValidationFailure)?.errors, [.name: .duplicate])
        }
        XCTAssertThrowsError(try db.addEnhet(kommunId: 999, name: "Ny", omrade: .ifo)) { error in
            XCTAssertEqual((error as? ValidationFailure)?.errors, [.kommun: .unknownReference])
        }
        XCTAssertThrowsError(try db.addTeam(enhetId: enhet.id, name: String(repeating: "x", count: 101))) { error in
            XCTAssertEqual((error as? ValidationFailure)?.errors, [.name: .tooLong(max: 100)])
        }
        let draft = MedarbetareDraft(teamId: team.id, name: "", title: "Undersköterska", role: .medarbetare,
                                     startDate: "2026-02-29")
        XCTAssertThrowsError(try db.addMedarbetare(draft)) { error in
            XCTAssertEqual((error as? ValidationFailure)?.errors,
                           [.name: .required, .startDate: .invalidDate(.dayOutOfRange(day: 29, daysInMonth: 28))])
        }
        let orphan = MedarbetareDraft(teamId: 999, name: "Bo", title: "Skötare", role: .medarbetare, startDate: "2020-01-01")
        XCTAssertThrowsError(try db.addMedarbetare(orphan)) { error in
            XCTAssertEqual((error as? ValidationFailure)?.errors, [.team: .unknownReference])
        }
        // A rename to a sibling's name fails and leaves the old name.
        let second = try db.addKommun(name: "Älvdala")
        XCTAssertThrowsError(try db.renameKommun(id: second.id, name: "ÅSELE"))
        XCTAssertEqual(try db.kommun(id: second.id)?.name, "Älvdala")

        var expected = countsBefore
        expected.kommuner += 1
        XCTAssertEqual(try db.counts(), expected)
        XCTAssertEqual(try db.auditCount(), auditBefore + 1)
    }

    func testRenamingToItsOwnNameInOtherCaseIsAllowed() throws {
        let kommun = try db.addKommun(name: "åsele")
        XCTAssertEqual(try db.renameKommun(id: kommun.id, name: "Åsele").name, "Åsele")
    }

    func testUnknownIdsThrowNotFound() throws {
        XCTAssertThrowsError(try db.renameKommun(id: 42, name: "X")) { error in
            XCTAssertEqual(error as? StoreError, .notFound(entity: "kommun", id: 42))
        }
        XCTAssertThrowsError(try db.deactivateMedarbetare(id: 7)) { error in
            XCTAssertEqual(error as? StoreError, .notFound(entity: "medarbetare", id: 7))
        }
    }

    func testAuditRecordsInsertAndChangedFields() throws {
        let (_, _, team) = try makeTeam()
        let person = try db.addMedarbetare(MedarbetareDraft(
            teamId: team.id, name: "Sören Åberg", title: "Vårdbiträde", role: .medarbetare, startDate: "2021-03-01"))
        var insert = try XCTUnwrap(db.auditEntries(entity: "medarbetare", entityId: person.id).first)
        XCTAssertEqual(insert.action, .insert)
        XCTAssertEqual(insert.user, "anna.chef")
        XCTAssertEqual(insert.at, "2026-01-01T23:30:00.000Z")
        XCTAssertNil(insert.before)
        XCTAssertEqual(insert.after, [
            "team_id": .integer(team.id), "name": .text("Sören Åberg"), "title": .text("Vårdbiträde"),
            "role": .text("medarbetare"), "start_date": .text("2021-03-01"), "active": .bool(true),
        ])

        try db.updateMedarbetare(id: person.id, MedarbetareDraft(
            teamId: team.id, name: "Sören Åberg", title: "Undersköterska", role: .medarbetare, startDate: "2021-03-01"))
        let update = try XCTUnwrap(db.auditEntries(entity: "medarbetare", entityId: person.id).first)
        XCTAssertEqual(update.action, .update)
        XCTAssertEqual(update.before, ["title": .text("Vårdbiträde")])
        XCTAssertEqual(update.after, ["title": .text("Undersköterska")])

        // An update that changes nothing writes no audit row.
        let count = try db.auditCount()
        try db.updateTeam(id: team.id, name: "Grupp Ängen")
        XCTAssertEqual(try db.auditCount(), count)

        insert = try XCTUnwrap(db.auditEntries(entity: "team", entityId: team.id).first)
        XCTAssertEqual(insert.after?["name"], .text("Grupp Ängen"))
    }

    func testAuditRowsCannotBeChangedOrDeleted() throws {
        try db.addKommun(name: "Åsele")
        XCTAssertThrowsError(try db.writer.write { try $0.execute(sql: "DELETE FROM audit") })
        XCTAssertThrowsError(try db.writer.write { try $0.execute(sql: "UPDATE audit SET user = 'x'") })
        XCTAssertEqual(try db.auditCount(), 1)
        XCTAssertEqual(try db.auditEntries().first?.user, "anna.chef")
    }

    func testDeactivateKeepsPersonAndHistory() throws {
        let (_, _, team) = try makeTeam()
        let person = try db.addMedarbetare(MedarbetareDraft(
            teamId: team.id, name: "Ylva Lund", title: "Undersköterska", role: .medarbetare, startDate: "2015-05-04"))
        let gone = try db.deactivateMedarbetare(id: person.id)
        XCTAssertFalse(gone.active)
        XCTAssertEqual(try db.medarbetare(id: person.id)?.active, false)
        XCTAssertEqual(try db.medarbetare(id: person.id)?.name, "Ylva Lund")
        XCTAssertEqual(try db.medarbetare(teamId: team.id), [])
        XCTAssertEqual(try db.medarbetare(teamId: team.id, includeInactive: true).map(\.id), [person.id])

        let history = try db.auditEntries(entity: "medarbetare", entityId: person.id)
        XCTAssertEqual(history.map(\.action), [.deactivate, .insert])
        XCTAssertEqual(history[0].before, ["active": .bool(true)])
        XCTAssertEqual(history[0].after, ["active": .bool(false)])

        // Deactivating twice changes nothing and writes no second row.
        try db.deactivateMedarbetare(id: person.id)
        XCTAssertEqual(try db.auditEntries(entity: "medarbetare", entityId: person.id).count, 2)

        XCTAssertTrue(try db.reactivateMedarbetare(id: person.id).active)
        XCTAssertEqual(try db.auditEntries(entity: "medarbetare", entityId: person.id).first?.action, .reactivate)
    }

    func testDeactivateOrganisationUnits() throws {
        let (kommun, enhet, team) = try makeTeam()
        XCTAssertFalse(try db.deactivateKommun(id: kommun.id).active)
        XCTAssertFalse(try db.deactivateEnhet(id: enhet.id).active)
        XCTAssertFalse(try db.deactivateTeam(id: team.id).active)
        let tree = try db.registerTree()
        XCTAssertEqual(tree.kommuner.first?.kommun.active, false)
        XCTAssertEqual(tree.kommuner.first?.enheter.first?.enhet.active, false)
        XCTAssertEqual(tree.kommuner.first?.enheter.first?.teams.first?.team.active, false)
        XCTAssertTrue(try db.reactivateTeam(id: team.id).active)
        XCTAssertTrue(try db.reactivateEnhet(id: enhet.id).active)
        XCTAssertTrue(try db.reactivateKommun(id: kommun.id).active)
    }

    func testDeactivatingAKommunDeactivatesItsUnitsAndTeamsInOneAuditedTransaction() throws {
        let (kommun, enhet, team) = try makeTeam()
        let second = try db.addEnhet(kommunId: kommun.id, name: "LSS Väst", omrade: .funktionshinder)
        let closedTeam = try db.addTeam(enhetId: second.id, name: "Boende 1")
        let openTeam = try db.addTeam(enhetId: second.id, name: "Boende 2")
        try db.deactivateTeam(id: closedTeam.id)
        let other = try db.addKommun(name: "Östervik")
        let otherUnit = try db.addEnhet(kommunId: other.id, name: "IFO", omrade: .ifo)
        let person = try db.addMedarbetare(MedarbetareDraft(teamId: team.id, name: "Bo Ek", title: "Vårdbiträde",
                                                           role: .medarbetare, startDate: "2020-01-01"))
        XCTAssertEqual(try db.activeUnitsAndTeams(kommunId: kommun.id).enheter, 2)
        XCTAssertEqual(try db.activeUnitsAndTeams(kommunId: kommun.id).teams, 2)
        let audits = try db.auditCount()
        try db.deactivateKommun(id: kommun.id)
        XCTAssertEqual(try db.enhet(id: enhet.id)?.active, false)
        XCTAssertEqual(try db.enhet(id: second.id)?.active, false)
        XCTAssertEqual(try db.team(id: team.id)?.active, false)
        XCTAssertEqual(try db.team(id: openTeam.id)?.active, false)
        XCTAssertEqual(try db.auditCount(), audits + 1 + 2 + 2, "the kommun, two units, two teams; the closed team is untouched")
        XCTAssertEqual(try db.auditEntries(entity: "team", entityId: openTeam.id).first?.action, .deactivate)
        XCTAssertEqual(try db.enhet(id: otherUnit.id)?.active, true, "another kommun's units are not touched")
        XCTAssertEqual(try db.medarbetare(id: person.id)?.active, true, "staff are not changed")
        try db.reactivateKommun(id: kommun.id)
        XCTAssertEqual(try db.enhet(id: enhet.id)?.active, false, "reactivating the kommun leaves its units to be chosen one by one")
    }

    func testTreeIsSwedishAlphabeticalWithCounts() throws {
        let b = try db.addKommun(name: "Östervik")
        let a = try db.addKommun(name: "Åsbro")
        let c = try db.addKommun(name: "Björkå")
        let enhet = try db.addEnhet(kommunId: a.id, name: "IFO", omrade: .ifo)
        let team = try db.addTeam(enhetId: enhet.id, name: "Mottagning")
        for name in ["Ann", "Bo", "Cia"] {
            try db.addMedarbetare(teamId: team.id, name: name, title: "Socialsekreterare", role: .medarbetare,
                                  startDate: try LocalDate.parse("2020-01-01"))
        }
        try db.deactivateMedarbetare(id: try XCTUnwrap(db.medarbetare(teamId: team.id).first?.id))
        let tree = try db.registerTree()
        XCTAssertEqual(tree.kommuner.map(\.kommun.id), [c.id, a.id, b.id])
        let node = try XCTUnwrap(tree.kommuner[1].enheter.first?.teams.first)
        XCTAssertEqual(node.staffCount, 3)
        XCTAssertEqual(node.activeStaffCount, 2)
        XCTAssertEqual(try db.counts(), RegisterCounts(kommuner: 3, enheter: 1, teams: 1, medarbetare: 3, activeMedarbetare: 2))
    }
}
