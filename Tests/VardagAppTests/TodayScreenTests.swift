import TerminalKit
import TestSupport
import VardagDemo
import VardagDomain
import VardagStore
import XCTest
@testable import VardagApp

/// Idag on the in-memory terminal at 80x24, one demo login per role.
final class TodayScreenTests: XCTestCase {
    /// The demo database with its logins, as `vardag demo` makes it on 2026-11-23.
    static func demoWithLogins(_ store: AppDatabase) throws {
        try AppDriver.demo(store)
        try AccessDemo.populate(store)
    }

    /// The app started as a demo login.
    func app(_ login: String, day: String = "2026-11-23", width: Int = 80, height: Int = 24, language: Language = .sv) throws -> AppHarness {
        let today = try LocalDate.parse(day)
        return try AppHarness(width: width, height: height, language: language, seed: Self.demoWithLogins, clock: { today }) { store in
            let grants = try store.accessGrants(login: login)
            return Viewer(login: login, personId: grants.first?.personId, personName: grants.first?.personName, grants: grants, ownsData: false)
        }
    }

    /// A demo login's viewer, read from the store as `AppDatabase.viewer()` reads it.
    static func viewer(_ store: AppDatabase, _ login: String) throws -> Viewer {
        let grants = try store.accessGrants(login: login)
        return Viewer(login: login, personId: grants.first?.personId, personName: grants.first?.personName, grants: grants, ownsData: false)
    }

    func blank(_ count: Int) -> [String] { Array(repeating: "", count: count) }

    // MARK: Who is working, in the status bar

    /// A preview (`vardag --as LOGIN`): the status bar names the login working, whom the audit
    /// records, and the login previewed; a long path loses its middle, never the logins.
    func testAPreviewNamesTheWorkingAndThePreviewedLoginInTheStatusBarAt80x24() throws {
        let preview = try app("jonas.lundstrom")
        XCTAssertEqual(preview.statusLine.trimmingCharacters(in: .whitespaces),
                       "/tmp/vardag.sqlite · testare · jonas.lundstrom (förhandsvisning)")
        let english = try app("jonas.lundstrom", language: .en)
        XCTAssertEqual(english.statusLine.trimmingCharacters(in: .whitespaces),
                       "/tmp/vardag.sqlite · testare · jonas.lundstrom (preview)")
        // The data's owner working as herself: her login alone, no preview.
        let owner = try AppHarness(seed: Self.demoWithLogins)
        XCTAssertEqual(owner.statusLine.trimmingCharacters(in: .whitespaces), "/tmp/vardag.sqlite · testare")

        var context = preview.runner.model.context
        context.databasePath = "/home/anna.lind/.local/share/vardag/kommunens-arbetsbelastning-2026.sqlite"
        let line = AppModel.statusText(context, width: 80)
        XCTAssertTrue(line.hasSuffix(" · testare · jonas.lundstrom (förhandsvisning)"), line)
        XCTAssertTrue(line.hasPrefix("/home/anna") && line.contains("…"), line)
        XCTAssertEqual(DisplayWidth.of(line), 80, line)
    }

    // MARK: Start and what each role sees

    func testALoginWithAPersonStartsOnIdagAndTheDataOwnerOnTheMainMenu() throws {
        XCTAssertTrue(StartScreen.root(for: Viewer(login: "ägare", personId: nil, personName: nil, grants: [], ownsData: true)) is MainMenuScreen)
        XCTAssertTrue(StartScreen.root(for: Viewer(login: "a", personId: 7, personName: "A", grants: [], ownsData: false)) is TodayScreen)
        let owner = try AppHarness(seed: Self.demoWithLogins)
        XCTAssertEqual(owner.lines[2], "  Välj verktyg")
    }

    func testWorkerSeesHerCasesNotRatedThisWeekAt80x24() throws {
        let app = try app("johan.lindqvist", day: "2026-11-30")
        assertScreen(app, [
            " Vardag",
            "",
            "  Idag för Johan Lindqvist · 2026-11-30",
            "",
            "  Medarbetare",
            "  > Ärende 11 – inte skattat 2026-W49",
            "    Ärende 12 – inte skattat 2026-W49",
            "    Ärende 13 – inte skattat 2026-W49",
            "    Ärende 14 – inte skattat 2026-W49",
            "    Ärende 15 – inte skattat 2026-W49",
            "    Ärende 16 – inte skattat 2026-W49",
        ] + blank(11))
        XCTAssertEqual(app.hintLine, "Enter öppna raden  c kopiera förra perioden  m huvudmeny  q avsluta  ? hjälp")
    }

    func testCopyForwardRatesHerCasesThroughTheAuditedWriteAndEmptiesTheList() throws {
        let app = try app("johan.lindqvist", day: "2026-11-30")
        let johan = try XCTUnwrap(try Self.viewer(app.store, "johan.lindqvist").personId)
        let w49 = WorkloadPeriod(containing: try LocalDate.parse("2026-11-30"), kind: .week)
        let auditBefore = try app.store.auditCount()
        app.press(.char("c"))
        XCTAssertTrue(app.statusLine.contains("6 ärenden kopierade till 2026-W49"), app.statusLine)
        XCTAssertEqual(Array(app.screenLines[4...5]), ["  Medarbetare", "    Inget som väntar här i dag."])
        XCTAssertEqual(try app.store.workloadGrid(medarbetareId: johan, period: w49)?.cases.map(\.reference),
                       (11...16).map { "Ärende \($0)" })
        XCTAssertEqual(try app.store.auditCount() - auditBefore, 6, "each copied rating has its audit row")
        XCTAssertFalse(app.hintLine.contains("c kopiera"), "nothing left to copy")
        app.press(.char("c"))
        XCTAssertTrue(app.statusLine.contains("Inget att kopiera"), app.statusLine)
    }

    func testTeamLeaderSeesHerTeamsHeavyFlagAndEnterOpensThatPersonsGrid() throws {
        let app = try app("jonas.lundstrom")
        assertScreen(app, [
            " Vardag",
            "",
            "  Idag för Jonas Lundström · 2026-11-23",
            "",
            "  Medarbetare",
            "    Inget som väntar här i dag.",
            "  Teamledare – Hemtjänst Norr/Grupp Åsen",
            "  > Jonas Lundström – flaggad tung",
        ] + blank(14))
        app.press(.enter)
        let grid = try XCTUnwrap(app.runner.model.top as? WorkloadGridScreen)
        XCTAssertEqual(grid.medarbetareId, try Self.viewer(app.store, "jonas.lundstrom").personId)
        XCTAssertEqual(grid.period.description, "2026-W48")
        XCTAssertEqual(app.lines[0], " Vardag › Fyrfält: Jonas Lundström")
    }

    func testUnitManagerSeesHeavyFlagsByTeam() throws {
        let app = try app("tove.ali")
        XCTAssertEqual(Array(app.screenLines[2...6]), [
            "  Idag för Tove Ali · 2026-11-23", "", "  Enhetschef – Hemtjänst Norr", "  > Jonas Lundström – flaggad tung (Grupp Åsen)", "",
        ])
    }

    func testWorkerEnterOnADueReviewOpensHerGridOnThatCase() throws {
        let today = try LocalDate.parse("2026-11-23")
        var caseId: Int64 = 0
        var reference = ""
        let app = try AppHarness(seed: { store in
            try Self.demoWithLogins(store)
            let johan = try XCTUnwrap(try Self.viewer(store, "johan.lindqvist").personId)
            let w48 = WorkloadPeriod(containing: today, kind: .week)
            let item = try XCTUnwrap(try store.workloadGrid(medarbetareId: johan, period: w48)?.cases.last)
            (caseId, reference) = (item.id, item.reference)
            try store.decide(caseId: item.id, period: w48, kind: .kanVanta, reviewDate: today.iso, today: today)
        }, clock: { today }, viewer: { try Self.viewer($0, "johan.lindqvist") })
        XCTAssertEqual(app.screenLines[5], "  > \(reference) – kan vänta, ompröva senast 2026-11-23")
        app.press(.enter)
        let grid = try XCTUnwrap(app.runner.model.top as? WorkloadGridScreen)
        XCTAssertEqual(grid.selectedCaseId, caseId)
        XCTAssertEqual(grid.selectedCase?.reference, reference, "the case is on this week's grid, selected")
        app.press(.escape)
        XCTAssertEqual(app.screenLines[2], "  Idag för Johan Lindqvist · 2026-11-23")
    }

    func testGuideSeesPlannedAndNextMeetingsAndOverdueActionAndEnterOpensTheLoopOnThem() throws {
        let app = try app("kerstin.ostlund")
        XCTAssertEqual(Array(app.screenLines[4...9]), [
            "  Vägledare",
            "  > Försenad träff (2026-11-21): Brukarträff 2 – Hemtjänst Norr, Maten och må…",
            "    Träff i dag: Brukarträff 1 – LSS-boende Björken, Maten på boendet",
            "    Planerad träff 2026-11-28: Gemensam träff – Hemtjänst Söder, Brandsäkerhet",
            "    Nästa träff: Uppföljning – LSS-boende Björken, Dokumentation om mig",
            "    Försenad åtgärd (2026-10-26): Brukarna planerar menyn varannan vecka – LS…",
        ])
        app.press(.enter)
        var loop = try XCTUnwrap(app.runner.model.top as? LoopScreen)
        XCTAssertEqual(loop.host.selected, 0, "a planned träff opens the Träffar tab")
        XCTAssertEqual(loop.host.shared.detail?.theme, "Maten och måltiderna")
        XCTAssertEqual(loop.host.shared.detail?.nextPlannedOn, try LocalDate.parse("2026-11-21"))
        app.press(.escape, .down, .enter)
        loop = try XCTUnwrap(app.runner.model.top as? LoopScreen)
        XCTAssertEqual(loop.host.shared.detail?.theme, "Maten på boendet")
        app.press(.escape, .down, .down, .enter)
        loop = try XCTUnwrap(app.runner.model.top as? LoopScreen)
        XCTAssertEqual(loop.host.selected, 0, "a next meeting opens the Träffar tab")
        XCTAssertEqual(loop.host.shared.detail?.theme, "Dokumentation om mig")
        app.press(.escape, .end, .enter)
        loop = try XCTUnwrap(app.runner.model.top as? LoopScreen)
        XCTAssertEqual(loop.host.selected, LoopScreen.actionsTab)
        let tab = try XCTUnwrap(loop.host.current as? LoopActionsTab)
        let actions = try XCTUnwrap(tab.shared.detail?.actions)
        XCTAssertEqual(actions[tab.table.selected].what, "Brukarna planerar menyn varannan vecka")
        XCTAssertTrue(app.lines.contains { $0.contains("Brukarna planerar menyn") }, linesDiff(app.lines, []))
    }

    func testSupervisorSeesMissingLogsAndHypothesesAndEnterOpensTheDayOrTheHypothesis() throws {
        let app = try app("hanna.jonsson")
        XCTAssertEqual(Array(app.screenLines[4...14]), [
            "  Handledare – Skuggningsteam Linköpingsmodellen",
            "  > Aino Rönnqvist – ingen logg 2026-11-23",
            "    Göran Nilsson – ingen logg 2026-11-23",
            "    Johan Lundström – ingen logg 2026-11-23",
            "    Lars Jönsson – ingen logg 2026-11-23",
            "    Linnéa Holmqvist – ingen logg 2026-11-23",
            "    Linnéa Lövgren – ingen logg 2026-11-23",
            "    Hypotes att pröva (2026-11-20): Apoteksärenden kan utföras av servicebitr…",
            "    Hypotes att pröva (2026-11-22): Skuggning två dagar i veckan räcker för a…",
            "    … och 4 till (se verktyget)",
            "",
        ])
        app.press(.down, .enter)
        var shadowing = try XCTUnwrap(app.runner.model.top as? ShadowingScreen)
        XCTAssertEqual(shadowing.tab, .day)
        let day = try XCTUnwrap(shadowing.host.current as? ShadowingDayTab)
        XCTAssertEqual(day.date?.iso, "2026-11-23")
        XCTAssertEqual(day.dayRows[day.table.selected].participant.name, "Göran Nilsson")
        XCTAssertNil(day.dayRows[day.table.selected].entry)
        app.press(.escape, .end, .enter)
        shadowing = try XCTUnwrap(app.runner.model.top as? ShadowingScreen)
        XCTAssertEqual(shadowing.tab, .hypotheses)
        let hypotheses = try XCTUnwrap(shadowing.host.current as? ShadowingHypothesesTab)
        XCTAssertTrue(hypotheses.selected?.statement.hasPrefix("Skuggning två dagar i veckan") == true, "\(String(describing: hypotheses.selected))")
    }

    func testCompetenceStrategistSeesPlanStepsAndUncertifiedAndEnterOpensThePlanOrTheMapping() throws {
        let app = try app("aino.persson")
        XCTAssertEqual(Array(app.screenLines[4...11]), [
            "  Kompetensstrateg – Älvdala",
            "  > Kerstin Wallin – steg 2, mål 2026-04-14",
            "    Elin Hassan – steg 4, mål 2026-07-08",
            "    Fatima Lindqvist – steg 5, mål 2026-08-18",
            "    Tove Ali – steg 1, mål 2026-08-25",
            "    Märta Yilmaz – steg 3, mål 2026-10-18",
            "    Hanna Jönsson – undersköterska utan intyg och övergångsrätt",
            "    Jonas Lundström – undersköterska utan intyg och övergångsrätt",
        ])
        app.press(.down, .enter)
        var competence = try XCTUnwrap(app.runner.model.top as? CompetenceScreen)
        XCTAssertEqual(competence.tab, .plan)
        let plan = try XCTUnwrap(competence.host.current as? CompetencePlanTab)
        let item = try XCTUnwrap(plan.selectedItem)
        XCTAssertEqual(plan.roster.rows.first { $0.person.id == item.medarbetareId }?.person.name, "Elin Hassan")
        XCTAssertEqual(item.step, 4)
        app.press(.escape, .end, .up, .enter)
        competence = try XCTUnwrap(app.runner.model.top as? CompetenceScreen)
        XCTAssertEqual(competence.tab, .grid)
        let grid = try XCTUnwrap(competence.host.current as? CompetenceGridTab)
        XCTAssertEqual(grid.rows[grid.shared.grid.row].person.name, "Hanna Jönsson")
        XCTAssertEqual(Requirement.all[grid.shared.grid.column], .certificate)
    }

    func testRegionalCoordinatorSeesCountsOnlyAndEnterOpensTheSlingor() throws {
        let app = try app("fatima.nystrom")
        XCTAssertEqual(Array(app.screenLines[4...7]), [
            "  Regional samordnare", "  > Östervik – försenade åtgärder: 2", "    Åsbro – försenade åtgärder: 1", "",
        ])
        app.press(.enter)
        XCTAssertEqual(app.lines[0], " Vardag › Delaktighetsmodellen")
    }

    func testSystemAdministratorSeesTheRegisterAndEnterOpensIt() throws {
        let app = try app("nils.sandberg")
        XCTAssertEqual(Array(app.screenLines[4...5]), ["  Systemförvaltare", "  > Registret: 54 aktiva medarbetare"])
        app.press(.enter)
        XCTAssertEqual(app.lines[0], " Vardag › Register")
    }

    // MARK: Keys, help, size, language

    func testMainMenuIsOneKeyAwayAndIdagOneKeyFromIt() throws {
        let app = try app("johan.lindqvist", day: "2026-11-30")
        app.press(.char("m"))
        XCTAssertEqual(app.lines[0], " Vardag › Huvudmeny")
        XCTAssertTrue(app.hintLine.contains("i Idag"), app.hintLine)
        app.press(.escape)
        XCTAssertEqual(app.screenLines[2], "  Idag för Johan Lindqvist · 2026-11-30")
        app.press(.char("m"), .char("i"))
        XCTAssertEqual(app.lines[0], " Vardag › Huvudmeny › Idag")
        XCTAssertEqual(app.screenLines[5], "  > Ärende 11 – inte skattat 2026-W49")
    }

    func testTheDataOwnersMainMenuOpensAnIdagThatSaysWhyItIsEmpty() throws {
        let app = try AppHarness(seed: Self.demoWithLogins)
        XCTAssertFalse(app.hintLine.contains("Idag"), "no hint for a list she does not have")
        app.press(.char("i"))
        XCTAssertEqual(app.lines[0], " Vardag › Idag")
        XCTAssertTrue(app.screenLines.joined().contains("Inloggningen testare hör inte till någon medarbetare"), linesDiff(app.lines, []))
    }

    func testHelpOverlayListsIdagsKeys() throws {
        let app = try app("johan.lindqvist", day: "2026-11-30")
        app.press(.char("?"))
        let text = app.lines.joined(separator: "\n")
        for words in ["Idag", "öppna raden", "kopiera förra perioden", "huvudmeny", "flytta"] {
            XCTAssertTrue(text.contains(words), "\(words) missing:\n\(text)")
        }
        app.press(.escape)
        XCTAssertEqual(app.screenLines[2], "  Idag för Johan Lindqvist · 2026-11-30")
    }

    func testAGuidesPlannedTraffarInEnglish() throws {
        let app = try app("kerstin.ostlund", language: .en)
        XCTAssertEqual(Array(app.screenLines[5...7]), [
            "  > Overdue meeting (2026-11-21): Brukare mtg 2 – Hemtjänst Norr, Maten och m…",
            "    Meeting today: Brukare mtg 1 – LSS-boende Björken, Maten på boendet",
            "    Planned meeting 2026-11-28: Joint meeting – Hemtjänst Söder, Brandsäkerhet",
        ], linesDiff(app.lines, []))
    }

    func testALongListScrollsToKeepTheSelectionOnScreenAndSurvivesResize() throws {
        // One person holding every demo role: more lines than 80x24 shows.
        let today = try LocalDate.parse("2026-11-23")
        let app = try AppHarness(seed: Self.demoWithLogins, clock: { today }) { store in
            let johan = try Self.viewer(store, "johan.lindqvist")
            return Viewer(login: johan.login, personId: johan.personId, personName: johan.personName,
                          grants: try store.accessGrants(), ownsData: false)
        }
        XCTAssertEqual(app.screenLines[4], "  Medarbetare")
        app.press(.end)
        XCTAssertEqual(app.screenLines.last, "  > Registret: 54 aktiva medarbetare", linesDiff(app.screenLines, []))
        XCTAssertFalse(app.screenLines.contains("  Medarbetare"), "the top scrolled away")
        app.resize(width: 120, height: 40)
        XCTAssertTrue(app.screenLines.contains("  > Registret: 54 aktiva medarbetare"), linesDiff(app.screenLines, []))
        app.resize(width: 70, height: 20)
        XCTAssertTrue(app.lines.joined().contains("80"), "the window-too-small notice")
        app.resize(width: 80, height: 24)
        XCTAssertEqual(app.screenLines.last, "  > Registret: 54 aktiva medarbetare", linesDiff(app.screenLines, []))
        app.press(.home)
        XCTAssertEqual(app.screenLines[4], "  Medarbetare")
    }

    func testEnglish() throws {
        let app = try app("johan.lindqvist", day: "2026-11-30", language: .en)
        XCTAssertEqual(Array(app.screenLines[2...5]), [
            "  Today for Johan Lindqvist · 2026-11-30", "", "  Staff member", "  > Ärende 11 – not rated in 2026-W49",
        ])
        XCTAssertEqual(app.hintLine, "Enter open the line  c copy last period  m main menu  q quit  ? help")
    }
}
