import TerminalKit
import TestSupport
import VardagDomain
import VardagStore
import XCTest
@testable import VardagApp

final class CompetenceScreenTests: XCTestCase {
    /// Two kommuner; Åsbro's Hemtjänst Norr has a chef, three undersköterskor (one on the
    /// transition), one vårdbiträde; Lönnfors has six people so its groups are shown.
    static func seed(_ store: AppDatabase) throws {
        let date = { (text: String) in try LocalDate.parse(text) }
        let asbro = try store.addKommun(name: "Åsbro")
        let norr = try store.addEnhet(kommunId: asbro.id, name: "Hemtjänst Norr", omrade: .vardOchOmsorg)
        let team = try store.addTeam(enhetId: norr.id, name: "Grupp Ängen")
        func add(_ teamId: Int64, _ name: String, _ title: String, _ role: MedarbetarRoll = .medarbetare, _ start: String = "2015-03-01") throws -> Int64 {
            try store.addMedarbetare(MedarbetareDraft(teamId: teamId, name: name, title: title, role: role, startDate: start)).id
        }
        let usk = try XCTUnwrap(try store.competenceTitles().first { $0.name == "Undersköterska" })
        let chef = try add(team.id, "Öjvind Ström", "Enhetschef", .chef, "2010-01-01")
        let asa = try add(team.id, "Åsa Öberg", "Undersköterska")
        let bo = try add(team.id, "Bo Ek", "Vårdbiträde", .medarbetare, "2024-03-01")
        let maria = try add(team.id, "Maria Lind", "Undersköterska")
        try store.saveCompetenceMapping(CompetenceMapping(
            medarbetareId: asa, titleId: usk.id, educationKind: .gymnasial, points: 1500, certificate: false,
            employedOnProtectionDay: true, completions: [StepCompletion(step: 1, date: try date("2024-02-01"))]))
        try store.saveCompetenceMapping(CompetenceMapping(
            medarbetareId: maria, titleId: usk.id, educationKind: .gymnasial, points: 1200, certificate: true,
            completions: [StepCompletion(step: 1, date: try date("2023-02-01")), StepCompletion(step: 2, date: try date("2024-02-01"))]))
        try store.markCompetenceStepDone(medarbetareId: bo, step: 1, date: try date("2025-05-05"))
        try store.addCompetencePlanItem(medarbetareId: chef, step: 1, course: "", targetDate: try date("2026-10-31"))
        try store.addCompetencePlanItem(medarbetareId: asa, step: 2, course: "", targetDate: try date("2027-03-31"))
        try store.addCompetencePlanItem(medarbetareId: bo, step: nil, course: "Brandskydd", targetDate: try date("2027-01-15"))
        let lonnfors = try store.addKommun(name: "Lönnfors")
        let soder = try store.addEnhet(kommunId: lonnfors.id, name: "Hemtjänst Söder", omrade: .vardOchOmsorg)
        let grupp = try store.addTeam(enhetId: soder.id, name: "Grupp Åsen")
        for (index, name) in ["Anna Berg", "Cecilia Dahl", "David Falk", "Elin Gran", "Fatima Hed", "Gustav Holm"].enumerated() {
            let id = try add(grupp.id, name, "Undersköterska")
            if index < 4 { try store.markCompetenceStepDone(medarbetareId: id, step: 1, date: try date("2025-01-10")) }
        }
    }

    private func openTool(width: Int = 80, height: Int = 24, language: Language = .sv) throws -> AppHarness {
        let app = try AppHarness(width: width, height: height, language: language, seed: Self.seed)
        app.open(.competence)
        return app
    }

    func testGridAt80x24() throws {
        let app = try openTool()
        app.press(.char("u"))
        assertScreen(app, [
            " Vardag › Kompetenstrappa",
            "  Rutnät │ Gap │ Plan │ Jämförelse │ Titlar │ Trappor │ Bevis │ Utveckling",
            "",
            " Åsbro › Hemtjänst Norr (Vård och omsorg) · 4 av 4 personer",
            "",
            " Namn och titel                             Utb Bev S1  S2  S3  S4  S5    Klart",
            " > ★ Öjvind Ström          Enhetschef        ✗   ·   P   ✗   ✗   ✗   ✗      0/6",
            "   Bo Ek                   Vårdbiträde       ✗   ·   ✓   ✗   ✗   ✗   ✗      1/6",
            "   Maria Lind              Undersköterska    ✗   ✓   ✓   ✓   ✗   ✗   ✗      3/7",
            "   Åsa Öberg               Undersköterska    ✓   Ö   ✓   P   ✗   ✗   ✗      3/7",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "   Klara per kolumn                          1   2   3   1   0   0   0",
            " ✓ klart  P planerat  ✗ saknas  Ö övergång  · ej aktuellt  ★ chef",
        ])
    }

    func testGridAt120x40() throws {
        let app = try openTool(width: 120, height: 40)
        app.press(.char("u"))
        assertScreen(app, [
            " Vardag › Kompetenstrappa",
            "  Rutnät │ Gap │ Plan │ Jämförelse │ Titlar │ Trappor │ Bevis │ Utveckling",
            "",
            " Åsbro › Hemtjänst Norr (Vård och omsorg) · 4 av 4 personer",
            "",
            " Namn och titel                                                                     Utb Bev S1  S2  S3  S4  S5    Klart",
            " > ★ Öjvind Ström                                  Enhetschef                        ✗   ·   P   ✗   ✗   ✗   ✗      0/6",
            "   Bo Ek                                           Vårdbiträde                       ✗   ·   ✓   ✗   ✗   ✗   ✗      1/6",
            "   Maria Lind                                      Undersköterska                    ✗   ✓   ✓   ✓   ✗   ✗   ✗      3/7",
            "   Åsa Öberg                                       Undersköterska                    ✓   Ö   ✓   P   ✗   ✗   ✗      3/7",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "   Klara per kolumn                                                                  1   2   3   1   0   0   0",
            " ✓ klart  P planerat  ✗ saknas  Ö övergång  · ej aktuellt  ★ chef",
        ])
    }

    func testGapsAt80x24() throws {
        let app = try openTool()
        app.press(.char("u"), .tab)
        assertScreen(app, [
            " Vardag › Kompetenstrappa",
            "  Rutnät │ Gap │ Plan │ Jämförelse │ Titlar │ Trappor │ Bevis │ Utveckling",
            "",
            " Åsbro › Hemtjänst Norr (Vård och omsorg) · 4 av 4 har gap · chefer först",
            "",
            "   Yrkesgrupp                   Antal   Utb   Bev    S1    S2    S3    S4    S5",
            "   Undersköterska                   2     1     ·     ·     1     2     2     2",
            "   Enhetschef                       1     1     ·     1     1     1     1     1",
            "   Vårdbiträde                      1     1     ·     ·     1     1     1     1",
            "",
            "",
            "   Namn               Roll        Titel        Saknas",
            " > Öjvind Ström       Chef        Enhetschef   utbildning, steg 1 (planerat), …",
            "   Bo Ek              Medarbetare Vårdbiträde  utbildning, steg 2, steg 3, ste…",
            "   Maria Lind         Medarbetare Undersköter… utbildning, steg 3, steg 4, ste…",
            "   Åsa Öberg          Medarbetare Undersköter… steg 2 (planerat), steg 3, steg…",
            "",
            "",
            "",
            "",
            "",
            "",
        ])
    }

    func testGapsAt120x40() throws {
        let app = try openTool(width: 120, height: 40)
        app.press(.char("u"), .tab)
        assertScreen(app, [
            " Vardag › Kompetenstrappa",
            "  Rutnät │ Gap │ Plan │ Jämförelse │ Titlar │ Trappor │ Bevis │ Utveckling",
            "",
            " Åsbro › Hemtjänst Norr (Vård och omsorg) · 4 av 4 har gap · chefer först",
            "",
            "   Yrkesgrupp                                                           Antal   Utb   Bev    S1    S2    S3    S4    S5",
            "   Undersköterska                                                           2     1     ·     ·     1     2     2     2",
            "   Enhetschef                                                               1     1     ·     1     1     1     1     1",
            "   Vårdbiträde                                                              1     1     ·     ·     1     1     1     1",
            "",
            "",
            "",
            "",
            "   Namn                           Roll        Titel                Saknas",
            " > Öjvind Ström                   Chef        Enhetschef           utbildning, steg 1 (planerat), steg 2, steg 3, steg…",
            "   Bo Ek                          Medarbetare Vårdbiträde          utbildning, steg 2, steg 3, steg 4, steg 5",
            "   Maria Lind                     Medarbetare Undersköterska       utbildning, steg 3, steg 4, steg 5",
            "   Åsa Öberg                      Medarbetare Undersköterska       steg 2 (planerat), steg 3, steg 4, steg 5; övergång…",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
        ])
    }

    func testPlanAt80x24() throws {
        let app = try openTool()
        app.press(.char("u"), .tab, .tab)
        assertScreen(app, [
            " Vardag › Kompetenstrappa",
            "  Rutnät │ Gap │ Plan │ Jämförelse │ Titlar │ Trappor │ Bevis │ Utveckling",
            "",
            " Åsbro › Hemtjänst Norr (Vård och omsorg)",
            "",
            "   Kvartal  Namn           Steg eller kurs     Måldatum     Kostnad Status",
            " > 2026-K4  Öjvind Ström   Steg 1: Introdukti… 2026-10-31           Försenad ·…",
            "   2027-K1  Bo Ek          Brandskydd          2027-01-15           Planerad",
            "            Åsa Öberg      Steg 2: Rehabilite… 2027-03-31           Planerad",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "   Kvartal       Poster        Kostnad Saknas",
            "   2026-K4            1              – 1 utan kostnad",
            "   2027-K1            2              – 2 utan kostnad",
            "   Hela enheten       3              – 3 utan kostnad",
        ])
    }

    func testPlanAt120x40() throws {
        let app = try openTool(width: 120, height: 40)
        app.press(.char("u"), .tab, .tab)
        assertScreen(app, [
            " Vardag › Kompetenstrappa",
            "  Rutnät │ Gap │ Plan │ Jämförelse │ Titlar │ Trappor │ Bevis │ Utveckling",
            "",
            " Åsbro › Hemtjänst Norr (Vård och omsorg)",
            "",
            "   Kvartal  Namn                         Steg eller kurs                       Måldatum     Kostnad Status",
            " > 2026-K4  Öjvind Ström                 Steg 1: Introduktion och värdegrund   2026-10-31           Försenad · Planerad",
            "   2027-K1  Bo Ek                        Brandskydd                            2027-01-15           Planerad",
            "            Åsa Öberg                    Steg 2: Rehabiliterande arbetssätt    2027-03-31           Planerad",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "   Kvartal       Poster        Kostnad Saknas",
            "   2026-K4            1              – 1 utan kostnad",
            "   2027-K1            2              – 2 utan kostnad",
            "   Hela enheten       3              – 3 utan kostnad",
        ])
    }

    func testComparisonAt80x24() throws {
        let app = try openTool()
        app.press(.tab, .tab, .tab, .down, .down, .down, .down, .down)
        assertScreen(app, [
            " Vardag › Kompetenstrappa",
            "  Rutnät │ Gap │ Plan │ Jämförelse │ Titlar │ Trappor │ Bevis │ Utveckling",
            "",
            " 2 kommuner · grupper under 5 visas som –, små antal som ”för få”",
            "",
            "   Kriterium                    Lönnfors      Åsbro     Totalt",
            "   Enhetschef: utbildning              –          –          –",
            "   Undersköterska: utbildning        0 %          –          –",
            "   Vårdbiträde: utbildning             –          –          –",
            "   Vård och omsorg steg 1         för få          –          –",
            "   Vård och omsorg steg 2            0 %          –          –",
            " > Vård och omsorg steg 3            0 %          –          –",
            "   Vård och omsorg steg 4            0 %          –          –",
            "   Vård och omsorg steg 5            0 %          –          –",
            "   Klara steg som spridits             –          –        0 %",
            "",
            "",
            "",
            "",
            " Andel som uppfyller: Vård och omsorg steg 3",
            " Lönnfors  0 %",
            " Åsbro     –",
        ])
    }

    func testComparisonChartOfFourteenKommunerScrollsWithMarksAt80x24() throws {
        let names = ["Bengtsfors", "Dals-Ed", "Färgelanda", "Lysekil", "Mellerud", "Munkedal", "Orust", "Sotenäs",
                     "Strömstad", "Tanum", "Trollhättan", "Uddevalla"]
        let app = try AppHarness(seed: { store in
            try Self.seed(store)
            for name in names { _ = try store.addKommun(name: name) }
        })
        app.open(.competence)
        app.press(.tab, .tab, .tab)
        let chartTitle = try XCTUnwrap(app.lines.firstIndex { $0.hasPrefix(" Andel som uppfyller:") }, linesDiff(app.lines, []))
        XCTAssertTrue(app.lines[chartTitle].hasSuffix("· kommun 1–7 av 14  →"), app.lines[chartTitle])
        XCTAssertTrue(app.lines[chartTitle + 1].hasPrefix(" Bengtsfors"), app.lines[chartTitle + 1])
        for _ in 0..<20 { app.press(.right) }
        XCTAssertTrue(app.lines[chartTitle].hasSuffix("· kommun 8–14 av 14 ←"), app.lines[chartTitle])
        XCTAssertTrue(app.lines[chartTitle + 7].hasPrefix(" Åsbro"), "the last kommun is reachable: \(app.lines[chartTitle + 7])")
    }

    func testComparisonAt120x40() throws {
        let app = try openTool(width: 120, height: 40)
        app.press(.tab, .tab, .tab)
        assertScreen(app, [
            " Vardag › Kompetenstrappa",
            "  Rutnät │ Gap │ Plan │ Jämförelse │ Titlar │ Trappor │ Bevis │ Utveckling",
            "",
            " 2 kommuner · grupper under 5 visas som –, små antal som ”för få”",
            "",
            "   Kriterium                        Lönnfors      Åsbro     Totalt",
            " > Enhetschef: utbildning                  –          –          –",
            "   Undersköterska: utbildning            0 %          –          –",
            "   Vårdbiträde: utbildning                 –          –          –",
            "   Vård och omsorg steg 1             för få          –          –",
            "   Vård och omsorg steg 2                0 %          –          –",
            "   Vård och omsorg steg 3                0 %          –          –",
            "   Vård och omsorg steg 4                0 %          –          –",
            "   Vård och omsorg steg 5                0 %          –          –",
            "   Klara steg som spridits                 –          –        0 %",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            " Andel som uppfyller: Enhetschef: utbildning",
            " Lönnfors  –",
            " Åsbro     –",
        ])
    }

    func testMarkingAStepDoneForÅsaIsStoredAndShown() throws {
        let app = try openTool()
        app.press(.char("u"), .down, .down, .down, .right, .right, .right, .enter)
        XCTAssertEqual(app.lines[9], " > Åsa Öberg               Undersköterska    ✓   Ö   ✓   ✓   ✗   ✗   ✗      4/7")
        XCTAssertTrue(app.statusLine.hasPrefix("Åsa Öberg: steg 2 klart 2026-11-23."), app.statusLine)
        let asa = try XCTUnwrap(try app.store.competencePeople().first { $0.name == "Åsa Öberg" })
        XCTAssertEqual(asa.mapping.completions.map(\.step), [1, 2])
        XCTAssertEqual(try app.store.competencePlanItems(medarbetareId: asa.id).first?.status, .klar)
        app.press(.enter, .char("j"))
        XCTAssertEqual(try app.store.competencePeople().first { $0.name == "Åsa Öberg" }?.mapping.completions.map(\.step), [1])
    }

    func testEnterOnACompletedStepAsksBeforeRemovingIt() throws {
        let app = try openTool()
        let audits = try app.store.auditCount()
        let maria = { try XCTUnwrap(try app.store.competencePeople().first { $0.name == "Maria Lind" }) }
        // Maria Lind's step 2 was done 2024-02-01.
        app.press(.char("u"), .down, .down, .right, .right, .right, .enter)
        XCTAssertTrue(app.lines.contains { $0.contains("Ta bort klarmarkeringen") }, linesDiff(app.lines, []))
        XCTAssertEqual(app.lines[10], "          │ Maria Lind: steg 2 är markerat klart 2024-02-01. Ta bort │")
        XCTAssertEqual(app.lines[11], "          │ markeringen? (j/n)                                       │")
        XCTAssertEqual(app.lines[13], "          │                     [ Ja ]   [ Nej ]                     │")
        XCTAssertTrue(app.hintLine.hasPrefix("j ta bort markeringen  n/Esc behåll markeringen"), app.hintLine)
        XCTAssertEqual(try maria().mapping.completions.map(\.step), [1, 2], "nothing is removed while asking")
        app.press(.char("n"))
        XCTAssertEqual(try maria().mapping.completions.map(\.step), [1, 2])
        XCTAssertEqual(app.lines[8], " > Maria Lind              Undersköterska    ✗   ✓   ✓   ✓   ✗   ✗   ✗      3/7")
        app.press(.enter, .escape)
        XCTAssertEqual(try maria().mapping.completions.map(\.step), [1, 2], "Esc keeps the mark")
        XCTAssertEqual(app.lines[0], " Vardag › Kompetenstrappa", "Esc closes the question, not the screen")
        XCTAssertEqual(try app.store.auditCount(), audits)
        app.press(.enter, .char("j"))
        XCTAssertEqual(try maria().mapping.completions.map(\.step), [1])
        XCTAssertEqual(app.lines[8], " > Maria Lind              Undersköterska    ✗   ✓   ✓   ✗   ✗   ✗   ✗      2/7")
        XCTAssertTrue(app.statusLine.hasPrefix("Maria Lind: steg 2 är inte längre markerat klart."), app.statusLine)
        XCTAssertEqual(try app.store.auditCount(), audits + 1)
    }

    func testEscOnAnEditedFormAsksAndOnAnUntouchedFormCloses() throws {
        let app = try openTool()
        app.press(.char("u"), .tab, .tab, .char("n"))
        app.press(.escape)
        XCTAssertFalse(app.lines.contains { $0.contains("Ny planpost") }, "an untouched form closes at once")
        app.press(.char("n"), .tab)
        app.type("Brand")
        app.press(.escape)
        XCTAssertTrue(app.lines.contains { $0.contains("Kasta ändringarna? (j/n)") }, linesDiff(app.lines, []))
        app.press(.char("n"))
        XCTAssertTrue(app.lines.contains { $0.contains("Kurs") && $0.contains("Brand") }, linesDiff(app.lines, []))
        app.type("skydd")
        XCTAssertTrue(app.lines.contains { $0.contains("Brandskydd") }, "the form takes typing again")
        app.press(.escape, .char("j"))
        XCTAssertFalse(app.lines.contains { $0.contains("Ny planpost") }, linesDiff(app.lines, []))
        XCTAssertEqual(try app.store.competencePlanItems().count, 3, "nothing stored")
    }

    func testStepOutOfOrderShowsTheRuleAndValideringIsAllowed() throws {
        let app = try openTool()
        app.press(.char("u"), .down, .right, .right, .right, .right, .enter)
        XCTAssertTrue(app.statusLine.hasPrefix("Steg 2 måste vara klart först (v: validering)."), app.statusLine)
        XCTAssertEqual(app.lines[7], " > Bo Ek                   Vårdbiträde       ✗   ·   ✓   ✗   ✗   ✗   ✗      1/6")
        app.press(.char("v"))
        XCTAssertEqual(app.lines[7], " > Bo Ek                   Vårdbiträde       ✗   ·   ✓   ✗   ✓   ✗   ✗      2/6")
    }

    func testPlanKeyPlansAMissingStepForTheEndOfNextQuarter() throws {
        let app = try openTool()
        app.press(.char("u"), .down, .right, .right, .right, .right, .right, .char("p"))
        XCTAssertTrue(app.statusLine.hasPrefix("Bo Ek: steg 4 planerat till 2027-03-31."), app.statusLine)
        XCTAssertEqual(app.lines[7], " > Bo Ek                   Vårdbiträde       ✗   ·   ✓   ✗   ✗   P   ✗      1/6")
    }

    func testFiltersByManagerAndTitle() throws {
        let app = try openTool(width: 120, height: 40)
        app.press(.char("u"), .char("c"))
        XCTAssertEqual(app.lines[3], " Åsbro › Hemtjänst Norr (Vård och omsorg) · 1 av 4 personer · bara chefer")
        app.press(.char("c"))
        XCTAssertEqual(app.lines[3], " Åsbro › Hemtjänst Norr (Vård och omsorg) · 3 av 4 personer · utom chefer")
        app.press(.char("c"), .char("t"))
        XCTAssertEqual(app.lines[3], " Åsbro › Hemtjänst Norr (Vård och omsorg) · 1 av 4 personer · titel: Enhetschef")
        app.press(.char("t"))
        XCTAssertEqual(app.lines[3], " Åsbro › Hemtjänst Norr (Vård och omsorg) · 2 av 4 personer · titel: Undersköterska")
        XCTAssertTrue(app.lines[6].contains("Maria Lind"), app.lines[6])
    }

    func testPlanFormShowsTheDateErrorAtTheField() throws {
        let app = try openTool()
        app.press(.char("u"), .tab, .tab, .char("n"))
        XCTAssertTrue(app.lines.contains { $0.contains("Ny planpost för Öjvind Ström") }, linesDiff(app.lines, []))
        app.press(.tab, .tab)
        for _ in 0..<10 { app.press(.backspace) }
        app.type("2026-02-30")
        app.press(.enter)
        XCTAssertTrue(app.lines.contains { $0.contains("Ange ett datum som finns: ÅÅÅÅ-MM-DD.") }, linesDiff(app.lines, []))
        for _ in 0..<10 { app.press(.backspace) }
        app.type("2027-02-28")
        app.press(.backTab)
        app.type("Brandskydd")
        app.press(.enter)
        XCTAssertTrue(app.statusLine.hasPrefix("Planpost tillagd för Öjvind Ström."), app.statusLine)
        XCTAssertEqual(try app.store.competencePlanItems().count, 4)
    }

    func testAPlanItemIsCorrectedAndRemovedAfterAsking() throws {
        let app = try openTool()
        app.press(.char("u"), .tab, .tab)
        let chef = try XCTUnwrap(try app.store.competencePeople().first { $0.name == "Öjvind Ström" })
        let item = { try app.store.competencePlanItems(medarbetareId: chef.id).first }
        XCTAssertEqual(try item()?.targetDate.iso, "2026-10-31")
        app.press(.char("e"))
        XCTAssertTrue(app.lines.contains { $0.contains("Ändra planpost för Öjvind Ström") }, linesDiff(app.lines, []))
        app.press(.right, .tab, .tab, .ctrl("u"))
        app.type("2027-02-30")
        app.press(.enter)
        XCTAssertTrue(app.lines.contains { $0.contains("Ange ett datum som finns: ÅÅÅÅ-MM-DD.") }, linesDiff(app.lines, []))
        app.press(.ctrl("u"))
        app.type("2027-02-28")
        app.press(.enter)
        XCTAssertTrue(app.statusLine.hasPrefix("Planposten för Öjvind Ström är ändrad."), app.statusLine)
        XCTAssertEqual(try item()?.step, 2)
        XCTAssertEqual(try item()?.targetDate.iso, "2027-02-28")
        XCTAssertEqual(try app.store.auditEntries(entity: "competence_plan", entityId: try XCTUnwrap(try item()).id).first?.action, .update)
        let id = try XCTUnwrap(try item()).id
        // The item moved to the next quarter, after Bo's; the cursor stayed on the first row.
        app.press(.down)
        XCTAssertTrue(app.lines[7].hasPrefix(" >") && app.lines[7].contains("Öjvind Ström"), linesDiff(app.lines, []))
        app.press(.char("x"))
        XCTAssertTrue(app.lines.contains { $0.contains("Ta bort planpost") }, linesDiff(app.lines, []))
        XCTAssertEqual(app.lines[10], "          │ Ta bort planposten för Öjvind Ström: steg 2, mål         │")
        app.press(.char("n"))
        XCTAssertNotNil(try item())
        app.press(.char("x"), .char("j"))
        XCTAssertNil(try item())
        XCTAssertTrue(app.statusLine.hasPrefix("Planposten för Öjvind Ström är borttagen."), app.statusLine)
        XCTAssertEqual(try app.store.auditEntries(entity: "competence_plan", entityId: id).first?.action, .delete)
        XCTAssertEqual(try app.store.competencePlanItems().count, 2)
    }

    func testEditingALadderStepIsStored() throws {
        let app = try openTool()
        for _ in 0..<5 { app.press(.tab) }
        app.press(.down, .enter)
        for _ in 0..<40 { app.press(.backspace) }
        app.type("Möten och bemötande")
        app.press(.enter)
        XCTAssertEqual(try app.store.competenceLadders()[.funktionshinder]?.step(2)?.name, "Möten och bemötande")
        XCTAssertTrue(app.lines.contains { $0.contains("Steg 2: Möten och bemötande") })
    }

    func testTitlesShowRequirementsAndTransitionAndEditPoints() throws {
        let app = try openTool(width: 120, height: 40)
        for _ in 0..<4 { app.press(.tab) }
        XCTAssertTrue(app.lines.contains { $0.contains("Undersköterska") && $0.contains("1500") && $0.contains("ja, sedan 2023-07-01") }, linesDiff(app.lines, []))
        XCTAssertTrue(app.lines.contains { $0.contains("1 undersköterskor utan bevis förlitar sig på övergången (t.o.m. 2033-06-30)") })
        XCTAssertTrue(app.lines.contains { $0.contains("Åsa Öberg") && $0.hasSuffix("2411") }, linesDiff(app.lines, []))
        app.press(.char("+"))
        XCTAssertEqual(try app.store.competenceTitles().first?.points, 1600)
    }

    func testKommunPickerAt80x24ListsKommunerAllTickedByDefault() throws {
        let app = try openTool()
        app.press(.tab, .tab, .tab, .char("v"), .down)
        assertScreen(app, [
            " Vardag › Kompetenstrappa",
            "  Rutnät │ Gap │ Plan │ Jämförelse │ Titlar │ Trappor │ Bevis │ Utveckling",
            "",
            " 2 kommuner · grupper under 5 visas som –, små antal som ”för få”",
            "",
            "   Kriterium                    Lönnfors      Åsbro     Totalt",
            " > Enhetschef: utbildning              –          –          –",
            "   Undersköterska: utbildning        0 %          –          –",
            "   Vårdbiträ┌ Välj kommuner ───────────────────────────────────────┐",
            "   Vård och │   [x] Lönnfors                                       │",
            "   Vård och │ > [x] Åsbro                                          │",
            "   Vård och │ 2 av 2 valda                                         │",
            "   Vård och │ Mellanslag kryssar · Enter jämför · Esc avbryter     │",
            "   Vård och └──────────────────────────────────────────────────────┘",
            "   Klara steg som spridits             –          –        0 %",
            "",
            "",
            "",
            "",
            " Andel som uppfyller: Enhetschef: utbildning",
            " Lönnfors  –",
            " Åsbro     –",
        ])
    }

    func testChosenKommunerAt120x40ShowOnlyTheTickedOnes() throws {
        let app = try openTool(width: 120, height: 40)
        // Untick Åsbro (second in Swedish order), apply.
        app.press(.tab, .tab, .tab, .char("v"), .down, .char(" "), .enter)
        assertScreen(app, [
            " Vardag › Kompetenstrappa",
            "  Rutnät │ Gap │ Plan │ Jämförelse │ Titlar │ Trappor │ Bevis │ Utveckling",
            "",
            " 1 kommuner · grupper under 5 visas som –, små antal som ”för få”",
            "",
            "   Kriterium                        Lönnfors",
            " > Undersköterska: utbildning            0 %",
            "   Vård och omsorg steg 1             för få",
            "   Vård och omsorg steg 2                0 %",
            "   Vård och omsorg steg 3                0 %",
            "   Vård och omsorg steg 4                0 %",
            "   Vård och omsorg steg 5                0 %",
            "   Klara steg som spridits                 –",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            " Andel som uppfyller: Undersköterska: utbildning",
            " Lönnfors  0 %",
        ])
        XCTAssertTrue(app.statusLine.hasPrefix("Jämför 1 av 2 kommuner"), app.statusLine)
    }

    func testKommunPickerCancelKeepsTheChoiceAndTickingNoneMeansAll() throws {
        let app = try openTool()
        app.press(.tab, .tab, .tab, .char("v"), .char(" "), .escape)
        XCTAssertTrue(app.lines[5].hasSuffix("Lönnfors      Åsbro     Totalt"), app.lines[5])
        app.press(.char("v"), .char(" "), .enter)
        XCTAssertTrue(app.lines[5].hasSuffix("Åsbro"), app.lines[5])
        XCTAssertFalse(app.lines[5].contains("Lönnfors"), app.lines[5])
        // Reopened, the picker shows the current choice; unticking the last one means all again.
        app.press(.char("v"), .down, .char(" "), .enter)
        XCTAssertTrue(app.lines[5].hasSuffix("Lönnfors      Åsbro     Totalt"), app.lines[5])
        XCTAssertTrue(app.hintLine.contains("Jämför alla kommuner") || app.statusLine.contains("Jämför alla kommuner"),
                      app.lines.joined(separator: "\n"))
    }

    func testKommunPickerMovesWithJAndK() throws {
        let app = try openTool()
        app.press(.tab, .tab, .tab, .char("v"), .char("j"))
        XCTAssertTrue(app.lines.contains { $0.contains("> [x] Åsbro") }, linesDiff(app.lines, []))
        app.press(.char("k"))
        XCTAssertTrue(app.lines.contains { $0.contains("> [x] Lönnfors") }, linesDiff(app.lines, []))
    }

    func testHelpOverlayShowsTheKommunPickerKeys() throws {
        let app = try openTool(width: 120, height: 40)
        app.press(.tab, .tab, .tab, .char("?"))
        XCTAssertTrue(app.lines.joined(separator: "\n").contains("välj kommuner att jämföra"), app.lines.joined(separator: "\n"))
        app.press(.escape, .char("v"), .char("?"))
        let text = app.lines.joined(separator: "\n")
        XCTAssertTrue(text.contains("kryssa i / ur kommunen") && text.contains("jämför de valda"), text)
    }

    /// Pressing `-` three times used to lower the threshold to 2 and show a group of 4.
    func testMinusNeverTakesTheThresholdBelowFive() throws {
        let app = try openTool()
        app.press(.tab, .tab, .tab)
        for _ in 0..<3 { app.press(.char("-")) }
        XCTAssertEqual(try app.store.competenceSuppression().threshold, 5)
        XCTAssertTrue(app.lines.joined().contains("Gränsen för små grupper kan vara 5–100 personer, inte 4."), linesDiff(app.lines, []))
        XCTAssertFalse(app.lines.joined().contains("Ändra gränsen"), "nothing to ask about")
        XCTAssertEqual(try app.store.auditEntries(entity: "competence_setting").count, 0)
        XCTAssertTrue(app.lines[9].contains("Vård och omsorg steg 1") && app.lines[9].hasSuffix("–"), "Åsbro's 4 stay hidden: \(app.lines[9])")
    }

    func testChangingTheThresholdAsksAndIsAuditedWithTheOldAndNewValue() throws {
        let app = try openTool()
        app.press(.tab, .tab, .tab, .char("+"))
        XCTAssertTrue(app.lines.joined().contains("Ändra gränsen för små grupper från 5 till 6 personer?"), linesDiff(app.lines, []))
        app.press(.char("n"))
        XCTAssertEqual(try app.store.competenceSuppression().threshold, 5)
        XCTAssertTrue(app.lines.joined().contains("Gränsen är kvar på 5 personer."), linesDiff(app.lines, []))
        app.press(.char("+"), .char("j"))
        XCTAssertEqual(try app.store.competenceSuppression().threshold, 6)
        app.press(.char("-"), .escape)
        XCTAssertEqual(try app.store.competenceSuppression().threshold, 6, "Esc keeps the threshold")
        app.press(.char("-"), .char("j"))
        XCTAssertEqual(try app.store.competenceSuppression().threshold, 5)
        let audit = try app.store.auditEntries(entity: "competence_setting").sorted { $0.id < $1.id }
        XCTAssertEqual(audit.map { $0.before?["suppression_threshold"] }, [.integer(5), .integer(6)])
        XCTAssertEqual(audit.map { $0.after?["suppression_threshold"] }, [.integer(6), .integer(5)])
        XCTAssertEqual(audit.map(\.user), ["testare", "testare"])
    }

    func testEnglishAndHelpOverlay() throws {
        let app = try openTool(language: .en)
        XCTAssertEqual(app.lines[1], "  Grid │ Gaps │ Plan │ Comparison │ Titles │ Ladders │ Certificate │ Progress")
        app.press(.char("?"))
        let text = app.lines.joined(separator: "\n")
        XCTAssertTrue(text.contains("mark step done by validation"), text)
        XCTAssertTrue(text.contains("all / managers / non-managers"), text)
    }

    func testMappingFormValidatesPointsAtTheFieldAndSaves() throws {
        let app = try openTool()
        app.press(.char("u"), .down, .char("m"))
        XCTAssertTrue(app.lines.contains { $0.contains("Kartläggning: Bo Ek (inga brukarnamn)") }, linesDiff(app.lines, []))
        app.press(.tab, .tab)
        for _ in 0..<5 { app.press(.backspace) }
        app.type("9000")
        app.press(.enter)
        XCTAssertTrue(app.lines.contains { $0.contains("Poäng är ett heltal 0–5000.") }, linesDiff(app.lines, []))
        for _ in 0..<5 { app.press(.backspace) }
        app.type("800")
        app.press(.enter)
        XCTAssertTrue(app.statusLine.hasPrefix("Bo Ek: kartläggningen sparad."), app.statusLine)
        let bo = try XCTUnwrap(try app.store.competencePeople().first { $0.name == "Bo Ek" })
        XCTAssertEqual(bo.mapping.points, 800)
        XCTAssertEqual(bo.mapping.completions.map(\.step), [1])
    }
}
