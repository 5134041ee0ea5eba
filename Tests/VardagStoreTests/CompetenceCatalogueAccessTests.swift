import Foundation
import TestSupport
import VardagDemo
import VardagDomain
import XCTest
@testable import VardagStore

/// v22's columns under the row-level security of `v12-access-policies`, as the demo logins
/// (never the owner): a kompetensstrateg plans with a provider and a cost in her kommun and
/// keeps the title catalogue; a medarbetare can do neither. PostgreSQL only.
final class CompetenceCatalogueAccessTests: XCTestCase {
    private let today = AccessPolicyFixture.today

    func testAStrategistPlansWithACostInHerKommunAndKeepsTheTitles() throws {
        let fixture = try AccessPolicyFixture()
        defer { fixture.remove() }
        let login = try fixture.login(holding: .kompetensstrateg)
        let store = try AppDatabase.open(server: fixture.conninfo(as: login), user: login)
        let kommun = try XCTUnwrap(try store.viewer().scopeIds(.kompetensstrateg).first)
        func person(_ condition: String) throws -> Int64 {
            try XCTUnwrap(fixture.ids("""
                SELECT m.id FROM medarbetare m JOIN team t ON t.id = m.team_id JOIN enhet e ON e.id = t.enhet_id
                WHERE m.active = 1 AND e.kommun_id \(condition) AND e.omrade <> 'ifo' ORDER BY m.id LIMIT 1
                """).first)
        }
        let inside = try person("= \(kommun)"), outside = try person("<> \(kommun)")
        let item = try store.addCompetencePlanItem(medarbetareId: inside, step: nil, course: "Lyftteknik", targetDate: today,
                                                   provider: "Arbetsmiljöutbildarna", cost: 2_400)
        XCTAssertEqual(try fixture.count(fixture.owner, """
            SELECT count(*) FROM competence_plan WHERE id = \(item.id) AND provider = 'Arbetsmiljöutbildarna' AND cost = 2400
            """), 1)
        try store.correctCompetencePlanItem(id: item.id, step: nil, course: "Lyftteknik", targetDate: today, provider: "Komvux", cost: 1_900)
        XCTAssertEqual(try fixture.count(fixture.owner, "SELECT count(*) FROM competence_plan WHERE id = \(item.id) AND cost = 1900"), 1)
        XCTAssertThrowsError(try store.addCompetencePlanItem(medarbetareId: outside, step: nil, course: "Lyftteknik", targetDate: today, cost: 5))
        XCTAssertEqual(try fixture.count(fixture.owner, "SELECT count(*) FROM competence_plan WHERE medarbetare_id = \(outside) AND cost = 5"), 0)

        let title = try store.addCompetenceTitle(name: "Kontaktperson", educationKind: .gymnasial, points: 900, certificateRequired: false)
        try store.renameCompetenceTitle(id: title.id, name: "Kontaktperson LSS")
        try store.setCompetenceTitleActive(id: title.id, active: false)
        XCTAssertEqual(try fixture.count(fixture.owner, """
            SELECT count(*) FROM competence_title WHERE id = \(title.id) AND name = 'Kontaktperson LSS' AND active = 0
            """), 1)
        XCTAssertEqual(try fixture.count(fixture.owner, """
            SELECT count(*) FROM audit WHERE entity = 'competence_title' AND entity_id = \(title.id) AND "user" = '\(login)'
            """), 3)
    }

    func testAWorkerCannotChangeTheTitles() throws {
        let fixture = try AccessPolicyFixture()
        defer { fixture.remove() }
        let login = try fixture.login(holding: .medarbetare)
        let store = try AppDatabase.open(server: fixture.conninfo(as: login), user: login)
        XCTAssertThrowsError(try store.addCompetenceTitle(name: "Egen titel", educationKind: .ingen, points: 0, certificateRequired: false))
        let usk = try XCTUnwrap(try store.competenceTitles().first { $0.name == "Undersköterska" })
        let audit = try fixture.count(fixture.owner, "SELECT count(*) FROM audit WHERE entity = 'competence_title'")
        XCTAssertThrowsError(try store.setCompetenceTitleActive(id: usk.id, active: false))
        XCTAssertThrowsError(try store.renameCompetenceTitle(id: usk.id, name: "Usk"))
        XCTAssertEqual(try fixture.count(fixture.owner, "SELECT count(*) FROM audit WHERE entity = 'competence_title'"), audit,
                       "no audit row claims a change that was not made")
        XCTAssertEqual(try fixture.count(fixture.owner, "SELECT count(*) FROM competence_title WHERE name = 'Egen titel'"), 0)
        XCTAssertEqual(try fixture.count(fixture.owner, "SELECT count(*) FROM competence_title WHERE id = \(usk.id) AND active = 1"), 1,
                       "the policy leaves the row as it was")
    }
}
