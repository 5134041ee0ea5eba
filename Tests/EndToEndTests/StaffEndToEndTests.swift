import Foundation
import TestSupport
import VardagDomain
import VardagStore
import XCTest

/// The real `vardag` binary: `vardag import staff` (Swedish Excel in Windows-1252, plain
/// comma CSV, a refused file by line in both languages, an unchanged re-import that leaves
/// the file byte for byte) and `vardag export staff` with the small units hidden; and the
/// demo's two years of figures.
final class StaffEndToEndTests: XCTestCase {
    private let header = "Kommun;Enhet;Månad;Anställda;Årsarbetare;Nyanställda;Slutat egen begäran;Slutat pension;"
        + "Slutat visstid;Slutat annat;Sjuktimmar kort;Sjuktimmar lång;Schemalagda timmar;Vakanser;Pågående rekryteringar"

    /// Åsbro with three units.
    private func makeRegister(at db: String) throws {
        let store = try AppDatabase.open(path: db, user: "e2e")
        let kommun = try store.addKommun(name: "Åsbro")
        for name in ["Älvgården", "Hemtjänst Norr", "Gruppbostad Ön", "Boendestöd"] {
            _ = try store.addEnhet(kommunId: kommun.id, name: name, omrade: .vardOchOmsorg)
        }
        try store.close()
    }

    /// 12 months ending 2026-10 for four units of 40, 25, 15 and 8 people.
    private func rows() -> [String] {
        let units = [("Älvgården", 40), ("Hemtjänst Norr", 25), ("Gruppbostad Ön", 15), ("Boendestöd", 8)]
        let months = StaffMonth.span(from: try! StaffMonth.parse("2025-11"), to: try! StaffMonth.parse("2026-10"))
        return units.flatMap { unit, size in
            months.map { "Åsbro;\(unit);\($0);\(size);\(size - 2),5;1;1;0;0;0;\(size * 3),5;\(size * 2);\(size * 150);1;1" }
        }
    }

    func testImportAndExportWithTheRealBinary() throws {
        let binary = try VardagBinary.path()
        let directory = try TmuxSession.makeDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let db = directory.appendingPathComponent("db.sqlite").path
        try makeRegister(at: db)

        // Swedish Excel as it saves "CSV (semikolonavgränsad)": Windows-1252, CRLF.
        let excel = directory.appendingPathComponent("hr.csv")
        let text = ([header] + rows()).joined(separator: "\r\n") + "\r\n"
        try Data(text.unicodeScalars.map { UInt8($0.value) }).write(to: excel)
        let imported = try Spawn.run([binary, "import", "staff", excel.path, "--db", db])
        XCTAssertEqual(imported.status, 0, imported.errorOutput)
        XCTAssertEqual(imported.output, "Inläst: 48 enhetsmånader (48 nya, 0 ersatta, 0 oförändrade).\n")

        // The same file again changes nothing and writes nothing: the file is byte for byte as it was.
        let before = try Data(contentsOf: URL(fileURLWithPath: db))
        let again = try Spawn.run([binary, "import", "staff", excel.path, "--db", db, "--lang", "en"])
        XCTAssertEqual(again.status, 0, again.errorOutput)
        XCTAssertEqual(again.output, "Nothing changed: all 48 unit-months are already stored with the same figures; nothing written.\n")
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: db)), before)

        // Plain comma CSV correcting one month: replaced.
        let plain = directory.appendingPathComponent("plain.csv")
        try Data(("Enhet,Månad,Anställda,Årsarbetare,Nyanställda,Slutat egen begäran,Slutat pension,Slutat visstid,Slutat annat,"
                  + "Sjuktimmar kort,Sjuktimmar lång,Schemalagda timmar,Vakanser,Pågående rekryteringar\n"
                  + "Älvgården,2026-10,41,38.5,2,1,0,0,0,120.5,80,6150,0,1\n").utf8).write(to: plain)
        let corrected = try Spawn.run([binary, "import", "staff", plain.path, "--db", db])
        XCTAssertEqual(corrected.status, 0, corrected.errorOutput)
        XCTAssertEqual(corrected.output, "Inläst: 1 enhetsmånader (0 nya, 1 ersatta, 0 oförändrade).\n")

        // A bad file: every bad line on stderr, exit 65, nothing stored; in English with --lang en.
        let bad = directory.appendingPathComponent("bad.csv")
        try Data(([header, "Åsbro;Älvgården;2026-11;41;42;0;0;0;0;0;0;0;0;0;0", "Åsbro;Okänd;2026-10;5;5;0;0;0;0;0;0;0;0;0;0"]
                  .joined(separator: "\n") + "\n").utf8).write(to: bad)
        let refused = try Spawn.run([binary, "import", "staff", bad.path, "--db", db])
        XCTAssertEqual(refused.status, 65, refused.errorOutput)
        XCTAssertEqual(refused.errorOutput, """
            vardag: \(bad.path): rad 2: årsarbetarna (42.00) är fler än de anställda (41)
            vardag: \(bad.path): rad 3: okänd enhet ”Okänd” i Åsbro
            vardag: inget lästes in (2 fel).

            """)
        let english = try Spawn.run([binary, "import", "staff", bad.path, "--db", db, "--lang", "en"])
        XCTAssertEqual(english.status, 65)
        XCTAssertTrue(english.errorOutput.contains("line 2: the FTE (42.00) is more than the headcount (41)"), english.errorOutput)
        XCTAssertEqual(try Spawn.run([binary, "import", "staff", directory.appendingPathComponent("saknas.csv").path, "--db", db]).status, 66)

        // The export: Boendestöd (8) "för få", Gruppbostad Ön (15) hidden beside it, the total shown.
        let json = try Spawn.run([binary, "export", "staff", "--kommun", "Åsbro", "--from", "2026-10", "--to", "2026-10",
                                  "--format", "json", "--db", db])
        XCTAssertEqual(json.status, 0, json.errorOutput)
        let exported = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [[String: Any]])
        XCTAssertEqual(exported.map { $0["enhet"] as? String ?? "Totalt" },
                       ["Boendestöd", "Gruppbostad Ön", "Hemtjänst Norr", "Älvgården", "Totalt"])
        XCTAssertEqual(exported.map { $0["visning"] as? String }, ["för få", "dold", "visas", "visas", "visas"])
        XCTAssertTrue(exported[0]["sjukfranvaro"] is NSNull)
        XCTAssertEqual(exported[3]["anstallda"] as? Int, 41)
        XCTAssertEqual(exported[4]["anstallda"] as? Int, 89)
        // 12 months of figures for Älvgården: 12 leavers over an average of (11 × 40 + 41) / 12.
        XCTAssertEqual(try XCTUnwrap(exported[3]["personalomsattning"] as? Double), (12.0 / (481.0 / 12) * 10_000).rounded() / 10_000)
        let csv = try Spawn.run([binary, "export", "staff", "--kommun", "Åsbro", "--to", "2026-10", "--db", db])
        XCTAssertEqual(csv.status, 0, csv.errorOutput)
        XCTAssertTrue(csv.output.contains("Åsbro;Boendestöd;2026-10;enhet;för få;8;6,50;1;1;för få;"), csv.output)
        XCTAssertEqual(csv.output.split(separator: "\r\n").count, 1 + 12 * 5, "13 months by default, 12 with figures")
        let unknown = try Spawn.run([binary, "export", "staff", "--kommun", "Ingenstans", "--db", db])
        XCTAssertEqual(unknown.status, 64)
        XCTAssertEqual(unknown.errorOutput, "vardag: okänd kommun ”Ingenstans”\n")
        XCTAssertEqual(try Spawn.run([binary, "export", "staff", "--kommun", "Åsbro", "--from", "2026-13", "--db", db]).status, 64)
    }

    func testTheDemoHasStaffFiguresWithSmallUnitsHidden() throws {
        let binary = try VardagBinary.path()
        let directory = try TmuxSession.makeDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let db = directory.appendingPathComponent("demo.sqlite").path
        let made = try Spawn.run([binary, "demo", "--db", db], timeout: 120)
        XCTAssertEqual(made.status, 0, made.errorOutput)
        let store = try AppDatabase.openForReading(path: db, user: "e2e")
        let kommun = try XCTUnwrap(try store.kommuner().first?.name)
        try store.close()
        // The demo's figures end with the last finished month; the export's default ends with the current one.
        let lastFinished = StaffMonth(containing: VardagBinary.today).adding(months: -1)
        let json = try Spawn.run([binary, "export", "staff", "--kommun", kommun, "--format", "json", "--db", db,
                                  "--to", lastFinished.description])
        XCTAssertEqual(json.status, 0, json.errorOutput)
        let rows = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [[String: Any]])
        XCTAssertEqual(Set(rows.compactMap { $0["manad"] as? String }).count, 13)
        XCTAssertTrue(rows.contains { $0["visning"] as? String == "för få" })
        XCTAssertTrue(rows.contains { $0["visning"] as? String == "visas" && $0["niva"] as? String == "enhet" })
    }
}
