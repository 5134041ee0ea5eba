import Foundation
import TestSupport
import VardagDomain
import XCTest
@testable import VardagStore

/// Migration v26 through the store, on the backend the run chooses (SQLite, or PostgreSQL
/// with `VARDAG_TEST_BACKEND=postgres`): a participant's competence steps, and employing her
/// as servicebiträde in one audited transaction that keeps her history and refuses twice.
final class ParticipantLadderStoreTests: XCTestCase {
    private var database: TemporaryDatabase!
    private var store: AppDatabase!
    private var team: ShadowingTeam!
    private var host: Team!
    private var otherUnitTeam: Team!
    private var anna: ShadowingParticipant!
    private let today = try! LocalDate.parse("2026-12-06")

    override func setUpWithError() throws {
        database = try TemporaryDatabase()
        store = try database.open()
        let kommun = try store.addKommun(name: "Åsbro")
        let enhet = try store.addEnhet(kommunId: kommun.id, name: "Hemtjänst Norr", omrade: .vardOchOmsorg)
        host = try store.addTeam(enhetId: enhet.id, name: "Grupp Ängen")
        _ = try store.addTeam(enhetId: enhet.id, name: "Grupp Åsen")
        let other = try store.addEnhet(kommunId: kommun.id, name: "Hemtjänst Söder", omrade: .vardOchOmsorg)
        otherUnitTeam = try store.addTeam(enhetId: other.id, name: "Grupp Syd")
        team = try store.createShadowingTeam(ShadowingTeamDraft(
            kommunId: kommun.id, hostTeamId: host.id, name: "Skuggningsteam Ängen",
            startDate: "2026-09-01", endDate: "2026-12-31", supervisorIds: []))
        anna = try store.addShadowingParticipant(teamId: team.id, name: "Anna Åkesson")
    }

    override func tearDown() {
        try? store.close()
        database = nil
    }

    private func reloaded() throws -> ShadowingParticipant {
        try XCTUnwrap(try store.shadowingParticipants(teamId: team.id).first { $0.id == anna.id })
    }

    private func problems(_ body: () throws -> Void) -> [ShadowingField: ShadowingProblem]? {
        do { try body(); return nil } catch { return (error as? ShadowingValidationFailure)?.problems }
    }

    func testLadderStepsAreStoredInOrderWithDatesAndAudited() throws {
        try store.recordPathStep(participantId: anna.id, step: .introduktion, date: "2026-09-01")
        try store.markParticipantLadderStep(participantId: anna.id, step: 1, date: "2026-09-20", today: today)
        try store.markParticipantLadderStep(participantId: anna.id, step: 2, date: " 2026-10-15 ", today: today)
        XCTAssertEqual(try reloaded().ladder.completions.map(\.step), [1, 2])
        XCTAssertEqual(try reloaded().ladder.completions.map(\.date.iso), ["2026-09-20", "2026-10-15"])
        let audit = try XCTUnwrap(try store.auditEntries(entity: "shadowing_participant", entityId: anna.id).first)
        XCTAssertEqual(audit.after?["ladder"], .text("1:2026-09-20 2:2026-10-15"))

        let audits = try store.auditCount()
        XCTAssertEqual(problems { try store.markParticipantLadderStep(participantId: anna.id, step: 4, date: "2026-11-01", today: today) },
                       [.step: .ladderStepMissing(3)])
        XCTAssertEqual(problems { try store.markParticipantLadderStep(participantId: anna.id, step: 2, date: "2026-11-01", today: today) },
                       [.step: .ladderStepDone(2)])
        XCTAssertEqual(problems { try store.markParticipantLadderStep(participantId: anna.id, step: 3, date: "2026-10-01", today: today) },
                       [.date: .dateBeforePrevious(try LocalDate.parse("2026-10-15"))])
        XCTAssertEqual(problems { try store.markParticipantLadderStep(participantId: anna.id, step: 3, date: "2026-12-07", today: today) },
                       [.date: .dateInFuture])
        XCTAssertEqual(problems { try store.markParticipantLadderStep(participantId: anna.id, step: 3, date: "2026-13-01", today: today) },
                       [.date: .invalidDate])
        XCTAssertEqual(try store.auditCount(), audits, "nothing written for a refused step")
        XCTAssertEqual(try reloaded().ladder.completions.count, 2)
    }

    func testTheLatestLadderStepIsTakenBackAuditedAndNotOnceSheIsEmployed() throws {
        let audits = try store.auditCount()
        XCTAssertEqual(problems { try store.removeLatestParticipantLadderStep(participantId: anna.id) }, [.step: .noLadderStep])
        XCTAssertEqual(try store.auditCount(), audits, "nothing written when she has no step")
        try store.markParticipantLadderStep(participantId: anna.id, step: 1, date: "2026-09-20", today: today)
        try store.markParticipantLadderStep(participantId: anna.id, step: 2, date: "2026-10-15", today: today)

        let removed = try store.removeLatestParticipantLadderStep(participantId: anna.id)

        XCTAssertEqual(removed, StepCompletion(step: 2, date: try .parse("2026-10-15")))
        XCTAssertEqual(try reloaded().ladder.completions, [StepCompletion(step: 1, date: try .parse("2026-09-20"))])
        let audit = try XCTUnwrap(try store.auditEntries(entity: "shadowing_participant", entityId: anna.id).first)
        XCTAssertEqual(audit.before?["ladder"], .text("1:2026-09-20 2:2026-10-15"))
        XCTAssertEqual(audit.after?["ladder"], .text("1:2026-09-20"))
        // The step can be marked again, with another date.
        try store.markParticipantLadderStep(participantId: anna.id, step: 2, date: "2026-10-20", today: today)
        XCTAssertEqual(try reloaded().ladder.completions.map(\.date.iso), ["2026-09-20", "2026-10-20"])
        XCTAssertThrowsError(try store.removeLatestParticipantLadderStep(participantId: 999_999)) { error in
            guard case StoreError.notFound = error else { return XCTFail("\(error)") }
        }

        // Once employed her steps are in Kompetenstrappa: nothing is taken back here.
        try store.employParticipant(participantId: anna.id, teamId: host.id, startDate: "2026-11-02")
        let employedAudits = try store.auditCount()
        XCTAssertEqual(problems { try store.removeLatestParticipantLadderStep(participantId: anna.id) }, [.step: .alreadyEmployed])
        XCTAssertEqual(try reloaded().ladder.completions.count, 2)
        XCTAssertEqual(try store.auditCount(), employedAudits)
    }

    func testEmployingMakesHerStaffWithTheTitleKeepsHerHistoryAndStepsAndIsAudited() throws {
        try store.recordPathStep(participantId: anna.id, step: .introduktion, date: "2026-09-01")
        try store.recordPathStep(participantId: anna.id, step: .sjalvstandigt, date: "2026-10-20")
        try store.markParticipantLadderStep(participantId: anna.id, step: 1, date: "2026-09-20", today: today)
        try store.markParticipantLadderStep(participantId: anna.id, step: 2, date: "2026-10-15", today: today)
        let before = try store.auditCount()

        let employment = try store.employParticipant(participantId: anna.id, teamId: host.id, startDate: "2026-11-02")

        let staff = try XCTUnwrap(try store.medarbetare(id: employment.medarbetareId))
        XCTAssertEqual(staff.name, "Anna Åkesson")
        XCTAssertEqual(staff.title, "Servicebiträde")
        XCTAssertEqual(staff.teamId, host.id)
        XCTAssertEqual(staff.role, .medarbetare)
        XCTAssertEqual(staff.startDate.iso, "2026-11-02")
        let person = try XCTUnwrap(try store.competencePeople().first { $0.id == staff.id })
        let servicebitrade = try XCTUnwrap(try store.competenceTitles().first { $0.name == "Servicebiträde" })
        XCTAssertEqual(person.mapping.titleId, servicebitrade.id)
        XCTAssertEqual(person.mapping.completions, [StepCompletion(step: 1, date: try .parse("2026-09-20")),
                                                    StepCompletion(step: 2, date: try .parse("2026-10-15"))],
                       "her ladder steps are carried over to her staff mapping")
        // Her participant history stays, with the step anställd and her leaving as servicebiträde.
        let after = try reloaded()
        XCTAssertEqual(after.path.steps.map(\.step), [.introduktion, .sjalvstandigt, .anstalld])
        XCTAssertEqual(after.path.steps.last?.date.iso, "2026-11-02")
        XCTAssertEqual(after.path.left?.outcome, .servicebitrade)
        XCTAssertEqual(after.path.left?.date.iso, "2026-11-02")
        XCTAssertEqual(after.ladder.completions.count, 2)
        XCTAssertEqual(after.employment, ParticipantEmployment(medarbetareId: staff.id, startDate: try .parse("2026-11-02")))
        // Audited: the medarbetare, her mapping and the participant.
        XCTAssertEqual(try store.auditCount(), before + 3)
        let audit = try XCTUnwrap(try store.auditEntries(entity: "shadowing_participant", entityId: anna.id).first)
        XCTAssertEqual(audit.after?["medarbetare_id"], .integer(staff.id))
        XCTAssertEqual(audit.after?["outcome"], .text("servicebitrade"))
        XCTAssertEqual(try store.auditEntries(entity: "medarbetare", entityId: staff.id).first?.action, .insert)

        // Never twice; and her steps are now marked in Kompetenstrappa.
        let audits = try store.auditCount()
        let staffCount = try store.medarbetare(teamId: host.id).count
        XCTAssertEqual(problems { try store.employParticipant(participantId: anna.id, teamId: host.id, startDate: "2026-11-03") },
                       [.step: .alreadyEmployed])
        XCTAssertEqual(problems { try store.markParticipantLadderStep(participantId: anna.id, step: 3, date: "2026-11-20", today: today) },
                       [.step: .alreadyEmployed])
        XCTAssertEqual(try store.medarbetare(teamId: host.id).count, staffCount)
        XCTAssertEqual(try store.auditCount(), audits)
    }

    func testEmploymentIsRefusedOutsideTheHostUnitBeforeHerLastStepAndAfterAnotherOutcome() throws {
        try store.recordPathStep(participantId: anna.id, step: .skuggning, date: "2026-10-01")
        let audits = try store.auditCount()
        XCTAssertEqual(problems { try store.employParticipant(participantId: anna.id, teamId: otherUnitTeam.id, startDate: "2026-11-02") },
                       [.hostTeam: .unknownReference])
        XCTAssertEqual(problems { try store.employParticipant(participantId: anna.id, teamId: host.id, startDate: "2026-09-30") },
                       [.date: .dateBeforePrevious(try LocalDate.parse("2026-10-01"))])
        XCTAssertEqual(problems { try store.employParticipant(participantId: anna.id, teamId: host.id, startDate: "") },
                       [.date: .required])
        let bo = try store.addShadowingParticipant(teamId: team.id, name: "Bo Ek")
        try store.recordLeaving(participantId: bo.id, date: "2026-10-01", outcome: .studier)
        XCTAssertEqual(problems { try store.employParticipant(participantId: bo.id, teamId: host.id, startDate: "2026-11-02") },
                       [.step: .participantLeft])
        XCTAssertEqual(try store.auditCount(), audits + 2, "only Bo's own rows (added, left)")
        XCTAssertTrue(try store.medarbetare(teamId: host.id).isEmpty)
        // A team of the host unit other than the host team is fine.
        let asen = try XCTUnwrap(try store.hostUnitTeams(hostTeamId: host.id).last)
        XCTAssertEqual(try store.hostUnitTeams(hostTeamId: host.id).map(\.name), ["Grupp Ängen", "Grupp Åsen"])
        try store.employParticipant(participantId: anna.id, teamId: asen.id, startDate: "2026-11-02")
        XCTAssertEqual(try store.medarbetare(teamId: asen.id).map(\.name), ["Anna Åkesson"])
    }

    func testThePathExportShowsTheCompetenceStepsBesideThePath() throws {
        try store.recordPathStep(participantId: anna.id, step: .introduktion, date: "2026-09-01")
        try store.recordPathStep(participantId: anna.id, step: .skuggning, date: "2026-09-15")
        try store.markParticipantLadderStep(participantId: anna.id, step: 1, date: "2026-09-10", today: today)
        let rows = try ShadowingExport.pathRows(from: store, filter: .init(teamName: nil, participantName: "anna åkesson"), today: today)
        XCTAssertEqual(rows.map(\.step), ["introduktion", "kompetenssteg_1", "skuggning"])
        XCTAssertEqual(rows.map(\.days), [14, nil, 82])
        let csv = String(decoding: try ShadowingExport.data(from: store, kind: .path, format: .csv,
                                                            filter: .init(teamName: nil, participantName: "Anna Åkesson"), today: today),
                         as: UTF8.self)
        // Named as the host unit's ladder (vård och omsorg) names the step; the JSON keeps the code.
        XCTAssertTrue(csv.contains("Anna Åkesson;Kompetenssteg 1: Introduktion och värdegrund;2026-09-10;"), csv)
        let json = String(decoding: try ShadowingExport.data(from: store, kind: .path, format: .json,
                                                             filter: .init(teamName: nil, participantName: "Anna Åkesson"), today: today),
                          as: UTF8.self)
        XCTAssertTrue(json.contains("\"kompetenssteg_1\""), json)
        XCTAssertFalse(json.contains("Introduktion och värdegrund"), json)
    }
}
