import GRDB
import XCTest
@testable import VardagStore

/// Migration "v8-competence-step-date-check": completed steps survive the rebuild, and the
/// one remaining date check refuses every text the old pair refused.
final class CompetenceStepDateMigrationTests: XCTestCase {
    /// A database at v7 with one person, her mapping and two completed steps.
    private func databaseBeforeV8() throws -> DatabaseQueue {
        let queue = try DatabaseQueue()
        try SchemaMigrations.migrator.migrate(queue, upTo: "v7-competence-indexes")
        try queue.write { db in
            try db.execute(sql: """
                INSERT INTO kommun (id, name, name_key, sort_key) VALUES (1, 'Åsele', 'åsele', 'åsele');
                INSERT INTO enhet (id, kommun_id, name, name_key, sort_key, omrade)
                    VALUES (1, 1, 'Boendestöd', 'boendestöd', 'boendestöd', 'funktionshinder');
                INSERT INTO team (id, enhet_id, name, name_key, sort_key) VALUES (1, 1, 'Väst', 'väst', 'väst');
                INSERT INTO medarbetare (id, team_id, name, sort_key, title, title_sort_key, search_key, role, start_date)
                    VALUES (7, 1, 'Åsa Öberg', 'åsa öberg', 'Stödassistent', 'stödassistent', 'åsa öberg', 'medarbetare', '2020-01-01');
                INSERT INTO competence_mapping (medarbetare_id, education_kind, points, certificate, employed_on_protection_day)
                    VALUES (7, 'gymnasial', 1500, 0, 0);
                INSERT INTO competence_step_done (medarbetare_id, step_no, completed_on, validering)
                    VALUES (7, 1, '2021-03-04', 0), (7, 2, '2024-02-29', 1);
                """)
        }
        return queue
    }

    func testCompletedStepsSurviveTheRebuild() throws {
        let queue = try databaseBeforeV8()
        try SchemaMigrations.migrator.migrate(queue)
        try queue.read { db in
            let rows = try Row.fetchAll(db, sql: "SELECT medarbetare_id, step_no, completed_on, validering FROM competence_step_done ORDER BY step_no")
            XCTAssertEqual(rows.map { [$0[0], $0[1], $0[2], $0[3]] as [DatabaseValue] }, [
                [7.databaseValue, 1.databaseValue, "2021-03-04".databaseValue, 0.databaseValue],
                [7.databaseValue, 2.databaseValue, "2024-02-29".databaseValue, 1.databaseValue],
            ])
            let sql = try String.fetchOne(db, sql: "SELECT sql FROM sqlite_master WHERE name = 'competence_step_done'") ?? ""
            XCTAssertFalse(sql.contains("GLOB"), sql)
            XCTAssertTrue(sql.contains("WITHOUT ROWID"), sql)
            XCTAssertEqual(try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").count, 0)
        }
    }

    func testTheDateCheckRefusesWhatTheOldPairRefused() throws {
        let queue = try databaseBeforeV8()
        try SchemaMigrations.migrator.migrate(queue)
        let refused: [DatabaseValue] = [
            "2023-02-30".databaseValue, "2023-2-01".databaseValue, " 2023-02-01".databaseValue, "2023-02-01 ".databaseValue,
            "2023-02-01x".databaseValue, "+2023-02-01".databaseValue, "2023-13-01".databaseValue, "0000-00-00".databaseValue,
            "".databaseValue, "٢٠٢٣-٠٢-٠١".databaseValue, 20230201.databaseValue, 2459976.5.databaseValue,
            Data("2023-02-01".utf8).databaseValue,
        ]
        for value in refused {
            XCTAssertThrowsError(try queue.write { db in
                try db.execute(sql: "INSERT INTO competence_step_done (medarbetare_id, step_no, completed_on, validering) VALUES (7, 3, ?, 0)",
                               arguments: [value])
            }, "\(value)") { error in
                XCTAssertEqual((error as? DatabaseError)?.resultCode, .SQLITE_CONSTRAINT, "\(value)")
            }
        }
        try queue.write { db in
            try db.execute(sql: "INSERT INTO competence_step_done (medarbetare_id, step_no, completed_on, validering) VALUES (7, 3, '2028-02-29', 0)")
            // The cascade from the mapping is kept.
            try db.execute(sql: "DELETE FROM competence_mapping WHERE medarbetare_id = 7")
            XCTAssertEqual(try Int.fetchOne(db, sql: "SELECT count(*) FROM competence_step_done"), 0)
        }
    }
}
