import Foundation
@testable import TestSupport
import XCTest

/// The PostgreSQL test infrastructure itself: fresh databases from the throwaway cluster
/// that `make test` starts, and the connection strings handed to the app.
final class PostgresTestServerTests: XCTestCase {
    func testTemporaryDatabasesAreFreshEmptyAndSeparate() throws {
        try PostgresTestServer.requireServer()
        let first = try TemporaryPostgresDatabase()
        let second = try TemporaryPostgresDatabase()
        XCTAssertNotEqual(first.name, second.name)
        XCTAssertTrue(first.name.hasPrefix("vardag_t_"), first.name)
        XCTAssertEqual(try first.psql("SELECT current_database()"), first.name)
        XCTAssertEqual(try second.psql("SELECT current_database()"), second.name)
        let publicTables = "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"
        XCTAssertEqual(try first.psql(publicTables), "0")
        XCTAssertEqual(try second.psql(publicTables), "0")

        // Swedish letters go in and come back unchanged (UTF-8 end to end), and a table
        // made in one database is not in the other.
        try first.psql("CREATE TABLE person (name text NOT NULL); INSERT INTO person VALUES ('Åsa Öberg')")
        let name = try first.psql("SELECT name FROM person")
        XCTAssertEqual(Array(name.unicodeScalars), Array("Åsa Öberg".unicodeScalars))
        XCTAssertEqual(try first.psql(publicTables), "1")
        XCTAssertEqual(try second.psql(publicTables), "0")

        let exists = "SELECT count(*) FROM pg_database WHERE datname = '\(second.name)'"
        XCTAssertEqual(try first.psql(exists), "1")
        second.remove()
        XCTAssertEqual(try first.psql(exists), "0")
        second.remove()  // a second time does nothing
    }

    func testReleasedDatabaseIsDropped() throws {
        try PostgresTestServer.requireServer()
        let keeper = try TemporaryPostgresDatabase()
        var name = ""
        do {
            let released = try TemporaryPostgresDatabase()
            name = released.name
        }
        XCTAssertEqual(try keeper.psql("SELECT count(*) FROM pg_database WHERE datname = '\(name)'"), "0")
    }

    func testFailingSQLThrowsWithPsqlsMessage() throws {
        try PostgresTestServer.requireServer()
        let database = try TemporaryPostgresDatabase()
        XCTAssertThrowsError(try database.psql("SELECT * FROM no_such_table")) { error in
            XCTAssertTrue("\(error)".contains("no_such_table"), "\(error)")
        }
    }

    func testConninfoAndURIReachTheDatabase() throws {
        try PostgresTestServer.requireServer()
        let database = try TemporaryPostgresDatabase()
        XCTAssertEqual(database.conninfo, "host=\(database.server.host) user=\(database.server.user) dbname=\(database.name)")
        // psql takes either form as its database argument and connects through libpq,
        // as the app will.
        for target in [database.conninfo, database.uri] {
            let output = try TemporaryPostgresDatabase.runClient(
                ["psql", "-X", "-A", "-t", "-d", target, "-c", "SELECT current_database()"],
                on: database.server
            )
            XCTAssertEqual(output, database.name + "\n", target)
        }
    }

    /// Needs no server: the strings themselves.
    func testConnectionStringsQuoteAndEncodeAwkwardValues() {
        let server = PostgresTestServer(host: "/tmp/a b/it's", user: "åsa")
        XCTAssertEqual(server.conninfo(database: "x"), #"host='/tmp/a b/it\'s' user=åsa dbname=x"#)
        XCTAssertEqual(
            server.uri(database: "x"),
            "postgresql:///x?host=%2Ftmp%2Fa%20b%2Fit%27s&user=%C3%A5sa"
        )
    }
}
