import Foundation
import TestSupport
@testable import VardagStore
import VardagDomain
import XCTest

/// Two people with the same record open in two instances: a save writes only the fields
/// its form changed, and a change saved meanwhile to the same field is never overwritten
/// unseen (issue 14, point 1).
final class LostUpdateTests: XCTestCase {
    private func personInTwoInstances() throws -> (AppDatabase, AppDatabase, Medarbetare, TemporaryDatabase) {
        let temp = try TemporaryDatabase()
        let a = try temp.open(user: "anna")
        let b = try temp.open(user: "bertil")
        let kommun = try a.addKommun(name: "Åsele")
        let enhet = try a.addEnhet(kommunId: kommun.id, name: "Socialtjänst", omrade: .ifo)
        let team = try a.addTeam(enhetId: enhet.id, name: "Mottagning")
        let person = try a.addMedarbetare(teamId: team.id, name: "Åsa Öberg", title: "Kurator", role: .medarbetare,
                                          startDate: try LocalDate(year: 2021, month: 4, day: 1))
        return (a, b, person, temp)
    }

    private func draft(_ p: Medarbetare) -> MedarbetareDraft {
        MedarbetareDraft(teamId: p.teamId, name: p.name, title: p.title, role: p.role, startDate: p.startDate)
    }

    /// The case: B saves a new title, then A saves a new name from a form opened
    /// before B's save. Both changes are stored, and A is told B's title was kept.
    func testAnotherFieldChangedMeanwhileIsKept() throws {
        let (a, b, person, temp) = try personInTwoInstances()
        _ = temp
        let opened = draft(person)
        var bEdit = opened
        bEdit.title = "Kurator B"
        try b.updateMedarbetare(id: person.id, bEdit, openedAs: opened)
        var aEdit = opened
        aEdit.name = "Åsa Öberg A"
        let saved = try a.updateMedarbetare(id: person.id, aEdit, openedAs: opened)
        XCTAssertEqual(saved.keptFromOthers, ["title"])
        let stored = try XCTUnwrap(a.medarbetare(id: person.id))
        XCTAssertEqual(stored.name, "Åsa Öberg A")
        XCTAssertEqual(stored.title, "Kurator B", "B's title must survive A's save")
        let last = try XCTUnwrap(a.auditEntries(entity: "medarbetare", entityId: person.id, limit: 1).first)
        XCTAssertEqual(last.user, "anna")
        XCTAssertEqual(last.after?["name"], .text("Åsa Öberg A"))
        XCTAssertNil(last.after?["title"], "A's audit row (changed fields only) must not show the title going back")
    }

    /// Both change the title: A's save is refused with the conflict and nothing is written
    /// until she chooses; "use mine" then stores hers, "keep theirs" stores B's.
    func testSameFieldChangedMeanwhileAsksAndWritesNothing() throws {
        let (a, b, person, temp) = try personInTwoInstances()
        _ = temp
        let opened = draft(person)
        var bEdit = opened
        bEdit.title = "Kurator B"
        try b.updateMedarbetare(id: person.id, bEdit, openedAs: opened)
        var aEdit = opened
        aEdit.title = "Socionom A"
        aEdit.name = "Åsa Öberg-Lind"
        let audits = try a.auditCount()
        var asked: EditConflict<MedarbetareDraft>?
        XCTAssertThrowsError(try a.updateMedarbetare(id: person.id, aEdit, openedAs: opened)) { error in
            asked = error as? EditConflict<MedarbetareDraft>
        }
        let conflict = try XCTUnwrap(asked)
        XCTAssertEqual(conflict.conflicts, ["title"])
        XCTAssertEqual(conflict.theirs.title, "Kurator B")
        XCTAssertEqual(try a.auditCount(), audits, "a refused save writes nothing")
        XCTAssertEqual(try a.medarbetare(id: person.id)?.title, "Kurator B")

        let kept = try a.updateMedarbetare(id: person.id, aEdit, openedAs: opened,
                                           resolution: conflict.resolution(keepingTheirs: ["title"]))
        XCTAssertEqual(kept.keptFromOthers, ["title"])
        XCTAssertEqual(try a.medarbetare(id: person.id)?.title, "Kurator B")
        XCTAssertEqual(try a.medarbetare(id: person.id)?.name, "Åsa Öberg-Lind", "her other change is still saved")

        let reopened = draft(try XCTUnwrap(a.medarbetare(id: person.id)))
        var bAgain = reopened
        bAgain.title = "Kurator C"
        try b.updateMedarbetare(id: person.id, bAgain, openedAs: reopened)
        var aAgain = reopened
        aAgain.title = "Socionom A"
        var second: EditConflict<MedarbetareDraft>?
        XCTAssertThrowsError(try a.updateMedarbetare(id: person.id, aAgain, openedAs: reopened)) { second = $0 as? EditConflict }
        let useMine = try XCTUnwrap(second).resolution(keepingTheirs: [])
        // Someone saves again before she answers: her answer was about another version, so she is asked again.
        var bThird = try XCTUnwrap(second).theirs
        bThird.title = "Kurator D"
        try b.updateMedarbetare(id: person.id, bThird, openedAs: try XCTUnwrap(second).theirs)
        XCTAssertThrowsError(try a.updateMedarbetare(id: person.id, aAgain, openedAs: reopened, resolution: useMine))
        XCTAssertEqual(try a.medarbetare(id: person.id)?.title, "Kurator D")
        var third: EditConflict<MedarbetareDraft>?
        XCTAssertThrowsError(try a.updateMedarbetare(id: person.id, aAgain, openedAs: reopened)) { third = $0 as? EditConflict }
        try a.updateMedarbetare(id: person.id, aAgain, openedAs: reopened,
                                resolution: try XCTUnwrap(third).resolution(keepingTheirs: []))
        XCTAssertEqual(try a.medarbetare(id: person.id)?.title, "Socionom A", "use mine")
    }

    /// The mapping form: B saves wishes, A saves points from a form opened before; both stay,
    /// and a step marked done on the grid meanwhile is not wiped by the form's stale steps.
    func testMappingKeepsWishesAndStepsSavedMeanwhile() throws {
        let (a, b, person, temp) = try personInTwoInstances()
        _ = temp
        let opened = try XCTUnwrap(a.competencePeople().first { $0.id == person.id }).mapping
        var bEdit = opened
        bEdit.wishes = "Vill gå handledarutbildning på Åsgården"
        try b.saveCompetenceMapping(bEdit, openedAs: opened)
        var aEdit = opened
        aEdit.points = 1200
        let saved = try a.saveCompetenceMapping(aEdit, openedAs: opened)
        XCTAssertEqual(saved.keptFromOthers, ["wishes"])
        let stored = try XCTUnwrap(a.competencePeople().first { $0.id == person.id }).mapping
        XCTAssertEqual(stored.points, 1200)
        XCTAssertEqual(stored.wishes, "Vill gå handledarutbildning på Åsgården")

        var bWishes = stored
        bWishes.wishes = "Annat"
        try b.saveCompetenceMapping(bWishes, openedAs: stored)
        var aWishes = stored
        aWishes.wishes = "Mitt"
        XCTAssertThrowsError(try a.saveCompetenceMapping(aWishes, openedAs: stored)) { error in
            XCTAssertEqual((error as? EditConflict<CompetenceMapping>)?.conflicts, ["wishes"])
        }
    }

    /// A unit renamed by one person and moved to another area by the other: both kept.
    func testUnitFieldsMergeAndSameNameConflicts() throws {
        let (a, b, _, temp) = try personInTwoInstances()
        _ = temp
        let enhet = try XCTUnwrap(a.registerTree().kommuner.first?.enheter.first?.enhet)
        var bEdit = enhet
        bEdit.omrade = .vardOchOmsorg
        try b.saveEnhetEdit(bEdit, openedAs: enhet)
        var aEdit = enhet
        aEdit.name = "Socialtjänst Öst"
        try a.saveEnhetEdit(aEdit, openedAs: enhet)
        let stored = try XCTUnwrap(a.registerTree().kommuner.first?.enheter.first?.enhet)
        XCTAssertEqual(stored.name, "Socialtjänst Öst")
        XCTAssertEqual(stored.omrade, .vardOchOmsorg)
        var bName = stored
        bName.name = "Socialtjänst Väst"
        try b.saveEnhetEdit(bName, openedAs: stored)
        var aName = stored
        aName.name = "Socialtjänst Nord"
        XCTAssertThrowsError(try a.saveEnhetEdit(aName, openedAs: stored)) { error in
            XCTAssertEqual((error as? EditConflict<Enhet>)?.conflicts, ["name"])
        }
    }
}
