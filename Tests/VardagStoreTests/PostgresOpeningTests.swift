import TestSupport
import VardagDomain
@testable import VardagStore
import XCTest

/// Opening a Vardag database on a real PostgreSQL server: the schema is made, recorded and
/// refused when it is newer or another program's; a register row round-trips with å ä ö.
final class PostgresOpeningTests: XCTestCase {
    func testAnEmptyDatabaseGetsTheWholeSchemaAndKeepsSwedishNames() throws {
        let server = try TemporaryPostgresDatabase()
        let store = try AppDatabase.open(server: server.conninfo, user: "testare")
        XCTAssertEqual(try store.schemaVersion().applied, PostgresMigrator.identifiers)
        XCTAssertEqual(try store.integrityCheck(), ["ok"])
        let kommun = try store.addKommun(name: "Åmål")
        let enhet = try store.addEnhet(kommunId: kommun.id, name: "Öppenvården", omrade: .ifo)
        let team = try store.addTeam(enhetId: enhet.id, name: "Team Ärlig")
        try store.addMedarbetare(teamId: team.id, name: "Åsa Öberg", title: "Socionom", role: .medarbetare,
                                 startDate: try LocalDate.parse("2024-01-15"))
        XCTAssertEqual(try server.psql("SELECT name FROM medarbetare"), "Åsa Öberg")
        XCTAssertEqual(try store.medarbetare(teamId: team.id).map(\.name), ["Åsa Öberg"])
        XCTAssertEqual(try server.psql("SELECT count(*) FROM audit WHERE entity = 'medarbetare'"), "1")

        // Opened again: nothing to migrate, the same data.
        let again = try AppDatabase.open(server: server.uri, user: "testare")
        XCTAssertEqual(try again.kommuner().map(\.name), ["Åmål"])
    }

    func testTheAuditTrailRefusesChangesAtTheServer() throws {
        let server = try TemporaryPostgresDatabase()
        let store = try AppDatabase.open(server: server.conninfo, user: "testare")
        try store.addKommun(name: "Åmål")
        XCTAssertThrowsError(try server.psql("UPDATE audit SET \"user\" = 'x'"))
        XCTAssertThrowsError(try server.psql("DELETE FROM audit"))
        XCTAssertEqual(try server.psql("SELECT count(*) FROM audit"), "1")
    }

    func testANewerSchemaAndAForeignDatabaseAreRefusedUnchanged() throws {
        let newer = try TemporaryPostgresDatabase()
        _ = try AppDatabase.open(server: newer.conninfo, user: "t")
        _ = try newer.psql("INSERT INTO vardag_migrations (identifier) VALUES ('v99-future')")
        XCTAssertThrowsError(try AppDatabase.open(server: newer.conninfo, user: "t")) { error in
            guard case StoreError.newerSchema(_, let unknown) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(unknown, ["v99-future"])
        }
        let foreign = try TemporaryPostgresDatabase()
        _ = try foreign.psql("CREATE TABLE kunder (id int)")
        XCTAssertThrowsError(try AppDatabase.open(server: foreign.conninfo, user: "t")) { error in
            guard case StoreError.foreignServerDatabase = error else { return XCTFail("\(error)") }
        }
        XCTAssertEqual(try foreign.psql("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"), "1")
    }

    func testAnUnreachableServerAndAnUnknownRoleHaveTheirOwnReasons() throws {
        let server = try TemporaryPostgresDatabase()
        XCTAssertThrowsError(try AppDatabase.open(server: "host=/nonexistent-\(UUID().uuidString.prefix(6)) dbname=x", user: "t")) { error in
            guard case StoreError.serverUnreachable = error else { return XCTFail("\(error)") }
        }
        XCTAssertThrowsError(try AppDatabase.open(server: server.conninfo + " dbname=finns_inte", user: "t")) { error in
            guard case StoreError.noSuchServerDatabase = error else { return XCTFail("\(error)") }
        }
    }
}
