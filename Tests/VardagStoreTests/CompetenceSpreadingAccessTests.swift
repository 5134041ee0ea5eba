import Foundation
import TestSupport
import VardagDemo
import VardagDomain
import XCTest
@testable import VardagStore

/// Kunskapsspridning (v24) under row-level security, as the demo logins (never the owner): a
/// kompetensstrateg plans and reads spreading in her kommun only; a medarbetare reads her own
/// and cannot write anyone else's with plain SQL; every login reads the comparison's share
/// only as the server suppressed it. PostgreSQL only: skipped without a server, failed under `CI=true`.
final class CompetenceSpreadingAccessTests: XCTestCase {
    private let today = AccessPolicyFixture.today

    func testAStrategistPlansAndReadsSpreadingInHerKommunOnly() throws {
        let fixture = try AccessPolicyFixture()
        defer { fixture.remove() }
        let login = try fixture.login(holding: .kompetensstrateg)
        let store = try AppDatabase.open(server: fixture.conninfo(as: login), user: login)
        defer { try? store.close() }
        let kommun = try XCTUnwrap(try store.viewer().scopeIds(.kompetensstrateg).first)
        func personWithStep(_ condition: String) throws -> Int64 {
            try XCTUnwrap(fixture.ids("""
                SELECT m.id FROM medarbetare m JOIN team t ON t.id = m.team_id JOIN enhet e ON e.id = t.enhet_id
                WHERE m.active = 1 AND e.kommun_id \(condition) AND e.omrade <> 'ifo'
                  AND EXISTS (SELECT 1 FROM competence_step_done d WHERE d.medarbetare_id = m.id AND d.step_no = 1)
                ORDER BY m.id LIMIT 1
                """).first)
        }
        let inside = try personWithStep("= \(kommun)"), outside = try personWithStep("<> \(kommun)")
        let activity = SpreadingActivity(id: 0, medarbetareId: inside, step: 1, planItemId: nil, kind: .workshop, audience: .enhet,
                                         plannedOn: today.adding(days: 14))
        let stored = try store.planCompetenceSpreading(activity, today: today)
        XCTAssertEqual(try fixture.count(fixture.owner, """
            SELECT count(*) FROM audit WHERE entity = 'competence_spreading' AND entity_id = \(stored.id) AND "user" = '\(login)'
            """), 1)
        var outsider = activity
        outsider.medarbetareId = outside
        XCTAssertThrowsError(try store.planCompetenceSpreading(outsider, today: today))
        XCTAssertEqual(try fixture.count(fixture.owner, """
            SELECT count(*) FROM competence_spreading WHERE medarbetare_id = \(outside) AND planned_on = '\(activity.plannedOn.iso)'
            """), 0)

        // She reads her kommun's activities, all of them, and none of another kommun's.
        let read = try store.competenceSpreading()
        let expected = try fixture.count(fixture.owner, """
            SELECT count(*) FROM competence_spreading s JOIN medarbetare m ON m.id = s.medarbetare_id JOIN team t ON t.id = m.team_id
            JOIN enhet e ON e.id = t.enhet_id WHERE e.kommun_id = \(kommun) AND m.active = 1
            """)
        XCTAssertEqual(read.count, expected)
        XCTAssertGreaterThan(try fixture.count(fixture.owner, "SELECT count(*) FROM competence_spreading") , expected,
                             "the demo has spreading in other kommuner")
        let connection = try fixture.connect(as: login)
        XCTAssertEqual(try fixture.count(connection, """
            SELECT count(*) FROM competence_spreading s JOIN medarbetare m ON m.id = s.medarbetare_id JOIN team t ON t.id = m.team_id
            JOIN enhet e ON e.id = t.enhet_id WHERE e.kommun_id <> \(kommun)
            """), 0)
        XCTAssertEqual(try fixture.attempt(connection, "UPDATE competence_spreading SET description = 'x' WHERE medarbetare_id = \(outside)"),
                       .changed(0))
    }

    func testAWorkerReadsHerOwnSpreadingAndWritesNobodyElses() throws {
        let fixture = try AccessPolicyFixture()
        defer { fixture.remove() }
        let login = try fixture.login(holding: .medarbetare)
        let me = try XCTUnwrap(fixture.ids("SELECT medarbetare_id FROM access_login WHERE login = '\(login)'").first)
        let other = try XCTUnwrap(fixture.ids("SELECT medarbetare_id FROM competence_spreading WHERE medarbetare_id <> \(me) LIMIT 1").first)
        let connection = try fixture.connect(as: login)
        XCTAssertEqual(try fixture.count(connection, "SELECT count(*) FROM competence_spreading WHERE medarbetare_id <> \(me)"), 0)
        XCTAssertEqual(try fixture.count(connection, "SELECT count(*) FROM competence_spreading WHERE medarbetare_id = \(me)"),
                       try fixture.count(fixture.owner, "SELECT count(*) FROM competence_spreading WHERE medarbetare_id = \(me)"))
        XCTAssertEqual(try fixture.attempt(connection, """
            INSERT INTO competence_spreading (medarbetare_id, step_no, kind, audience, planned_on)
            VALUES (\(other), 1, 'rutin', 'team', '2027-01-10')
            """), .refused("42501"))
        XCTAssertEqual(try fixture.attempt(connection, "DELETE FROM competence_spreading WHERE medarbetare_id = \(other)"), .changed(0))

        // The comparison's share comes suppressed from the server: a hidden kommun has no figures.
        let rows = try fixture.count(connection, "SELECT count(*) FROM vardag_competence_spreading(NULL)")
        XCTAssertGreaterThan(rows, 0)
        XCTAssertEqual(try fixture.count(connection, """
            SELECT count(*) FROM vardag_competence_spreading(NULL) WHERE visibility = 'hidden' AND (group_size IS NOT NULL OR met IS NOT NULL)
            """), 0)
        XCTAssertEqual(try fixture.count(connection, """
            SELECT count(*) FROM vardag_competence_spreading(NULL) WHERE visibility <> 'shown' AND met IS NOT NULL
            """), 0)
    }
}
