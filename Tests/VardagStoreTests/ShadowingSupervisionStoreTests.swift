import Foundation
import TestSupport
import VardagDemo
import VardagDomain
import XCTest
@testable import VardagStore

/// Skuggning's handledare in the store (SQLite, or PostgreSQL with `VARDAG_TEST_BACKEND=postgres`):
/// the pool round trip, the team form's handledare in the pool, assignments that end the one
/// before, the rules' refusals, the weekly figures, the export and the demo.
final class ShadowingSupervisionStoreTests: XCTestCase {
    private var database: TemporaryDatabase!
    private var store: AppDatabase!
    private var team: ShadowingTeam!
    private var marta: Medarbetare!
    private var olle: Medarbetare!
    private var elsewhere: Medarbetare!

    override func setUpWithError() throws {
        database = try TemporaryDatabase()
        store = try database.open()
        let kommun = try store.addKommun(name: "Åsbro")
        let enhet = try store.addEnhet(kommunId: kommun.id, name: "Hemtjänst Norr", omrade: .vardOchOmsorg)
        let host = try store.addTeam(enhetId: enhet.id, name: "Grupp Ängen")
        let other = try store.addTeam(enhetId: enhet.id, name: "Grupp Åsen")
        marta = try store.addMedarbetare(MedarbetareDraft(
            teamId: host.id, name: "Märta Öhman", title: "Undersköterska", role: .teamledare, startDate: "2015-08-17"))
        olle = try store.addMedarbetare(MedarbetareDraft(
            teamId: host.id, name: "Olle Åberg", title: "Vårdbiträde", role: .medarbetare, startDate: "2019-02-01"))
        elsewhere = try store.addMedarbetare(MedarbetareDraft(
            teamId: other.id, name: "Siv Ek", title: "Undersköterska", role: .medarbetare, startDate: "2018-05-01"))
        team = try store.createShadowingTeam(ShadowingTeamDraft(
            kommunId: kommun.id, hostTeamId: host.id, name: "Skuggningsteam Ängen",
            startDate: "2026-09-07", endDate: "2026-12-31", supervisorIds: [marta.id]))
    }

    override func tearDown() {
        try? store.close()
        database = nil
    }

    /// The team form's handledare is in the pool (untrained, two places, from the team's
    /// start); another from the host team joins with her training date; changes are
    /// audited; someone outside the host team and bad figures are refused at their fields.
    func testThePoolRoundTripsWithTheTeamFormsHandledareAndRefusals() throws {
        XCTAssertEqual(try store.shadowingSupervisorPool(teamId: team.id), [
            ShadowingSupervisor(teamId: team.id, medarbetareId: marta.id, name: "Märta Öhman", trainedOn: nil, places: 2, since: team.startDate),
        ])
        let audits = try store.auditCount(entity: "shadowing_supervisor_pool")
        try store.saveShadowingSupervisor(teamId: team.id, medarbetareId: olle.id, trainedOn: " 2025-03-12 ", places: "3", since: "2026-10-05")
        try store.saveShadowingSupervisor(teamId: team.id, medarbetareId: marta.id, trainedOn: "", places: "1", since: "2026-09-07")
        let pool = try store.shadowingSupervisorPool(teamId: team.id)
        XCTAssertEqual(pool.map(\.name), ["Märta Öhman", "Olle Åberg"])
        XCTAssertEqual(pool.map(\.places), [1, 3])
        XCTAssertEqual(pool.map(\.trainedOn), [nil, try LocalDate.parse("2025-03-12")])
        XCTAssertEqual(pool[1].since, try LocalDate.parse("2026-10-05"))
        XCTAssertEqual(try store.auditCount(entity: "shadowing_supervisor_pool"), audits + 2)
        XCTAssertThrowsError(try store.saveShadowingSupervisor(teamId: team.id, medarbetareId: elsewhere.id, trainedOn: "2025-13-01",
                                                               places: "11", since: "igår")) {
            XCTAssertEqual(($0 as? ShadowingValidationFailure)?.problems,
                           [.supervisor: .notInTeam, .trainedOn: .invalidDate, .places: .placesOutOfRange, .since: .invalidDate])
        }
        XCTAssertEqual(try store.shadowingSupervisorPool(teamId: team.id).count, 2, "nothing stored")
        // The team form keeps adding its handledare to the pool, leaving those there as they are.
        _ = try store.updateShadowingTeam(id: team.id, ShadowingTeamDraft(
            kommunId: team.kommunId, hostTeamId: team.hostTeamId, name: team.name, startDate: "2026-09-07", endDate: "2026-12-31",
            supervisorIds: [marta.id, elsewhere.id]))
        XCTAssertEqual(try store.shadowingSupervisorPool(teamId: team.id).map { "\($0.name) \($0.places)" },
                       ["Märta Öhman 1", "Olle Åberg 3", "Siv Ek 2"])
    }

    /// A new handledare ends the running one the day before; the same day replaces it; an
    /// earlier day, a day after she left, a day outside the period and someone outside the
    /// pool are refused.
    func testAnAssignmentEndsThePreviousOneAndTheRulesRefuseTheRest() throws {
        try store.saveShadowingSupervisor(teamId: team.id, medarbetareId: olle.id, trainedOn: "", places: "2", since: "2026-09-07")
        let anna = try store.addShadowingParticipant(teamId: team.id, name: "Anna Åkesson")
        let first = try store.assignSupervisor(participantId: anna.id, supervisorId: marta.id, from: "2026-09-07")
        let second = try store.assignSupervisor(participantId: anna.id, supervisorId: olle.id, from: "2026-10-12")
        XCTAssertEqual(try store.supervisionAssignments(teamId: team.id), [
            SupervisionAssignment(id: first.id, participantId: anna.id, supervisorId: marta.id, from: try .parse("2026-09-07"),
                                  to: try .parse("2026-10-11")),
            SupervisionAssignment(id: second.id, participantId: anna.id, supervisorId: olle.id, from: try .parse("2026-10-12"), to: nil),
        ])
        // The same day again: a correction of who, not a new period.
        let corrected = try store.assignSupervisor(participantId: anna.id, supervisorId: marta.id, from: "2026-10-12")
        XCTAssertEqual(corrected.id, second.id)
        XCTAssertEqual(try store.supervisionAssignments(teamId: team.id).map(\.supervisorId), [marta.id, marta.id])
        func refused(_ supervisor: Int64, _ from: String) -> [ShadowingField: ShadowingProblem]? {
            do {
                try store.assignSupervisor(participantId: anna.id, supervisorId: supervisor, from: from)
                return nil
            } catch { return (error as? ShadowingValidationFailure)?.problems }
        }
        XCTAssertEqual(refused(olle.id, "2026-10-01"), [.date: .dateBeforePrevious(try .parse("2026-10-12"))])
        XCTAssertEqual(refused(olle.id, "2027-01-04"), [.date: .outsidePeriod(start: team.startDate, end: team.endDate)])
        XCTAssertEqual(refused(elsewhere.id, "2026-11-02"), [.supervisor: .notInTeam])
        XCTAssertEqual(refused(olle.id, "2 nov"), [.date: .invalidDate])
        try store.recordLeaving(participantId: anna.id, date: "2026-11-13", outcome: .avbrott)
        XCTAssertEqual(refused(olle.id, "2026-11-16"), [.date: .leftOn(try .parse("2026-11-13"))])
        XCTAssertEqual(try store.supervisionAssignments(teamId: team.id).count, 2, "nothing more stored")
        XCTAssertEqual(try store.auditCount(entity: "shadowing_supervision"), 4, "two inserts, the end of the first, the correction")
    }

    /// A handledare who never supervised anyone leaves the pool (audited); one who did stays.
    func testOnlyAHandledareWithoutHistoryLeavesThePool() throws {
        try store.saveShadowingSupervisor(teamId: team.id, medarbetareId: olle.id, trainedOn: "", places: "2", since: "2026-09-07")
        let anna = try store.addShadowingParticipant(teamId: team.id, name: "Anna Åkesson")
        try store.assignSupervisor(participantId: anna.id, supervisorId: marta.id, from: "2026-09-07")
        XCTAssertThrowsError(try store.removeShadowingSupervisor(teamId: team.id, medarbetareId: marta.id)) {
            XCTAssertEqual(($0 as? ShadowingValidationFailure)?.problems, [.supervisor: .hasSupervised])
        }
        try store.removeShadowingSupervisor(teamId: team.id, medarbetareId: olle.id)
        XCTAssertEqual(try store.shadowingSupervisorPool(teamId: team.id).map(\.name), ["Märta Öhman"])
        XCTAssertEqual(try store.auditEntries(entity: "shadowing_supervisor_pool", entityId: olle.id).first?.action, .delete)
        XCTAssertThrowsError(try store.removeShadowingSupervisor(teamId: team.id, medarbetareId: olle.id))
    }

    /// Week by week: participants against the places of those in the pool by then, a
    /// shortage and those without a handledare; the export carries the same in CSV and JSON.
    func testWeeklyFiguresAndTheSupervisorsExport() throws {
        let people = try ["Anna Åkesson", "Bo Ek", "Cilla Öst"].map { try store.addShadowingParticipant(teamId: team.id, name: $0) }
        try store.saveShadowingSupervisor(teamId: team.id, medarbetareId: olle.id, trainedOn: "", places: "2", since: "2026-09-21")
        try store.assignSupervisor(participantId: people[0].id, supervisorId: marta.id, from: "2026-09-07")
        try store.assignSupervisor(participantId: people[1].id, supervisorId: marta.id, from: "2026-09-07")
        try store.assignSupervisor(participantId: people[2].id, supervisorId: olle.id, from: "2026-09-23")
        let weeks = try store.supervisionWeeks(teamId: team.id, from: try .parse("2026-09-07"), to: try .parse("2026-09-27"))
        XCTAssertEqual(weeks.map(\.week.description), ["2026-W37", "2026-W38", "2026-W39"])
        XCTAssertEqual(weeks.map(\.participants), [3, 3, 3])
        XCTAssertEqual(weeks.map(\.places), [2, 2, 4])
        XCTAssertEqual(weeks.map(\.shortage), [1, 1, 0])
        XCTAssertEqual(weeks.map(\.withoutSupervisor), [1, 1, 0])
        XCTAssertEqual(weeks.map(\.isFlagged), [true, true, false])
        let filter = ShadowingExport.Filter(teamName: "skuggningsteam ängen", from: try .parse("2026-09-07"), to: try .parse("2026-09-27"))
        let csv = String(decoding: try ShadowingExport.data(from: store, kind: .supervisors, format: .csv, filter: filter), as: UTF8.self)
        XCTAssertEqual(csv.split(separator: "\r\n", omittingEmptySubsequences: false), [
            "\u{FEFF}Team;Vecka;Deltagare;Handledare;Platser;Brist;Utan handledare",
            "Skuggningsteam Ängen;2026-W37;3;1;2;1;1",
            "Skuggningsteam Ängen;2026-W38;3;1;2;1;1",
            "Skuggningsteam Ängen;2026-W39;3;2;4;0;0",
            "",
        ])
        let json = try ShadowingExport.data(from: store, kind: .supervisors, format: .json, filter: filter)
        let rows = try JSONDecoder().decode([ShadowingSupervisionExportRow].self, from: json)
        XCTAssertEqual(rows.map(\.shortage), [1, 1, 0])
        XCTAssertEqual(rows.map(\.supervisors), [1, 1, 2])
        // The whole period by default: one row per week of it.
        XCTAssertEqual(try ShadowingExport.supervisionRows(from: store, filter: .init()).count, 17)
    }

    /// The demo's team is short of places in its first weeks and not later, and has a change of handledare.
    func testTheDemoHasAShortageInSomeWeeks() throws {
        let demoDatabase = try TemporaryDatabase()
        let demo = try demoDatabase.open()
        defer { try? demo.close() }
        try DemoData.populate(demo)
        try ShadowingDemoData.populate(demo)
        let team = try XCTUnwrap(try demo.shadowingTeams().first)
        XCTAssertEqual(try demo.shadowingSupervisorPool(teamId: team.id).count, 3)
        let weeks = try demo.supervisionWeeks(teamId: team.id, from: team.startDate, to: ShadowingDemoData.firstLogDay.adding(days: 55))
        XCTAssertEqual(weeks.count, 9)
        XCTAssertTrue(weeks.prefix(4).allSatisfy { $0.shortage > 0 }, "\(weeks.map(\.shortage))")
        XCTAssertTrue(weeks.suffix(4).allSatisfy { !$0.isFlagged }, "\(weeks.map(\.isFlagged))")
        let assignments = try demo.supervisionAssignments(teamId: team.id)
        XCTAssertEqual(assignments.filter { $0.to != nil }.count, 1, "one change of handledare")
    }
}
