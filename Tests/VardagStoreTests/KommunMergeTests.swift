import Foundation
import TestSupport
import VardagDemo
import VardagDomain
@testable import VardagStore
import XCTest

/// Two kommuner's SQLite files brought one after the other into one regional database (a
/// file, or a PostgreSQL database with `VARDAG_TEST_BACKEND=postgres`): rows add up, every
/// remapped reference names the same people, teams and places as before, a kommun already
/// there is refused and a failure half-way leaves the region as it was.
final class KommunMergeTests: XCTestCase {
    /// The day the demo's dates are counted from.
    private static let today = try! LocalDate(year: 2026, month: 11, day: 16)

    func testTwoKommunFilesMergeOneAfterTheOther() throws {
        let (regionFile, region) = try Self.region()
        let (fileA, a) = try Self.kommunFile(firstKommun: 0, team: "Skuggningsteam Älvdala")
        let (fileB, b) = try Self.kommunFile(firstKommun: 3, team: "Skuggningsteam Lönnfors")
        defer { _ = (regionFile, fileA, fileB) }
        let before = try Self.counts(region)
        let countsA = try Self.counts(a), countsB = try Self.counts(b)

        let reportA = try a.mergeKommun(into: region)
        let reportB = try b.mergeKommun(into: region)
        XCTAssertTrue(reportA.agrees && reportB.agrees)
        let after = try Self.counts(region)
        for report in [reportA, reportB] {
            for table in report.tables {
                XCTAssertEqual(table.sourceChecksum, table.mergedChecksum, table.name)
                XCTAssertEqual(table.sourceRows, table.addedRows + table.matchedRows, table.name)
            }
        }
        // The kommuner's own tables add up exactly; catalogues and settings are not duplicated.
        for table in reportA.tables {
            switch table.kind {
            case .owned, .derived:
                XCTAssertEqual(after[table.name], before[table.name]! + countsA[table.name]! + countsB[table.name]!, table.name)
            case .shared:
                let added = table.addedRows + (reportB.tables.first { $0.name == table.name }?.addedRows ?? 0)
                XCTAssertEqual(after[table.name], before[table.name]! + added, table.name)
                XCTAssertLessThanOrEqual(after[table.name]!, before[table.name]! + countsA[table.name]!, table.name)
            case .transient:
                XCTAssertEqual(after[table.name], before[table.name], table.name)
            }
        }
        XCTAssertGreaterThan(reportA.tables.first { $0.name == "audit" }!.addedRows, 100)
        XCTAssertEqual(reportB.tables.first { $0.name == "shadowing_task" }!.addedRows, 0, "B's tasks match A's")

        // Every reference points at the right row: the same names along each chain as in the kommun's file.
        let chainsA = try Self.fingerprint(a, kommuner: nil)
        for kind in ["staff", "rating", "meeting", "guide", "observation", "sum", "mapping"] {
            XCTAssertGreaterThan(chainsA.filter { $0.hasPrefix(kind + " ") }.count, 5, kind)
        }
        XCTAssertEqual(try Self.fingerprint(region, kommuner: Self.kommuner(a)), try Self.fingerprint(a, kommuner: nil))
        XCTAssertEqual(try Self.fingerprint(region, kommuner: Self.kommuner(b)), try Self.fingerprint(b, kommuner: nil))
        XCTAssertEqual(try Self.fingerprint(region, kommuner: ["Tallmo", "Ödeby", "Furusund"]).count, 60,
                       "the region's own staff are untouched")
        try Self.assertAuditNamesItsRows(region)
        if TemporaryDatabase.backendUnderTest == .sqlite {
            XCTAssertEqual(try region.writer.read { try StoreRow.fetchAll($0, sql: "PRAGMA foreign_key_check").count }, 0)
        }

        // New rows after a merge get ids no merged row (or audit entry) has used.
        let before2 = try region.writer.read { try Int64.fetchOne($0, sql: "SELECT max(id) FROM medarbetare") ?? 0 }
        let team = try region.writer.read { try Int64.fetchOne($0, sql: "SELECT min(id) FROM team") ?? 0 }
        let added = try region.addMedarbetare(MedarbetareDraft(teamId: team, name: "Åsa Öberg", title: "Undersköterska",
                                                                role: .medarbetare, startDate: Self.today))
        XCTAssertGreaterThan(added.id, before2)
    }

    /// A kommun already in the region is refused by name before anything is written.
    func testTheSameKommunTwiceIsRefusedAndChangesNothing() throws {
        let (regionFile, region) = try Self.region()
        let (fileA, a) = try Self.kommunFile(firstKommun: 0, team: "Skuggningsteam Älvdala")
        defer { _ = (regionFile, fileA) }
        _ = try a.mergeKommun(into: region)
        let snapshot = try Self.snapshot(region)
        XCTAssertThrowsError(try a.mergeKommun(into: region)) { error in
            guard case MergeRefusal.nameClash(let clashes) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(Set(clashes.map(\.name)), ["Älvdala", "Åsbro", "Östervik", "Skuggningsteam Älvdala"])
            XCTAssertEqual(Set(clashes.map(\.table)), ["kommun", "shadowing_team"])
        }
        XCTAssertEqual(try Self.snapshot(region), snapshot)

        // Only the skuggningsteam's name clashing is refused too.
        let (fileC, c) = try Self.kommunFile(firstKommun: 3, team: "Skuggningsteam Älvdala")
        defer { _ = fileC }
        XCTAssertThrowsError(try c.mergeKommun(into: region)) { error in
            XCTAssertEqual(error as? MergeRefusal, .nameClash([.init(table: "shadowing_team", name: "Skuggningsteam Älvdala")]))
        }
        XCTAssertEqual(try Self.snapshot(region), snapshot)
    }

    /// A failure late in a merge (the target refuses a row of a table filled near the end)
    /// leaves every table of the region as it was.
    func testAFailureHalfWayLeavesTheRegionAsItWas() throws {
        let (regionFile, region) = try Self.region()
        let (fileA, a) = try Self.kommunFile(firstKommun: 0, team: "Skuggningsteam Älvdala")
        defer { _ = (regionFile, fileA) }
        let snapshot = try Self.snapshot(region)
        try region.writer.write { db in
            switch db.dialect {
            case .sqlite:
                try db.execute(sql: """
                    CREATE TRIGGER injected_failure BEFORE INSERT ON competence_plan
                    BEGIN SELECT RAISE(ABORT, 'injected failure'); END
                    """)
            case .postgres:
                try db.execute(script: """
                    CREATE FUNCTION injected_failure() RETURNS trigger LANGUAGE plpgsql AS
                    $$ BEGIN RAISE EXCEPTION 'injected failure'; END $$;
                    CREATE TRIGGER injected_failure BEFORE INSERT ON competence_plan
                    FOR EACH ROW EXECUTE FUNCTION injected_failure();
                    """)
            }
        }
        XCTAssertThrowsError(try a.mergeKommun(into: region)) { error in
            XCTAssertTrue("\(error)".contains("injected failure"), "\(error)")
        }
        XCTAssertEqual(try Self.snapshot(region), snapshot)
        try region.writer.write { try $0.execute(sql: "DROP TRIGGER injected_failure" + ($0.dialect == .postgres ? " ON competence_plan" : "")) }
        XCTAssertTrue(try a.mergeKommun(into: region).agrees, "the same merge works once nothing stops it")
    }

    /// An unknown table refuses the merge before anything is written.
    func testATableTheRulesDoNotKnowRefusesTheMerge() throws {
        let (regionFile, region) = try Self.region()
        let (fileA, a) = try Self.kommunFile(firstKommun: 0, team: "Skuggningsteam Älvdala")
        defer { _ = (regionFile, fileA) }
        for db in [a, region] {
            try db.writer.write { try $0.execute(sql: "CREATE TABLE future_table (id INTEGER PRIMARY KEY, medarbetare_id INTEGER)") }
        }
        let snapshot = try Self.snapshot(region)
        XCTAssertThrowsError(try a.mergeKommun(into: region)) { error in
            XCTAssertEqual(error as? MergeRefusal, .unclassified(table: "future_table", column: nil))
        }
        XCTAssertEqual(try Self.snapshot(region), snapshot)
    }

    // MARK: - Fixtures

    /// The regional database under test (on the backend under test), holding a register of three kommuner of its own.
    private static func region() throws -> (TemporaryDatabase, AppDatabase) {
        let temp = try TemporaryDatabase()
        let db = try temp.open(user: "region")
        try DemoData.populate(db, seed: 11, firstKommun: 8)
        return (temp, db)
    }

    /// One kommun's SQLite file with the whole demo: register, dialogue, shadowing, workload, competence.
    private static func kommunFile(firstKommun: Int, team: String) throws -> (TemporaryDatabase, AppDatabase) {
        let temp = try TemporaryDatabase()
        let db = try AppDatabase.open(path: temp.path, user: "demo")
        try DemoData.populate(db, seed: UInt64(2026 + firstKommun), firstKommun: firstKommun)
        _ = try DialogueDemo.populate(db, today: today)
        _ = try ShadowingDemoData.populate(db, teamName: team)
        _ = try WorkloadDemo.populate(db, today: today)
        _ = try CompetenceDemo.populate(db)
        return (temp, db)
    }

    private static func kommuner(_ db: AppDatabase) throws -> [String] {
        try db.writer.read { try String.fetchAll($0, sql: "SELECT name FROM kommun") }
    }

    /// Rows per table.
    private static func counts(_ db: AppDatabase) throws -> [String: Int] {
        try db.writer.read { conn in
            var counts: [String: Int] = [:]
            for table in try StoredTable.all(conn) {
                counts[table.name] = try Int.fetchOne(conn, sql: "SELECT count(*) FROM \(table.name)")
            }
            return counts
        }
    }

    /// Every table's rows and checksum, and the ids each will hand out next.
    private static func snapshot(_ db: AppDatabase) throws -> [String] {
        try db.writer.read { conn in
            let tables = try StoredTable.all(conn)
            let sequences = try IDSequences.read(conn, tables: tables)
            return try tables.map { table in
                "\(table.name) \(try AppDatabase.checksum(of: table, in: conn)) \(try AppDatabase.checksum(of: table, in: conn).rows) \(sequences[table.name] ?? 0)"
            }
        }
    }

    /// What the references say, in names: each chain from a row to the kommun it belongs to,
    /// sorted, for the kommuner named (nil: all).
    private static func fingerprint(_ db: AppDatabase, kommuner: [String]?) throws -> [String] {
        let filter = kommuner.map { names in "k.name IN (" + names.map { "'\($0)'" }.joined(separator: ", ") + ")" } ?? "1 = 1"
        let chains = [
            """
            SELECT 'staff ' || m.name || '|' || m.title || '|' || t.name || '|' || e.name || '|' || k.name
            FROM medarbetare m JOIN team t ON t.id = m.team_id JOIN enhet e ON e.id = t.enhet_id JOIN kommun k ON k.id = e.kommun_id
            WHERE \(filter)
            """,
            """
            SELECT 'rating ' || m.name || '|' || c.reference || '|' || r.period || '|' || r.time || '|' || o.name
            FROM workload_rating r JOIN workload_case c ON c.id = r.case_id JOIN medarbetare m ON m.id = r.medarbetare_id
            JOIN medarbetare o ON o.id = c.medarbetare_id
            JOIN team t ON t.id = m.team_id JOIN enhet e ON e.id = t.enhet_id JOIN kommun k ON k.id = e.kommun_id WHERE \(filter)
            """,
            """
            SELECT 'meeting ' || l.theme || '|' || mt.kind || '|' || g1.name || '|' || g2.name || '|' || e.name || '|' || k.name
                || '|' || (SELECT count(*) FROM dialogue_question q WHERE q.asked_meeting_id = mt.id)
            FROM dialogue_meeting mt JOIN dialogue_loop l ON l.id = mt.loop_id JOIN medarbetare g1 ON g1.id = mt.guide1_id
            JOIN medarbetare g2 ON g2.id = mt.guide2_id JOIN enhet e ON e.id = l.enhet_id JOIN kommun k ON k.id = e.kommun_id
            WHERE \(filter)
            """,
            """
            SELECT 'guide ' || m.name || '|' || pk.name || '|' || l.theme
            FROM dialogue_loop_guide lg JOIN medarbetare m ON m.id = lg.guide_id JOIN kommun pk ON pk.id = lg.providing_kommun_id
            JOIN dialogue_loop l ON l.id = lg.loop_id JOIN enhet e ON e.id = l.enhet_id JOIN kommun k ON k.id = e.kommun_id
            WHERE \(filter)
            """,
            """
            SELECT 'observation ' || st.name || '|' || p.name || '|' || en.date || '|' || task.name || '|' || o.minutes || '|' || o.judgement
            FROM shadowing_observation o JOIN shadowing_entry en ON en.id = o.entry_id JOIN shadowing_participant p ON p.id = en.participant_id
            JOIN shadowing_team st ON st.id = o.team_id JOIN shadowing_task task ON task.id = o.task_id
            JOIN team ht ON ht.id = st.host_team_id JOIN kommun k ON k.id = st.kommun_id WHERE \(filter)
            """,
            """
            SELECT 'sum ' || st.name || '|' || s.month || '|' || task.name || '|' || s.judgement || '|' || s.minutes || '|' || s.observations
            FROM shadowing_month_sum s JOIN shadowing_team st ON st.id = s.team_id JOIN shadowing_task task ON task.id = s.task_id
            JOIN kommun k ON k.id = st.kommun_id WHERE \(filter)
            """,
            """
            SELECT 'mapping ' || m.name || '|' || coalesce(ti.name, '-') || '|' || m.title
                || '|' || (SELECT count(*) FROM competence_step_done d WHERE d.medarbetare_id = m.id)
                || '|' || (SELECT count(*) FROM competence_plan pl WHERE pl.medarbetare_id = m.id)
            FROM competence_mapping cm JOIN medarbetare m ON m.id = cm.medarbetare_id LEFT JOIN competence_title ti ON ti.id = cm.title_id
            JOIN team t ON t.id = m.team_id JOIN enhet e ON e.id = t.enhet_id JOIN kommun k ON k.id = e.kommun_id WHERE \(filter)
            """,
        ]
        return try db.writer.read { conn in
            try chains.flatMap { try String.fetchAll(conn, sql: $0) }.sorted()
        }
    }

    /// Each audit row about a staff member names, by `entity_id`, the row whose name and team
    /// its JSON holds (so both were renumbered together).
    private static func assertAuditNamesItsRows(_ db: AppDatabase) throws {
        let rows = try db.writer.read { try StoreRow.fetchAll($0, sql: """
            SELECT m.name, m.team_id, a.after_json FROM audit a JOIN medarbetare m ON m.id = a.entity_id
            WHERE a.entity = 'medarbetare' AND a.action = 'insert'
            """) }
        XCTAssertGreaterThanOrEqual(rows.count, 3 * 60)
        for row in rows {
            let after = try JSONDecoder().decode([String: AuditValue].self, from: Data((row[2] as String).utf8))
            XCTAssertEqual(after["name"], .text(row[0]))
            XCTAssertEqual(after["team_id"], .integer(row[1]))
        }
    }
}
