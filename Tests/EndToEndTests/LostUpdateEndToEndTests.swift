import Foundation
import TestSupport
import XCTest

/// Issue 14, point 1, as the issue reproduced it: two apps on one database with the same
/// form open. A save writes only what its form changed; a change saved meanwhile to the
/// same field is shown ("Ändrad av någon annan") and the person chooses.
final class LostUpdateEndToEndTests: XCTestCase {
    private func twoApps(_ db: String, _ binary: String) throws -> [TmuxSession] {
        try ["A", "B"].map { label in
            try TmuxSession(command: "'\(binary)' --db '\(db)'", width: 80, height: 24)
        }
    }

    private func sql(_ db: String, _ query: String) throws -> String {
        try Spawn.run(["sqlite3", db, query]).output.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    func testStaffFormKeepsAnotherTitleAndAsksWhenBothChangeIt() throws {
        let binary = try VardagBinary.path()
        let work = try TmuxSession.makeDirectory()
        defer { try? FileManager.default.removeItem(at: work) }
        let db = work.appendingPathComponent("delad.sqlite").path
        XCTAssertEqual(try Spawn.run([binary, "demo", "--db", db], timeout: 120).status, 0)
        let (a, b) = try { let s = try twoApps(db, binary); return (s[0], s[1]) }()
        defer { a.close(); b.close() }
        for app in [a, b] {
            try app.waitFor(text: "Välj verktyg")
            try app.sendKeys("5")
            try app.waitFor(text: "Sorterat på namn")
            try app.sendKeys("Enter")
            try app.waitFor(text: "Ändra medarbetare")
        }
        let first = try sql(db, "SELECT id, name FROM medarbetare ORDER BY sort_key, id LIMIT 1").split(separator: "|")
        let id = String(first[0]), name = String(first[1])

        // B changes the title; A, from a form opened before, adds " A" to the name.
        try b.sendKeys("Tab", "C-u")
        try b.type("Kurator B")
        try b.sendKeys("Enter")
        try b.waitFor(text: "Sparat: \(name)")
        try a.sendKeys("End")
        try a.type(" A")
        try a.sendKeys("Enter")
        try a.waitFor(text: "\(name) A sparat. Behölls från någon annans ändring: Titel")
        XCTAssertEqual(try sql(db, "SELECT name || '|' || title FROM medarbetare WHERE id = \(id)"), "\(name) A|Kurator B")

        // Both change the title: A is asked, sees B's value, keeps hers with m.
        for app in [a, b] {
            try app.sendKeys("Enter")
            try app.waitFor(text: "Ändra medarbetare")
        }
        try b.sendKeys("Tab", "C-u")
        try b.type("Kurator C")
        try b.sendKeys("Enter")
        try b.waitFor(text: "Sparat: \(name) A")
        try a.sendKeys("Tab", "C-u")
        try a.type("Socionom A")
        try a.sendKeys("Enter")
        let asked = try a.waitFor(text: "Ändrad av någon annan")
        XCTAssertTrue(asked.contains("Titel: sparat nu «Kurator C», ditt «Socionom A»"), asked)
        XCTAssertEqual(try sql(db, "SELECT title FROM medarbetare WHERE id = \(id)"), "Kurator C", "nothing written before she answers")
        try a.sendKeys("Escape")
        try a.waitFor(text: "Ändra medarbetare")
        try a.sendKeys("Enter")
        try a.waitFor(text: "Ändrad av någon annan")
        try a.sendKeys("m")
        try a.waitFor(text: "Sparat: \(name) A")
        XCTAssertEqual(try sql(db, "SELECT title FROM medarbetare WHERE id = \(id)"), "Socionom A")
        // Both apps run as the same OS login: B's row changed the name only, A's the title only.
        let audit = try sql(db, "SELECT after_json FROM audit WHERE entity = 'medarbetare' AND entity_id = \(id) ORDER BY id")
        XCTAssertFalse(audit.contains("{\"name\":\"\(name) A\",\"title\""), "A's name change did not write the title back:\n\(audit)")
        XCTAssertTrue(audit.contains("{\"title\":\"Socionom A\"}"), audit)
    }

    func testMappingFormKeepsWishesSavedMeanwhileAndKeepsTheirsOnD() throws {
        let binary = try VardagBinary.path()
        let work = try TmuxSession.makeDirectory()
        defer { try? FileManager.default.removeItem(at: work) }
        let db = work.appendingPathComponent("delad.sqlite").path
        XCTAssertEqual(try Spawn.run([binary, "demo", "--db", db], timeout: 120).status, 0)
        let (a, b) = try { let s = try twoApps(db, binary); return (s[0], s[1]) }()
        defer { a.close(); b.close() }
        for app in [a, b] {
            try app.waitFor(text: "Välj verktyg")
            try app.sendKeys("4")
            try app.waitFor(text: "Kompetenstrappa")
            try app.sendKeys("m")
            try app.waitFor(text: "Kartläggning:")
        }
        // B writes wishes (the 7th field); A, from the form opened before, sets points.
        try b.sendKeys("Tab", "Tab", "Tab", "Tab", "Tab", "Tab", "C-u")
        try b.type("Vill gå kurs om Åldrande")
        try b.sendKeys("Enter")
        try b.waitFor(text: "kartläggningen sparad")
        try a.sendKeys("Tab", "Tab", "C-u")
        try a.type("1234")
        try a.sendKeys("Enter")
        try a.waitFor(text: "Behölls från någon annans ändring: Önskemål")
        XCTAssertEqual(try sql(db, "SELECT points || '|' || wishes FROM competence_mapping WHERE wishes LIKE 'Vill gå kurs%'"),
                       "1234|Vill gå kurs om Åldrande")

        // Both change points. B's grid was loaded before A's save, so her form starts from
        // the old points: after A saves 1500 she is asked, sees 1500, and keeps it with d.
        for app in [a, b] {
            try app.sendKeys("m")
            try app.waitFor(text: "Kartläggning:")
            try app.sendKeys("Tab", "Tab", "C-u")
        }
        try a.type("1500")
        try a.sendKeys("Enter")
        try a.waitFor(text: "kartläggningen sparad")
        try b.type("900")
        try b.sendKeys("Enter")
        let asked = try b.waitFor(text: "Ändrad av någon annan")
        XCTAssertTrue(asked.contains("sparat nu «1500», ditt «900»"), asked)
        try b.sendKeys("d")
        try b.waitFor(text: "Behölls från någon annans ändring")
        XCTAssertEqual(try sql(db, "SELECT points FROM competence_mapping WHERE wishes LIKE 'Vill gå kurs%'"), "1500")
    }
}
