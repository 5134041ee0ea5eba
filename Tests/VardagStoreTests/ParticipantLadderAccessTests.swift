import Foundation
import TestSupport
import VardagDemo
import VardagDomain
import XCTest
@testable import VardagStore

/// Migration v26's tables under PostgreSQL's row-level security, as the demo's logins (never
/// the owner): the handledare sees, marks and takes back her team's participants' competence
/// steps; a login without a part in Skuggning sees none of them, writes and deletes none; employing (a new
/// medarbetare) is the systemförvaltare's. PostgreSQL only.
final class ParticipantLadderAccessTests: XCTestCase {
    private let today = AccessPolicyFixture.today

    func testTheHandledareMarksStepsOthersSeeNoneAndOnlyTheSystemforvaltareEmploys() throws {
        let fixture = try AccessPolicyFixture()
        defer { fixture.remove() }
        let allSteps = try fixture.count(fixture.owner, "SELECT count(*) FROM shadowing_ladder_step")
        XCTAssertGreaterThan(allSteps, 0, "the demo maps participants on the ladder")
        XCTAssertEqual(try fixture.count(fixture.owner, "SELECT count(*) FROM shadowing_employment"), 1, "the demo employs one")

        let handledare = try fixture.login(holding: .handledare)
        let hers = try fixture.connect(as: handledare)
        XCTAssertEqual(try fixture.count(hers, "SELECT count(*) FROM shadowing_ladder_step"), allSteps)
        XCTAssertEqual(try fixture.count(hers, "SELECT count(*) FROM shadowing_employment"), 1)
        for role in [AccessRole.vagledare, .medarbetare, .regionalSamordnare] {
            let other = try fixture.connect(as: try fixture.login(holding: role))
            XCTAssertEqual(try fixture.count(other, "SELECT count(*) FROM shadowing_ladder_step"), 0, "\(role) sees no participant's steps")
            XCTAssertEqual(try fixture.count(other, "SELECT count(*) FROM shadowing_employment"), 0, "\(role) sees no employment")
            let participant = try XCTUnwrap(try fixture.ids("SELECT id FROM shadowing_participant ORDER BY id LIMIT 1").first)
            XCTAssertEqual(try fixture.attempt(other, """
                INSERT INTO shadowing_ladder_step (participant_id, step_no, completed_on) VALUES (\(participant), 5, '2026-11-01')
                """), .refused("42501"), "\(role) writes no step")
            XCTAssertEqual(try fixture.count(other, "WITH gone AS (DELETE FROM shadowing_ladder_step RETURNING 1) SELECT count(*) FROM gone"),
                           0, "\(role) takes back no step")
        }

        // The handledare marks a step through the store; her employing is refused, nothing written.
        let store = try AppDatabase.open(server: fixture.conninfo(as: handledare), user: handledare)
        let team = try XCTUnwrap(try store.shadowingTeams().first)
        let waiting = try XCTUnwrap(try store.shadowingParticipants(teamId: team.id).first { $0.isActive && $0.ladder.next == 1 })
        try store.markParticipantLadderStep(participantId: waiting.id, step: 1, date: "2026-11-20", today: today)
        XCTAssertEqual(try fixture.count(fixture.owner, "SELECT count(*) FROM shadowing_ladder_step WHERE participant_id = \(waiting.id)"), 1)
        // She takes it back (M on Deltagare) and marks it again.
        XCTAssertEqual(try store.removeLatestParticipantLadderStep(participantId: waiting.id).step, 1)
        XCTAssertEqual(try fixture.count(fixture.owner, "SELECT count(*) FROM shadowing_ladder_step WHERE participant_id = \(waiting.id)"), 0)
        XCTAssertEqual(try fixture.count(fixture.owner, "SELECT count(*) FROM shadowing_ladder_step"), allSteps)
        try store.markParticipantLadderStep(participantId: waiting.id, step: 1, date: "2026-11-20", today: today)
        let staffBefore = try fixture.count(fixture.owner, "SELECT count(*) FROM medarbetare")
        XCTAssertThrowsError(try store.employParticipant(participantId: waiting.id, teamId: team.hostTeamId, startDate: "2026-11-23"))
        XCTAssertEqual(try fixture.count(fixture.owner, "SELECT count(*) FROM medarbetare"), staffBefore)
        XCTAssertEqual(try fixture.count(fixture.owner, "SELECT count(*) FROM shadowing_employment"), 1)

        // The systemförvaltare employs her: one more medarbetare, her step carried over.
        let admin = try fixture.login(holding: .systemforvaltare)
        let adminStore = try AppDatabase.open(server: fixture.conninfo(as: admin), user: admin)
        let employment = try adminStore.employParticipant(participantId: waiting.id, teamId: team.hostTeamId, startDate: "2026-11-23")
        XCTAssertEqual(try fixture.count(fixture.owner, "SELECT count(*) FROM medarbetare"), staffBefore + 1)
        XCTAssertEqual(try fixture.count(fixture.owner, """
            SELECT count(*) FROM competence_step_done WHERE medarbetare_id = \(employment.medarbetareId) AND step_no = 1
            """), 1)
        XCTAssertEqual(try fixture.count(fixture.owner, """
            SELECT count(*) FROM audit WHERE entity = 'shadowing_participant' AND entity_id = \(waiting.id) AND "user" = '\(admin)'
            """), 1)
    }
}
