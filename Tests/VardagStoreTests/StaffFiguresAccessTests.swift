import Foundation
import TestSupport
import VardagDemo
import VardagDomain
import XCTest
@testable import VardagStore

/// Who reads and writes the monthly staff figures on PostgreSQL, through the store's own
/// intents as each demo login: the enhetschef her unit's, the systemförvaltare all, anyone
/// else none. PostgreSQL only (the table-by-table policy test covers the raw SQL).
final class StaffFiguresAccessTests: XCTestCase {
    private let today = AccessPolicyFixture.today

    func testAnEnhetschefReadsAndWritesHerUnitsFiguresOnly() throws {
        let fixture = try AccessPolicyFixture()
        defer { fixture.remove() }
        let login = try fixture.login(holding: .enhetschef)
        let store = try AppDatabase.open(server: fixture.conninfo(as: login), user: login)
        defer { try? store.close() }
        let mine = try XCTUnwrap(fixture.ids("SELECT enhet_id FROM access_grant WHERE login = '\(login)' AND role = 'enhetschef'").first)
        let kommunId = try XCTUnwrap(fixture.ids("SELECT kommun_id FROM enhet WHERE id = \(mine)").first)
        let other = try XCTUnwrap(fixture.ids("SELECT id FROM enhet WHERE kommun_id = \(kommunId) AND id <> \(mine) ORDER BY id").first)
        // The demo's figures end with the last finished month.
        let month = StaffMonth(containing: today).adding(months: -1)
        let units = try store.staffFigures(kommunId: kommunId, from: month.adding(months: -23), to: month)
        XCTAssertEqual(units.map(\.id), [mine], "only her unit")
        XCTAssertEqual(units[0].figures.count, 24)

        var figures = try XCTUnwrap(units[0].figures[month])
        figures.vacancies += 1
        XCTAssertTrue(try store.saveStaffMonth(enhetId: mine, month: month, figures: figures))
        XCTAssertThrowsError(try store.saveStaffMonth(enhetId: other, month: month, figures: figures)) {
            XCTAssertEqual($0 as? AccessFailure, .notAllowed(login: login))
        }
        // The Rapport screen's form: her unit alone to enter figures for, its month as stored, another unit refused.
        XCTAssertEqual(try store.staffUnits(kommunId: kommunId).map(\.id), [mine])
        XCTAssertEqual(try store.staffMonth(enhetId: mine, month: month), figures)
        XCTAssertThrowsError(try store.staffMonth(enhetId: other, month: month)) {
            XCTAssertEqual($0 as? AccessFailure, .notAllowed(login: login))
        }
        // The Rapport screen's kommun choice: her kommun alone, its last month hers.
        XCTAssertEqual(try store.staffKommuner().map(\.kommun.id), [kommunId])
        XCTAssertEqual(try store.staffKommuner().first?.latestMonth, units[0].figures.keys.max())
        // What the screen and the report then read as her: her unit's rows and the threshold in force.
        let kommunName: String = try fixture.owner.execute(sql: "SELECT name FROM kommun WHERE id = \(kommunId)", arguments: []).row(0)[0]
        let published = try StaffExport.rows(from: store, filter: StaffExport.Filter(kommunName: kommunName, from: month, to: month), today: today)
        XCTAssertEqual(Set(published.rows.compactMap(\.unitId)), [mine])
        XCTAssertEqual(try store.staffSuppression().threshold, 10)
        // The server refuses it too, to a login writing with plain SQL.
        let connection = try fixture.connect(as: login)
        XCTAssertEqual(try fixture.attempt(connection, "UPDATE staff_month SET vacancies = 0 WHERE enhet_id = \(other)"), .changed(0))
        XCTAssertEqual(try fixture.attempt(connection, """
            INSERT INTO staff_month VALUES (\(other), '2020-01', 5, 400, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
            """), .refused("42501"))

        // An HR file naming another unit is refused at its line.
        let names = try fixture.owner.execute(sql: """
            SELECT k.name, e.name FROM enhet e JOIN kommun k ON k.id = e.kommun_id WHERE e.id = \(other)
            """, arguments: []).row(0)
        let file = "Kommun;Enhet;Månad;Anställda;Årsarbetare;Nyanställda;Slutat egen begäran;Slutat pension;Slutat visstid;"
            + "Slutat annat;Sjuktimmar kort;Sjuktimmar lång;Schemalagda timmar;Vakanser;Pågående rekryteringar\n"
            + "\(names[0] as String);\(names[1] as String);\(month);5;4;0;0;0;0;0;0;0;0;0;0\n"
        XCTAssertThrowsError(try store.importStaffFigures(Data(file.utf8), source: "hr.csv", today: today)) {
            XCTAssertEqual(($0 as? StaffImportFailure)?.problems.map(\.line), [2])
            XCTAssertEqual(($0 as? StaffImportFailure)?.problems.map(\.key), ["import.staff.notYourUnit"])
        }
    }

    func testAWorkerSeesNoFiguresAndTheSystemforvaltareAll() throws {
        let fixture = try AccessPolicyFixture()
        defer { fixture.remove() }
        let month = StaffMonth(containing: today)
        let kommunId = try XCTUnwrap(fixture.ids("SELECT id FROM kommun ORDER BY id").first)
        let all = try fixture.count(fixture.owner, "SELECT count(DISTINCT s.enhet_id) FROM staff_month s JOIN enhet e ON e.id = s.enhet_id WHERE e.kommun_id = \(kommunId)")
        XCTAssertGreaterThan(all, 1)
        for role in [AccessRole.medarbetare, .kompetensstrateg, .regionalSamordnare, .systemforvaltare] {
            let login = try fixture.login(holding: role)
            // What her grants reach (a login may hold several roles): every unit, or her units.
            let expected = try fixture.count(fixture.owner, """
                SELECT CASE WHEN EXISTS (SELECT 1 FROM access_grant WHERE login = '\(login)' AND role = 'systemforvaltare') THEN \(all)
                ELSE (SELECT count(*) FROM access_grant g JOIN enhet e ON e.id = g.enhet_id
                      WHERE g.login = '\(login)' AND g.role = 'enhetschef' AND e.kommun_id = \(kommunId)) END
                """)
            if role == .systemforvaltare { XCTAssertEqual(expected, all) }
            let store = try AppDatabase.open(server: fixture.conninfo(as: login), user: login)
            XCTAssertEqual(try store.staffFigures(kommunId: kommunId, from: month.adding(months: -12), to: month).count, expected, "\(role)")
            XCTAssertEqual(try store.staffUnits(kommunId: kommunId).count, expected, "the units \(role) may enter figures for")
            try store.close()
        }
        let worker = try fixture.login(holding: .medarbetare)
        let store = try AppDatabase.open(server: fixture.conninfo(as: worker), user: worker)
        defer { try? store.close() }
        XCTAssertThrowsError(try store.setStaffSuppressionThreshold(15))
        XCTAssertEqual(try store.staffKommuner(), [], "a worker is offered no kommun")
        let admin = try fixture.login(holding: .systemforvaltare)
        let adminStore = try AppDatabase.open(server: fixture.conninfo(as: admin), user: admin)
        defer { try? adminStore.close() }
        let kommuner = try fixture.count(fixture.owner, """
            SELECT count(DISTINCT e.kommun_id) FROM enhet e JOIN kommun k ON k.id = e.kommun_id
            WHERE (e.active = 1 AND k.active = 1) OR EXISTS (SELECT 1 FROM staff_month s WHERE s.enhet_id = e.id)
            """)
        XCTAssertEqual(try adminStore.staffKommuner().count, kommuner)
        // The systemförvaltare sets the threshold; it is audited under her login.
        try adminStore.setStaffSuppressionThreshold(15)
        XCTAssertEqual(try adminStore.staffSuppression().threshold, 15)
    }
}
