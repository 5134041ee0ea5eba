import Foundation
import TestSupport
import VardagDomain
import XCTest
@testable import VardagStore

final class DialogueExportTests: XCTestCase {
    private let today = try! LocalDate.parse("2026-11-23")

    func testJSONNestsMeetingsQuestionsAndActionsAndFiltersByKommunAndYear() throws {
        let database = try TemporaryDatabase()
        let f = try DialogueFixture(try database.open())
        let loop = try f.store.createLoop(f.draft(f.boughtGuide1, f.boughtGuide2), today: today)
        let first = try f.store.logMeeting(f.meeting(loop, .brukartraff1, "2026-10-01"),
                                           question: "Varför får vi inte välja mat själva?", today: today)
        let second = try f.store.logMeeting(f.meeting(loop, .personaltraff, "2026-10-08"), today: today)
        let question = try XCTUnwrap(try f.store.loopDetail(id: loop, today: today)?.questions.first)
        XCTAssertEqual(question.askedMeetingId, first)
        try f.store.answerQuestion(questionId: question.id, meetingId: second, answer: "=Vi planerar ihop", level: "4")

        let loops = try DialogueExport.loops(from: f.store, filter: .init(kommun: "ÅSBRO", year: 2026), today: today)
        XCTAssertEqual(loops.count, 1)
        let decoded = try JSONDecoder().decode([DialogueExportLoop].self, from: try DialogueExport.json(loops))
        XCTAssertEqual(decoded, loops)
        XCTAssertEqual(decoded[0].traffar.map(\.typ), ["Brukarträff 1", "Personalträff"])
        XCTAssertEqual(decoded[0].stafettfragor.first?.besvarad_vid, "Personalträff")
        XCTAssertEqual(decoded[0].stafettfragor.first?.delaktighet, 4)
        XCTAssertEqual(decoded[0].vagledare.map(\.kopt), [true, true])
        XCTAssertEqual(try DialogueExport.loops(from: f.store, filter: .init(year: 2025), today: today).count, 0)
        XCTAssertThrowsError(try DialogueExport.loops(from: f.store, filter: .init(kommun: "Ingenstans"), today: today))

        let csv = String(decoding: try DialogueExport.csv(.questions, loops), as: UTF8.self)
        XCTAssertTrue(csv.hasPrefix("\u{FEFF}Slinga;Kommun;Enhet;Från;Till"), csv)
        XCTAssertTrue(csv.contains(";'=Vi planerar ihop;4\r\n"), csv)
        let meetings = String(decoding: try DialogueExport.csv(.meetings, loops), as: UTF8.self)
        XCTAssertEqual(meetings.components(separatedBy: "\r\n").filter { !$0.isEmpty }.count, 3)
    }
}
