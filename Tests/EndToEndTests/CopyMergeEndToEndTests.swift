import Foundation
import TestSupport
import XCTest

/// `vardag copy` into an SQLite file that already holds a region: the kommun is merged in
/// place, with new ids and foreign keys intact, and a file that has it keeps every row as it was.
final class CopyMergeEndToEndTests: XCTestCase {
    func testAKommunFileIsMergedIntoAnExistingRegionalFile() throws {
        let binary = try VardagBinary.path()
        let work = try TmuxSession.makeDirectory()
        defer { try? FileManager.default.removeItem(at: work) }
        let kommun = work.appendingPathComponent("kommun.sqlite").path
        let region = work.appendingPathComponent("region.sqlite").path
        XCTAssertEqual(try Spawn.run([binary, "demo", "--db", kommun], timeout: 120).status, 0)
        try FileManager.default.copyItem(atPath: kommun, toPath: region)
        // The region holds the same demo under other names: another set of kommuner.
        XCTAssertEqual(try Spawn.run(["sqlite3", region, """
            UPDATE kommun SET name = name || ' Väst', name_key = name_key || ' väst';
            UPDATE shadowing_team SET name = name || ' Väst', name_key = name_key || ' väst';
            """]).status, 0)
        func sql(_ db: String, _ query: String) throws -> String {
            try Spawn.run(["sqlite3", db, query]).output.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        let staffChain = """
            SELECT m.name || '|' || t.name || '|' || e.name || '|' || k.name FROM medarbetare m JOIN team t ON t.id = m.team_id
            JOIN enhet e ON e.id = t.enhet_id JOIN kommun k ON k.id = e.kommun_id WHERE k.name NOT LIKE '% Väst' ORDER BY 1
            """
        let audit = try Int(sql(region, "SELECT count(*) FROM audit")) ?? 0

        let merged = try Spawn.run([binary, "copy", "--from", kommun, "--to", region, "--lang", "en"], timeout: 120)
        XCTAssertEqual(merged.status, 0, merged.errorOutput)
        XCTAssertTrue(merged.output.contains("Merged: 49 tables"), merged.output)
        XCTAssertFalse(merged.output.contains("DIFFERS"), merged.output)
        XCTAssertEqual(try sql(region, "SELECT count(*) FROM kommun"), "6")
        XCTAssertEqual(try Int(sql(region, "SELECT count(*) FROM audit")), 2 * audit)
        XCTAssertEqual(try sql(region, "PRAGMA foreign_key_check"), "")
        XCTAssertEqual(try sql(region, "PRAGMA integrity_check"), "ok")
        XCTAssertEqual(try sql(region, staffChain), try sql(kommun, staffChain))
        XCTAssertGreaterThan(try Int(sql(region, "SELECT min(id) FROM medarbetare WHERE team_id IN "
            + "(SELECT t.id FROM team t JOIN enhet e ON e.id = t.enhet_id JOIN kommun k ON k.id = e.kommun_id WHERE k.name = 'Älvdala')")) ?? 0,
            60, "the merged staff have new ids after the region's")

        // Opening the file may rewrite pages (a checkpoint), so compare what it holds.
        let before = try Spawn.run(["sqlite3", region, ".dump"]).output
        let again = try Spawn.run([binary, "copy", "--from", kommun, "--to", region], timeout: 60)
        XCTAssertEqual(again.status, 14)
        XCTAssertTrue(again.errorOutput.contains("Inget ändrades"), again.errorOutput)
        XCTAssertEqual(try Spawn.run(["sqlite3", region, ".dump"]).output, before)
        XCTAssertGreaterThan(before.count, 100_000)
    }
}
