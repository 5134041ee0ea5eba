import Foundation
import TestSupport
import VardagDomain
import VardagStore
import XCTest

/// The real `vardag` binary: import a small competence CSV, open the grid for the unit in
/// tmux, mark a step done for "Åsa Öberg" and plan its spreading, quit, reopen, and see it in
/// the grid and in the gaps and spreading exports.
final class CompetenceEndToEndTests: XCTestCase {
    /// The register the HR files refer to, created through the store: Åsa Öberg and Bo Ek
    /// in Åsbro › Hemtjänst Norr › Grupp Ängen.
    private func makeRegister(at db: String) throws {
        let store = try AppDatabase.open(path: db, user: "e2e")
        let kommun = try store.addKommun(name: "Åsbro")
        let enhet = try store.addEnhet(kommunId: kommun.id, name: "Hemtjänst Norr", omrade: .vardOchOmsorg)
        let team = try store.addTeam(enhetId: enhet.id, name: "Grupp Ängen")
        _ = try store.addMedarbetare(MedarbetareDraft(teamId: team.id, name: "Åsa Öberg", title: "Undersköterska", role: .medarbetare, startDate: "2015-03-01"))
        _ = try store.addMedarbetare(MedarbetareDraft(teamId: team.id, name: "Bo Ek", title: "Vårdbiträde", role: .medarbetare, startDate: "2024-03-01"))
        try store.close()
    }

    /// A file carrying a terminal escape (an OSC title change) in a name and in a wish is
    /// refused line by line; stderr names the character by code point and never carries it.
    func testImportRefusesControlCharactersWithoutEchoingThem() throws {
        let binary = try VardagBinary.path()
        let directory = try TmuxSession.makeDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let db = directory.appendingPathComponent("db.sqlite").path
        try makeRegister(at: db)
        let pwned = "\u{1b}]0;pwned\u{7}"
        let file = directory.appendingPathComponent("hostile.csv")
        try Data(("Kommun;Enhet;Namn;Titel;Utbildning;Poäng;Bevis;Steg 1;Steg 2;Steg 3;Steg 4;Steg 5;Önskemål\n"
                  + "Åsbro;Hemtjänst Norr;\"Åsa\(pwned)\";Undersköterska;Gymnasial;1500;Nej;;;;;;\n"
                  + "Åsbro;Hemtjänst Norr;Bo Ek;Vårdbiträde;Gymnasial;800;Nej;;;;;;\"Vill \(pwned)\"\n").utf8).write(to: file)
        let refused = try Spawn.run([binary, "import", "competence", file.path, "--db", db])
        XCTAssertEqual(refused.status, 65, refused.errorOutput)
        XCTAssertTrue(refused.errorOutput.contains("rad 2: kolumnen ”Namn” innehåller styrtecknet U+001B"), refused.errorOutput)
        XCTAssertTrue(refused.errorOutput.contains("rad 3: kolumnen ”Önskemål” innehåller styrtecknet U+001B"), refused.errorOutput)
        XCTAssertFalse(refused.errorOutput.utf8.contains(0x1B), "no ESC on stderr")
        XCTAssertFalse(refused.errorOutput.utf8.contains(0x07), "no BEL on stderr")
        let store = try AppDatabase.open(path: db, user: "e2e")
        XCTAssertFalse(try store.competencePeople().contains { $0.isMapped })
        try store.close()
    }

    /// Each refused row gets its own stderr line, `rad N: reason` (`line N:` under
    /// `--lang en`), exit code 65 and nothing stored: a Bevis that is not Ja/Nej, an id
    /// whose kommun or name is not the row's, a step done after today, an unknown person
    /// (with the hint naming `--create-missing`).
    func testEachRefusedRowHasItsOwnStderrLineInSwedishAndEnglish() throws {
        let binary = try VardagBinary.path()
        let directory = try TmuxSession.makeDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let db = directory.appendingPathComponent("db.sqlite").path
        try makeRegister(at: db)
        let store = try AppDatabase.open(path: db, user: "e2e")
        _ = try store.addKommun(name: "Björkby")
        let ids = Dictionary(uniqueKeysWithValues: try store.staff(offset: 0, limit: 10).map { ($0.name, $0.id) })
        try store.close()
        let asa = try XCTUnwrap(ids["Åsa Öberg"]), bo = try XCTUnwrap(ids["Bo Ek"])
        let file = directory.appendingPathComponent("hr.csv")
        let lines: [String] = [
            "Id;Kommun;Enhet;Namn;Titel;Utbildning;Poäng;Bevis;Steg 1;Steg 2;Steg 3;Steg 4;Steg 5",
            "\(asa);Åsbro;Hemtjänst Norr;Åsa Öberg;Undersköterska;Gymnasial;1500;X;;;;;",
            "\(bo);Björkby;Hemtjänst Norr;Bo Ek;Vårdbiträde;Gymnasial;800;Nej;;;;;",
            "\(asa);Åsbro;Hemtjänst Norr;Bo Ek;Vårdbiträde;Gymnasial;800;Nej;;;;;",
            ";Åsbro;Hemtjänst Norr;Bo Ek;Vårdbiträde;Gymnasial;800;Nej;2999-01-01;;;;",
            ";Åsbro;Hemtjänst Norr;Ny Person;Vårdbiträde;Gymnasial;800;Nej;;;;;",
        ]
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: file)
        let today = VardagBinary.today.iso
        let refused = try Spawn.run([binary, "import", "competence", file.path, "--db", db])
        XCTAssertEqual(refused.status, 65, refused.errorOutput)
        let path = file.path
        let expected: [String] = [
            "vardag: \(path): rad 2: bevis ska vara Ja, Nej eller tomt (fick ”X”)",
            "vardag: \(path): rad 3: id \(bo) hör till en medarbetare i Åsbro, inte i ”Björkby”",
            "vardag: \(path): rad 4: id \(asa) hör till en annan person än ”Bo Ek”",
            "vardag: \(path): rad 5: steg 1: datumet 2999-01-01 är efter i dag (\(today))",
            "vardag: \(path): rad 6: okänd person ”Ny Person” i Hemtjänst Norr, Åsbro; nya medarbetare läggs till med --create-missing",
            "vardag: inget lästes in (5 fel).",
        ]
        XCTAssertEqual(refused.errorOutput.split(separator: "\n").map(String.init), expected)
        let english = try Spawn.run([binary, "import", "competence", file.path, "--db", db, "--lang", "en"])
        XCTAssertEqual(english.status, 65, english.errorOutput)
        let englishLines = english.errorOutput.split(separator: "\n").map(String.init)
        XCTAssertEqual(englishLines.first, "vardag: \(file.path): line 2: Bevis must be Ja, Nej or empty (got “X”)")
        XCTAssertEqual(englishLines.last, "vardag: nothing was imported (5 problems).")
        XCTAssertTrue(englishLines.contains("vardag: \(file.path): line 6: unknown person “Ny Person” in Hemtjänst Norr, Åsbro; new staff are added with --create-missing"),
                      english.errorOutput)
        let after = try AppDatabase.open(path: db, user: "e2e")
        XCTAssertFalse(try after.competencePeople().contains { $0.isMapped })
        XCTAssertEqual(try after.auditEntries(entity: "competence_import").count, 0)
        try after.close()
    }

    /// A new hire is added with `--create-missing` (listed first by `--dry-run`, which also
    /// lists what an empty cell would clear), and a file without the optional columns keeps
    /// what they hold.
    func testCreateMissingAndDryRunListingsThroughTheBinary() throws {
        let binary = try VardagBinary.path()
        let directory = try TmuxSession.makeDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let db = directory.appendingPathComponent("db.sqlite").path
        try makeRegister(at: db)
        let full = directory.appendingPathComponent("full.csv")
        try Data(("Kommun;Enhet;Team;Namn;Titel;Utbildning;Poäng;Utbildningsår;Bevis;Övergång;Steg 1;Steg 2;Steg 3;Steg 4;Steg 5;Önskemål\n"
                  + "Åsbro;Hemtjänst Norr;;Åsa Öberg;Undersköterska;Gymnasial;1500;2012;Nej;Ja;2024-02-01;;;;;Vill gå steg 2\n"
                  + "Åsbro;Hemtjänst Norr;Grupp Ängen;Nora Ny;Vårdbiträde;Gymnasial;800;;Nej;Nej;;;;;;\n").utf8).write(to: full)
        let dry = try Spawn.run([binary, "import", "competence", full.path, "--db", db, "--create-missing", "--dry-run"])
        XCTAssertEqual(dry.status, 0, dry.errorOutput)
        XCTAssertEqual(dry.output, "Skulle läggas till: rad 3: Nora Ny i Åsbro › Hemtjänst Norr › Grupp Ängen\n"
                       + "Provkörning: 2 personer och 1 klara steg skulle läsas in; inget lagrat.\n")
        let added = try Spawn.run([binary, "import", "competence", full.path, "--db", db, "--create-missing"])
        XCTAssertEqual(added.status, 0, added.errorOutput)
        XCTAssertTrue(added.output.hasPrefix("Tillagd: rad 3: Nora Ny i Åsbro › Hemtjänst Norr › Grupp Ängen\n"), added.output)

        // Only the required columns: övergång, year and wishes stay; the empty Poäng cell clears.
        let narrow = directory.appendingPathComponent("narrow.csv")
        try Data(("Kommun;Enhet;Namn;Titel;Utbildning;Poäng;Bevis;Steg 1;Steg 2;Steg 3;Steg 4;Steg 5\n"
                  + "Åsbro;Hemtjänst Norr;Åsa Öberg;Undersköterska;Gymnasial;;Nej;2024-02-01;;;;\n").utf8).write(to: narrow)
        let listed = try Spawn.run([binary, "import", "competence", narrow.path, "--db", db, "--dry-run", "--lang", "en"])
        XCTAssertEqual(listed.status, 0, listed.errorOutput)
        let asaId = try XCTUnwrap(try { () throws -> Int64? in
            let store = try AppDatabase.open(path: db, user: "e2e")
            defer { try? store.close() }
            return try store.staff(offset: 0, limit: 10).first { $0.name == "Åsa Öberg" }?.id
        }())
        XCTAssertEqual(listed.output, "Would clear: line 2: Åsa Öberg (id \(asaId)): points “1500” → 0\n"
                       + "Dry run: 1 people and 1 completed steps would be imported; nothing stored.\n")
        XCTAssertEqual(try Spawn.run([binary, "import", "competence", narrow.path, "--db", db]).status, 0)
        let store = try AppDatabase.open(path: db, user: "e2e")
        defer { try? store.close() }
        let people = try store.competencePeople()
        let asa = try XCTUnwrap(people.first { $0.id == asaId }).mapping
        XCTAssertEqual(asa.points, 0)
        XCTAssertTrue(asa.employedOnProtectionDay)
        XCTAssertEqual(asa.educationYear, 2012)
        XCTAssertEqual(asa.wishes, "Vill gå steg 2")
        let nora = try XCTUnwrap(people.first { $0.name == "Nora Ny" })
        XCTAssertTrue(nora.isMapped)
        XCTAssertEqual(try store.auditEntries(entity: "medarbetare", entityId: nora.id).map(\.action), [.insert])
    }

    func testImportMarkStepQuitReopenAndExportShowIt() throws {
        let binary = try VardagBinary.path()
        let directory = try TmuxSession.makeDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let db = directory.appendingPathComponent("db.sqlite").path

        try makeRegister(at: db)

        // A bad file is refused with its line and nothing is stored.
        let bad = directory.appendingPathComponent("bad.csv")
        try Data(("Kommun;Enhet;Namn;Titel;Utbildning;Poäng;Bevis;Steg 1;Steg 2;Steg 3;Steg 4;Steg 5\n"
                  + "Åsbro;Hemtjänst Norr;Åsa Öberg;Undersköterska;Gymnasial;1500;Nej;2024-02-01;;;;\n"
                  + "Åsbro;Hemtjänst Norr;Okänd Person;Vårdbiträde;Gymnasial;800;Nej;;;;;\n").utf8).write(to: bad)
        let refused = try Spawn.run([binary, "import", "competence", bad.path, "--db", db])
        XCTAssertEqual(refused.status, 65, refused.errorOutput)
        XCTAssertTrue(refused.errorOutput.contains("rad 3: okänd person ”Okänd Person”"), refused.errorOutput)

        // A good file with a BOM, as Swedish Excel saves it.
        let good = directory.appendingPathComponent("hr.csv")
        try Data(("\u{FEFF}Kommun;Enhet;Namn;Titel;Utbildning;Poäng;Bevis;Övergång;Steg 1;Steg 2;Steg 3;Steg 4;Steg 5\r\n"
                  + "Åsbro;Hemtjänst Norr;Åsa Öberg;Undersköterska;Gymnasial;1500;Nej;Ja;2024-02-01;;;;\r\n"
                  + "Åsbro;Hemtjänst Norr;Bo Ek;Vårdbiträde;Gymnasial;800;Nej;Nej;;;;;\r\n").utf8).write(to: good)
        let imported = try Spawn.run([binary, "import", "competence", good.path, "--db", db])
        XCTAssertEqual(imported.status, 0, imported.errorOutput)
        XCTAssertEqual(imported.output, "Inläst: 2 personer och 1 klara steg.\n")

        // Open the grid (Kompetenstrappa opens on the unit), go to Åsa's step 2, mark it done, quit.
        let first = try TmuxSession(command: "'\(binary)' --db '\(db)'", width: 80, height: 24)
        defer { first.close() }
        try first.waitFor(text: "Kompetenstrappa")
        try first.sendKeys("4")
        try first.waitFor(text: "Åsbro › Hemtjänst Norr")
        try first.sendKeys("Down", "Right", "Right", "Right", "Enter")
        let marked = try first.waitFor(text: "Åsa Öberg: steg 2 klart")
        XCTAssertTrue(marked.contains("Åsa Öberg               Undersköterska    ✓   Ö   ✓   ✓   ✗   ✗   ✗      4/7"), marked)
        // Kunskapsspridning: r plans spreading of the step just done, S shows the unit's view.
        try first.sendKeys("r")
        try first.waitFor(text: "Kunskapsspridning: Åsa Öberg – Steg 2")
        try first.sendKeys("Enter")
        try first.waitFor(text: "Spridning planerad för Åsa Öberg.")
        try first.sendKeys("S")
        let spreading = try first.waitFor(text: "Klara steg 2 · spridda 0 (0 %) · ej hållna 1, varav 0 försenade")
        XCTAssertTrue(spreading.contains("2026-12-21 ej hållen"), spreading)
        try first.sendKeys("Escape")
        try first.waitFor(text: "Rutnät │ Gap")
        try first.sendKeys("Escape")
        try first.waitFor(text: "Välj verktyg")
        try first.sendKeys("q")
        XCTAssertEqual(try first.waitForExit(), 0)

        // Reopen: the grid shows the step.
        let second = try TmuxSession(command: "'\(binary)' --db '\(db)'", width: 120, height: 40)
        defer { second.close() }
        try second.waitFor(text: "Kompetenstrappa")
        try second.sendKeys("4")
        let grid = try second.waitFor(text: "Åsbro › Hemtjänst Norr")
        let asaLine = try XCTUnwrap(grid.split(separator: "\n").first { $0.contains("Åsa Öberg") })
        XCTAssertTrue(asaLine.hasSuffix("✓   Ö   ✓   ✓   ✗   ✗   ✗      4/7"), String(asaLine))
        try second.sendKeys("Escape")
        try second.waitFor(text: "Välj verktyg")
        try second.sendKeys("q")
        XCTAssertEqual(try second.waitForExit(), 0)

        // The gaps export no longer lists step 2 for her.
        let gaps = try Spawn.run([binary, "export", "competence", "--db", db, "--kind", "gaps"])
        XCTAssertEqual(gaps.status, 0, gaps.errorOutput)
        XCTAssertTrue(gaps.output.contains("Åsbro;Hemtjänst Norr;Åsa Öberg;Medarbetare;Undersköterska;Steg 3, Steg 4, Steg 5;Övergång,"),
                      gaps.output)
        let mapping = try Spawn.run([binary, "export", "competence", "--db", db, "--kind", "mapping"])
        XCTAssertTrue(mapping.output.contains(";2024-02-01;\(VardagBinary.today.iso);;;;"), mapping.output)
        // The spreading planned in the grid, in both formats.
        let spread = try Spawn.run([binary, "export", "competence", "--db", db, "--kind", "spreading"])
        XCTAssertEqual(spread.status, 0, spread.errorOutput)
        XCTAssertTrue(spread.output.contains("Åsbro;Hemtjänst Norr;Åsa Öberg;2;;Presentation på arbetsplatsträff;;Teamet (Grupp Ängen);2026-12-21;;;Nej;"),
                      spread.output)
        let json = try Spawn.run([binary, "export", "competence", "--db", db, "--kind", "spreading", "--format", "json"])
        XCTAssertTrue(json.output.contains("\"Planerad\" : \"2026-12-21\""), json.output)
    }

    /// The Bevis tab in the real binary at 80x24 (Shift-Tab twice from the grid): Ali Berg, hired
    /// in 2024 without the certificate, first with "saknar rätt", then Åsa Öberg with the
    /// days left of the transition; `export competence --kind certificate` gives the same.
    func testCertificateTabAndExportThroughTheBinary() throws {
        let binary = try VardagBinary.path()
        let directory = try TmuxSession.makeDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let db = directory.appendingPathComponent("db.sqlite").path
        try makeRegister(at: db)
        let store = try AppDatabase.open(path: db, user: "e2e")
        let teamId = try XCTUnwrap(try store.staff(offset: 0, limit: 10).first).teamId
        _ = try store.addMedarbetare(MedarbetareDraft(teamId: teamId, name: "Ali Berg", title: "Undersköterska", role: .medarbetare, startDate: "2024-05-01"))
        try store.close()
        let hr = directory.appendingPathComponent("hr.csv")
        try Data(("Kommun;Enhet;Namn;Titel;Utbildning;Poäng;Bevis;Övergång;Steg 1;Steg 2;Steg 3;Steg 4;Steg 5\n"
                  + "Åsbro;Hemtjänst Norr;Åsa Öberg;Undersköterska;Gymnasial;1500;Nej;Ja;;;;;\n").utf8).write(to: hr)
        XCTAssertEqual(try Spawn.run([binary, "import", "competence", hr.path, "--db", db]).status, 0)
        let days = VardagBinary.today.days(to: ProtectedTitleRule.transitionEnds)

        let session = try TmuxSession(command: "'\(binary)' --db '\(db)'", width: 80, height: 24)
        defer { session.close() }
        try session.waitFor(text: "Kompetenstrappa")
        try session.sendKeys("4")
        try session.waitFor(text: "Åsbro › Hemtjänst Norr")
        try session.sendKeys("BTab", "BTab")
        let screen = try session.waitFor(text: "2 utan bevis, 1 utan övergångsrätt")
        let lines = screen.split(separator: "\n").map(String.init)
        let ali = try XCTUnwrap(lines.firstIndex { $0.contains("Ali Berg") }, screen)
        let asa = try XCTUnwrap(lines.firstIndex { $0.contains("Åsa Öberg") }, screen)
        XCTAssertLessThan(ali, asa, screen)
        XCTAssertTrue(lines[ali].hasSuffix("saknar rätt"), screen)
        XCTAssertTrue(lines[asa].hasSuffix(String(days)), screen)
        try session.sendKeys("Escape")
        try session.waitFor(text: "Välj verktyg")
        try session.sendKeys("q")
        XCTAssertEqual(try session.waitForExit(), 0)

        let export = try Spawn.run([binary, "export", "competence", "--db", db, "--kind", "certificate"])
        XCTAssertEqual(export.status, 0, export.errorOutput)
        let rows = export.output.split(separator: "\r\n").map(String.init)
        XCTAssertEqual(Array(rows.dropFirst()), [
            "Åsbro;Hemtjänst Norr;Ali Berg;Medarbetare;Undersköterska;Nej;;Saknar bevis och övergångsrätt",
            "Åsbro;Hemtjänst Norr;Åsa Öberg;Medarbetare;Undersköterska;Ja;\(days);Övergång",
        ], export.output)
    }
}
