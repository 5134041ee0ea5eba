import Foundation
import TestSupport
import VardagDemo
import VardagDomain
import XCTest
@testable import VardagStore

/// Migration v21's writes under PostgreSQL's row-level security, as the demo's logins
/// (never the owner): a vägledare plans her slinga's next träff and records her hours, and
/// the regional samordnare's Utbyten sums them as the owner's do. PostgreSQL only.
final class DialoguePlansAccessTests: XCTestCase {
    private let today = AccessPolicyFixture.today

    func testAGuidePlansHerSlingaAndRecordsHoursTheCoordinatorSumsThem() throws {
        let fixture = try AccessPolicyFixture()
        defer { fixture.remove() }
        let login = try fixture.login(holding: .vagledare)
        let store = try AppDatabase.open(server: fixture.conninfo(as: login), user: login)
        let me = try XCTUnwrap(try store.viewer().personId)
        let mine = try XCTUnwrap(try fixture.ids("""
            SELECT l.id FROM dialogue_loop l JOIN dialogue_loop_guide lg ON lg.loop_id = l.id AND lg.guide_id = \(me)
            WHERE l.finished_on IS NULL ORDER BY l.id LIMIT 1
            """).first, "the demo gives the vägledare an open slinga")
        let other = try XCTUnwrap(try fixture.ids("""
            SELECT l.id FROM dialogue_loop l WHERE l.finished_on IS NULL
              AND NOT EXISTS (SELECT 1 FROM dialogue_loop_guide lg WHERE lg.loop_id = l.id AND lg.guide_id = \(me))
            ORDER BY l.id LIMIT 1
            """).first)
        try store.planNextMeeting(loopId: mine, date: "2026-12-01", today: today)
        try store.recordGuideHours(loopId: mine, first: "5", second: "2,5")
        XCTAssertEqual(try fixture.count(fixture.owner, """
            SELECT count(*) FROM dialogue_loop WHERE id = \(mine) AND next_planned_on = '2026-12-01'
            """), 1)
        XCTAssertEqual(try fixture.count(fixture.owner, "SELECT CAST(sum(minutes) AS BIGINT) FROM dialogue_loop_guide WHERE loop_id = \(mine)"), 450)
        XCTAssertEqual(try store.comingMeetings(guideId: me, today: today).first { $0.id == mine }?.nextPlannedOn,
                       try LocalDate.parse("2026-12-01"))
        // Another guide's slinga is not hers: not found, nothing written.
        XCTAssertThrowsError(try store.planNextMeeting(loopId: other, date: "2026-12-01", today: today))
        XCTAssertEqual(try fixture.count(fixture.owner, "SELECT count(*) FROM dialogue_loop WHERE id = \(other) AND next_planned_on = '2026-12-01'"), 0)

        let coordinator = try fixture.login(holding: .regionalSamordnare)
        let region = try AppDatabase.open(server: fixture.conninfo(as: coordinator), user: coordinator)
        let owner = try AppDatabase.open(server: fixture.database.conninfo, user: "postgres")
        XCTAssertEqual(try region.guideExchanges(year: nil), try owner.guideExchanges(year: nil))
        // She keeps the pool: a guide leaves it.
        try region.setGuideLeft(guideId: me, date: "2026-11-20", today: today)
        XCTAssertEqual(try owner.guidePool(year: 2026).first { $0.id == me }?.leftOn, try LocalDate.parse("2026-11-20"))
        XCTAssertThrowsError(try store.setGuideLeft(guideId: me, date: "", today: today), "a vägledare does not keep the pool")
        XCTAssertNotNil(try owner.guidePool(year: 2026).first { $0.id == me }?.leftOn)
    }

    func testAGuidesIdagListsHerPlannedTraffarAsTheOwnerReadsThem() throws {
        let fixture = try AccessPolicyFixture()
        defer { fixture.remove() }
        let login = try fixture.login(holding: .vagledare)
        let store = try AppDatabase.open(server: fixture.conninfo(as: login), user: login)
        let owner = try AppDatabase.open(server: fixture.database.conninfo, user: "postgres")
        let viewer = try store.viewer()
        let me = try XCTUnwrap(viewer.personId)
        let planned = try owner.plannedMeetings(guideId: me, today: today)
        XCTAssertFalse(planned.isEmpty, "the demo plans träffar in her week")
        XCTAssertTrue(planned.contains { if case .plannedMeeting(_, _, _, _, _, let away) = $0 { return away < 0 } else { return false } },
                      "and one whose day has passed")
        let section = try XCTUnwrap(try store.dueToday(for: viewer, today: today).first { $0.role == .vagledare })
        let shown = Array(planned.prefix(AppDatabase.todaySectionLimit))
        XCTAssertEqual(Array(section.items.prefix(shown.count)), shown)
    }
}
