import Foundation
import TestSupport
import VardagDomain
import XCTest
@testable import VardagStore

/// Idag's planned träffar for a vägledare: passed plans first, then today and the coming
/// week, only her own unfinished slingor, spent when the träff is held; on SQLite and (with
/// `VARDAG_TEST_BACKEND=postgres`) on PostgreSQL.
final class TodayPlannedMeetingsTests: XCTestCase {
    private let planningDay = try! LocalDate.parse("2026-11-16")
    private let today = try! LocalDate.parse("2026-11-23")

    func testPassedPlansComeFirstThenTheComingWeekAndHeldTraffarLeaveTheList() throws {
        let database = try TemporaryDatabase()
        let f = try DialogueFixture(try database.open())
        let overdue = try f.store.createLoop(f.draft(f.boughtGuide1, f.boughtGuide2, theme: "Passerad"), today: planningDay)
        let todays = try f.store.createLoop(f.draft(f.boughtGuide1, f.homeGuide, theme: "I dag"), today: planningDay)
        let soon = try f.store.createLoop(f.draft(f.boughtGuide1, f.homeGuide, theme: "Snart"), today: planningDay)
        let later = try f.store.createLoop(f.draft(f.boughtGuide1, f.homeGuide, theme: "Senare"), today: planningDay)
        let unplanned = try f.store.createLoop(f.draft(f.boughtGuide1, f.homeGuide, theme: "Oplanerad"), today: planningDay)
        let notHers = try f.store.createLoop(f.draft(f.homeGuide, f.boughtGuide2, theme: "Inte hennes"), today: planningDay)
        _ = try f.store.logMeeting(f.meeting(soon, .brukartraff1, "2026-11-16"), today: planningDay)
        try f.store.planNextMeeting(loopId: overdue, date: "2026-11-20", today: planningDay)
        try f.store.planNextMeeting(loopId: todays, date: "2026-11-23", today: planningDay)
        try f.store.planNextMeeting(loopId: soon, date: "2026-11-30", today: planningDay)
        try f.store.planNextMeeting(loopId: later, date: "2026-12-01", today: planningDay)
        try f.store.planNextMeeting(loopId: notHers, date: "2026-11-24", today: planningDay)

        let planned = try f.store.plannedMeetings(guideId: f.boughtGuide1, today: today)
        XCTAssertEqual(planned, [
            .plannedMeeting(loopId: overdue, theme: "Passerad", enhetName: f.unit.name, meeting: .brukartraff1,
                            on: try LocalDate.parse("2026-11-20"), daysAway: -3),
            .plannedMeeting(loopId: todays, theme: "I dag", enhetName: f.unit.name, meeting: .brukartraff1,
                            on: today, daysAway: 0),
            .plannedMeeting(loopId: soon, theme: "Snart", enhetName: f.unit.name, meeting: .personaltraff,
                            on: try LocalDate.parse("2026-11-30"), daysAway: 7),
        ], "the week ends seven days ahead; another guide's slinga is not hers")
        // The others are still her next träffar, once each.
        let next = try f.store.nextMeetings(guideId: f.boughtGuide1, today: today).compactMap { item -> Int64? in
            if case .nextMeeting(let id, _, _, _) = item { return id } else { return nil }
        }
        XCTAssertEqual(Set(next), [later, unplanned])
        let viewer = Viewer(login: "marta", personId: f.boughtGuide1, personName: "Märta",
                            grants: [AccessGrant(login: "marta", personId: f.boughtGuide1, personName: "Märta",
                                                 role: .vagledare, scope: nil)], ownsData: false)
        let section = try XCTUnwrap(try f.store.dueToday(for: viewer, today: today).first)
        XCTAssertEqual(Array(section.items.prefix(3)), planned)

        // Holding the passed träff spends its plan.
        _ = try f.store.logMeeting(f.meeting(overdue, .brukartraff1, "2026-11-22"), today: today)
        XCTAssertEqual(try f.store.plannedMeetings(guideId: f.boughtGuide1, today: today).count, 2)
        XCTAssertTrue(try f.store.nextMeetings(guideId: f.boughtGuide1, today: today).contains {
            if case .nextMeeting(overdue, _, _, .personaltraff) = $0 { return true } else { return false }
        })
    }
}
