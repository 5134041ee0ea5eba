import Foundation
import TestSupport
import VardagDemo
import VardagDomain
import XCTest
@testable import VardagStore

/// The chef at the end of the gemensam träff under PostgreSQL's row-level security, as the
/// demo's vägledare login (never the owner): she sees the chefs of her slinga's unit in the
/// picker, records one and reads her name back, and sees no chef of a unit she does not work
/// with. PostgreSQL only.
final class DialogueChefAccessTests: XCTestCase {
    private let today = AccessPolicyFixture.today

    func testAGuideChoosesTheChefOfHerSlingasUnitAndNoOtherChefIsShownToHer() throws {
        let fixture = try AccessPolicyFixture()
        defer { fixture.remove() }
        let login = try fixture.login(holding: .vagledare)
        let store = try AppDatabase.open(server: fixture.conninfo(as: login), user: login)
        let owner = try AppDatabase.open(server: fixture.database.conninfo, user: "postgres")
        let me = try XCTUnwrap(try store.viewer().personId)
        let mine = try XCTUnwrap(try fixture.ids("""
            SELECT l.id FROM dialogue_loop l JOIN dialogue_loop_guide lg ON lg.loop_id = l.id AND lg.guide_id = \(me)
            WHERE l.finished_on IS NULL ORDER BY l.id LIMIT 1
            """).first, "the demo gives the vägledare an open slinga")
        let unitChefs = try fixture.ids("""
            SELECT m.id FROM dialogue_loop l JOIN team t ON t.enhet_id = l.enhet_id JOIN medarbetare m ON m.team_id = t.id
            WHERE l.id = \(mine) AND m.role = 'chef' AND m.active = 1 ORDER BY m.sort_key, m.id
            """)
        XCTAssertFalse(unitChefs.isEmpty, "the demo's unit has a chef")
        XCTAssertEqual(try owner.chefCandidates(loopId: mine).map(\.id), unitChefs)
        XCTAssertEqual(try store.chefCandidates(loopId: mine).map(\.id), unitChefs, "the vägledare sees her slinga's chefs")
        XCTAssertEqual(try store.chefCandidates(loopId: mine).map(\.name), try owner.chefCandidates(loopId: mine).map(\.name))

        // She records the chef at a gemensam träff of hers and reads the name back.
        let gemensam = try XCTUnwrap(try fixture.ids("""
            SELECT mt.id FROM dialogue_meeting mt JOIN dialogue_loop_guide lg ON lg.loop_id = mt.loop_id AND lg.guide_id = \(me)
            WHERE mt.kind = 'gemensam' ORDER BY mt.id LIMIT 1
            """).first, "the demo has a gemensam träff in one of her slingor")
        let gemensamLoop = try XCTUnwrap(try fixture.ids("SELECT loop_id FROM dialogue_meeting WHERE id = \(gemensam)").first)
        let chef = try XCTUnwrap(try store.chefCandidates(loopId: gemensamLoop).first)
        try store.setMeetingChef(meetingId: gemensam, chefId: chef.id)
        XCTAssertEqual(try fixture.count(fixture.owner, "SELECT CAST(chef_id AS INT) FROM dialogue_meeting WHERE id = \(gemensam)"),
                       Int(chef.id))
        XCTAssertEqual(try store.loopDetail(id: gemensamLoop, today: today)?.meetings.first { $0.id == gemensam }?.chefName, chef.name)

        // The view gives her only the chefs of slingor she sees, and a login without slingor none.
        let her = try fixture.connect(as: login)
        let seen = try fixture.count(her, "SELECT count(DISTINCT loop_id) FROM dialogue_loop_chef")
        let hers = try fixture.count(fixture.owner, """
            SELECT count(DISTINCT c.loop_id) FROM dialogue_loop_chef c JOIN dialogue_loop_guide lg ON lg.loop_id = c.loop_id
            WHERE lg.guide_id = \(me)
            """)
        XCTAssertEqual(seen, hers)
        XCTAssertGreaterThan(try fixture.count(fixture.owner, "SELECT count(DISTINCT loop_id) FROM dialogue_loop_chef"), hers,
                             "the demo has slingor that are not hers")
        let worker = try fixture.connect(as: try fixture.login(holding: .medarbetare))
        XCTAssertEqual(try fixture.count(worker, "SELECT count(*) FROM dialogue_loop_chef"), 0)
        // And nobody writes through it (a joined view: the server refuses before any privilege is looked at).
        XCTAssertEqual(try fixture.attempt(her, "UPDATE dialogue_loop_chef SET chef_name = 'X'"), .refused("55000"))
    }
}
