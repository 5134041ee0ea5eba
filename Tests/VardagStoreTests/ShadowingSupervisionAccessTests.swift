import Foundation
import TestSupport
import VardagDemo
import VardagDomain
import XCTest
@testable import VardagStore

/// Row-level security of Skuggning's handledare (`v25-shadowing-supervisors`) on PostgreSQL,
/// as the demo logins: the team's handledare reads its pool with the names and gives a
/// participant a handledare through the store; a login without the team reads none of it
/// and cannot write it. PostgreSQL only: skipped without a server, failed under `CI=true`.
final class ShadowingSupervisionAccessTests: XCTestCase {
    func testTheHandledareKeepsHerTeamsPoolAndOthersNeitherReadNorWriteIt() throws {
        let fixture = try AccessPolicyFixture()
        defer { fixture.remove() }
        let login = try fixture.login(holding: .handledare)
        let store = try AppDatabase.open(server: fixture.conninfo(as: login), user: login)
        let team = try XCTUnwrap(try store.viewer().scopeIds(.handledare).first)
        // Her team's pool, each with a name: the pool's people are staff she may read.
        let pool = try store.shadowingSupervisorPool(teamId: team)
        XCTAssertEqual(pool.count, try fixture.count(fixture.owner, "SELECT count(*) FROM shadowing_supervisor_pool WHERE team_id = \(team)"))
        XCTAssertEqual(pool.count, 3, "the demo's pool")
        XCTAssertFalse(pool.contains { $0.name.isEmpty })
        XCTAssertTrue(try store.supervisionWeeks(teamId: team, from: try LocalDate(year: 2026, month: 9, day: 21),
                                                 to: try LocalDate(year: 2026, month: 10, day: 11)).contains { $0.shortage > 0 })
        // She gives a participant a handledare; the running one ends the day before.
        let participant = try XCTUnwrap(try store.shadowingParticipants(teamId: team).first { $0.isActive })
        let assignment = try store.assignSupervisor(participantId: participant.id, supervisorId: pool[0].medarbetareId, from: "2026-11-24")
        XCTAssertEqual(try fixture.count(fixture.owner, """
            SELECT count(*) FROM shadowing_supervision WHERE participant_id = \(participant.id) AND to_date IS NULL AND id = \(assignment.id)
            """), 1)
        XCTAssertEqual(try fixture.count(fixture.owner, """
            SELECT count(*) FROM shadowing_supervision WHERE participant_id = \(participant.id) AND to_date = '2026-11-23'
            """), 1)
        _ = try store.saveShadowingSupervisor(teamId: team, medarbetareId: pool[1].medarbetareId, trainedOn: "2026-11-02",
                                              places: "4", since: pool[1].since.iso)
        XCTAssertEqual(try fixture.count(fixture.owner, """
            SELECT count(*) FROM shadowing_supervisor_pool WHERE medarbetare_id = \(pool[1].medarbetareId) AND places = 4
            AND trained_on = '2026-11-02'
            """), 1)
        // The worker has no skuggningsteam: she reads no pool and no assignment, and writes neither.
        let worker = try fixture.connect(as: try fixture.login(holding: .medarbetare))
        XCTAssertEqual(try fixture.count(worker, "SELECT count(*) FROM shadowing_supervisor_pool"), 0)
        XCTAssertEqual(try fixture.count(worker, "SELECT count(*) FROM shadowing_supervision"), 0)
        let refused = AccessPolicyFixture.WriteOutcome.refused("42501")
        let outsider = try XCTUnwrap(try fixture.ids("""
            SELECT id FROM medarbetare WHERE id NOT IN (SELECT medarbetare_id FROM shadowing_supervisor_pool) ORDER BY id LIMIT 1
            """).first)
        XCTAssertEqual(try fixture.attempt(worker, """
            INSERT INTO shadowing_supervisor_pool (team_id, medarbetare_id, places, since) VALUES (\(team), \(outsider), 2, '2026-11-01')
            """), refused)
        XCTAssertEqual(try fixture.attempt(worker, "UPDATE shadowing_supervisor_pool SET places = 9"), .changed(0))
        XCTAssertEqual(try fixture.attempt(worker, "DELETE FROM shadowing_supervision"), .changed(0))
        let workerLogin = try fixture.login(holding: .medarbetare)
        let workerStore = try AppDatabase.open(server: fixture.conninfo(as: workerLogin), user: workerLogin)
        XCTAssertThrowsError(try workerStore.assignSupervisor(participantId: participant.id, supervisorId: pool[0].medarbetareId,
                                                              from: "2026-11-25"))
        XCTAssertEqual(try fixture.count(fixture.owner, "SELECT count(*) FROM shadowing_supervision WHERE from_date = '2026-11-25'"), 0)
    }
}
