import TerminalKit
import TestSupport
import VardagDomain
import VardagStore
import XCTest
@testable import VardagApp

/// Kunskapsspridning on the screens, in the in-memory terminal at 80×24: `r` on a completed
/// step in the grid plans spreading in a form, `S` opens the unit's view (steps completed
/// against spread, planned and overdue activities), Enter there records one as held; `r` in
/// the plan spreads a finished item and its column shows it; the comparison names the share.
final class CompetenceSpreadingScreenTests: XCTestCase {
    /// The competence screen's seed, with one overdue activity for Bo's step 1.
    static func seed(_ store: AppDatabase) throws {
        try CompetenceScreenTests.seed(store)
        let bo = try XCTUnwrap(try store.competencePeople().first { $0.name == "Bo Ek" })
        try store.planCompetenceSpreading(SpreadingActivity(
            id: 0, medarbetareId: bo.id, step: 1, planItemId: nil, kind: .rutin, description: "Ny rutin för larm",
            audience: .enhet, plannedOn: try LocalDate.parse("2026-11-02")), today: try LocalDate.parse("2026-11-23"))
    }

    private func openTool(language: Language = .sv) throws -> AppHarness {
        let app = try AppHarness(width: 80, height: 24, language: language, seed: Self.seed)
        app.open(.competence)
        app.press(.char("u"))
        return app
    }

    private func text(_ app: AppHarness) -> String { app.lines.joined(separator: "\n") }

    func testRInTheGridPlansSpreadingOfTheStepUnderTheCursor() throws {
        let app = try openTool()
        // Maria Lind (third row) has steps 1 and 2; the cursor goes to S2.
        app.press(.down, .down, .right, .right, .right, .char("r"))
        assertScreen(app, [
            " Vardag › Kompetenstrappa",
            "  Rutnät │ Gap │ Plan │ Jämförelse │ Titlar │ Trappor │ Bevis │ Utveckling",
            "  ┌ Kunskapsspridning: Maria Lind – Steg 2: Rehabiliterande arbetssätt ──────┐",
            "  │ Vad                 < Presentation på APT >                              │",
            "  │ Beskrivning                                                              │",
            "  │ För vem             < Teamet >                                           │",
            "  │ Planerad (datum)    2026-12-21                                           │",
            "  │ Hållen (datum)                                                           │",
            "  │ Antal deltagare                                                          │",
            "  │ Vad ändrades                                                             │",
        ] + Array(repeating: "  │                                                                          │", count: 9) + [
            "  │ Enter spara · Esc avbryt · Tab nästa fält · inga brukarnamn              │",
            "  └──────────────────────────────────────────────────────────────────────────┘",
            " ✓ klart  P planerat  ✗ saknas  Ö övergång  · ej aktuellt  ★ chef",
        ])
        app.press(.tab)
        app.type("Bemötande vid oro")
        app.press(.enter)
        XCTAssertTrue(app.statusLine.hasPrefix("Spridning planerad för Maria Lind."), app.statusLine)
        let maria = try XCTUnwrap(try app.store.competencePeople().first { $0.name == "Maria Lind" })
        let stored = try XCTUnwrap(try app.store.competenceSpreading(medarbetareId: maria.id).first)
        XCTAssertEqual([stored.step, stored.participants], [2, nil])
        XCTAssertEqual(stored.description, "Bemötande vid oro")
        XCTAssertEqual(stored.plannedOn, try LocalDate.parse("2026-12-21"))
        XCTAssertEqual([stored.kind.rawValue, stored.audience.rawValue], ["presentation", "team"])
        XCTAssertEqual(try app.store.auditEntries(entity: "competence_spreading", entityId: stored.id).map(\.user), ["testare"])
        // On a step not done (Åsa's S2), her latest completed step is taken.
        app.press(.down, .char("r"))
        XCTAssertTrue(text(app).contains("Kunskapsspridning: Åsa Öberg – Steg 1"), text(app))
        app.press(.escape)
        // The chef has no completed step: nothing to spread.
        app.press(.home, .char("r"))
        XCTAssertTrue(app.statusLine.hasPrefix("Öjvind Ström har inget klart steg att sprida."), app.statusLine)
    }

    func testTheUnitsViewShowsStepsAgainstSpreadAndRecordsOneAsHeld() throws {
        let app = try openTool()
        app.press(.char("S"))
        assertScreen(app, [
            " Vardag › Kompetenstrappa › Kunskapsspridning",
            "  Spridning",
            "",
            " Åsbro › Hemtjänst Norr (Vård och omsorg)",
            "",
            "   Klara steg 4 · spridda 0 (0 %) · ej hållna 1, varav 1 försenade",
            "",
            "   Namn            Steg eller kurs Vad              Planerad   Hållen     Antal",
            " > Bo Ek           Steg 1: Introd… Ändrad rutin     2026-11-02 försenad",
        ] + Array(repeating: "", count: 13))
        app.press(.enter)
        XCTAssertTrue(text(app).contains("Kunskapsspridning: Bo Ek – Steg 1: Introduktion och värdegrund"), text(app))
        // A count before it is held is refused at its field.
        app.press(.tab, .tab, .tab, .tab, .tab)
        app.type("11")
        app.press(.enter)
        XCTAssertTrue(text(app).contains("Anges när spridningen har hållits."), text(app))
        app.press(.backTab)
        app.type("2026-11-20")
        app.press(.tab, .tab)
        app.type("Larmen besvaras snabbare.")
        app.press(.enter)
        XCTAssertTrue(app.statusLine.hasPrefix("Spridning registrerad som hållen för Bo Ek."), app.statusLine)
        XCTAssertEqual(app.lines[5], "   Klara steg 4 · spridda 1 (25 %) · ej hållna 0, varav 0 försenade")
        XCTAssertEqual(app.lines[8], " > Bo Ek           Steg 1: Introd… Ändrad rutin     2026-11-02 2026-11-20    11")
        let held = try XCTUnwrap(try app.store.competenceSpreading().first)
        XCTAssertEqual(held.outcome, "Larmen besvaras snabbare.")
        XCTAssertEqual(held.participants, 11)
        // Esc goes back to the grid.
        app.press(.escape)
        XCTAssertEqual(app.lines[0], " Vardag › Kompetenstrappa")
    }

    func testThePlanSpreadsAFinishedItemAndShowsSpreadingBesideTheCourses() throws {
        let app = try openTool()
        app.press(.tab, .tab)
        // Bo's course Brandskydd: not finished yet, then klar and spread.
        app.press(.down, .char("r"))
        XCTAssertTrue(app.statusLine.hasPrefix("Markera planposten klar (s) innan spridning planeras."), app.statusLine)
        app.press(.char("s"), .char("s"), .char("r"))
        XCTAssertTrue(text(app).contains("Kunskapsspridning: Bo Ek – Brandskydd"), text(app))
        app.press(.right, .right, .right, .enter)
        XCTAssertTrue(app.statusLine.hasPrefix("Spridning planerad för Bo Ek."), app.statusLine)
        let stored = try XCTUnwrap(try app.store.competenceSpreading().first { $0.planItemId != nil })
        XCTAssertEqual(stored.kind, .rutin)
        XCTAssertNil(stored.step)
        XCTAssertEqual(app.lines[7], " > 2027-K1  Bo Ek          Brandskydd          2027-01-15           Klar")
        // Below the courses, the spreading planned and not held, the overdue one marked.
        let section = try XCTUnwrap(app.lines.firstIndex(of: "   Planerad spridning: 2, varav 1 försenade"), text(app))
        XCTAssertEqual(app.lines[section + 1], "  ! 2026-11-02  Bo Ek · Ändrad rutin · S1")
        XCTAssertEqual(app.lines[section + 2], "    2026-12-21  Bo Ek · Ändrad rutin")
    }

    func testHelpListsTheKeysInSwedishAndEnglish() throws {
        let app = try openTool()
        app.press(.char("?"))
        XCTAssertTrue(text(app).contains("r          kunskapsspridning: planera eller registrera för ett klart"), text(app))
        XCTAssertTrue(text(app).contains("S          enhetens kunskapsspridning: klara steg mot spridda,"), text(app))
        let en = try openTool(language: .en)
        en.press(.char("S"))
        XCTAssertEqual(en.lines[5], "   Steps done 4 · spread 0 (0 %) · not held 1, 1 overdue")
        XCTAssertTrue(en.lines[8].contains("Changed routine  2026-11-02 overdue"), en.lines[8])
        en.press(.char("?"))
        XCTAssertTrue(text(en).contains("Enter/e    record the spreading as held (date, participants, what"), text(en))
    }

    func testTheUnitsViewHasOneViewSoItsHelpAndHintsNameNoTabKeys() throws {
        let app = try openTool()
        app.press(.char("?"))
        XCTAssertTrue(text(app).contains("nästa vy"), "the grid has views to go to: \(text(app))")
        app.press(.escape, .char("S"))
        XCTAssertEqual(app.lines[0], " Vardag › Kompetenstrappa › Kunskapsspridning")
        XCTAssertFalse(app.hintLine.contains("Tab"), app.hintLine)
        app.press(.char("?"))
        XCTAssertTrue(text(app).contains("U          föregående enhet"), text(app))
        XCTAssertFalse(text(app).contains("Tab "), text(app))
        XCTAssertFalse(text(app).contains("nästa vy"), text(app))
        XCTAssertFalse(text(app).contains("föregående vy"), text(app))
        // Tab there still does nothing: the view stays.
        app.press(.escape, .tab)
        XCTAssertEqual(app.lines[0], " Vardag › Kompetenstrappa › Kunskapsspridning")
        XCTAssertEqual(app.lines[1], "  Spridning")
    }

    func testTheComparisonNamesTheShareOfStepsSpread() throws {
        let app = try openTool()
        app.press(.tab, .tab, .tab)
        // Lönnfors: four people with a step (fewer than 5), Åsbro: three; together seven people
        // and eight steps, none spread.
        let row = try XCTUnwrap(app.lines.first { $0.contains("Klara steg som spridits") }, text(app))
        XCTAssertEqual(row, "   Klara steg som spridits             –          –        0 %")
        app.press(.end)
        XCTAssertTrue(app.lines.contains(" Andel som uppfyller: Klara steg som spridits"), text(app))
    }
}
