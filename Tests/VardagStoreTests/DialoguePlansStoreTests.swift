import Foundation
import TestSupport
import VardagDomain
import XCTest
@testable import VardagStore

/// Migration v21 on the store: the next träff's planned date and the guides' coming
/// träffar, the chef at the end of the gemensam träff, and the feedback's date and way;
/// on SQLite and (with `VARDAG_TEST_BACKEND=postgres`) on PostgreSQL.
final class DialoguePlansStoreTests: XCTestCase {
    private let today = try! LocalDate.parse("2026-11-23")

    private func refusal(_ body: () throws -> Void) -> [DialogueField: DialogueError] {
        do {
            try body()
            XCTFail("expected a refusal")
        } catch let failure as DialogueFailure {
            return failure.errors
        } catch {
            XCTFail("unexpected error \(error)")
        }
        return [:]
    }

    func testTheNextTraffIsPlannedShownToItsGuidesAndSpentWhenHeld() throws {
        let database = try TemporaryDatabase()
        let f = try DialogueFixture(try database.open())
        let loop = try f.store.createLoop(f.draft(f.boughtGuide1, f.boughtGuide2), today: today)
        let other = try f.store.createLoop(f.draft(f.homeGuide, f.boughtGuide1, theme: "Kvällarna"), today: today)
        XCTAssertEqual(refusal { try f.store.planNextMeeting(loopId: loop, date: "2026-11-22", today: today) },
                       [.nextPlanned: .beforeToday(today)])
        XCTAssertEqual(refusal { try f.store.planNextMeeting(loopId: loop, date: "2026-13-01", today: today) },
                       [.nextPlanned: .invalidDate])
        try f.store.planNextMeeting(loopId: loop, date: "2026-12-03", today: today)
        try f.store.planNextMeeting(loopId: other, date: "2026-11-30", today: today)
        XCTAssertEqual(try f.store.loopDetail(id: loop, today: today)?.nextPlannedOn, try LocalDate.parse("2026-12-03"))
        let loops = DialogueExport.table(.loops, try DialogueExport.loops(from: f.store, filter: .init(), today: today))
        XCTAssertEqual(Set(loops.dropFirst().map { $0.last }), ["2026-12-03", "2026-11-30"])
        let audit = try XCTUnwrap(try f.store.auditEntries(entity: "dialogue_loop", entityId: loop).first)
        XCTAssertEqual(audit.before?["next_planned_on"], .null)
        XCTAssertEqual(audit.after?["next_planned_on"], .text("2026-12-03"))

        // Märta leads both: soonest first; Nils only the first.
        XCTAssertEqual(try f.store.comingMeetings(guideId: f.boughtGuide1, today: today).map(\.id), [other, loop])
        XCTAssertEqual(try f.store.comingMeetings(guideId: f.boughtGuide2, today: today).map(\.nextPlannedOn),
                       [try LocalDate.parse("2026-12-03")])
        XCTAssertEqual(try f.store.comingMeetings(guideId: f.boughtGuide1, today: try LocalDate.parse("2026-12-01")).map(\.id),
                       [loop], "a plan that has passed is not coming")

        // Holding the träff spends the plan; clearing an unplanned loop writes nothing.
        _ = try f.store.logMeeting(f.meeting(loop, .brukartraff1, "2026-11-20"), today: today)
        XCTAssertNil(try f.store.loopDetail(id: loop, today: today)?.nextPlannedOn)
        let auditCount = try f.store.auditCount()
        try f.store.planNextMeeting(loopId: loop, date: " ", today: today)
        XCTAssertEqual(try f.store.auditCount(), auditCount)
        try f.store.planNextMeeting(loopId: other, date: "", today: today)
        XCTAssertNil(try f.store.loopDetail(id: other, today: today)?.nextPlannedOn)
        XCTAssertEqual(try f.store.comingMeetings(guideId: f.boughtGuide1, today: today), [])
    }

    func testTheChefAtTheEndOfTheGemensamTraffIsAnActiveChefOfTheKommun() throws {
        let database = try TemporaryDatabase()
        let f = try DialogueFixture(try database.open())
        let team = try XCTUnwrap(try f.store.registerTree().kommuner.first { $0.kommun.id == f.unit.kommunId }?
            .enheter.first { $0.enhet.id == f.unit.id }?.teams.first?.team)
        let chef = try f.store.addMedarbetare(MedarbetareDraft(teamId: team.id, name: "Britt Chefsson", title: "Enhetschef",
                                                               role: .chef, startDate: "2019-01-01")).id
        let loop = try f.store.createLoop(f.draft(f.boughtGuide1, f.boughtGuide2), today: today)
        XCTAssertEqual(try f.store.chefCandidates(loopId: loop).map(\.name), ["Britt Chefsson"])
        var bt1 = f.meeting(loop, .brukartraff1, "2026-10-01")
        bt1.chefId = chef
        XCTAssertEqual(refusal { try f.store.logMeeting(bt1, today: today) }, [.chef: .notGemensam])
        let first = try f.store.logMeeting(f.meeting(loop, .brukartraff1, "2026-10-01"), today: today)
        XCTAssertEqual(refusal { try f.store.setMeetingChef(meetingId: first, chefId: chef) }, [.chef: .notGemensam])
        _ = try f.store.logMeeting(f.meeting(loop, .personaltraff, "2026-10-08"), today: today)
        _ = try f.store.logMeeting(f.meeting(loop, .brukartraff2, "2026-10-15"), today: today)
        var gemensam = f.meeting(loop, .gemensam, "2026-10-22")
        gemensam.chefId = f.staff[0]
        XCTAssertEqual(refusal { try f.store.logMeeting(gemensam, today: today) }, [.chef: .notAChef])
        gemensam.chefId = chef
        let meeting = try f.store.logMeeting(gemensam, today: today)
        var held = try XCTUnwrap(try f.store.loopDetail(id: loop, today: today)?.meetings.last)
        XCTAssertEqual(held.chefId, chef)
        XCTAssertEqual(held.chefName, "Britt Chefsson")
        let meetings = DialogueExport.table(.meetings, try DialogueExport.loops(from: f.store, filter: .init(), today: today))
        XCTAssertEqual(meetings[0].last, "Chef i slutet")
        XCTAssertEqual(meetings.map { $0.last }, ["Chef i slutet", "", "", "", "Britt Chefsson"])
        XCTAssertEqual(try f.store.auditEntries(entity: "dialogue_meeting", entityId: meeting).first?.after?["chef_id"],
                       .integer(chef))
        try f.store.setMeetingChef(meetingId: meeting, chefId: nil)
        held = try XCTUnwrap(try f.store.loopDetail(id: loop, today: today)?.meetings.last)
        XCTAssertNil(held.chefName)
        let change = try XCTUnwrap(try f.store.auditEntries(entity: "dialogue_meeting", entityId: meeting).first)
        XCTAssertEqual(change.before?["chef_id"], .integer(chef))
        XCTAssertEqual(change.after?["chef_id"], .null)
    }

    func testFeedbackToTheBrukareHasADateAndAWay() throws {
        let database = try TemporaryDatabase()
        let f = try DialogueFixture(try database.open())
        let loop = try f.store.createLoop(f.draft(f.boughtGuide1, f.boughtGuide2), today: today)
        for (kind, date) in [(TraffTyp.brukartraff1, "2026-10-01"), (.personaltraff, "2026-10-08"),
                             (.brukartraff2, "2026-10-15"), (.gemensam, "2026-10-22")] {
            _ = try f.store.logMeeting(f.meeting(loop, kind, date), today: today)
        }
        let action = try f.store.addAction(ActionDraft(loopId: loop, what: "Ny meny", responsible: "Kocken", due: "2026-12-01"))
        XCTAssertEqual(refusal { try f.store.recordFeedback(actionId: action, date: "2026-11-24", way: .brev, today: today) },
                       [.fedBackOn: .afterToday(today)])
        try f.store.recordFeedback(actionId: action, date: "2026-11-20", way: .anslag, today: today)
        var stored = try XCTUnwrap(try f.store.loopDetail(id: loop, today: today)?.actions.first)
        XCTAssertTrue(stored.fedBack)
        XCTAssertEqual(stored.fedBackOn, try LocalDate.parse("2026-11-20"))
        XCTAssertEqual(stored.fedBackHow, .anslag)
        let audit = try XCTUnwrap(try f.store.auditEntries(entity: "dialogue_action", entityId: action).first)
        XCTAssertEqual(audit.before?["fed_back"], .bool(false))
        XCTAssertEqual(audit.after?["fed_back_how"], .text("anslag"))
        XCTAssertEqual(audit.after?["fed_back_on"], .text("2026-11-20"))
        // The export carries the date and the way, in JSON and in the actions table.
        let exported = try DialogueExport.loops(from: f.store, filter: .init(), today: today)
        XCTAssertEqual(exported.first?.atgarder.first?.aterkopplad_datum, "2026-11-20")
        let table = DialogueExport.table(.actions, exported)
        XCTAssertEqual(table[0].suffix(3), ["Försenad", "Återkopplad datum", "Återkopplad hur"])
        XCTAssertEqual(table[1].suffix(4), ["Ja", "Nej", "2026-11-20", "Anslag"])

        // The old yes/no: taking the yes back takes its date and way with it.
        try f.store.setActionFedBack(id: action, fedBack: false)
        stored = try XCTUnwrap(try f.store.loopDetail(id: loop, today: today)?.actions.first)
        XCTAssertFalse(stored.fedBack)
        XCTAssertNil(stored.fedBackOn)
        XCTAssertNil(stored.fedBackHow)
        try f.store.recordFeedback(actionId: action, date: "2026-11-23", way: .mote, today: today)
        try f.store.recordFeedback(actionId: action, date: "", way: .brev, today: today)
        stored = try XCTUnwrap(try f.store.loopDetail(id: loop, today: today)?.actions.first)
        XCTAssertFalse(stored.fedBack)
        XCTAssertNil(stored.fedBackHow, "an empty date is not fed back, whatever way was chosen")
    }

    func testAGuideWhoLeftThePoolKeepsHerSlingorButIsNotChosenForANewOne() throws {
        let database = try TemporaryDatabase()
        let f = try DialogueFixture(try database.open())
        let loop = try f.store.createLoop(f.draft(f.boughtGuide1, f.boughtGuide2), today: today)
        XCTAssertEqual(refusal { try f.store.setGuideLeft(guideId: f.boughtGuide1, date: "2026-11-24", today: today) },
                       [.date: .afterToday(today)])
        XCTAssertEqual(refusal { try f.store.setGuideLeft(guideId: f.boughtGuide1, date: "2024-05-09", today: today) },
                       [.date: .beforeTraining(try LocalDate.parse("2024-05-10"))])
        try f.store.setGuideLeft(guideId: f.boughtGuide1, date: "2026-11-01", today: today)
        let row = try XCTUnwrap(try f.store.guidePool(year: 2026).first { $0.id == f.boughtGuide1 })
        XCTAssertEqual(row.leftOn, try LocalDate.parse("2026-11-01"))
        XCTAssertFalse(row.offered)
        XCTAssertEqual(try f.store.auditEntries(entity: "dialogue_guide", entityId: f.boughtGuide1).first?.after?["left_on"],
                       .text("2026-11-01"))
        // Kept in history: her slingor keep her and she leads their träffar to the end.
        XCTAssertEqual(try f.store.guideAssignments(guideId: f.boughtGuide1).map(\.id), [loop])
        _ = try f.store.logMeeting(f.meeting(loop, .brukartraff1, "2026-11-20"), today: today)
        // Not chosen for a new slinga.
        XCTAssertEqual(refusal { try f.store.createLoop(f.draft(f.homeGuide, f.boughtGuide1, theme: "Kvällarna"), today: today) },
                       [.guide2: .guideLeftPool])
        // Back in the pool.
        try f.store.setGuideLeft(guideId: f.boughtGuide1, date: "", today: today)
        XCTAssertNil(try f.store.guidePool(year: 2026).first { $0.id == f.boughtGuide1 }?.leftOn)
        _ = try f.store.createLoop(f.draft(f.homeGuide, f.boughtGuide1, theme: "Kvällarna"), today: today)
    }

    func testTheExchangeLedgerSumsBoughtHoursPerKommunPairAndYear() throws {
        let database = try TemporaryDatabase()
        let f = try DialogueFixture(try database.open())
        // Two slingor in Åsbro led by Östervik's guides (bought), one with Åsbro's own guide.
        let first = try f.store.createLoop(f.draft(f.boughtGuide1, f.boughtGuide2), today: today)
        let second = try f.store.createLoop(f.draft(f.homeGuide, f.boughtGuide1, theme: "Kvällarna"), today: today)
        XCTAssertEqual(refusal { try f.store.recordGuideHours(loopId: first, first: "7,5", second: "tio") },
                       [.hours2: .invalidHours(max: 1000)])
        XCTAssertEqual(refusal { try f.store.recordGuideHours(loopId: first, first: "1001", second: "") },
                       [.hours: .invalidHours(max: 1000)])
        try f.store.recordGuideHours(loopId: first, first: "7,5", second: "6.25")
        try f.store.recordGuideHours(loopId: second, first: "3", second: "4")
        let detail = try XCTUnwrap(try f.store.loopDetail(id: first, today: today))
        XCTAssertEqual(detail.guides.map(\.minutes), [450, 375])
        let audit = try XCTUnwrap(try f.store.auditEntries(entity: "dialogue_loop", entityId: second).first)
        XCTAssertEqual(audit.after?["minutes"], .integer(240))
        XCTAssertEqual(audit.after?["guide_id"], .integer(f.boughtGuide1))

        // Utbyten: Östervik → Åsbro, three bought assignments, 7,5 + 6,25 + 4 hours; the own guide's 3 are not sold.
        let exchange = try XCTUnwrap(try f.store.guideExchanges(year: 2026).first)
        XCTAssertEqual([exchange.providerName, exchange.buyerName], ["Östervik", "Åsbro"])
        XCTAssertEqual(exchange.assignments, 3)
        XCTAssertEqual(exchange.minutes, 450 + 375 + 240)
        XCTAssertEqual(exchange.assignmentsWithHours, 3)
        XCTAssertEqual(GuideHours.text(exchange.minutes), "17,8")

        let loops = try DialogueExport.loops(from: f.store, filter: .init(), today: today)
        let ledger = DialogueExport.table(.ledger, loops)
        XCTAssertEqual(ledger.count, 4, "a header and the three bought assignments")
        XCTAssertEqual(ledger[1], ["2026", "Östervik", "Åsbro", "Märta Ås", String(first), "Gruppbostad Älven", "Maten på boendet", "7,5"])
        XCTAssertEqual(DialogueExport.table(.invoicing, loops),
                       [["År", "Säljande kommun", "Köpande kommun", "Uppdrag", "Uppdrag med timmar", "Timmar"],
                        ["2026", "Östervik", "Åsbro", "3", "3", "17,8"]])
        // Cleared: not recorded again.
        try f.store.recordGuideHours(loopId: second, first: "3", second: "")
        XCTAssertEqual(try f.store.guideExchanges(year: 2026).first?.assignmentsWithHours, 2)
    }
}
