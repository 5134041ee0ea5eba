import Foundation
import TestSupport
import VardagDomain
import XCTest
@testable import VardagStore

/// Corrections of a slinga's log: meetings, answers and actions are edited or removed in
/// one transaction each, audited, with the rules checked again.
final class DialogueCorrectionTests: XCTestCase {
    private let today = try! LocalDate.parse("2026-11-23")

    private func refusal(_ body: () throws -> Void) -> [DialogueField: DialogueError] {
        do {
            try body()
            XCTFail("expected a refusal")
        } catch let failure as DialogueFailure {
            return failure.errors
        } catch {
            XCTFail("unexpected \(error)")
        }
        return [:]
    }

    /// A loop with brukarträff 1 (a question asked), personalträff (answering it) and brukarträff 2.
    private func loop(_ f: DialogueFixture) throws -> (loop: Int64, meetings: [Int64], question: Int64) {
        let loop = try f.store.createLoop(f.draft(f.boughtGuide1, f.boughtGuide2), today: today)
        let first = try f.store.logMeeting(f.meeting(loop, .brukartraff1, "2026-10-01"), question: "Varför byts personalen?", today: today)
        let second = try f.store.logMeeting(f.meeting(loop, .personaltraff, "2026-10-08"), today: today)
        let third = try f.store.logMeeting(f.meeting(loop, .brukartraff2, "2026-10-15"), today: today)
        let question = try XCTUnwrap(try f.store.loopDetail(id: loop, today: today)?.questions.first).id
        try f.store.answerQuestion(questionId: question, meetingId: second, answer: "Vi försöker.", level: "2")
        return (loop, [first, second, third], question)
    }

    func testCorrectingAMeetingRechecksItsDateCountsAndIsAudited() throws {
        let database = try TemporaryDatabase()
        let f = try DialogueFixture(try database.open())
        let (loop, meetings, _) = try loop(f)
        let audits = try f.store.auditCount()
        XCTAssertEqual(refusal { try f.store.correctMeeting(id: meetings[1], date: "2026-10-16", brukareCount: "0", staffCount: "2",
                                                            notes: "", today: today) },
                       [.date: .afterNextMeeting(try LocalDate.parse("2026-10-15"))])
        XCTAssertEqual(refusal { try f.store.correctMeeting(id: meetings[2], date: "2026-11-24", brukareCount: "5", staffCount: "0",
                                                            notes: "", today: today) },
                       [.date: .afterToday(today)])
        XCTAssertEqual(refusal { try f.store.correctMeeting(id: meetings[1], date: "2026-10-09", brukareCount: "3", staffCount: "0",
                                                            notes: "", today: today) },
                       [.staffCount: .nobodyAttended])
        XCTAssertEqual(try f.store.auditCount(), audits, "refusals write nothing")
        try f.store.correctMeeting(id: meetings[0], date: "2026-09-30", brukareCount: "7", staffCount: "0", notes: "Lugnt", today: today)
        let detail = try XCTUnwrap(try f.store.loopDetail(id: loop, today: today))
        XCTAssertEqual(detail.meetings[0].date, try LocalDate.parse("2026-09-30"))
        XCTAssertEqual(detail.meetings[0].brukareCount, 7)
        XCTAssertEqual(detail.meetings[0].notes, "Lugnt")
        XCTAssertEqual(try f.store.dialogueLoops(enhetId: f.unit.id, today: today).first?.startedOn, try LocalDate.parse("2026-09-30"),
                       "the loop starts with its brukarträff 1")
        let entry = try XCTUnwrap(try f.store.auditEntries(entity: "dialogue_meeting", entityId: meetings[0]).first)
        XCTAssertEqual(entry.action, .update)
        XCTAssertEqual(try f.store.auditCount(), audits + 1)
    }

    func testOnlyTheLatestMeetingIsRemovedAndItsQuestionsAndAnswersGoWithIt() throws {
        let database = try TemporaryDatabase()
        let f = try DialogueFixture(try database.open())
        let (loop, meetings, question) = try loop(f)
        XCTAssertEqual(refusal { try f.store.removeMeeting(id: meetings[1]) }, [.meeting: .notLatestMeeting])
        try f.store.removeMeeting(id: meetings[2])
        try f.store.removeMeeting(id: meetings[1])
        var detail = try XCTUnwrap(try f.store.loopDetail(id: loop, today: today))
        XCTAssertEqual(detail.meetings.map(\.kind), [.brukartraff1])
        XCTAssertEqual(detail.nextMeeting, .personaltraff)
        XCTAssertEqual(detail.questions.map(\.id), [question], "the question asked at brukarträff 1 stays")
        XCTAssertTrue(detail.questions[0].isOpen, "its answer, given at the removed personalträff, is taken away")
        XCTAssertEqual(try f.store.auditEntries(entity: "dialogue_meeting", entityId: meetings[1]).first?.action, .delete)
        try f.store.removeMeeting(id: meetings[0])
        detail = try XCTUnwrap(try f.store.loopDetail(id: loop, today: today))
        XCTAssertTrue(detail.meetings.isEmpty)
        XCTAssertTrue(detail.questions.isEmpty, "the question asked at brukarträff 1 goes with it")
        XCTAssertEqual(try f.store.auditEntries(entity: "dialogue_question", entityId: question).first?.action, .delete)
        XCTAssertNil(try f.store.dialogueLoops(enhetId: f.unit.id, today: today).first?.startedOn)
    }

    func testAGemensamTräffWithActionsIsKeptUntilTheActionsAreRemoved() throws {
        let database = try TemporaryDatabase()
        let f = try DialogueFixture(try database.open())
        let (loop, _, _) = try loop(f)
        let gemensam = try f.store.logMeeting(f.meeting(loop, .gemensam, "2026-10-22"), today: today)
        let action = try f.store.addAction(ActionDraft(loopId: loop, what: "Ny meny", responsible: "Chefen", due: "2026-12-01"))
        XCTAssertEqual(refusal { try f.store.removeMeeting(id: gemensam) }, [.meeting: .meetingHasActions])
        XCTAssertEqual(refusal { try f.store.correctAction(id: action, ActionDraft(loopId: 0, what: " ", responsible: "Chefen",
                                                                                    due: "2026-02-30")) },
                       [.what: .required, .due: .invalidDate])
        try f.store.correctAction(id: action, ActionDraft(loopId: 0, what: "Ny meny varannan vecka", responsible: "Enhetschefen",
                                                          due: "2026-12-15"))
        let corrected = try XCTUnwrap(try f.store.loopDetail(id: loop, today: today)?.actions.first)
        XCTAssertEqual([corrected.what, corrected.responsible, corrected.due.iso], ["Ny meny varannan vecka", "Enhetschefen", "2026-12-15"])
        XCTAssertEqual(try f.store.auditEntries(entity: "dialogue_action", entityId: action).first?.action, .update)
        try f.store.removeAction(id: action)
        XCTAssertEqual(try f.store.loopDetail(id: loop, today: today)?.actions.count, 0)
        XCTAssertEqual(try f.store.auditEntries(entity: "dialogue_action", entityId: action).first?.action, .delete)
        try f.store.removeMeeting(id: gemensam)
        XCTAssertEqual(try f.store.loopDetail(id: loop, today: today)?.nextMeeting, .gemensam)
    }

    func testAnAnswerIsCorrectedUnderTheSameRulesOrRemoved() throws {
        let database = try TemporaryDatabase()
        let f = try DialogueFixture(try database.open())
        let (loop, meetings, question) = try loop(f)
        XCTAssertEqual(refusal { try f.store.correctAnswer(questionId: question, meetingId: meetings[2], answer: "Svar", level: "") },
                       [.meeting: .answerWrongGroup], "brukarträff 2 has no staff to answer")
        try f.store.correctAnswer(questionId: question, meetingId: meetings[1], answer: "Vi behåller samma schema.", level: "4")
        var q = try XCTUnwrap(try f.store.loopDetail(id: loop, today: today)?.questions.first)
        XCTAssertEqual(q.answer, "Vi behåller samma schema.")
        XCTAssertEqual(q.level, 4)
        let audit = try XCTUnwrap(try f.store.auditEntries(entity: "dialogue_question", entityId: question).first)
        XCTAssertEqual(audit.action, .update)
        try f.store.removeAnswer(questionId: question)
        q = try XCTUnwrap(try f.store.loopDetail(id: loop, today: today)?.questions.first)
        XCTAssertTrue(q.isOpen)
        XCTAssertNil(q.level)
        XCTAssertEqual(refusal { try f.store.removeAnswer(questionId: question) }, [.answer: .notAnswered])
        XCTAssertEqual(refusal { try f.store.correctAnswer(questionId: question, meetingId: meetings[1], answer: "x", level: "") },
                       [.answer: .notAnswered])
    }
}
