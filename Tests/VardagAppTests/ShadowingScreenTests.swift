import GRDB
import TerminalKit
import TestSupport
import VardagDomain
import VardagStore
import XCTest
@testable import VardagApp

final class ShadowingScreenTests: XCTestCase {
    /// The small register plus a skuggningsteam with three participants, a few days of logs,
    /// two hypotheses and steps on the path.
    static func seed(_ store: AppDatabase) throws {
        try AppHarness.smallRegister(store)
        try store.ensureShadowingCatalogue()
        let tasks = Dictionary(uniqueKeysWithValues: try store.shadowingTasks().map { ($0.name, $0.id) })
        let kommun = try XCTUnwrap(try store.kommuner().first)
        let hostTeam = try XCTUnwrap(try store.registerTree().kommuner.first?.enheter.first?.teams.first?.team)
        let supervisor = try XCTUnwrap(try store.medarbetare(teamId: hostTeam.id).first { $0.name == "Märta Öhman" })
        let team = try store.createShadowingTeam(ShadowingTeamDraft(
            kommunId: kommun.id, hostTeamId: hostTeam.id, name: "Team Ängen", startDate: "2026-11-02", endDate: "2027-03-31",
            supervisorIds: [supervisor.id]))
        let anna = try store.addShadowingParticipant(teamId: team.id, name: "Anna Åkesson")
        let bo = try store.addShadowingParticipant(teamId: team.id, name: "Bo Ek")
        _ = try store.addShadowingParticipant(teamId: team.id, name: "Özlem Yıldız")
        func log(_ p: ShadowingParticipant, _ date: String, _ lines: [(String, String, TransferJudgement)], _ lessons: String = "", role: ShadowedRole = .underskoterska) throws {
            try store.saveDayEntry(DayEntryDraft(teamId: team.id, participantId: p.id, date: date, role: role,
                                                 tasks: lines.map { .init(taskId: tasks[$0.0], minutes: $0.1, judgement: $0.2) }, lessons: lessons))
        }
        try log(anna, "2026-11-19", [("Städning", "60", .yes), ("Tvätt", "30", .yes)], "Städningen gick fort.")
        try log(anna, "2026-11-20", [("Inköp", "45", .yes), ("Personlig hygien", "30", .no)], "Inköpen kan samordnas.")
        try log(bo, "2026-11-20", [("Läkemedelsöverlämning", "10", .no), ("Tvätt", "40", .withSupport)], role: .vardbitrade)
        try log(bo, "2026-11-12", [("Apoteksärenden", "30", .yes)], "Apoteket tar tid.")
        try store.addHypothesis(teamId: team.id, statement: "Tvätt kan tas över helt", status: .pagar, reviewDate: "2026-11-20")
        try store.addHypothesis(teamId: team.id, statement: "Apoteksärenden utan delegering", status: .attProva, reviewDate: "2026-12-15")
        try store.recordPathStep(participantId: anna.id, step: .introduktion, date: "2026-11-02")
        try store.recordPathStep(participantId: anna.id, step: .skuggning, date: "2026-11-09")
        try store.recordPathStep(participantId: bo.id, step: .introduktion, date: "2026-11-02")
    }

    private func openShadowing(width: Int = 80, height: Int = 24, language: Language = .sv) throws -> AppHarness {
        let app = try AppHarness(width: width, height: height, language: language, seed: Self.seed)
        app.open(.shadowing)
        return app
    }

    func testDayViewAt80x24ShowsEveryParticipantAndMissingEntries() throws {
        let app = try openShadowing()
        XCTAssertEqual(app.lines[3], " Måndag 2026-11-23 · 0 av 3 loggade · Team Ängen")
        app.press(.left, .left, .left)
        assertScreen(app, [
            " Vardag › Skuggning",
            "  Dag │ Hypoteser │ Deltagare │ Analys │ Uppgiftskatalog │ Team │ Handledare",
            "",
            " Fredag 2026-11-20 · 2 av 3 loggade · Team Ängen",
            "",
            "  Deltagare      Skuggade       Uppgifter                     Min Lärdomar",
            "> Anna Åkesson   Undersköterska Inköp, Personlig hygien        75 Inköpen kan s…",
            "  Bo Ek          Vårdbiträde    Läkemedelsöverlämning, Tvätt   50",
            "  Özlem Yıldız   – saknas –",
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
        app.press(.right)
        XCTAssertEqual(app.lines[3], " Lördag 2026-11-21 · 0 av 3 loggade · Team Ängen")
        app.press(.char("<"))
        XCTAssertEqual(app.lines[3], " Lördag 2026-11-14 · 0 av 3 loggade · Team Ängen")
        app.press(.char("i"))
        XCTAssertEqual(app.lines[3], " Måndag 2026-11-23 · 0 av 3 loggade · Team Ängen")
    }

    func testDayViewAt120x40UsesTheWidth() throws {
        let app = try openShadowing(width: 120, height: 40)
        app.press(.left, .left, .left)
        assertScreen(app, [
            " Vardag › Skuggning",
            "  Dag │ Hypoteser │ Deltagare │ Analys │ Uppgiftskatalog │ Team │ Handledare",
            "",
            " Fredag 2026-11-20 · 2 av 3 loggade · Team Ängen",
            "",
            "  Deltagare                Skuggade       Uppgifter                                         Min Lärdomar",
            "> Anna Åkesson             Undersköterska Inköp, Personlig hygien                            75 Inköpen kan samordnas.",
            "  Bo Ek                    Vårdbiträde    Läkemedelsöverlämning, Tvätt                       50",
            "  Özlem Yıldız             – saknas –",
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
            "",
            "",
            "",
        ])
    }

    func testEntryFormAt80x24SearchesIncrementally() throws {
        let app = try openShadowing()
        app.press(.left, .left, .left, .enter)
        app.type("tvä")
        assertScreen(app, [
            " Vardag › Skuggning",
            "┌ Ändra dagens logg: Anna Åkesson ─────────────────────────────────────────────┐",
            "│ Datum         2026-11-20                                                     │",
            "│ Skuggade      < Undersköterska >  < ingen namngiven >                        │",
            "│ Uppgift       tvä                                                            │",
            "│               > Tvätt                   Service · 30 min · ja                │",
            "│ Observerade uppgifter: 2 · 75 min                                            │",
            "│ 1  Inköp                    45   min < ja > Service                          │",
            "│ 2  Personlig hygien         30   min < nej > Omvårdnad                       │",
            "│                                                                              │",
            "│                                                                              │",
            "│                                                                              │",
            "│                                                                              │",
            "│                                                                              │",
            "│                                                                              │",
            "│                                                                              │",
            "│                                                                              │",
            "│ Lärdomar      Inköpen kan samordnas.                                         │",
            "│                                                                              │",
            "│                                                                              │",
            "│ Enter lägg till/lärdomar/spara · Tab fält · Space bedöm · Del bort · Ctrl-Y  │",
            "└──────────────────────────────────────────────────────────────────────────────┘",
        ])
        let big = try openShadowing(width: 120, height: 40)
        big.press(.left, .left, .left, .enter)
        big.type("tvä")
        assertScreen(big, [
            " Vardag › Skuggning",
            "┌ Ändra dagens logg: Anna Åkesson ─────────────────────────────────────────────────────────────────────────────────────┐",
            "│ Datum         2026-11-20                                                                                             │",
            "│ Skuggade      < Undersköterska >  < ingen namngiven >                                                                │",
            "│ Uppgift       tvä                                                                                                    │",
            "│               > Tvätt                   Service · 30 min · ja                                                        │",
            "│ Observerade uppgifter: 2 · 75 min                                                                                    │",
            "│ 1  Inköp                    45   min < ja > Service                                                                  │",
            "│ 2  Personlig hygien         30   min < nej > Omvårdnad                                                               │",
            "│                                                                                                                      │",
            "│                                                                                                                      │",
            "│                                                                                                                      │",
            "│                                                                                                                      │",
            "│                                                                                                                      │",
            "│                                                                                                                      │",
            "│                                                                                                                      │",
            "│                                                                                                                      │",
            "│                                                                                                                      │",
            "│                                                                                                                      │",
            "│                                                                                                                      │",
            "│                                                                                                                      │",
            "│                                                                                                                      │",
            "│                                                                                                                      │",
            "│                                                                                                                      │",
            "│                                                                                                                      │",
            "│                                                                                                                      │",
            "│                                                                                                                      │",
            "│                                                                                                                      │",
            "│                                                                                                                      │",
            "│                                                                                                                      │",
            "│                                                                                                                      │",
            "│                                                                                                                      │",
            "│                                                                                                                      │",
            "│ Lärdomar      Inköpen kan samordnas.                                                                                 │",
            "│                                                                                                                      │",
            "│                                                                                                                      │",
            "│ Enter lägg till/lärdomar/spara · Tab fält · Space bedöm · Del bort · Ctrl-Y                                          │",
            "└──────────────────────────────────────────────────────────────────────────────────────────────────────────────────────┘",
        ])
    }

    func testAnalysisAt80x24And120x40() throws {
        let app = try openShadowing()
        app.press(.tab, .tab, .tab)
        assertScreen(app, [
            " Vardag › Skuggning",
            "  Dag │ Hypoteser │ Deltagare │ Analys │ Uppgiftskatalog │ Team │ Handledare",
            "",
            " Hela perioden: 2026-11-02 – 2027-03-31 · p byter period",
            "",
            " 245 observerade minuter i 7 uppgifter",
            " Överförbart (ja): 67 % · varav servicearbete 67 % · med stöd 16 %",
            "",
            " Minuter per kategori",
            " Service                  ███████████████████████████████▊ 205 min (84 %)",
            " Omvårdnad                ████▋ 30 min (12 %)",
            " Delegerad HSL            █▌ 10 min (4 %)",
            " Annat                     0 min (0 %)",
            " Överförbart (ja)         █████████████████████████▋ 165 min (67 %)",
            "",
            " Utkast: servicebiträdets uppgifter      Deltagare per steg",
            " 1. Apoteksärenden    100 % ja av 1      Introduktion 1 · Skuggning 1 · Egna",
            " 2. Inköp             100 % ja av 1      insatser med stöd 0 · Självständigt 0",
            " 3. Städning          100 % ja av 1      · Anställd servicebiträde 0 · slutat 0",
            " 4. Tvätt             50 % ja av 2",
            "                                         Lärdomar per vecka",
            "                                         ▅█",
        ])
        let big = try openShadowing(width: 120, height: 40)
        big.press(.tab, .tab, .tab)
        assertScreen(big, [
            " Vardag › Skuggning",
            "  Dag │ Hypoteser │ Deltagare │ Analys │ Uppgiftskatalog │ Team │ Handledare",
            "",
            " Hela perioden: 2026-11-02 – 2027-03-31 · p byter period",
            "",
            " 245 observerade minuter i 7 uppgifter",
            " Överförbart (ja): 67 % · varav servicearbete 67 % · med stöd 16 %",
            "",
            " Minuter per kategori",
            " Service                  █████████████████████████████████████████████████████████████████▎ 205 min (84 %)",
            " Omvårdnad                █████████▌ 30 min (12 %)",
            " Delegerad HSL            ███▏ 10 min (4 %)",
            " Annat                     0 min (0 %)",
            " Överförbart (ja)         ████████████████████████████████████████████████████▌ 165 min (67 %)",
            "",
            " Utkast: servicebiträdets uppgifter                          Deltagare per steg",
            " 1. Apoteksärenden                        100 % ja av 1      Introduktion 1 · Skuggning 1 · Egna insatser med stöd 0 ·",
            " 2. Inköp                                 100 % ja av 1      Självständigt 0 · Anställd servicebiträde 0 · slutat 0",
            " 3. Städning                              100 % ja av 1",
            " 4. Tvätt                                 50 % ja av 2       Lärdomar per vecka",
            "                                                             ▅█",
            "                                                             3 lärdomar på 2 veckor",
            "",
            "                                                             2026-W46  1",
            "                                                             2026-W47  2",
            "",
            "",
            "",
            "",
            "",
            "",
            " Minuter per uppgift (andel ja)",
            " Tvätt                    ███████████████████████████████████████████████████████████████████████████ 70 min · 43 % ja",
            " Städning                 ████████████████████████████████████████████████████████████████▎ 60 min · 100 % ja",
            " Inköp                    ████████████████████████████████████████████████▎ 45 min · 100 % ja",
            " Apoteksärenden           ████████████████████████████████▏ 30 min · 100 % ja",
            " Personlig hygien         ████████████████████████████████▏ 30 min · 0 % ja",
            " Läkemedelsöverlämning    ██████████▊ 10 min · 0 % ja",
        ])
        big.press(.char("p"))
        XCTAssertEqual(big.lines[3], " Senaste 8 veckorna: 2026-11-02 – 2026-11-23 · p byter period")
    }

    private func entry(_ app: AppHarness, participant: String, date: String) throws -> DayEntry? {
        let team = try XCTUnwrap(try app.store.shadowingTeams().first { $0.name == "Team Ängen" })
        let p = try XCTUnwrap(try app.store.shadowingParticipants(teamId: team.id).first { $0.name == participant })
        return try app.store.dayEntry(participantId: p.id, date: try LocalDate.parse(date))
    }

    func testTheDraftTaskListScrollsWithMarksAt80x24() throws {
        let app = try AppHarness(seed: { store in
            try Self.seed(store)
            let team = try XCTUnwrap(try store.shadowingTeams().first)
            let anna = try XCTUnwrap(try store.shadowingParticipants(teamId: team.id).first { $0.name == "Anna Åkesson" })
            let ids = Dictionary(uniqueKeysWithValues: try store.shadowingTasks().map { ($0.name, $0.id) })
            let more = ["Matdistribution", "Disk", "Bäddning", "Enklare matlagning", "Sophantering", "Promenad"]
            try store.saveDayEntry(DayEntryDraft(teamId: team.id, participantId: anna.id, date: "2026-11-18", role: .underskoterska,
                                                 tasks: more.map { .init(taskId: ids[$0], minutes: "10", judgement: .yes) }, lessons: ""))
        })
        app.open(.shadowing)
        app.press(.tab, .tab, .tab)
        XCTAssertEqual(app.lines[15], " Utkast: uppgifter 1–6 av 10  ↓          Deltagare per steg")
        let firstShown = app.lines[16]
        app.press(.down)
        XCTAssertTrue(app.lines[15].hasPrefix(" Utkast: uppgifter 2–7 av 10 ↑↓"), app.lines[15])
        XCTAssertTrue(app.lines[16].hasPrefix(" 2. "), app.lines[16])
        app.press(.pageDown, .pageDown)
        XCTAssertTrue(app.lines[15].hasPrefix(" Utkast: uppgifter 5–10 av 10 ↑"), app.lines[15])
        XCTAssertTrue(app.lines[21].hasPrefix(" 10. "), "the last task is reachable: \(app.lines[21])")
        app.press(.up)
        XCTAssertTrue(app.lines[16].hasPrefix(" 4. "), "up moves at once after the end: \(app.lines[16])")
        app.press(.home)
        XCTAssertEqual(app.lines[16], firstShown)
        // In a tall window the per-task bars take the lower part; the list still ends at its last row.
        app.resize(width: 120, height: 40)
        let header = try XCTUnwrap(app.lines.firstIndex { $0.hasPrefix(" Utkast: uppgifter") }, linesDiff(app.lines, []))
        app.press(.end)
        let shown = app.lines[header].split(separator: " ")[2]  // "a–b"
        XCTAssertTrue(shown.hasSuffix("–10"), app.lines[header])
        let before = app.lines[header]
        app.press(.up)
        XCTAssertNotEqual(app.lines[header], before, "up moves at once after End")
    }

    func testTypingTväAndInköAddsTasksWithDefaultsAndEnterStoresTheDay() throws {
        let app = try openShadowing()
        let audits = try app.store.auditCount()
        app.press(.down, .down, .enter)
        XCTAssertTrue(app.lines[1].contains("Logga dagen: Özlem Yıldız"), app.lines[1])
        app.type("tvä")
        app.press(.enter)
        app.type("inkö")
        XCTAssertTrue(app.lines[5].contains("> Inköp"), linesDiff(app.lines, []))
        app.press(.enter)
        XCTAssertTrue(app.lines.contains { $0.contains("1  Tvätt") && $0.contains("30   min < ja >") }, linesDiff(app.lines, []))
        XCTAssertTrue(app.lines.contains { $0.contains("2  Inköp") && $0.contains("45   min < ja >") }, linesDiff(app.lines, []))
        app.press(.tab)  // to Tvätt's minutes
        app.press(.backspace, .backspace)
        app.type("25")
        app.press(.tab, .char(" "))  // to its judgement: ja -> med stöd
        app.press(.enter)
        let stored = try XCTUnwrap(try entry(app, participant: "Özlem Yıldız", date: "2026-11-23"))
        XCTAssertEqual(stored.tasks.map(\.taskName), ["Tvätt", "Inköp"])
        XCTAssertEqual(stored.tasks.map(\.minutes), [25, 45])
        XCTAssertEqual(stored.tasks.map(\.judgement), [.withSupport, .yes])
        XCTAssertEqual(try app.store.auditCount(), audits + 1)
        XCTAssertEqual(app.lines[8], "> Özlem Yıldız   Undersköterska Tvätt, Inköp                   70")
        XCTAssertTrue(app.statusLine.hasPrefix("Sparat: Özlem Yıldız, 70 min "), app.statusLine)
    }

    func testMinutesOutsideOneToSixHundredAreRefusedAtTheRowAndNothingIsStored() throws {
        let app = try openShadowing()
        app.press(.enter)
        app.type("tvä")
        app.press(.enter, .tab, .backspace, .backspace)
        app.type("0")
        app.press(.enter)
        XCTAssertTrue(app.lines.contains { $0.contains("1  Tvätt") && $0.contains("Minuter ska vara 1–600.") }, linesDiff(app.lines, []))
        XCTAssertTrue(app.lines.contains { $0.contains("Rätta det som är markerat; inget är sparat.") })
        XCTAssertNil(try entry(app, participant: "Anna Åkesson", date: "2026-11-23"))
        app.press(.ctrl("u"))
        app.type("601")
        app.press(.enter)
        XCTAssertNil(try entry(app, participant: "Anna Åkesson", date: "2026-11-23"))
        app.press(.backspace, .backspace, .backspace)
        app.type("60")
        app.press(.enter)
        XCTAssertEqual(try entry(app, participant: "Anna Åkesson", date: "2026-11-23")?.tasks.map(\.minutes), [60])
    }

    func testDateOutsideTheTeamsPeriodIsRefusedAtTheDateField() throws {
        let app = try openShadowing()
        app.press(.enter)
        app.type("tvä")
        app.press(.enter, .backTab, .backTab, .backTab, .ctrl("u"))
        app.type("2027-05-01")
        app.press(.enter)
        XCTAssertEqual(app.lines[2], "│ Datum         2027-05-01   Utanför teamets period 2026-11-02 – 2027-03-31.   │")
        XCTAssertNil(try entry(app, participant: "Anna Åkesson", date: "2027-05-01"))
    }

    func testMinutesTakeDigitsOnlyAndSayWhyAndSpaceThereLeavesTheJudgement() throws {
        let app = try openShadowing()
        app.press(.enter)
        app.type("tvä")
        app.press(.enter, .tab)  // Tvätt, 30 min, ja; focus on its minutes
        app.type("x")
        var row = try XCTUnwrap(app.lines.first { $0.contains("1  Tvätt") }, linesDiff(app.lines, []))
        XCTAssertTrue(row.contains("30   min < ja > Bara siffror 0–9"), row)
        app.press(.char(" "))
        row = try XCTUnwrap(app.lines.first { $0.contains("1  Tvätt") })
        XCTAssertTrue(row.contains("30   min < ja >"), "Space in the minutes must not step the judgement: \(row)")
        app.type("5")
        row = try XCTUnwrap(app.lines.first { $0.contains("1  Tvätt") })
        XCTAssertTrue(row.contains("305  min < ja > Service"), "a digit is typed and clears the message: \(row)")
        app.press(.backspace)
        app.press(.tab, .char(" "))  // the judgement: ja -> med stöd
        row = try XCTUnwrap(app.lines.first { $0.contains("1  Tvätt") })
        XCTAssertTrue(row.contains("30   min < med stöd >"), row)
        app.press(.left)
        app.press(.enter)
        let stored = try XCTUnwrap(try entry(app, participant: "Anna Åkesson", date: "2026-11-23"))
        XCTAssertEqual(stored.tasks.map(\.minutes), [30])
        XCTAssertEqual(stored.tasks.map(\.judgement), [.yes])
        // A paste with letters keeps its digits and says what was dropped.
        app.press(.enter)  // the next participant, Bo
        app.type("tvä")
        app.press(.enter, .tab)
        app.runner.step(.paste("4x5"))
        row = try XCTUnwrap(app.lines.first { $0.contains("1  Tvätt") }, linesDiff(app.lines, []))
        XCTAssertTrue(row.contains("Bara siffror 0–9"), row)
    }

    func testCopyingAShorterDayWhileOnALaterLineKeepsTheFormUsable() throws {
        let app = try openShadowing()
        app.press(.down, .enter)  // Bo, 2026-11-23; his last day (11-20) has two lines
        for task in ["tvä", "inkö", "städ"] {
            app.type(task)
            app.press(.enter)
        }
        app.press(.tab, .tab, .tab, .tab, .tab, .tab)  // the third line's judgement
        app.press(.ctrl("y"))
        XCTAssertTrue(app.lines.contains { $0.contains("Kopierat från 2026-11-20") }, linesDiff(app.lines, []))
        app.type("tvä")  // focus is back on the search
        app.press(.enter, .enter, .enter)  // add, on to Lärdomar, save
        XCTAssertEqual(try entry(app, participant: "Bo Ek", date: "2026-11-23")?.tasks.map(\.taskName),
                       ["Läkemedelsöverlämning", "Tvätt", "Tvätt"])
    }

    func testChosenTeamIsRememberedPerUserWhenSkuggningOpensAgain() throws {
        let app = try openShadowing()
        let kommun = try XCTUnwrap(try app.store.kommuner().first)
        let hostTeam = try XCTUnwrap(try app.store.registerTree().kommuner.first?.enheter.first?.teams.first?.team)
        // "Team Björken" sorts before "Team Ängen", where the seed's days were logged: the
        // last team logged in is remembered, so Ängen opens.
        let björken = try app.store.createShadowingTeam(ShadowingTeamDraft(
            kommunId: kommun.id, hostTeamId: hostTeam.id, name: "Team Björken", startDate: "2026-11-02", endDate: "2027-03-31",
            supervisorIds: []))
        app.press(.escape, .char("3"))
        XCTAssertTrue(app.lines[3].hasSuffix("Team Ängen"), app.lines[3])
        app.press(.char("t"))
        XCTAssertTrue(app.lines[3].hasSuffix("Team Björken"), app.lines[3])
        app.press(.escape, .char("3"))
        XCTAssertTrue(app.lines[3].hasSuffix("Team Björken"), "reopening shows the chosen team: \(app.lines[3])")
        XCTAssertEqual(try app.store.chosenShadowingTeamId(), björken.id)
        // Another login has made no choice of her own.
        XCTAssertNil(try app.database.open(user: "annan").chosenShadowingTeamId())
    }

    /// Logging a participant's day with three tasks and one lesson takes at most 16 keys
    /// besides the lesson's text, counted from the main menu: 3 (Skuggning, on the team
    /// last logged in), Enter (her form), "tvä" Enter, "ink" Enter, "mat" Enter, Enter on
    /// the empty search (to Lärdomar), the lesson, Enter (saved).
    func testLoggingADayWithThreeTasksAndALessonTakesAtMostSixteenKeysFromTheMainMenu() throws {
        let app = try AppHarness(seed: Self.seed)
        let kommun = try XCTUnwrap(try app.store.kommuner().first)
        let hostTeam = try XCTUnwrap(try app.store.registerTree().kommuner.first?.enheter.first?.teams.first?.team)
        // A team that sorts first: only the remembered team spares a `t`.
        try app.store.createShadowingTeam(ShadowingTeamDraft(
            kommunId: kommun.id, hostTeamId: hostTeam.id, name: "Team Björken", startDate: "2026-11-02", endDate: "2027-03-31",
            supervisorIds: []))
        XCTAssertTrue(app.lines.contains { $0.contains("Välj verktyg") }, linesDiff(app.lines, []))
        var keys = 0
        func press(_ key: Key) { keys += 1; app.press(key) }
        func type(_ text: String) { for c in text { press(.char(c)) } }
        press(.char("3"))
        XCTAssertTrue(app.lines[3].hasSuffix("Team Ängen"), app.lines[3])
        press(.enter)
        XCTAssertTrue(app.lines[1].contains("Logga dagen: Anna Åkesson"), app.lines[1])
        for search in ["tvä", "ink", "mat"] {
            type(search)
            press(.enter)
        }
        press(.enter)  // the empty search: on to Lärdomar
        let lesson = "Tvätten och inköpen hinns med på förmiddagen."
        app.type(lesson)  // the lesson's own text is not counted
        XCTAssertTrue(app.lines.contains { $0.contains("Lärdomar") && $0.contains("Tvätten och inköpen") }, linesDiff(app.lines, []))
        press(.enter)
        XCTAssertLessThanOrEqual(keys, 16)
        XCTAssertEqual(keys, 16)
        let stored = try XCTUnwrap(try entry(app, participant: "Anna Åkesson", date: "2026-11-23"))
        XCTAssertEqual(stored.tasks.map(\.taskName), ["Tvätt", "Inköp", "Matdistribution"])
        XCTAssertEqual(stored.lessons, lesson)
        XCTAssertTrue(app.statusLine.hasPrefix("Sparat: Anna Åkesson, 90 min"), app.statusLine)
    }

    /// The same in English: the form's hint and the help overlay name the new Enter.
    func testEnterOnTheEmptySearchGoesToTheLessonsInEnglishToo() throws {
        let app = try openShadowing(language: .en)
        app.press(.enter)
        XCTAssertTrue(app.lines.contains { $0.contains("Enter add/lessons/save") }, linesDiff(app.lines, []))
        app.type("tv")
        app.press(.enter, .enter)
        app.type("Quick")
        XCTAssertTrue(app.lines.contains { $0.contains("Lessons") && $0.contains("Quick") }, linesDiff(app.lines, []))
        app.press(.enter)
        XCTAssertEqual(try entry(app, participant: "Anna Åkesson", date: "2026-11-23")?.lessons, "Quick")
        app.press(.char("?"))
        XCTAssertTrue(app.lines.contains { $0.contains("on an empty search go to the") }, linesDiff(app.lines, []))
    }

    /// Shift-Tab from the search reaches the person shadowed, on the role's row; → names the
    /// host team's staff in turn; the day view shows her name in place of the role.
    func testTheStaffMemberShadowedIsChosenWithArrowsAndShownInTheDayView() throws {
        let app = try openShadowing()
        let team = try XCTUnwrap(try app.store.shadowingTeams().first { $0.name == "Team Ängen" })
        let staff = try app.store.medarbetare(teamId: team.hostTeamId)
        let first = try XCTUnwrap(staff.first)
        app.press(.enter)
        XCTAssertTrue(app.lines.contains { $0.contains("Skuggade") && $0.contains("< Undersköterska >  < ingen namngiven >") },
                      linesDiff(app.lines, []))
        app.press(.backTab, .right)
        XCTAssertTrue(app.lines.contains { $0.contains("< Undersköterska >  < \(first.name) >") }, linesDiff(app.lines, []))
        app.press(.left)
        XCTAssertTrue(app.lines.contains { $0.contains("< ingen namngiven >") }, "← steps back to no one")
        app.press(.left)
        XCTAssertTrue(app.lines.contains { $0.contains("< \(try! XCTUnwrap(staff.last).name) >") }, "and wraps to the last")
        app.press(.right, .right)
        app.press(.tab)
        app.type("tvä")
        app.press(.enter, .enter, .enter)
        let stored = try XCTUnwrap(try entry(app, participant: "Anna Åkesson", date: "2026-11-23"))
        XCTAssertEqual(stored.staffId, first.id)
        let row = try XCTUnwrap(app.lines.first { $0.contains("Anna Åkesson") })
        XCTAssertTrue(row.contains(String(first.name.prefix(12))), row)
        // Reopened, the form shows her again.
        app.press(.up, .enter)
        XCTAssertTrue(app.lines.contains { $0.contains("< \(first.name) >") }, linesDiff(app.lines, []))
    }

    func testTheStaffFieldInEnglish() throws {
        let app = try openShadowing(language: .en)
        app.press(.enter)
        XCTAssertTrue(app.lines.contains { $0.contains("Shadowed") && $0.contains("< no one named >") }, linesDiff(app.lines, []))
    }

    func testADayThatWouldBeRefusedIsRefusedWhenChosenAndWhenItsFormOpens() throws {
        let app = try openShadowing()
        app.press(.char("<"), .char("<"), .char("<"))
        XCTAssertEqual(app.lines[3], " Måndag 2026-11-02 · 0 av 3 loggade · Team Ängen")
        XCTAssertFalse(app.statusLine.contains("utanför"), app.statusLine)
        app.press(.left)
        // The status line keeps the start and end of a long message (the path and user stay at the right).
        XCTAssertTrue(app.statusLine.hasPrefix("Utanför teamets period 20"), app.statusLine)
        XCTAssertTrue(app.statusLine.contains("dagen kan inte loggas."), app.statusLine)
        app.press(.enter)
        XCTAssertFalse(app.lines[1].contains("Logga dagen"), "no form for a day that cannot be stored: \(app.lines[1])")
        XCTAssertTrue(app.statusLine.hasPrefix("Kan inte loggas: Utanför"), app.statusLine)
        XCTAssertTrue(app.statusLine.contains("2027-03-31."), app.statusLine)
        // A participant who left: a later date typed into her form is refused at the date at once.
        let bo = try XCTUnwrap(try app.store.shadowingParticipants(teamId: try app.store.shadowingTeams()[0].id).first { $0.name == "Bo Ek" })
        try app.store.recordLeaving(participantId: bo.id, date: "2026-11-20", outcome: .annatArbete)
        app.press(.char("i"), .left, .left, .left, .down, .enter)  // Fredag 2026-11-20, Bo's logged day
        XCTAssertTrue(app.lines[1].contains("Bo Ek"), app.lines[1])
        XCTAssertFalse(app.lines[2].contains("slutade"), app.lines[2])
        app.press(.backTab, .backTab, .backTab, .ctrl("u"))
        app.type("2026-11-23")
        XCTAssertEqual(app.lines[2], "│ Datum         2026-11-23   Deltagaren slutade 2026-11-20; senare dagar kan … │")
    }

    func testASessionOpenPastMidnightMovesOnToTheNewDay() throws {
        let clock = MovingClock(try LocalDate(year: 2026, month: 11, day: 23))
        let app = try AppHarness(seed: Self.seed, clock: { clock.today })
        app.open(.shadowing)
        XCTAssertEqual(app.lines[3], " Måndag 2026-11-23 · 0 av 3 loggade · Team Ängen")
        app.press(.tab)
        XCTAssertEqual(app.lines[3], " 2 hypoteser · 1 att granska nu (överst, märkta !)")
        clock.today = try LocalDate(year: 2026, month: 12, day: 15)
        app.press(.char("j"))  // any key: the screen reads the new day
        XCTAssertEqual(app.lines[3], " 2 hypoteser · 2 att granska nu (överst, märkta !)", "the 2026-12-15 review is due now")
        app.press(.backTab, .char("i"))
        XCTAssertEqual(app.lines[3], " Tisdag 2026-12-15 · 0 av 3 loggade · Team Ängen", "i goes to the new today")
    }

    func testSearchWithoutMatchSaysSoAndEmptyEntryCanBeCancelled() throws {
        let app = try openShadowing()
        app.press(.enter)
        app.type("xyz")
        XCTAssertTrue(app.lines[4].contains("Ingen uppgift matchar."), app.lines[4])
        app.press(.enter)
        XCTAssertTrue(app.lines[1].contains("Logga dagen"), "Enter with no match adds nothing and does not save")
        app.press(.escape, .escape)
        XCTAssertEqual(app.lines[3], " Måndag 2026-11-23 · 0 av 3 loggade · Team Ängen")
    }

    func testEscOnAHalfTypedDayLogAsksBeforeThrowingItAway() throws {
        let app = try openShadowing()
        app.press(.enter)
        app.type("tvä")
        app.press(.enter)
        app.press(.escape)
        XCTAssertTrue(app.lines.contains { $0.contains("Osparade ändringar") }, linesDiff(app.lines, []))
        XCTAssertTrue(app.lines.contains { $0.contains("Kasta ändringarna? (j/n)") }, linesDiff(app.lines, []))
        app.press(.char("n"))
        XCTAssertTrue(app.lines[1].contains("Logga dagen: Anna Åkesson"), app.lines[1])
        XCTAssertTrue(app.lines.contains { $0.contains("1  Tvätt") }, "no keeps what was typed")
        app.press(.escape, .escape)
        XCTAssertTrue(app.lines.contains { $0.contains("1  Tvätt") }, "Esc answers the question, the form stays")
        app.press(.escape, .char("j"))
        XCTAssertEqual(app.lines[3], " Måndag 2026-11-23 · 0 av 3 loggade · Team Ängen")
        XCTAssertNil(try entry(app, participant: "Anna Åkesson", date: "2026-11-23"))
        // An untouched form (also a copied one) closes at once.
        app.press(.enter, .escape)
        XCTAssertEqual(app.lines[3], " Måndag 2026-11-23 · 0 av 3 loggade · Team Ängen")
        app.press(.char("c"), .escape)
        XCTAssertEqual(app.lines[3], " Måndag 2026-11-23 · 0 av 3 loggade · Team Ängen")
    }

    func testEscOnAnEditedHypothesisFormAsksInEnglish() throws {
        let app = try openShadowing(language: .en)
        app.press(.tab, .char("a"))
        app.type("Laundry")
        app.press(.escape)
        XCTAssertTrue(app.lines.contains { $0.contains("Discard the changes? (y/n)") }, linesDiff(app.lines, []))
        app.press(.char("y"))
        XCTAssertFalse(app.lines.contains { $0.contains("Laundry") }, linesDiff(app.lines, []))
        XCTAssertEqual(try app.store.hypotheses(teamId: try XCTUnwrap(try app.store.shadowingTeams().first).id).count, 2)
    }

    func testCopyPreviousStartsFromTheLastLoggedDayWithoutItsLessons() throws {
        let app = try openShadowing()
        app.press(.char("c"))
        XCTAssertTrue(app.lines.contains { $0.contains("1  Inköp") }, linesDiff(app.lines, []))
        XCTAssertTrue(app.lines.contains { $0.contains("2  Personlig hygien") })
        XCTAssertTrue(app.lines.contains { $0.contains("Kopierat från 2026-11-20") })
        XCTAssertTrue(app.lines.contains { $0.contains("Lärdomar      inga namn på brukare") }, "lessons are the day's own")
        app.press(.enter, .enter)  // on to Lärdomar, save
        XCTAssertEqual(try entry(app, participant: "Anna Åkesson", date: "2026-11-23")?.tasks.map(\.taskName), ["Inköp", "Personlig hygien"])
        // The cursor moved on to Bo; Ctrl-Y inside his empty form copies his last day too.
        app.press(.enter, .ctrl("y"))
        XCTAssertTrue(app.lines.contains { $0.contains("Kopierat från 2026-11-20") }, linesDiff(app.lines, []))
        XCTAssertTrue(app.lines.contains { $0.contains("1  Läkemedelsöverlämning") })
        // The copy changed what the form opened with, so Esc asks before throwing it away.
        app.press(.escape, .char("j"))
        app.press(.down, .char("c"))
        XCTAssertTrue(app.statusLine.contains("Özlem Yıldız har ingen tidigare logg att kopiera."), app.statusLine)
    }

    func testHypothesesListDueFirstAndStatusCycles() throws {
        let app = try openShadowing()
        app.press(.tab)
        XCTAssertEqual(app.lines[3], " 2 hypoteser · 1 att granska nu (överst, märkta !)")
        XCTAssertEqual(app.lines[6], "> ! pågår      2026-11-20 Tvätt kan tas över helt                              0")
        app.press(.char("s"))  // closing asks for the conclusion first
        app.type("Tvätten tas över.")
        app.press(.enter)
        XCTAssertEqual(try app.store.hypotheses(teamId: try app.store.shadowingTeams()[0].id).first?.status, .bekraftad)
        XCTAssertEqual(app.lines[3], " 2 hypoteser · 0 att granska nu (överst, märkta !)")
        app.press(.char("k"))
        XCTAssertTrue(app.lines[1].contains("Koppla dagar med lärdomar"), app.lines[1])
        app.press(.char(" "), .enter)
        XCTAssertTrue(app.lines.contains { $0.contains("Tvätt kan tas över helt") && $0.hasSuffix("1") }, linesDiff(app.lines, []))
    }

    func testPathShowsStepsAndRecordsTheNextStep() throws {
        let app = try openShadowing()
        app.press(.tab, .tab)
        XCTAssertEqual(app.lines[3], " 3 aktiva deltagare · 0 har slutat · Obs: 3 aktiva deltagare, projektet planer…")
        XCTAssertEqual(app.lines[6], "> Anna Åkesson      Skuggning               2026-11-09")
        app.press(.enter)
        XCTAssertTrue(app.lines.contains { $0.contains("Nästa steg") && $0.contains("< Egna insatser med stöd >") }, linesDiff(app.lines, []))
        app.press(.enter)
        XCTAssertEqual(app.lines[6], "> Anna Åkesson      Egna insatser med stöd  2026-11-23", "no step is cut at 80x24")
        XCTAssertEqual(try app.store.shadowingParticipants(teamId: try app.store.shadowingTeams()[0].id)[0].path.current, .egnaMedStod)
    }

    /// `v` on Deltagare shows the selected participant's every step with its date and the
    /// days in it, at 80x24, in Swedish and English; Esc closes it.
    func testVShowsTheStepHistoryWithEveryDate() throws {
        let app = try openShadowing()
        app.press(.tab, .tab)
        app.press(.char("v"))
        XCTAssertTrue(app.lines[3].contains("┌ Stegen: Anna Åkesson ─"), linesDiff(app.lines, []))
        XCTAssertEqual(app.lines[4], "  │ Steg                     Datum       Tid i steget                        │")
        XCTAssertEqual(app.lines[5], "  │ Introduktion             2026-11-02  7 dagar                             │")
        XCTAssertEqual(app.lines[6], "> │ Skuggning                2026-11-09  14 dagar hittills                   │")
        XCTAssertTrue(app.lines.contains { $0.contains("Esc, Enter eller v stänger") }, linesDiff(app.lines, []))
        app.press(.escape)
        XCTAssertFalse(app.lines.contains { $0.contains("Stegen:") }, linesDiff(app.lines, []))
        XCTAssertEqual(app.lines[6], "> Anna Åkesson      Skuggning               2026-11-09")
        // Özlem has no steps yet.
        app.press(.down, .down, .char("v"))
        XCTAssertTrue(app.lines.contains { $0.contains("Inga steg ännu.") }, linesDiff(app.lines, []))
        app.press(.char("v"))
        XCTAssertFalse(app.lines.contains { $0.contains("Inga steg ännu.") })

        let en = try openShadowing(language: .en)
        en.press(.tab, .tab, .char("v"))
        XCTAssertTrue(en.lines[3].contains("Steps: Anna Åkesson"), linesDiff(en.lines, []))
        XCTAssertTrue(en.lines.contains { $0.contains("2026-11-09") && $0.contains("14 days so far") }, linesDiff(en.lines, []))
        en.press(.enter, .char("?"))
        XCTAssertTrue(en.lines.contains { $0.contains("the participant's every step with dates") }, linesDiff(en.lines, []))
    }

    /// `v` on Analys shows the period's lärdomar week by week as text, at 80x24, the latest
    /// week first; ←→ another week; Esc closes; in English too.
    func testVOnAnalysisShowsTheLessonsWeekByWeek() throws {
        let app = try openShadowing()
        app.press(.tab, .tab, .tab, .char("v"))
        XCTAssertTrue(app.lines[2].contains("Lärdomar Vecka 47: 2026-11-16 – 2026-11-22 (2 av 2)"), linesDiff(app.lines, []))
        XCTAssertTrue(app.lines[3].contains("2026-11-19 Anna Åkesson: Städningen gick fort."), linesDiff(app.lines, []))
        XCTAssertTrue(app.lines[4].contains("2026-11-20 Anna Åkesson: Inköpen kan samordnas."), linesDiff(app.lines, []))
        XCTAssertTrue(app.lines.contains { $0.contains("←→ vecka · ↑↓ rulla · Esc stänger") }, linesDiff(app.lines, []))
        app.press(.left)
        XCTAssertTrue(app.lines[2].contains("Vecka 46: 2026-11-09 – 2026-11-15 (1 av 2)"), linesDiff(app.lines, []))
        XCTAssertTrue(app.lines[3].contains("2026-11-12 Bo Ek: Apoteket tar tid."), linesDiff(app.lines, []))
        app.press(.left)
        XCTAssertTrue(app.lines[2].contains("(1 av 2)"), "no week before the first")
        app.press(.escape)
        XCTAssertFalse(app.lines.contains { $0.contains("Lärdomar Vecka") }, linesDiff(app.lines, []))
        app.press(.char("?"))
        XCTAssertTrue(app.lines.contains { $0.contains("lärdomar per vecka som text") }, linesDiff(app.lines, []))

        let en = try openShadowing(language: .en)
        en.press(.tab, .tab, .tab, .char("v"))
        XCTAssertTrue(en.lines[2].contains("Lessons Week 47: 2026-11-16 – 2026-11-22 (2 of 2)"), linesDiff(en.lines, []))
    }

    /// In the link box (`k` on Hypoteser) letters search the days by date, participant and
    /// lessons; Space links the found day; Esc first clears the search, then closes.
    func testLinkingEvidenceSearchesTheDaysByTyping() throws {
        let app = try openShadowing()
        app.press(.tab, .char("k"))
        XCTAssertTrue(app.lines.contains { $0.contains("Sök: _  (3 av 3 dagar; skriv för att söka)") }, linesDiff(app.lines, []))
        app.type("APO")
        XCTAssertTrue(app.lines.contains { $0.contains("Sök: APO_  (1 av 3 dagar") }, linesDiff(app.lines, []))
        XCTAssertTrue(app.lines.contains { $0.contains("Bo Ek") && $0.contains("Apoteket tar tid.") }, linesDiff(app.lines, []))
        XCTAssertFalse(app.lines.contains { $0.contains("Städningen gick fort.") }, linesDiff(app.lines, []))
        app.press(.char(" "))
        let team = try XCTUnwrap(try app.store.shadowingTeams().first { $0.name == "Team Ängen" })
        let tvätt = try XCTUnwrap(try app.store.hypotheses(teamId: team.id).first { $0.statement == "Tvätt kan tas över helt" })
        let bo = try XCTUnwrap(try app.store.shadowingParticipants(teamId: team.id).first { $0.name == "Bo Ek" })
        let boDay = try XCTUnwrap(try app.store.dayEntry(participantId: bo.id, date: try LocalDate.parse("2026-11-12")))
        XCTAssertEqual(tvätt.linkedEntryIds, [boDay.id])
        XCTAssertTrue(app.lines.contains { $0.contains("[x]") && $0.contains("Bo Ek") }, linesDiff(app.lines, []))
        app.press(.backspace)
        XCTAssertTrue(app.lines.contains { $0.contains("Sök: AP_") }, linesDiff(app.lines, []))
        app.type("x")  // nothing matches "apx"
        XCTAssertTrue(app.lines.contains { $0.contains("(0 av 3 dagar") }, linesDiff(app.lines, []))
        app.press(.char(" "))  // no day under the cursor: nothing happens
        XCTAssertEqual(try app.store.hypotheses(teamId: team.id).first { $0.id == tvätt.id }?.linkedEntryIds, [boDay.id])
        app.press(.escape)
        XCTAssertTrue(app.lines.contains { $0.contains("(3 av 3 dagar") }, "Esc cleared the search: \(linesDiff(app.lines, []))")
        app.press(.escape)
        XCTAssertFalse(app.lines.contains { $0.contains("Koppla dagar") }, linesDiff(app.lines, []))

        let en = try openShadowing(language: .en)
        en.press(.tab, .char("k"))
        en.type("2026-11-2")
        XCTAssertTrue(en.lines.contains { $0.contains("Search: 2026-11-2_  (1 of 3 days") }, linesDiff(en.lines, []))
    }

    func testAStepDateIsCorrectedAndTheLatestStepTakenBackAfterAsking() throws {
        let app = try openShadowing()
        let team = try XCTUnwrap(try app.store.shadowingTeams().first)
        let anna = { try XCTUnwrap(try app.store.shadowingParticipants(teamId: team.id).first { $0.name == "Anna Åkesson" }) }
        app.press(.tab, .tab, .char("e"))
        XCTAssertTrue(app.lines.contains { $0.contains("Ändra datum för steg") }, linesDiff(app.lines, []))
        XCTAssertTrue(app.lines.contains { $0.contains("< Skuggning (2026-11-09) >") }, linesDiff(app.lines, []))
        app.press(.ctrl("u"))
        app.type("2026-11-01")
        app.press(.enter)
        XCTAssertTrue(app.lines.contains { $0.contains("före") && $0.contains("2026-11-02") }, linesDiff(app.lines, []))
        XCTAssertEqual(try anna().path.steps.map(\.date.iso), ["2026-11-02", "2026-11-09"], "nothing stored")
        app.press(.ctrl("u"))
        app.type("2026-11-10")
        app.press(.enter)
        XCTAssertEqual(try anna().path.steps.map(\.date.iso), ["2026-11-02", "2026-11-10"])
        XCTAssertEqual(app.lines[6], "> Anna Åkesson      Skuggning               2026-11-10")
        // An earlier step may not move past the one after it.
        app.press(.char("e"), .up, .left, .down, .ctrl("u"))
        app.type("2026-11-11")
        app.press(.enter)
        XCTAssertTrue(app.lines.contains { $0.contains("Efter nästa steg eller avslutet (2026-11-10).") },
                      linesDiff(app.lines, []))
        app.press(.escape, .char("j"))
        XCTAssertEqual(try anna().path.steps.map(\.date.iso), ["2026-11-02", "2026-11-10"])
        let audits = try app.store.auditCount()
        app.press(.char("x"))
        XCTAssertTrue(app.lines.contains { $0.contains("Ta tillbaka steg") }, linesDiff(app.lines, []))
        app.press(.char("n"))
        XCTAssertEqual(try anna().path.current, .skuggning)
        app.press(.char("x"), .char("j"))
        XCTAssertEqual(try anna().path.current, .introduktion)
        XCTAssertEqual(app.lines[6], "> Anna Åkesson      Introduktion            2026-11-02")
        XCTAssertTrue(app.statusLine.hasPrefix("Senaste steget för Anna Åkesson är borttaget."), app.statusLine)
        XCTAssertEqual(try app.store.auditCount(), audits + 1)
    }

    func testAHypothesisIsRemovedAfterAsking() throws {
        let app = try openShadowing()
        let team = try XCTUnwrap(try app.store.shadowingTeams().first)
        app.press(.tab, .char("x"))
        XCTAssertTrue(app.lines.contains { $0.contains("Ta bort hypotes") }, linesDiff(app.lines, []))
        XCTAssertTrue(app.lines.joined().contains("Tvätt kan tas över helt"), linesDiff(app.lines, []))
        app.press(.escape)
        XCTAssertEqual(try app.store.hypotheses(teamId: team.id).count, 2, "Esc keeps it")
        XCTAssertEqual(app.lines[1], "  Dag │ Hypoteser │ Deltagare │ Analys │ Uppgiftskatalog │ Team │ Handledare", "Esc closes only the question")
        let id = try XCTUnwrap(try app.store.hypotheses(teamId: team.id).first).id
        app.press(.char("x"), .char("j"))
        XCTAssertEqual(try app.store.hypotheses(teamId: team.id).map(\.statement), ["Apoteksärenden utan delegering"])
        XCTAssertEqual(try app.store.auditEntries(entity: "shadowing_hypothesis", entityId: id).first?.action, .delete)
        XCTAssertTrue(app.statusLine.hasPrefix("Hypotesen är borttagen."), app.statusLine)
    }

    func testCatalogueAddRefusesDuplicateAtTheField() throws {
        let app = try openShadowing()
        app.press(.tab, .tab, .tab, .tab)
        XCTAssertEqual(app.lines[3], " 25 aktiva uppgifter av 25")
        app.press(.char("a"))
        app.type("tvätt")
        app.press(.enter)
        XCTAssertTrue(app.lines.contains { $0.contains("Namnet finns redan.") }, linesDiff(app.lines, []))
        app.press(.ctrl("u"))
        app.type("Fönsterputs")
        app.press(.enter)
        XCTAssertEqual(app.lines[3], " 26 aktiva uppgifter av 26")
    }

    func testNoTeamYetOffersToCreateOne() throws {
        let app = try AppHarness(seed: AppHarness.smallRegister)
        app.open(.shadowing)
        XCTAssertEqual(app.lines[3], " Det finns inget skuggningsteam ännu.")
        app.press(.char("N"))
        app.type("Skuggning Åsbro")
        app.press(.enter)
        let teams = try app.store.shadowingTeams()
        XCTAssertEqual(teams.map(\.name), ["Skuggning Åsbro"])
        XCTAssertEqual(app.lines[3], " Måndag 2026-11-23 · 0 av 0 loggade · Skuggning Åsbro")
    }

    func testAFailedReadIsSaidInWordsAndLeavesTheTabAsItWas() throws {
        let app = try openShadowing()
        app.press(.tab)
        XCTAssertEqual(app.lines[3], " 2 hypoteser · 1 att granska nu (överst, märkta !)")
        // Another program breaks the table the hypotheses are read from.
        try app.database.executeAsAnotherProgram("ALTER TABLE shadowing_hypothesis RENAME TO shadowing_hypothesis_gone")
        app.press(.backTab, .tab)
        // A long message takes the hint row too.
        XCTAssertTrue(app.lines[22].hasPrefix("Kunde inte läsa:"), "the failed read in words, not an empty list: \(app.lines[22])")
        XCTAssertEqual(app.lines[3], " 2 hypoteser · 1 att granska nu (överst, märkta !)", "what was read before stays")
    }

    func testEnglishAndHelpOverlay() throws {
        let app = try openShadowing(language: .en)
        XCTAssertEqual(app.lines[3], " Monday 2026-11-23 · 0 of 3 logged · Team Ängen")
        XCTAssertEqual(app.lines[6], "> Anna Åkesson   – missing –")
        let sv = try openShadowing()
        sv.press(.char("?"))
        let text = sv.lines.joined(separator: "\n")
        XCTAssertTrue(text.contains("kopiera förra loggen"), text)
        XCTAssertTrue(text.contains("föregående dag"), text)
        // Long descriptions wrap onto the next row instead of being cut; the list scrolls.
        XCTAssertTrue(text.contains("│                     bedömningen)"), text)
        sv.press(.end)
        XCTAssertTrue(sv.lines.joined(separator: "\n").contains("byt skuggningsteam"), sv.lines.joined(separator: "\n"))
    }
}
