import Foundation
import TestSupport
import VardagDemo
import VardagDomain
import XCTest
@testable import VardagStore

/// A small region for dialogue tests: two kommuner, the loop's unit in Åsbro, guides in
/// Åsbro (one at the loop's own unit) and in Östervik.
struct DialogueFixture {
    let store: AppDatabase
    let unit: Enhet
    let ownUnitGuide: Int64
    let homeGuide: Int64
    let boughtGuide1: Int64
    let boughtGuide2: Int64
    let staff: [Int64]

    init(_ store: AppDatabase) throws {
        self.store = store
        let asbro = try store.addKommun(name: "Åsbro")
        let ostervik = try store.addKommun(name: "Östervik")
        unit = try store.addEnhet(kommunId: asbro.id, name: "Gruppbostad Älven", omrade: .funktionshinder)
        let other = try store.addEnhet(kommunId: asbro.id, name: "Boendestöd", omrade: .socialpsykiatri)
        let far = try store.addEnhet(kommunId: ostervik.id, name: "Daglig verksamhet Ön", omrade: .funktionshinder)
        let unitTeam = try store.addTeam(enhetId: unit.id, name: "Älven")
        let otherTeam = try store.addTeam(enhetId: other.id, name: "Stödet")
        let farTeam = try store.addTeam(enhetId: far.id, name: "Ön")
        func person(_ team: Team, _ name: String, _ role: MedarbetarRoll) throws -> Int64 {
            try store.addMedarbetare(MedarbetareDraft(teamId: team.id, name: name, title: "Stödpedagog", role: role,
                                                      startDate: "2020-01-01")).id
        }
        staff = [try person(unitTeam, "Åsa Berg", .medarbetare), try person(unitTeam, "Örjan Lind", .medarbetare)]
        ownUnitGuide = try person(unitTeam, "Gun Älvsdotter", .vagledare)
        homeGuide = try person(otherTeam, "Kajsa Öst", .vagledare)
        boughtGuide1 = try person(farTeam, "Märta Ås", .vagledare)
        boughtGuide2 = try person(farTeam, "Nils Ödman", .vagledare)
        for guide in [ownUnitGuide, homeGuide, boughtGuide1, boughtGuide2] {
            try store.registerGuide(medarbetareId: guide, trainingDate: "2024-05-10")
        }
    }

    func draft(_ guide1: Int64?, _ guide2: Int64?, theme: String = "Maten på boendet") -> LoopDraft {
        LoopDraft(enhetId: unit.id, theme: theme, chosenBy: .chef, plannedStart: "2026-10-01",
                  guide1: guide1, guide2: guide2, staffIds: staff)
    }

    func meeting(_ loop: Int64, _ kind: TraffTyp, _ date: String, staff: String = "2") -> MeetingDraft {
        MeetingDraft(loopId: loop, kind: kind, date: date, guide1: boughtGuide1, guide2: boughtGuide2,
                     brukareCount: kind == .personaltraff ? "0" : "5", staffCount: kind.groupsPresent.contains(.personal) ? staff : "0",
                     notes: "")
    }
}

final class DialogueStoreTests: XCTestCase {
    private let today = try! LocalDate.parse("2026-11-23")

    private func refusal(_ body: () throws -> Void) -> [DialogueField: DialogueError] {
        do {
            try body()
            XCTFail("expected a refusal")
            return [:]
        } catch let failure as DialogueFailure {
            return failure.errors
        } catch {
            XCTFail("unexpected error \(error)")
            return [:]
        }
    }

    func testLoopRefusalsStoreNothingAndAValidLoopRecordsBoughtGuides() throws {
        let database = try TemporaryDatabase()
        let f = try DialogueFixture(try database.open())
        let auditBefore = try f.store.auditCount()
        XCTAssertEqual(refusal { try f.store.createLoop(f.draft(f.ownUnitGuide, f.homeGuide), today: today) },
                       [.guide1: .guideWorksAtUnit])
        XCTAssertEqual(refusal { try f.store.createLoop(f.draft(f.homeGuide, f.homeGuide), today: today) },
                       [.guide2: .sameGuideTwice])
        XCTAssertEqual(refusal { try f.store.createLoop(f.draft(f.homeGuide, nil, theme: " "), today: today) },
                       [.guide2: .required, .theme: .required])
        XCTAssertEqual(try f.store.dialogueLoops(today: today).count, 0)
        XCTAssertEqual(try f.store.auditCount(), auditBefore)

        let loop = try f.store.createLoop(f.draft(f.boughtGuide1, f.homeGuide), today: today)
        let detail = try XCTUnwrap(try f.store.loopDetail(id: loop, today: today))
        XCTAssertEqual(detail.guides.map(\.name), ["Märta Ås", "Kajsa Öst"])
        XCTAssertEqual(detail.guides.map(\.bought), [true, false])
        XCTAssertEqual(detail.guides.map(\.kommunName), ["Östervik", "Åsbro"])
        XCTAssertEqual(detail.staff.map(\.name), ["Åsa Berg", "Örjan Lind"])
        XCTAssertEqual(detail.themeHistory.map(\.theme), ["Maten på boendet"])
        XCTAssertEqual(detail.nextMeeting, .brukartraff1)
        XCTAssertEqual(try f.store.auditEntries(entity: "dialogue_loop").count, 1)
        let exchanges = try f.store.guideExchanges(year: nil)
        XCTAssertEqual(exchanges.map { "\($0.providerName)→\($0.buyerName) \($0.assignments)" }, ["Östervik→Åsbro 1"])
    }

    /// Joining the pool is a role on top of the title: any active medarbetare may join, and
    /// her register role stays as it was.
    func testAnyoneJoinsThePoolAndKeepsHerRegisterRole() throws {
        let database = try TemporaryDatabase()
        let f = try DialogueFixture(try database.open())
        let worker = f.staff[0]
        // The four register vägledare are in the pool already; the two others may join.
        XCTAssertEqual(try f.store.guideCandidates().map(\.name), ["Åsa Berg", "Örjan Lind"])
        try f.store.registerGuide(medarbetareId: worker, trainingDate: "2025-03-01")
        XCTAssertEqual(try f.store.guideCandidates().map(\.name), ["Örjan Lind"])
        XCTAssertEqual(try f.store.medarbetare(id: worker)?.role, .medarbetare)
        XCTAssertEqual(refusal { try f.store.registerGuide(medarbetareId: worker, trainingDate: "2025-03-01") },
                       [.medarbetare: .alreadyAGuide])
        XCTAssertEqual(refusal { try f.store.registerGuide(medarbetareId: 999_999, trainingDate: "2025-03-01") },
                       [.medarbetare: .unknownReference])
    }

    func testMeetingsInOrderRelayQuestionAnsweredLaterAndActions() throws {
        let database = try TemporaryDatabase()
        let f = try DialogueFixture(try database.open())
        let loop = try f.store.createLoop(f.draft(f.boughtGuide1, f.boughtGuide2), today: today)
        XCTAssertEqual(refusal { try f.store.logMeeting(f.meeting(loop, .personaltraff, "2026-10-01"), today: today) },
                       [.meeting: .outOfOrder(expected: .brukartraff1)])
        let first = try f.store.logMeeting(f.meeting(loop, .brukartraff1, "2026-10-01"), today: today)
        XCTAssertEqual(refusal { try f.store.logMeeting(f.meeting(loop, .personaltraff, "2026-09-30"), today: today) },
                       [.date: .beforePreviousMeeting(try LocalDate.parse("2026-10-01"))])
        XCTAssertEqual(refusal { try f.store.askQuestion(meetingId: first, from: .personal, text: "Fråga?") },
                       [.fromGroup: .groupNotPresent])
        let question = try f.store.askQuestion(meetingId: first, from: .brukare, text: "Varför får vi inte välja mat själva?")
        XCTAssertEqual(refusal { try f.store.answerQuestion(questionId: question, meetingId: first, answer: "Svar", level: "") },
                       [.meeting: .answerAtSameMeeting])
        XCTAssertEqual(refusal { try f.store.addAction(ActionDraft(loopId: loop, what: "Ny meny", responsible: "Chefen", due: "2026-11-01")) },
                       [.meeting: .gemensamNotHeld])
        let second = try f.store.logMeeting(f.meeting(loop, .personaltraff, "2026-10-08", staff: "2"), today: today)
        XCTAssertEqual(refusal { try f.store.answerQuestion(questionId: question, meetingId: second, answer: "Svar", level: "7") },
                       [.level: .numberOutOfRange(min: 1, max: 5)])
        try f.store.answerQuestion(questionId: question, meetingId: second, answer: "Vi planerar menyn ihop.", level: "3")
        _ = try f.store.logMeeting(f.meeting(loop, .brukartraff2, "2026-10-15"), today: today)
        _ = try f.store.logMeeting(f.meeting(loop, .gemensam, "2026-11-20", staff: "1"), today: today)
        let action = try f.store.addAction(ActionDraft(loopId: loop, what: "Ny meny", responsible: "Chefen", due: "2026-11-22"))
        try f.store.setActionStatus(id: action, status: .pagar)

        let detail = try XCTUnwrap(try f.store.loopDetail(id: loop, today: today))
        XCTAssertEqual(detail.meetings.map(\.kind), [.brukartraff1, .personaltraff, .brukartraff2, .gemensam])
        XCTAssertEqual(detail.nextMeeting, .uppfoljning)
        let answered = try XCTUnwrap(detail.questions.first)
        XCTAssertEqual(answered.answeredKind, .personaltraff)
        XCTAssertEqual(answered.level, 3)
        XCTAssertTrue(detail.openQuestions.isEmpty)
        XCTAssertEqual(detail.actions.map(\.status), [.pagar])
        XCTAssertEqual(detail.actions.map(\.overdue), [true])
        XCTAssertEqual(detail.warnings, [.runningLong(days: 50), .staffChanged(at: .gemensam, from: 2, to: 1)])
        let row = try XCTUnwrap(try f.store.dialogueLoops(enhetId: f.unit.id, today: today).first)
        XCTAssertEqual(row.overdueActions, 1)
        XCTAssertEqual(row.nextMeeting, .uppfoljning)
        XCTAssertEqual(try f.store.auditEntries(entity: "dialogue_question", entityId: question).map(\.action), [.update, .insert])
    }

    func testMeetingsAfterTodayOrWithNobodyAttendingAreRefusedAndNothingIsStored() throws {
        let database = try TemporaryDatabase()
        let f = try DialogueFixture(try database.open())
        let loop = try f.store.createLoop(f.draft(f.boughtGuide1, f.boughtGuide2), today: today)
        let audits = try f.store.auditCount()
        XCTAssertEqual(refusal { try f.store.logMeeting(f.meeting(loop, .brukartraff1, "2026-11-24"), today: today) },
                       [.date: .afterToday(today)])
        var empty = f.meeting(loop, .brukartraff1, "2026-11-20")
        empty.brukareCount = "0"
        empty.staffCount = "3"
        XCTAssertEqual(refusal { try f.store.logMeeting(empty, today: today) }, [.brukareCount: .nobodyAttended])
        XCTAssertEqual(try f.store.loopDetail(id: loop, today: today)?.meetings.count, 0)
        XCTAssertEqual(try f.store.auditCount(), audits)
        _ = try f.store.logMeeting(f.meeting(loop, .brukartraff1, "2026-11-23"), today: today)
        XCTAssertEqual(refusal { try f.store.logMeeting(f.meeting(loop, .personaltraff, "2026-11-23", staff: "0"), today: today) },
                       [.staffCount: .nobodyAttended])
    }

    func testThemeChangeKeepsHistoryAndTargetsAndReport() throws {
        let database = try TemporaryDatabase()
        let f = try DialogueFixture(try database.open())
        let loop = try f.store.createLoop(f.draft(f.boughtGuide1, f.homeGuide), today: today)
        XCTAssertEqual(refusal { try f.store.changeTheme(loopId: loop, theme: "Fritid", chosenBy: .brukare, reason: "", today: today) },
                       [.reason: .required])
        try f.store.changeTheme(loopId: loop, theme: "Fritid", chosenBy: .brukare, reason: "Brukarna ville hellre det.", today: today)
        let detail = try XCTUnwrap(try f.store.loopDetail(id: loop, today: today))
        XCTAssertEqual(detail.theme, "Fritid")
        XCTAssertEqual(detail.themeHistory.map(\.chosenBy), [.chef, .brukare])
        XCTAssertEqual(detail.themeHistory.last?.reason, "Brukarna ville hellre det.")

        try f.store.setLoopTarget(enhetId: f.unit.id, year: 2026, target: "4")
        XCTAssertEqual(refusal { try f.store.setLoopTarget(enhetId: f.unit.id, year: 2026, target: "x") },
                       [.target: .numberOutOfRange(min: 0, max: 100)])
        _ = try f.store.logMeeting(f.meeting(loop, .brukartraff1, "2026-10-01"), today: today)
        let targets = try f.store.dialogueTargets(year: 2026, today: today)
        let unitRow = try XCTUnwrap(targets.first { $0.id == f.unit.id })
        XCTAssertEqual(unitRow.target, 4)
        XCTAssertEqual(unitRow.started, 1)
        XCTAssertEqual(unitRow.warning, .behindTarget(started: 1, expected: 3, target: 4))

        let report = try f.store.dialogueReport(kommunId: detail.kommunId, year: 2026)
        XCTAssertEqual(report.started, 1)
        XCTAssertEqual(report.themes, ["Fritid"])
        XCTAssertEqual(report.ownGuides, 1)
        XCTAssertEqual(report.boughtGuides, 1)
        let all = try f.store.dialogueReports(year: 2026)
        XCTAssertEqual(all.map(\.kommunName), ["Åsbro", "Östervik"])
        XCTAssertEqual(all.map(\.report.started), [1, 0])
        let pool = try f.store.guidePool(year: 2026)
        XCTAssertEqual(pool.first { $0.id == f.boughtGuide1 }?.ledThisYear, 1)
        XCTAssertEqual(pool.first { $0.id == f.boughtGuide1 }?.openAssignments, 1)
    }

    func testDemoDataHasEveryStageBoughtServicesOpenQuestionsAndOverdueActions() throws {
        let database = try TemporaryDatabase()
        let store = try database.open()
        try DemoData.populate(store)
        let summary = try DialogueDemo.populate(store, today: today)
        XCTAssertGreaterThan(summary.guides, 5)
        let loops = try store.dialogueLoops(today: today)
        XCTAssertEqual(Set(loops.map(\.nextMeeting)), Set(TraffTyp.allCases.map(Optional.some) + [nil]))
        XCTAssertTrue(loops.contains { $0.openQuestions > 0 })
        XCTAssertTrue(loops.contains { $0.overdueActions > 0 })
        XCTAssertFalse(try store.guideExchanges(year: nil).isEmpty)
        XCTAssertEqual(try store.integrityCheck(), ["ok"])
    }

    func testStaffOfALoopCanBeChangedWithinTheUnitOnly() throws {
        let database = try TemporaryDatabase()
        let f = try DialogueFixture(try database.open())
        let loop = try f.store.createLoop(f.draft(f.boughtGuide1, f.homeGuide), today: today)
        XCTAssertEqual(refusal { try f.store.setLoopStaff(loopId: loop, staffIds: []) }, [.staff: .required])
        XCTAssertEqual(refusal { try f.store.setLoopStaff(loopId: loop, staffIds: [f.staff[0], f.boughtGuide1]) },
                       [.staff: .unknownReference])
        try f.store.setLoopStaff(loopId: loop, staffIds: [f.staff[1]])
        XCTAssertEqual(try f.store.loopDetail(id: loop, today: today)?.staff.map(\.name), ["Örjan Lind"])
        let audit = try XCTUnwrap(try f.store.auditEntries(entity: "dialogue_loop", entityId: loop).first)
        XCTAssertEqual(audit.after?["staff_ids"], .text(String(f.staff[1])))
    }
}
