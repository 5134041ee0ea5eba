import Foundation
import TestSupport
import VardagDemo
import VardagDomain
import XCTest
@testable import VardagStore

/// The Idag reads on the demo database, login by login (SQLite, or PostgreSQL with
/// `VARDAG_TEST_BACKEND=postgres`).
final class TodayStoreTests: XCTestCase {
    var temp: TemporaryDatabase!
    var store: AppDatabase!
    let today = try! LocalDate(year: 2026, month: 11, day: 23)

    override func setUpWithError() throws {
        temp = try TemporaryDatabase()
        store = try temp.open(user: "testare")
        try FullDemo.populate(store, today: today)
    }

    override func tearDown() {
        try? store.close()
        temp = nil
    }

    /// The viewer a demo login is, as `AppDatabase.viewer()` reads it for that login.
    func viewer(_ login: String) throws -> Viewer {
        let grants = try store.accessGrants(login: login)
        let first = try XCTUnwrap(grants.first, "no demo login \(login)")
        return Viewer(login: login, personId: first.personId, personName: first.personName, grants: grants, ownsData: false)
    }

    func section(_ login: String, _ role: AccessRole, on day: LocalDate? = nil) throws -> TodaySection {
        let sections = try store.dueToday(for: try viewer(login), today: day ?? today)
        return try XCTUnwrap(sections.first { $0.role == role }, "\(login) has no \(role) section")
    }

    func testEveryDemoLoginGetsASectionPerGrantInRoleOrder() throws {
        let sections = try store.dueToday(for: try viewer("jonas.lundstrom"), today: today)
        XCTAssertEqual(sections.map(\.role), [.medarbetare, .teamledare])
        for login in Set(try store.accessGrants().map(\.login)) {
            let grants = try store.accessGrants(login: login)
            XCTAssertEqual(try store.dueToday(for: try viewer(login), today: today).count, grants.count, login)
        }
    }

    func testALoginWithoutAPersonHasNoList() throws {
        let owner = Viewer(login: "testare", personId: nil, personName: nil, grants: [], ownsData: true)
        XCTAssertEqual(try store.dueToday(for: owner, today: today), [])
    }

    func testWorkerSeesLastWeeksCasesUnratedNextWeekAndCopyForwardRatesThemWithAudit() throws {
        let johan = try viewer("johan.lindqvist")
        let personId = try XCTUnwrap(johan.personId)
        let w48 = WorkloadPeriod(containing: today, kind: .week)
        let nextMonday = today.adding(days: 7)
        // This week is rated in the demo: nothing waits.
        XCTAssertEqual(try section("johan.lindqvist", .medarbetare).items, [])
        // Next week nothing is rated yet: every case the copy would carry waits, in reference order.
        let waiting = try store.casesAwaitingRating(medarbetareId: personId, period: w48.next)
        let lastWeek = try XCTUnwrap(try store.workloadGrid(medarbetareId: personId, period: w48))
        let open = lastWeek.cases.filter { $0.decision?.kind != .avsluta }.map(\.reference)
        XCTAssertFalse(open.isEmpty)
        XCTAssertEqual(waiting.compactMap { item -> String? in
            if case .awaitingRating(_, let reference, personId, w48.next) = item { return reference } else { return nil }
        }, open.sorted { $0.compare($1, options: [.numeric]) == .orderedAscending })
        XCTAssertEqual(Array(try section("johan.lindqvist", .medarbetare, on: nextMonday).items.prefix(waiting.count)),
                       Array(waiting.prefix(AppDatabase.todaySectionLimit)))
        let auditBefore = try store.auditCount()
        let copied = try store.copyForward(medarbetareId: personId, period: w48.next, today: nextMonday)
        XCTAssertEqual(copied, waiting.count)
        XCTAssertEqual(try store.auditCount() - auditBefore, copied, "each copied rating is audited")
        XCTAssertEqual(try store.casesAwaitingRating(medarbetareId: personId, period: w48.next), [])
    }

    func testKanVantaReviewIsDueFromItsDate() throws {
        let personId = try XCTUnwrap(try viewer("johan.lindqvist").personId)
        let w48 = WorkloadPeriod(containing: today, kind: .week)
        let item = try XCTUnwrap(try store.workloadGrid(medarbetareId: personId, period: w48)?.cases.first)
        try store.decide(caseId: item.id, period: w48, kind: .kanVanta, reviewDate: "2026-11-25", today: today)
        XCTAssertEqual(try store.reviewsDue(medarbetareId: personId, today: today.adding(days: 1)), [])
        let due = try section("johan.lindqvist", .medarbetare, on: today.adding(days: 2)).items.filter {
            if case .reviewDue = $0 { return true } else { return false }
        }
        XCTAssertEqual(due, [.reviewDue(caseId: item.id, reference: item.reference, medarbetareId: personId,
                                        medarbetareName: "Johan Lindqvist", reviewDate: try LocalDate.parse("2026-11-25"))])
        // A later decision replaces kan vänta: no longer due.
        try store.decide(caseId: item.id, period: w48, kind: .prioritera, today: today)
        XCTAssertEqual(try store.reviewsDue(medarbetareId: personId, today: today.adding(days: 2)), [])
    }

    func testTeamLeaderSeesExactlyTheOverviewsHeavyFlags() throws {
        let jonas = try viewer("jonas.lundstrom")
        let team = try XCTUnwrap(jonas.grants.first { $0.role == .teamledare }?.scope)
        let settings = try store.workloadSettings()
        let w48 = WorkloadPeriod(containing: today, kind: settings.periodKind)
        let flagged = try store.workloadOverview(teamId: team.id, period: w48, settings: settings).filter(\.flagged).map(\.id)
        XCTAssertFalse(flagged.isEmpty, "the demo flags someone in the team")
        let section = try section("jonas.lundstrom", .teamledare)
        XCTAssertEqual(section.scopeName, team.name)
        XCTAssertEqual(section.items.map { item -> Int64 in
            guard case .heavy(let id, _, _, _) = item else { return -1 }
            return id
        }, flagged)
    }

    func testTeamLeaderSeesTheTeamsDueKanVantaReviewsButNotAnotherTeams() throws {
        let jonas = try viewer("jonas.lundstrom")
        let team = try XCTUnwrap(jonas.grants.first { $0.role == .teamledare }?.scope)
        let w48 = WorkloadPeriod(containing: today, kind: .week)
        let member = try XCTUnwrap(try store.teamMembers(teamId: team.id).first { $0.id != jonas.personId })
        let mine = try XCTUnwrap(try store.workloadGrid(medarbetareId: member.id, period: w48)?.cases.first)
        // Someone of another team with a case this week.
        let otherTeams = try store.registerTree().kommuner.flatMap(\.enheter).flatMap(\.teams).map(\.team.id).filter { $0 != team.id }
        let theirs = try XCTUnwrap(try otherTeams.lazy.flatMap { try self.store.teamMembers(teamId: $0) }
            .compactMap { try self.store.workloadGrid(medarbetareId: $0.id, period: w48)?.cases.first }.first)
        for item in [mine, theirs] {
            try store.decide(caseId: item.id, period: w48, kind: .kanVanta, reviewDate: today.iso, today: today)
        }
        let due = try section("jonas.lundstrom", .teamledare).items.filter { if case .reviewDue = $0 { return true } else { return false } }
        XCTAssertEqual(due, [.reviewDue(caseId: mine.id, reference: mine.reference, medarbetareId: member.id,
                                        medarbetareName: member.name, reviewDate: today)])
        XCTAssertEqual(try store.reviewsDue(teamId: team.id, today: today.adding(days: -1)), [], "not before its date")
    }

    func testUnitManagerSeesHeavyFlagsOfEveryTeamAndOverdueActionsOfHerUnit() throws {
        let tove = try viewer("tove.ali")
        let unit = try XCTUnwrap(tove.grants.first?.scope)
        let items = try section("tove.ali", .enhetschef).items
        XCTAssertTrue(items.contains { if case .heavy(_, "Jonas Lundström", _, _) = $0 { return true } else { return false } })
        let overdue = try store.dialogueLoops(enhetId: unit.id, today: today).reduce(0) { $0 + $1.overdueActions }
        XCTAssertEqual(try store.overdueActions(enhetId: unit.id, today: today).count, overdue)
        // An action past its date in her unit shows; another unit's does not.
        let later = today.adding(days: 200)
        let all = try store.dialogueLoops(today: later)
        let mine = all.filter { $0.enhetId == unit.id }.reduce(0) { $0 + $1.overdueActions }
        XCTAssertEqual(try store.overdueActions(enhetId: unit.id, today: later).count, mine)
        XCTAssertLessThan(mine, all.reduce(0) { $0 + $1.overdueActions }, "other units have overdue actions too")
    }

    func testGuideSeesTheNextMeetingOfHerUnfinishedLoopsAndTheirOverdueActions() throws {
        let kerstin = try viewer("kerstin.ostlund")
        let guideId = try XCTUnwrap(kerstin.personId)
        let loops = try store.dialogueLoops(today: today)
        let assignments = try store.guideAssignments(guideId: guideId)
        let assigned = Set(assignments.map(\.id))
        // A träff planned within Idag's week (or passed) shows as planned, not again as the next one.
        let horizon = today.adding(days: AppDatabase.todayPlannedDays)
        let plannedIds = Set(assignments.filter { $0.nextPlannedOn.map { $0 <= horizon } ?? false }.map(\.id))
        let expected = loops.filter {
            assigned.contains($0.id) && $0.finishedOn == nil && $0.nextMeeting != nil && !plannedIds.contains($0.id)
        }
        let planned = try store.plannedMeetings(guideId: guideId, today: today)
        XCTAssertEqual(Set(planned.compactMap { item -> Int64? in
            guard case .plannedMeeting(let id, _, _, let meeting, let on, let away) = item else { return nil }
            XCTAssertEqual(loops.first { $0.id == id }?.nextMeeting, meeting)
            XCTAssertEqual(assignments.first { $0.id == id }?.nextPlannedOn, on)
            XCTAssertEqual(today.days(to: on), away)
            return id
        }), plannedIds)
        XCTAssertFalse(planned.isEmpty, "the demo plans a träff in her coming week")
        let meetings = try store.nextMeetings(guideId: guideId, today: today)
        XCTAssertEqual(Set(meetings.compactMap { item -> Int64? in
            guard case .nextMeeting(let id, _, _, let meeting) = item else { return nil }
            XCTAssertEqual(loops.first { $0.id == id }?.nextMeeting, meeting)
            return id
        }), Set(expected.map(\.id)))
        let overdue = try store.overdueActions(guideId: guideId, today: today)
        XCTAssertEqual(overdue.count, loops.filter { assigned.contains($0.id) }.reduce(0) { $0 + $1.overdueActions })
        XCTAssertFalse(overdue.isEmpty, "the demo has an overdue action in one of her slingor")
        let section = try section("kerstin.ostlund", .vagledare)
        XCTAssertEqual(section.items, Array(planned.prefix(AppDatabase.todaySectionLimit))
                       + Array(meetings.prefix(AppDatabase.todaySectionLimit)) + Array(overdue.prefix(AppDatabase.todaySectionLimit)))
    }

    func testSupervisorSeesParticipantsWithoutTheDaysLogAndDueHypotheses() throws {
        let hanna = try viewer("hanna.jonsson")
        let team = try XCTUnwrap(hanna.grants.first?.scope)
        // A day with some entries logged: exactly the others are missing.
        var day = ShadowingDemoData.firstLogDay
        var rows = try store.dayView(teamId: team.id, date: day)
        while !(rows.contains { $0.entry != nil } && rows.contains { $0.entry == nil }) && day < today {
            day = day.adding(days: 1)
            rows = try store.dayView(teamId: team.id, date: day)
        }
        let missing = try store.missingLogs(shadowingTeamId: team.id, date: day).compactMap { item -> Int64? in
            if case .missingLog(team.id, _, let id, _, day) = item { return id } else { return nil }
        }
        XCTAssertFalse(missing.isEmpty)
        XCTAssertEqual(Set(missing), Set(rows.filter { $0.entry == nil && $0.participant.path.left == nil }.map(\.participant.id)))
        // Outside the team's period nothing is missing.
        XCTAssertEqual(try store.missingLogs(shadowingTeamId: team.id, date: try LocalDate.parse("2020-01-01")), [])
        // The day the last open hypothesis comes up for review, every open one is due, earliest first.
        let open = try store.hypotheses(teamId: team.id).filter(\.status.isOpen)
        let reviewDay = try XCTUnwrap(open.map(\.reviewDate).max(), "the demo has open hypotheses")
        XCTAssertEqual(try store.hypothesesDue(shadowingTeamId: team.id, today: reviewDay).map { item -> Int64 in
            guard case .hypothesisDue(team.id, let id, _, _) = item else { return -1 }
            return id
        }, open.sorted { ($0.reviewDate, $0.id) < ($1.reviewDate, $1.id) }.map(\.id))
        XCTAssertEqual(try store.hypothesesDue(shadowingTeamId: team.id, today: reviewDay.adding(days: -1)).count,
                       open.filter { $0.reviewDate < reviewDay }.count)
        let due = open
        let section = try section("hanna.jonsson", .handledare, on: reviewDay)
        let shownHypotheses = section.items.filter { if case .hypothesisDue = $0 { return true } else { return false } }
        XCTAssertEqual(shownHypotheses.count, min(due.count, AppDatabase.todaySectionLimit), "hypotheses are not crowded out by logs")
    }

    func testCompetenceStrategistSeesPlanStepsDueThisQuarterAndUncertifiedUndersköterskor() throws {
        let aino = try viewer("aino.persson")
        let kommun = try XCTUnwrap(aino.grants.first?.scope)
        let steps = try store.planStepsDue(kommunId: kommun.id, today: today)
        let items = try store.competencePlanItems(.kommun(kommun.id))
        XCTAssertEqual(Set(steps.compactMap { item -> Int64? in
            if case .planStepDue(_, let id, _, _, _, _, _) = item { return id } else { return nil }
        }), Set(items.filter { $0.status.isOpen && $0.targetDate <= (try! LocalDate.parse("2026-12-31")) }.map(\.id)))
        let people = try store.competencePeople(.kommun(kommun.id))
        let titles = Dictionary(uniqueKeysWithValues: try store.competenceTitles().map { ($0.id, $0) })
        let uncertified = people.filter { person in
            guard let id = person.mapping.titleId, let title = titles[id], title.protected else { return false }
            return !person.mapping.certificate && !person.mapping.employedOnProtectionDay
        }.map(\.id)
        XCTAssertFalse(uncertified.isEmpty)
        XCTAssertEqual(try store.protectedTitleHoldersWithoutCertificate(kommunId: kommun.id, today: today).compactMap { item -> Int64? in
            if case .missingCertificate(_, let id, _, _) = item { return id } else { return nil }
        }, uncertified)
    }

    func testRegionalCoordinatorSeesCountsPerKommunOnly() throws {
        let section = try section("fatima.nystrom", .regionalSamordnare)
        let total = try store.dialogueLoops(today: today).reduce(0) { $0 + $1.overdueActions }
        XCTAssertGreaterThan(total, 0)
        XCTAssertEqual(section.items.reduce(0) { sum, item in
            guard case .kommunOverdueActions(_, _, let count) = item else { XCTFail("\(item) is not an aggregate"); return sum }
            return sum + count
        }, total)
    }

    func testSystemAdministratorSeesTheRegister() throws {
        XCTAssertEqual(try section("nils.sandberg", .systemforvaltare).items, [.register(activeStaff: try store.counts().activeMedarbetare)])
    }
}
