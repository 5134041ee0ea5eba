import XCTest
import VardagDomain

final class DialogueRulesTests: XCTestCase {
    private func d(_ text: String) -> LocalDate { try! LocalDate.parse(text) }
    private func m(_ id: Int64, _ kind: TraffTyp, _ date: String, staff: Int = 0) -> MeetingFacts {
        MeetingFacts(id: id, kind: kind, date: d(date), staffCount: staff)
    }

    func testMeetingOrderOpensWithBrukarträffAndStepsInFixedOrder() {
        XCTAssertEqual(DialogueRules.nextMeeting(after: []), .brukartraff1)
        XCTAssertEqual(DialogueRules.nextMeeting(after: [.brukartraff1]), .personaltraff)
        XCTAssertEqual(DialogueRules.nextMeeting(after: [.brukartraff1, .personaltraff, .brukartraff2]), .gemensam)
        XCTAssertNil(DialogueRules.nextMeeting(after: TraffTyp.allCases))
        XCTAssertEqual(DialogueRules.checkMeeting(kind: .personaltraff, date: d("2026-01-01"), held: [], today: d("2026-11-23")),
                       [.meeting: .outOfOrder(expected: .brukartraff1)])
        let held = [m(1, .brukartraff1, "2026-10-05")]
        XCTAssertEqual(DialogueRules.checkMeeting(kind: .brukartraff2, date: d("2026-10-20"), held: held, today: d("2026-11-23")),
                       [.meeting: .outOfOrder(expected: .personaltraff)])
        XCTAssertEqual(DialogueRules.checkMeeting(kind: .personaltraff, date: d("2026-10-04"), held: held, today: d("2026-11-23")),
                       [.date: .beforePreviousMeeting(d("2026-10-05"))])
        XCTAssertEqual(DialogueRules.checkMeeting(kind: .personaltraff, date: d("2026-10-05"), held: held, today: d("2026-11-23")), [:])
        let all = TraffTyp.allCases.enumerated().map { m(Int64($0.offset), $0.element, "2026-10-0\($0.offset + 1)") }
        XCTAssertEqual(DialogueRules.checkMeeting(kind: .uppfoljning, date: d("2026-12-01"), held: all, today: d("2026-11-23")),
                       [.meeting: .outOfOrder(expected: nil)])
    }

    func testMeetingDatesAfterTodayOrOutsideTheirNeighboursAreRefused() {
        let today = d("2026-11-23")
        XCTAssertEqual(DialogueRules.checkMeeting(kind: .brukartraff1, date: d("2026-11-24"), held: [], today: today),
                       [.date: .afterToday(today)])
        XCTAssertEqual(DialogueRules.checkMeeting(kind: .brukartraff1, date: today, held: [], today: today), [:])
        let held = [m(1, .brukartraff1, "2026-10-05"), m(2, .personaltraff, "2026-10-12"), m(3, .brukartraff2, "2026-10-19")]
        // Moving the personalträff (a correction) must keep it between its neighbours.
        XCTAssertEqual(DialogueRules.checkMeetingDate(d("2026-10-20"), kind: .personaltraff, held: held, today: today),
                       [.date: .afterNextMeeting(d("2026-10-19"))])
        XCTAssertEqual(DialogueRules.checkMeetingDate(d("2026-10-04"), kind: .personaltraff, held: held, today: today),
                       [.date: .beforePreviousMeeting(d("2026-10-05"))])
        XCTAssertEqual(DialogueRules.checkMeetingDate(d("2026-10-19"), kind: .personaltraff, held: held, today: today), [:])
        XCTAssertEqual(DialogueRules.checkMeetingDate(d("2026-11-30"), kind: .brukartraff2, held: held, today: today),
                       [.date: .afterToday(today)])
    }

    func testAMeetingNeedsSomeoneOfItsGroups() {
        XCTAssertEqual(DialogueRules.checkAttendance(kind: .brukartraff1, brukare: 0, staff: 3), [.brukareCount: .nobodyAttended],
                       "staff do not count at a brukarträff")
        XCTAssertEqual(DialogueRules.checkAttendance(kind: .brukartraff2, brukare: 1, staff: 0), [:])
        XCTAssertEqual(DialogueRules.checkAttendance(kind: .personaltraff, brukare: 4, staff: 0), [.staffCount: .nobodyAttended])
        XCTAssertEqual(DialogueRules.checkAttendance(kind: .personaltraff, brukare: 0, staff: 2), [:])
        XCTAssertEqual(DialogueRules.checkAttendance(kind: .gemensam, brukare: 0, staff: 0),
                       [.brukareCount: .nobodyAttended, .staffCount: .nobodyAttended])
        XCTAssertEqual(DialogueRules.checkAttendance(kind: .uppfoljning, brukare: 0, staff: 1), [:])
    }

    func testGuidesMustBeTwoDistinctPoolGuidesFromOtherUnits() {
        let pool: [Int64: Int64] = [10: 1, 11: 2, 12: 3]
        XCTAssertEqual(DialogueRules.checkGuides([11, 12], unitId: 1, guideUnits: pool), [:])
        XCTAssertEqual(DialogueRules.checkGuides([10, 12], unitId: 1, guideUnits: pool), [.guide1: .guideWorksAtUnit])
        XCTAssertEqual(DialogueRules.checkGuides([11, 11], unitId: 1, guideUnits: pool), [.guide2: .sameGuideTwice])
        XCTAssertEqual(DialogueRules.checkGuides([11, nil], unitId: 1, guideUnits: pool), [.guide2: .required])
        XCTAssertEqual(DialogueRules.checkGuides([11], unitId: 1, guideUnits: pool), [.guide1: .notExactlyTwoGuides])
        XCTAssertEqual(DialogueRules.checkGuides([11, 99], unitId: 1, guideUnits: pool), [.guide2: .notAGuide])
        XCTAssertTrue(DialogueRules.isBought(guideKommunId: 2, loopKommunId: 1))
        XCTAssertFalse(DialogueRules.isBought(guideKommunId: 1, loopKommunId: 1))
    }

    func testRelayQuestionLifecycle() {
        XCTAssertNil(DialogueRules.checkAsk(from: .brukare, at: .brukartraff1))
        XCTAssertEqual(DialogueRules.checkAsk(from: .personal, at: .brukartraff1), .groupNotPresent)
        XCTAssertEqual(DialogueRules.checkAsk(from: .brukare, at: .uppfoljning), .noLaterMeeting)
        let asked = m(1, .brukartraff1, "2026-10-01")
        XCTAssertEqual(DialogueRules.checkAnswer(to: .personal, asked: asked, answering: asked, alreadyAnswered: false),
                       .answerAtSameMeeting)
        XCTAssertEqual(DialogueRules.checkAnswer(to: .personal, asked: asked, answering: m(3, .brukartraff2, "2026-10-15"),
                                                 alreadyAnswered: false), .answerWrongGroup)
        XCTAssertNil(DialogueRules.checkAnswer(to: .personal, asked: asked, answering: m(2, .personaltraff, "2026-10-08"),
                                               alreadyAnswered: false))
        XCTAssertNil(DialogueRules.checkAnswer(to: .personal, asked: asked, answering: m(4, .gemensam, "2026-10-22"),
                                               alreadyAnswered: false))
        XCTAssertEqual(DialogueRules.checkAnswer(to: .brukare, asked: m(2, .personaltraff, "2026-10-08"),
                                                 answering: m(1, .brukartraff1, "2026-10-01"), alreadyAnswered: false),
                       .answerNotLater)
        XCTAssertEqual(DialogueRules.checkAnswer(to: .personal, asked: asked, answering: m(2, .personaltraff, "2026-10-08"),
                                                 alreadyAnswered: true), .alreadyAnswered)
        XCTAssertEqual(try DialogueRules.parseLevel("").get(), nil)
        XCTAssertEqual(try DialogueRules.parseLevel("5").get(), 5)
        XCTAssertThrowsError(try DialogueRules.parseLevel("6").get())
    }

    func testWarningsLongRunStaffChangeAndTarget() {
        let meetings = [
            m(1, .brukartraff1, "2026-09-01"), m(2, .personaltraff, "2026-09-08", staff: 5),
            m(3, .brukartraff2, "2026-09-15"), m(4, .gemensam, "2026-10-20", staff: 4),
        ]
        XCTAssertEqual(DialogueRules.warnings(meetings: meetings, staffGroupSize: 5, today: d("2026-11-23")), [
            .runningLong(days: 49), .staffChanged(at: .gemensam, from: 5, to: 4),
        ])
        XCTAssertEqual(DialogueRules.warnings(meetings: Array(meetings.prefix(2)), staffGroupSize: 5, today: d("2026-09-20")), [])
        XCTAssertEqual(DialogueRules.warnings(meetings: Array(meetings.prefix(2)), staffGroupSize: 5, today: d("2026-10-14")),
                       [.runningLong(days: 43)])
        XCTAssertEqual(DialogueRules.expectedByNow(target: 4, year: 2026, today: d("2026-07-02")), 2)
        XCTAssertEqual(DialogueRules.targetWarning(target: 4, started: 1, year: 2026, today: d("2026-07-02")),
                       .behindTarget(started: 1, expected: 2, target: 4))
        XCTAssertNil(DialogueRules.targetWarning(target: 4, started: 2, year: 2026, today: d("2026-07-02")))
        XCTAssertEqual(DialogueRules.expectedByNow(target: 4, year: 2025, today: d("2026-01-02")), 4)
        XCTAssertTrue(DialogueRules.isOverdue(due: d("2026-11-22"), status: .pagar, today: d("2026-11-23")))
        XCTAssertFalse(DialogueRules.isOverdue(due: d("2026-11-22"), status: .klar, today: d("2026-11-23")))
        XCTAssertFalse(DialogueRules.isOverdue(due: d("2026-11-23"), status: .planerad, today: d("2026-11-23")))
    }

    func testYearlyReportCountsStartedFinishedQuestionsGuidesAndActions() {
        let a = LoopFacts.Assignment.init
        let loops = [
            LoopFacts(loopId: 1, kommunId: 1, theme: "Maten", startedOn: d("2026-02-01"), finishedOn: d("2026-04-01"),
                      questionsAsked: 3, questionsAnswered: 2, guides: [a(10, 1), a(20, 2)], actions: 2, actionsDone: 1),
            LoopFacts(loopId: 2, kommunId: 1, theme: "Fritid", startedOn: d("2026-09-01"), finishedOn: nil,
                      questionsAsked: 1, questionsAnswered: 0, guides: [a(10, 1), a(21, 2)], actions: 0, actionsDone: 0),
            LoopFacts(loopId: 3, kommunId: 1, theme: "Förra året", startedOn: d("2025-11-01"), finishedOn: d("2026-01-15"),
                      questionsAsked: 9, questionsAnswered: 9, guides: [a(30, 3), a(10, 1)], actions: 5, actionsDone: 5),
            LoopFacts(loopId: 4, kommunId: 2, theme: "Annan kommun", startedOn: d("2026-03-01"), finishedOn: nil,
                      questionsAsked: 4, questionsAnswered: 4, guides: [a(20, 2), a(21, 2)], actions: 1, actionsDone: 1),
        ]
        let report = DialogueYearReport.make(kommunId: 1, year: 2026, loops: loops)
        XCTAssertEqual(report.started, 2)
        XCTAssertEqual(report.finished, 2)
        XCTAssertEqual(report.themes, ["Maten", "Fritid"])
        XCTAssertEqual(report.questionsAsked, 4)
        XCTAssertEqual(report.questionsAnswered, 2)
        XCTAssertEqual(report.ownGuides, 1)
        XCTAssertEqual(report.boughtGuides, 2)
        XCTAssertEqual(report.boughtAssignments, 2)
        XCTAssertEqual(report.actions, 2)
        XCTAssertEqual(report.actionsDone, 1)
    }
}
