import Foundation
import TestSupport
import VardagDomain
import VardagStore
import XCTest
#if canImport(Glibc)
import Glibc
#endif

/// Fyrfältaren end to end: the real binary in tmux rates three cases for Åsa Öberg; after
/// quitting and reopening, the grid, the talk's agenda and `vardag export workload` show them.
final class WorkloadEndToEndTests: XCTestCase {
    private func q(_ text: String) -> String { "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'" }

    func testRateThreeCasesQuitReopenAndExport() throws {
        let binary = try VardagBinary.path()
        let directory = try TmuxSession.makeDirectory()
        let db = directory.appendingPathComponent("db.sqlite").path
        // The register first, through the store: the demo may not contain her.
        let store = try AppDatabase.open(path: db, user: "e2e")
        let kommun = try store.addKommun(name: "Helsingborg")
        let enhet = try store.addEnhet(kommunId: kommun.id, name: "IFO Vuxen", omrade: .ifo)
        let team = try store.addTeam(enhetId: enhet.id, name: "Försörjningsstöd")
        _ = try store.addMedarbetare(MedarbetareDraft(
            teamId: team.id, name: "Åsa Öberg", title: "Socialsekreterare", role: .medarbetare, startDate: "2020-02-01"))
        try store.close()

        let first = try TmuxSession(command: "\(q(binary)) --db \(q(db))", width: 80, height: 24, directory: directory)
        try first.waitFor(text: "Välj verktyg")
        try first.sendKeys("1")
        try first.waitFor(text: "Försörjningsstöd")
        try first.sendKeys("Enter")
        try first.waitFor(text: "Åsa Öberg")
        try first.sendKeys("Enter")
        try first.waitFor(text: "Fyrfält: Åsa Öberg")
        for (reference, time, difficulty) in [("Ärende 14", 4, 2), ("Ärende 3", 1, 1), ("Ärende 7", 5, 5)] {
            try first.sendKeys("a")
            try first.waitFor(text: "aldrig brukarens namn")
            try first.type(reference)
            try first.sendKeys("Tab", "Tab")
            try first.type(String(time))
            try first.sendKeys("Tab")
            try first.type(String(difficulty))
            try first.sendKeys("Enter")
            try first.waitFor(text: "\(reference)  \(time)×\(difficulty)")
        }
        try first.sendKeys("4")
        try first.waitFor(text: "helhet 4/5")
        // Each Esc goes back one screen: the title row then ends with the screen below's name
        // (waited for, as the screen's name is in the title row before Esc too).
        for below in ["Översikt: Försörjningsstöd", "Fyrfältaren"] {
            try first.sendKeys("Escape")
            try first.waitForRows(description: "the title row ending in \(below)") { rows, _ in
                rows.first.map { $0.hasSuffix("› \(below)") } == true ? true : nil
            }
        }
        try first.sendKeys("Escape")
        try first.waitFor(text: "Välj verktyg")
        try first.sendKeys("q")
        XCTAssertEqual(try first.waitForExit(), 0)

        let reopenDirectory = try TmuxSession.makeDirectory()
        let second = try TmuxSession(command: "\(q(binary)) --db \(q(db))", width: 120, height: 40, directory: reopenDirectory)
        defer { second.close(); first.close() }
        try second.waitFor(text: "Välj verktyg")
        try second.sendKeys("1")
        try second.waitFor(text: "Försörjningsstöd")
        try second.sendKeys("Enter")
        let overview = try second.waitFor(text: "Åsa Öberg")
        let row = overview.split(separator: "\n").first { $0.contains("Åsa Öberg") }.map(String.init) ?? ""
        XCTAssertEqual(row.split(separator: " ").filter { !$0.isEmpty }.dropFirst(3).prefix(6).map(String.init),
                       ["1", "1", "0", "1", "34", "4"], "lätt, tidskrävande, svår, tung, load 4×2+1×1+5×5, overall")
        try second.sendKeys("Enter")
        // The whole grid, not only its first case (once in four runs under load the wait
        // returned before the other quadrants were drawn).
        let grid = try second.waitForRows(description: "the three cases and the overall rating") { rows, _ in
            let text = rows.joined(separator: "\n")
            return ["Ärende 7  5×5", "Ärende 14  4×2", "Ärende 3  1×1", "helhet 4/5"].allSatisfy(text.contains) ? text : nil
        }
        XCTAssertTrue(grid.contains("Ärende 14  4×2"), grid)
        XCTAssertTrue(grid.contains("Ärende 3  1×1"), grid)
        XCTAssertTrue(grid.contains("Tung · 1"), grid)
        XCTAssertTrue(grid.contains("Tidskrävande · 1"), grid)
        XCTAssertTrue(grid.contains("Lätt · 1"), grid)
        XCTAssertTrue(grid.contains("helhet 4/5"), grid)
        // A decision made in the grid is on the talk's agenda (a in the overview) at once.
        try second.sendKeys("b")
        try second.waitFor(text: "Beslut om Ärende 7")
        try second.sendKeys("Enter")
        try second.waitForRows(description: "the decision form closed") { rows, _ in
            rows.contains { $0.contains("Beslut om Ärende 7") } ? nil : true
        }
        try second.sendKeys("Escape")
        try second.waitForRows(description: "the overview") { rows, _ in
            rows.first.map { $0.hasSuffix("› Översikt: Försörjningsstöd") } == true ? true : nil
        }
        try second.sendKeys("a")
        let agenda = try second.waitFor(text: "Samtalet: Försörjningsstöd")
        let line = agenda.split(separator: "\n").first { $0.contains("Ärende 7") }.map(String.init) ?? ""
        XCTAssertTrue(line.contains("prioritera") && line.contains("Åsa Öberg"), agenda)
        XCTAssertTrue(agenda.contains("1 öppna beslut"), agenda)

        let export = try Spawn.run([binary, "export", "workload", "--db", db, "--format", "json"])
        XCTAssertEqual(export.status, 0, export.errorOutput)
        let rows = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(export.output.utf8)) as? [[String: Any]])
        XCTAssertEqual(rows.count, 3)
        let byCase = Dictionary(uniqueKeysWithValues: rows.map { ($0["arende"] as? String ?? "", $0) })
        XCTAssertEqual(byCase["Ärende 14"]?["tid"] as? Int, 4)
        XCTAssertEqual(byCase["Ärende 14"]?["svarighet"] as? Int, 2)
        XCTAssertEqual(byCase["Ärende 14"]?["falt"] as? String, "tidskrävande")
        XCTAssertEqual(byCase["Ärende 7"]?["falt"] as? String, "tung")
        XCTAssertEqual(byCase["Ärende 3"]?["medarbetare"] as? String, "Åsa Öberg")
        XCTAssertEqual(byCase["Ärende 3"]?["team"] as? String, "Försörjningsstöd")
        XCTAssertEqual(byCase["Ärende 3"]?["period"] as? String, IsoWeek(containing: VardagBinary.today).description)
        // Her overall self-rating and her period's load on each of her rows.
        XCTAssertEqual(rows.map { $0["helhet"] as? Int }, [4, 4, 4])
        XCTAssertEqual(rows.map { $0["belastning"] as? Int }, [34, 34, 34])
        let csv = try Spawn.run([binary, "export", "workload", "--db", db])
        XCTAssertEqual(csv.status, 0, csv.errorOutput)
        XCTAssertTrue(csv.output.contains(";Beslut tid;Helhet;Belastning\r\n"), csv.output)
        XCTAssertTrue(csv.output.contains(";4;34\r\n"), csv.output)

        let bad = try Spawn.run([binary, "export", "workload", "--db", db, "--from", "2026-W99"])
        XCTAssertEqual(bad.status, 64, "a bad --from is a bad argument (EX_USAGE), not \"no terminal\"")
        XCTAssertEqual(bad.errorOutput.split(separator: "\n").count, 1, bad.errorOutput)
    }

    func testExportRefusesATeamNameSeveralKommunerHaveAndKommunNarrowsIt() throws {
        let binary = try VardagBinary.path()
        let directory = try TmuxSession.makeDirectory()
        let db = directory.appendingPathComponent("db.sqlite").path
        let store = try AppDatabase.open(path: db, user: "e2e")
        let today = VardagBinary.today
        let week = WorkloadPeriod(containing: today, kind: .week)
        for kommunName in ["Åsbro", "Lönnfors", "Östervik"] {
            let kommun = try store.addKommun(name: kommunName)
            let enhet = try store.addEnhet(kommunId: kommun.id, name: "IFO", omrade: .ifo)
            let team = try store.addTeam(enhetId: enhet.id, name: "Mottagning")
            let person = try store.addMedarbetare(MedarbetareDraft(
                teamId: team.id, name: "Handläggare \(kommunName)", title: "Socialsekreterare", role: .medarbetare, startDate: "2020-02-01"))
            try store.addCase(medarbetareId: person.id, period: week, draft: CaseDraft(reference: "Ärende 1", time: "2", difficulty: "2"),
                              today: today)
        }
        try store.close()

        let ambiguous = try Spawn.run([binary, "export", "workload", "--db", db, "--team", "mottagning", "--format", "json"])
        XCTAssertEqual(ambiguous.status, 64)
        XCTAssertEqual(ambiguous.output, "", "nothing is exported")
        XCTAssertEqual(ambiguous.errorOutput.split(separator: "\n").count, 1, ambiguous.errorOutput)
        XCTAssertTrue(ambiguous.errorOutput.hasPrefix("vardag: 3 team heter 'mottagning'; inget exporterades."), ambiguous.errorOutput)
        for place in ["Åsbro › IFO › Mottagning", "Lönnfors › IFO › Mottagning", "Östervik › IFO › Mottagning"] {
            XCTAssertTrue(ambiguous.errorOutput.contains(place), ambiguous.errorOutput)
        }
        let english = try Spawn.run([binary, "export", "timediary", "--db", db, "--team", "Mottagning", "--lang", "en"])
        XCTAssertEqual(english.status, 64)
        XCTAssertTrue(english.errorOutput.hasPrefix("vardag: 3 teams are called 'Mottagning'"), english.errorOutput)

        let narrowed = try Spawn.run([binary, "export", "workload", "--db", db, "--team", "Mottagning", "--kommun", "lönnfors", "--format", "json"])
        XCTAssertEqual(narrowed.status, 0, narrowed.errorOutput)
        let rows = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(narrowed.output.utf8)) as? [[String: Any]])
        XCTAssertEqual(rows.map { $0["kommun"] as? String }, ["Lönnfors"])

        let nowhere = try Spawn.run([binary, "export", "workload", "--db", db, "--team", "Mottagning", "--kommun", "Ingenstans"])
        XCTAssertEqual(nowhere.status, 64)
        XCTAssertEqual(nowhere.errorOutput, "vardag: teamet 'Mottagning' finns inte i Ingenstans.\n")
        let kommunAlone = try Spawn.run([binary, "export", "workload", "--db", db, "--kommun", "Åsbro"])
        XCTAssertEqual(kommunAlone.status, 64, kommunAlone.errorOutput)
    }

    func testEveryKeyIsStoredAtOnceAndSurvivesSIGKILL() throws {
        let binary = try VardagBinary.path()
        let directory = try TmuxSession.makeDirectory()
        let db = directory.appendingPathComponent("db.sqlite").path
        let store = try AppDatabase.open(path: db, user: "e2e")
        let kommun = try store.addKommun(name: "Helsingborg")
        let enhet = try store.addEnhet(kommunId: kommun.id, name: "IFO Vuxen", omrade: .ifo)
        let team = try store.addTeam(enhetId: enhet.id, name: "Försörjningsstöd")
        let asa = try store.addMedarbetare(MedarbetareDraft(
            teamId: team.id, name: "Åsa Öberg", title: "Socialsekreterare", role: .medarbetare, startDate: "2020-02-01"))
        let week = WorkloadPeriod(containing: VardagBinary.today, kind: .week)
        try store.addCase(medarbetareId: asa.id, period: week, draft: CaseDraft(reference: "Ärende 1", time: "2", difficulty: "2"),
                          today: VardagBinary.today)
        try store.close()

        let tmux = try TmuxSession(command: "\(q(binary)) --db \(q(db))", width: 80, height: 24, directory: directory)
        defer { tmux.close() }
        try tmux.waitFor(text: "Välj verktyg")
        try tmux.sendKeys("1")
        try tmux.waitFor(text: "Försörjningsstöd")
        try tmux.sendKeys("Enter")
        try tmux.waitFor(text: "Åsa Öberg")
        try tmux.sendKeys("Enter")
        try tmux.waitFor(text: "Ärende 1  2×2")
        try tmux.sendKeys("t", "t")
        try tmux.waitFor(text: "Ärende 1  4×2")
        try tmux.sendKeys("5")
        try tmux.waitFor(text: "helhet 5/5")
        try tmux.signal(SIGKILL, toProcessNamed: "vardag")
        try tmux.waitFor(text: TmuxSession.endMarker)

        let reopened = try AppDatabase.open(path: db, user: "e2e")
        defer { try? reopened.close() }
        XCTAssertEqual(try reopened.integrityCheck(), ["ok"])
        let grid = try XCTUnwrap(reopened.workloadGrid(medarbetareId: asa.id, period: week))
        XCTAssertEqual(grid.cases.first?.time, 4)
        XCTAssertEqual(grid.overall, 5)
        XCTAssertEqual(try reopened.auditEntries(entity: "workload_rating").first?.after?["time"], .integer(4))
    }
}
