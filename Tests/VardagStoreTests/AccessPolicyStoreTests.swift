import Foundation
import TestSupport
import VardagDemo
import VardagDomain
import XCTest
@testable import VardagStore

/// The app's ordinary work as each demo login under the row-level security of
/// `v12-access-policies`: the store's intents each role uses run as that login (never the
/// owner), and the same intents outside her scope fail or change nothing. PostgreSQL only.
final class AccessPolicyStoreTests: XCTestCase {
    private let w48 = WorkloadPeriod.week(try! IsoWeek(year: 2026, week: 48))
    private let today = AccessPolicyFixture.today

    /// A medarbetare rates her cases, sets her overall rating and writes her diary; she cannot
    /// open a colleague's grid, nor rate a colleague's case.
    func testAWorkerRatesAndWritesHerDiaryButNotAColleagues() throws {
        let fixture = try AccessPolicyFixture()
        defer { fixture.remove() }
        let login = try fixture.login(holding: .medarbetare)
        let store = try AppDatabase.open(server: fixture.conninfo(as: login), user: login)
        let viewer = try store.viewer()
        XCTAssertFalse(viewer.ownsData)
        let me = try XCTUnwrap(viewer.personId)
        let grid = try XCTUnwrap(try store.workloadGrid(medarbetareId: me, period: w48))
        let first = try XCTUnwrap(grid.cases.first)
        try store.rateCase(caseId: first.id, period: w48, time: 5, difficulty: 1)
        try store.setOverall(medarbetareId: me, period: w48, rating: 2, today: today)
        XCTAssertEqual(try store.setDiaryMinutes(medarbetareId: me, day: "2026-11-23", category: .direkt, minutes: "95", today: today), 95)
        XCTAssertEqual(try fixture.count(fixture.owner, """
            SELECT count(*) FROM workload_rating WHERE case_id = \(first.id) AND period = '2026-W48' AND time = 5 AND difficulty = 1
            """), 1)
        XCTAssertEqual(try fixture.count(fixture.owner, """
            SELECT count(*) FROM timediary_entry WHERE medarbetare_id = \(me) AND day = '2026-11-23' AND category = 'direkt' AND minutes = 95
            """), 1)
        XCTAssertEqual(try fixture.count(fixture.owner, """
            SELECT count(*) FROM audit WHERE "user" = '\(login)' AND person_id = \(me)
            """), 3, "each change is audited as her login and person")

        let colleague = try XCTUnwrap(fixture.ids("""
            SELECT c.medarbetare_id FROM workload_case c JOIN medarbetare m ON m.id = c.medarbetare_id
            WHERE m.team_id = \(grid.teamId) AND m.id <> \(me) ORDER BY c.id LIMIT 1
            """).first)
        XCTAssertEqual(try store.workloadGrid(medarbetareId: colleague, period: w48)?.cases ?? [], [], "a colleague's grid")
        let theirCase = try XCTUnwrap(fixture.ids("SELECT id FROM workload_case WHERE medarbetare_id = \(colleague) ORDER BY id LIMIT 1").first)
        let before = try fixture.owner.execute(sql: "SELECT count(*), coalesce(sum(time * 10 + difficulty), 0) FROM workload_rating WHERE case_id = \(theirCase)", arguments: []).row(0)
        XCTAssertThrowsError(try store.rateCase(caseId: theirCase, period: w48, time: 1, difficulty: 1))
        XCTAssertThrowsError(try store.setDiaryMinutes(medarbetareId: colleague, day: "2026-11-23", category: .direkt,
                                                       minutes: "30", today: today))
        let after = try fixture.owner.execute(sql: "SELECT count(*), coalesce(sum(time * 10 + difficulty), 0) FROM workload_rating WHERE case_id = \(theirCase)", arguments: []).row(0)
        XCTAssertEqual(before.values, after.values, "a colleague's ratings are unchanged")
    }

    /// A team leader reads her team's overview with every member, as the owner reads it, and decides about a team case.
    func testATeamLeaderReadsHerTeamsOverviewAndDecides() throws {
        let fixture = try AccessPolicyFixture()
        defer { fixture.remove() }
        let login = try fixture.login(holding: .teamledare)
        let store = try AppDatabase.open(server: fixture.conninfo(as: login), user: login)
        let owner = try AppDatabase.open(server: fixture.database.conninfo, user: "postgres")
        let team = try XCTUnwrap(try store.viewer().scopeIds(.teamledare).first)
        let settings = try store.workloadSettings()
        let overview = try store.workloadOverview(teamId: team, period: w48, settings: settings)
        XCTAssertGreaterThan(overview.count, 1)
        XCTAssertEqual(overview, try owner.workloadOverview(teamId: team, period: w48, settings: settings))
        let teamCase = try XCTUnwrap(fixture.ids("""
            SELECT c.id FROM workload_case c JOIN medarbetare m ON m.id = c.medarbetare_id WHERE m.team_id = \(team) ORDER BY c.id LIMIT 1
            """).first)
        _ = try store.decide(caseId: teamCase, period: w48, kind: .prioritera, today: today)
        XCTAssertEqual(try fixture.count(fixture.owner, """
            SELECT count(*) FROM workload_decision WHERE case_id = \(teamCase) AND kind = 'prioritera' AND decided_by = '\(login)'
            """), 1)
        // Another team's overview is empty for her.
        let otherTeam = try XCTUnwrap(fixture.ids("SELECT team_id FROM medarbetare WHERE team_id <> \(team) ORDER BY id LIMIT 1").first)
        XCTAssertEqual(try store.workloadOverview(teamId: otherTeam, period: w48, settings: settings), [])
    }

    /// A handledare logs a day for a participant of her skuggningsteam and reads it back.
    func testAHandledareLogsAShadowingDay() throws {
        let fixture = try AccessPolicyFixture()
        defer { fixture.remove() }
        let login = try fixture.login(holding: .handledare)
        let store = try AppDatabase.open(server: fixture.conninfo(as: login), user: login)
        let team = try XCTUnwrap(try store.viewer().scopeIds(.handledare).first)
        let participant = try XCTUnwrap(try store.shadowingParticipants(teamId: team).first { $0.isActive })
        let task = try XCTUnwrap(try store.shadowingTasks(includeInactive: false).first)
        let draft = DayEntryDraft(teamId: team, participantId: participant.id, date: "2026-11-24", role: .vardbitrade,
                                  tasks: [.init(taskId: task.id, minutes: "45", judgement: .withSupport)], lessons: "Prövade nytt schema.")
        _ = try store.saveDayEntry(draft)
        try store.rememberShadowingTeam(id: team)
        XCTAssertEqual(try store.chosenShadowingTeamId(), team)
        XCTAssertEqual(try fixture.count(fixture.owner, """
            SELECT count(*) FROM shadowing_entry e JOIN shadowing_observation o ON o.entry_id = e.id
            WHERE e.participant_id = \(participant.id) AND e.date = '2026-11-24' AND o.minutes = 45
            """), 1)
        XCTAssertFalse(try store.dayView(teamId: team, date: try LocalDate(year: 2026, month: 11, day: 24)).isEmpty)
        // The worker has no skuggningsteam: she cannot log one.
        let worker = try fixture.login(holding: .medarbetare)
        let workerStore = try AppDatabase.open(server: fixture.conninfo(as: worker), user: worker)
        var other = draft
        other.date = "2026-11-25"
        XCTAssertThrowsError(try workerStore.saveDayEntry(other))
        XCTAssertEqual(try fixture.count(fixture.owner, "SELECT count(*) FROM shadowing_entry WHERE date = '2026-11-25'"), 0)
    }

    /// A handledare notes and closes a hypothesis of her team, and its history is written as
    /// her login; someone outside the team reads none of the history and cannot add to it.
    func testAHandledaresHypothesisHistoryIsHerTeamsOnly() throws {
        let fixture = try AccessPolicyFixture()
        defer { fixture.remove() }
        let login = try fixture.login(holding: .handledare)
        let store = try AppDatabase.open(server: fixture.conninfo(as: login), user: login)
        let team = try XCTUnwrap(try store.viewer().scopeIds(.handledare).first)
        let h = try XCTUnwrap(try store.hypotheses(teamId: team).first { $0.status.isOpen })
        XCTAssertFalse(try store.hypothesisEvents(teamId: team).isEmpty, "the demo has history")
        try store.addHypothesisNote(hypothesisId: h.id, text: "Prövat en vecka till.")
        try store.updateHypothesis(id: h.id, statement: h.statement, status: .forkastad, reviewDate: h.reviewDate.iso, conclusion: "Höll inte.")
        let mine = try store.hypothesisEvents(hypothesisId: h.id).suffix(2)
        XCTAssertEqual(mine.map(\.writtenBy), [login, login])
        XCTAssertEqual(mine.map(\.text), ["Prövat en vecka till.", "Höll inte."])
        XCTAssertEqual(try fixture.count(fixture.owner, """
            SELECT count(*) FROM audit WHERE "user" = '\(login)' AND entity = 'shadowing_hypothesis' AND entity_id = \(h.id)
            """), 2, "the note and the closing are audited as her login")

        let worker = try fixture.login(holding: .medarbetare)
        let workerStore = try AppDatabase.open(server: fixture.conninfo(as: worker), user: worker)
        XCTAssertTrue(try workerStore.hypothesisEvents(hypothesisId: h.id).isEmpty)
        XCTAssertTrue(try workerStore.hypothesisEvents(teamId: team).isEmpty)
        XCTAssertThrowsError(try workerStore.addHypothesisNote(hypothesisId: h.id, text: "Utifrån."))
        let plain = try fixture.connect(as: worker)
        XCTAssertEqual(try fixture.count(plain, "SELECT count(*) FROM shadowing_hypothesis_event"), 0, "not even with plain SQL")
        XCTAssertEqual(try fixture.count(fixture.owner, "SELECT count(*) FROM shadowing_hypothesis_event WHERE text = 'Utifrån.'"), 0)
    }

    /// A vägledare records the next meeting of a slinga she is assigned to.
    func testAGuideRecordsAMeetingOfHerSlinga() throws {
        let fixture = try AccessPolicyFixture()
        defer { fixture.remove() }
        let login = try fixture.login(holding: .vagledare)
        let store = try AppDatabase.open(server: fixture.conninfo(as: login), user: login)
        let me = try XCTUnwrap(try store.viewer().personId)
        let row = try fixture.owner.execute(sql: """
            SELECT l.id, (SELECT count(*) FROM dialogue_meeting m WHERE m.loop_id = l.id),
                (SELECT min(guide_id) FROM dialogue_loop_guide g WHERE g.loop_id = l.id),
                (SELECT max(guide_id) FROM dialogue_loop_guide g WHERE g.loop_id = l.id)
            FROM dialogue_loop l JOIN dialogue_loop_guide lg ON lg.loop_id = l.id AND lg.guide_id = \(me)
            WHERE l.finished_on IS NULL AND l.started_on IS NOT NULL
              AND (SELECT count(*) FROM dialogue_meeting m WHERE m.loop_id = l.id) < 5
              AND (SELECT max(held_on) FROM dialogue_meeting m WHERE m.loop_id = l.id) < '2026-11-23'
            ORDER BY l.id LIMIT 1
            """, arguments: [])
        XCTAssertEqual(row.rowCount, 1, "the demo gives the vägledare an open slinga")
        let loop: Int64 = row.row(0)[0], held: Int = row.row(0)[1], guide1: Int64 = row.row(0)[2], guide2: Int64 = row.row(0)[3]
        let kind = TraffTyp.allCases[held]
        let question: String? = kind == .brukartraff1 || kind == .personaltraff ? "Hur blir vardagen bättre?" : nil
        _ = try store.logMeeting(MeetingDraft(loopId: loop, kind: kind, date: "2026-11-23", guide1: guide1, guide2: guide2,
                                              brukareCount: "4", staffCount: "3", notes: "Bra samtal."),
                                 question: question, today: today)
        XCTAssertEqual(try fixture.count(fixture.owner, "SELECT count(*) FROM dialogue_meeting WHERE loop_id = \(loop)"), held + 1)
        XCTAssertFalse(try store.guidePool(year: 2026).isEmpty)
    }

    /// A kompetensstrateg maps competence in her kommun, not in another.
    func testACompetenceStrategistMapsHerKommun() throws {
        let fixture = try AccessPolicyFixture()
        defer { fixture.remove() }
        let login = try fixture.login(holding: .kompetensstrateg)
        let store = try AppDatabase.open(server: fixture.conninfo(as: login), user: login)
        let kommun = try XCTUnwrap(try store.viewer().scopeIds(.kompetensstrateg).first)
        func person(_ condition: String) throws -> Int64 {
            try XCTUnwrap(fixture.ids("""
                SELECT m.id FROM medarbetare m JOIN team t ON t.id = m.team_id JOIN enhet e ON e.id = t.enhet_id
                WHERE m.active = 1 AND e.kommun_id \(condition) AND e.omrade <> 'ifo' ORDER BY m.id LIMIT 1
                """).first)
        }
        let inside = try person("= \(kommun)"), outside = try person("<> \(kommun)")
        try store.saveCompetenceMapping(CompetenceMapping(medarbetareId: inside, titleId: 1, educationKind: .gymnasial, points: 1500))
        try store.markCompetenceStepDone(medarbetareId: inside, step: 1, date: today)
        XCTAssertEqual(try fixture.count(fixture.owner, """
            SELECT count(*) FROM competence_mapping c JOIN competence_step_done s ON s.medarbetare_id = c.medarbetare_id
            WHERE c.medarbetare_id = \(inside) AND c.points = 1500 AND s.step_no = 1
            """), 1)
        let before = try fixture.count(fixture.owner, "SELECT count(*) FROM competence_mapping WHERE medarbetare_id = \(outside) AND points = 1234")
        XCTAssertThrowsError(try store.saveCompetenceMapping(CompetenceMapping(medarbetareId: outside, titleId: 1, educationKind: .gymnasial, points: 1234)))
        XCTAssertEqual(try fixture.count(fixture.owner, "SELECT count(*) FROM competence_mapping WHERE medarbetare_id = \(outside) AND points = 1234"), before)
    }

    /// The regional samordnare's comparison across kommuner and guide pool are the owner's,
    /// though she reads no other kommun's people.
    func testTheRegionalCoordinatorComparesKommunerAsTheOwnerDoes() throws {
        let fixture = try AccessPolicyFixture()
        defer { fixture.remove() }
        let login = try fixture.login(holding: .regionalSamordnare)
        let store = try AppDatabase.open(server: fixture.conninfo(as: login), user: login)
        let owner = try AppDatabase.open(server: fixture.database.conninfo, user: "postgres")
        let comparison = try store.competenceComparison()
        XCTAssertFalse(comparison.rows.isEmpty)
        XCTAssertEqual(comparison, try owner.competenceComparison())
        XCTAssertEqual(try store.guidePool(year: 2026), try owner.guidePool(year: 2026))
        XCTAssertEqual(try store.guideExchanges(year: nil), try owner.guideExchanges(year: nil))
        // Her Idag counts the overdue åtgärder per kommun, though she reads no slinga.
        let later = try LocalDate(year: 2027, month: 6, day: 1)
        let overdue = try store.overdueActionsByKommun(today: later)
        XCTAssertFalse(overdue.isEmpty)
        XCTAssertEqual(overdue, try owner.overdueActionsByKommun(today: later))
        XCTAssertEqual(try fixture.count(try fixture.connect(as: login), "SELECT count(*) FROM dialogue_action"), 0)
    }

    /// The systemförvaltare writes the register and lists every grant; a worker can do neither.
    func testOnlyTheSystemAdministratorWritesTheRegister() throws {
        let fixture = try AccessPolicyFixture()
        defer { fixture.remove() }
        let admin = try fixture.login(holding: .systemforvaltare)
        let store = try AppDatabase.open(server: fixture.conninfo(as: admin), user: admin)
        _ = try store.addKommun(name: "Nykommun")
        XCTAssertEqual(try store.accessGrants().count, fixture.logins.count)
        let worker = try fixture.login(holding: .medarbetare)
        let workerStore = try AppDatabase.open(server: fixture.conninfo(as: worker), user: worker)
        XCTAssertThrowsError(try workerStore.addKommun(name: "Annan kommun"))
        XCTAssertEqual(try workerStore.accessGrants().map(\.login), [worker])
        XCTAssertEqual(try fixture.count(fixture.owner, "SELECT count(*) FROM kommun WHERE name IN ('Nykommun', 'Annan kommun')"), 1)
    }

    /// A systemförvaltare who is neither superuser nor CREATEROLE gives a new login a role: the
    /// server makes the login role and lets it in; taking the last role takes it out again.
    func testASystemAdministratorWhoIsNotTheOwnerGivesAndTakesAccess() throws {
        let fixture = try AccessPolicyFixture()
        defer { fixture.remove() }
        let admin = try fixture.login(holding: .systemforvaltare)
        XCTAssertEqual(try fixture.count(fixture.owner, """
            SELECT count(*) FROM pg_roles WHERE rolname = '\(admin)' AND (rolsuper OR rolcreaterole OR rolbypassrls)
            """), 0, "she has no power over roles of her own")
        let store = try AppDatabase.open(server: fixture.conninfo(as: admin), user: admin)
        let login = "maja.nilsson"
        let membership = """
            SELECT count(*) FROM pg_roles r WHERE r.rolname = '\(login)' AND r.rolcanlogin
              AND pg_has_role(r.oid, vardag_app_role(), 'MEMBER')
            """
        let grant = try store.grantAccess(login: login, personName: "Maja Nilsson", role: .medarbetare, scope: nil)
        XCTAssertEqual(try fixture.count(fixture.owner, membership), 1, "the login role exists and may use the app's tables")
        let maja = try AppDatabase.open(server: fixture.conninfo(as: login), user: login)
        XCTAssertEqual(try maja.viewer().personId, grant.personId)
        XCTAssertEqual(try maja.accessGrants().map(\.login), [login])

        let worker = try fixture.login(holding: .medarbetare)
        let workerStore = try AppDatabase.open(server: fixture.conninfo(as: worker), user: worker)
        XCTAssertThrowsError(try workerStore.grantAccess(login: "annan.login", personName: "Maja Nilsson", role: .systemforvaltare, scope: nil))
        XCTAssertThrowsError(try workerStore.revokeAccess(login: login, role: .medarbetare, scope: nil))
        XCTAssertEqual(try fixture.count(fixture.owner, "SELECT count(*) FROM pg_roles WHERE rolname = 'annan.login'"), 0)

        try store.revokeAccess(login: login, role: .medarbetare, scope: nil)
        XCTAssertEqual(try fixture.count(fixture.owner, membership), 0, "her last role gone, the login is out of the app role")
        XCTAssertEqual(try fixture.count(fixture.owner, "SELECT count(*) FROM access_login WHERE login = '\(login)'"), 0)
    }
}
