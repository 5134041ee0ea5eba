import Foundation
import TestSupport
import VardagDomain
import VardagStore
import XCTest

/// The real `vardag` binary: import a small competence CSV, open the grid for the unit in
/// tmux, mark a step done for "Åsa Öberg", quit, reopen, and see it in the grid and in
/// the gaps export.
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
        XCTAssertTrue(mapping.output.contains(";2024-02-01;\(LocalDate.today().iso);;;;"), mapping.output)
    }
}
