import Foundation
import TerminalKit
import TestSupport
import VardagDemo
import VardagDomain
import VardagStore
import XCTest
@testable import VardagApp

/// The dialogue screens on the in-memory terminal over the demo region placed around the
/// harness's fixed today (2026-11-23), compared line by line at 80x24 and 120x40.
final class DialogueScreenTests: XCTestCase {
    static func demo(_ store: AppDatabase) throws {
        try DemoData.populate(store)
        try DialogueDemo.populate(store, today: try LocalDate.parse("2026-11-23"))
    }

    /// Compares the screen (without hint bar and status line) line by line; with DIALOGUE_DUMP
    /// set, also writes the whole frame to that folder
    /// (how the expectations below were made, after looking at them in tmux).
    private func check(_ app: AppHarness, _ name: String, _ expected: [String], file: StaticString = #filePath, line: UInt = #line) {
        if let folder = ProcessInfo.processInfo.environment["DIALOGUE_DUMP"] {
            try? app.lines.joined(separator: "\n").write(toFile: "\(folder)/\(name).txt", atomically: true, encoding: .utf8)
        }
        assertScreen(app, expected, "", file: file, line: line)
    }

    func testLoopListLoopScreenAndChainViewAt80x24() throws {
        let app = try AppHarness(seed: Self.demo)
        app.open(.dialogue)
        check(app, "list80", [
            " Vardag › Delaktighetsmodellen",
            "  Slingor │ Vägledare │ Utbyten │ Mål │ Årsrapport",
            "",
            " 10 slingor · alla enheter · alla år · alla lägen",
            "",
            "  Kommun   Enhet         Tema               Start      Nästa träff    Öppna Sena",
            "> Åsbro    Hemtjänst No… Inflytande över s… 2026-11-16 Brukarträff 1      0    0",
            "  Åsbro    Hemtjänst Sö… Maten och måltide… 2026-11-02 Personalträff      1    0",
            "  Åsbro    LSS-boende B… Dokumentation om … 2026-09-21 Uppföljning        0    1",
            "  Älvdala  Hemtjänst No… Maten och måltide… 2026-10-19 Brukarträff 2      1    0",
            "  Älvdala  Hemtjänst Sö… Brandsäkerhet      2026-10-05 Gemensam träff     1    0",
            "  Älvdala  LSS-boende B… Maten på boendet   2026-11-16 Brukarträff 1      0    0",
            "  Östervik Boendestöd    Fritid och aktivi… 2026-10-05 Gemensam träff     1    0",
            "  Östervik Hemtjänst No… Oro inför ledighe… 2026-09-21 Uppföljning        0    1",
            "  Östervik Hemtjänst Sö… Brandsäkerhet      2026-07-09 Klar               1    1",
            "  Östervik LSS-boende B… Maten på boendet   2026-10-19 Brukarträff 2      1    0",
            "",
            "",
            "",
            "",
            "",
            "",
        ])
        app.press(.down, .down, .enter)
        check(app, "loop80", [
            " Vardag › Delaktighetsmodellen › Slinga i LSS-boende Björken",
            "  Träffar │ Stafettfrågor │ Åtgärder │ Tema och personal",
            "",
            " Tema: Dokumentation om mig (valt av chef) · LSS-boende Björken, Åsbro",
            " Vägledare: Karin Lövgren (Älvdala, köpt), Kerstin Östlund (Älvdala, köpt)",
            " Nästa: Uppföljning den 2026-12-05 · personal 1 · frågor 0 · sena åtgärder 1",
            "",
            "  Träff             Datum      Brukare Personal Vägledare",
            "  1. Brukarträff 1  2026-09-21       8        0 Karin Lövgren, Kerstin Östlund",
            "  2. Personalträff  2026-09-28       0        1 Karin Lövgren, Kerstin Östlund",
            "  3. Brukarträff 2  2026-10-05       8        0 Karin Lövgren, Kerstin Östlund",
            "  4. Gemensam träff 2026-10-12       8        2 Karin Lövgren, Kerstin Östlund",
            "> 5. Uppföljning    plan 12-05",
            "",
            " ⚠ Personalgruppen ändrades vid Gemensam träff: 1 → 2 personal.",
            " ⚠ Enheten ligger efter sitt mål: 1 startade, 2 väntat nu (mål 3).",
            " Inga öppna stafettfrågor.",
            "",
            "",
            "",
            "",
            "",
        ])
        app.press(.tab)
        check(app, "chain80", [
            " Vardag › Delaktighetsmodellen › Slinga i LSS-boende Björken",
            "  Träffar │ Stafettfrågor │ Åtgärder │ Tema och personal",
            "",
            " Tema: Dokumentation om mig (valt av chef) · LSS-boende Björken, Åsbro",
            " Vägledare: Karin Lövgren (Älvdala, köpt), Kerstin Östlund (Älvdala, köpt)",
            " Nästa: Uppföljning den 2026-12-05 · personal 1 · frågor 0 · sena åtgärder 1",
            "",
            "  Från → till         Ställd         Besvarad       Fråga",
            "> Brukare → Personal  Brukarträff 1  Personalträff  Varför får vi inte välja ma…",
            "  Personal → Brukare  Personalträff  Brukarträff 2  Vilka aktiviteter saknar ni…",
            "",
            " ● Ställd: Brukarträff 1 2026-09-21 (brukare frågar)",
            "   │ Fråga: Varför får vi inte välja mat själva?",
            "   ● Besvarad: Personalträff 2026-09-28 (personal svarar)",
            "     Svar: Vi planerar menyn tillsammans varannan vecka. · delaktighet 5 av 5",
            " ⚠ Personalgruppen ändrades vid Gemensam träff: 1 → 2 personal.",
            " ⚠ Enheten ligger efter sitt mål: 1 startade, 2 väntat nu (mål 3).",
            "",
            "",
            "",
            "",
            "",
        ])
    }

    func testPoolLoopScreenAndChainViewAt120x40() throws {
        let app = try AppHarness(width: 120, height: 40, seed: Self.demo)
        app.open(.dialogue)
        app.press(.tab)
        check(app, "pool120", [
            " Vardag › Delaktighetsmodellen",
            "  Slingor │ Vägledare │ Utbyten │ Mål │ Årsrapport",
            "",
            " 8 vägledare i regionens pool · ledda slingor 2026",
            "",
            "  Namn                            Kommun                Enhet                             Utbildad   Pågående Ledda i år",
            "> Helén Sandberg                  Åsbro                 Barn och familj                   2025-04-08        1          0",
            "  Kerstin Holmqvist               Åsbro                 Hemtjänst Norr                    2023-12-10        1          1",
            "  Sanna Ekström                   Åsbro                 Boendestöd                        2024-03-16        2          1",
            "  Göran Nyström                   Älvdala               Barn och familj                   2025-07-14        2          1",
            "  Karin Lövgren                   Älvdala               Boendestöd                        2024-06-21        3          3",
            "  Kerstin Östlund                 Älvdala               Boendestöd                        2025-10-19        4          3",
            "  David Grönlund                  Östervik              Boendestöd                        2025-01-01        2          3",
            "  Sara Strömberg                  Östervik              Barn och familj                   2024-09-26        3          4",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            " Uppdrag för Helén Sandberg (1):",
            "   2026-11-16 Hemtjänst Norr, Åsbro · Inflytande över schemat · Brukarträff 1",
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
        app.press(.backTab, .down, .down, .enter)
        check(app, "loop120", [
            " Vardag › Delaktighetsmodellen › Slinga i LSS-boende Björken",
            "  Träffar │ Stafettfrågor │ Åtgärder │ Tema och personal",
            "",
            " Tema: Dokumentation om mig (valt av chef) · LSS-boende Björken, Åsbro",
            " Vägledare: Karin Lövgren (Älvdala, köpt), Kerstin Östlund (Älvdala, köpt)",
            " Nästa: Uppföljning den 2026-12-05 · personal 1 · frågor 0 · sena åtgärder 1",
            "",
            "  Träff             Datum      Brukare Personal Vägledare",
            "  1. Brukarträff 1  2026-09-21       8        0 Karin Lövgren, Kerstin Östlund",
            "  2. Personalträff  2026-09-28       0        1 Karin Lövgren, Kerstin Östlund",
            "  3. Brukarträff 2  2026-10-05       8        0 Karin Lövgren, Kerstin Östlund",
            "  4. Gemensam träff 2026-10-12       8        2 Karin Lövgren, Kerstin Östlund",
            "> 5. Uppföljning    plan 12-05",
            "",
            " ⚠ Personalgruppen ändrades vid Gemensam träff: 1 → 2 personal.",
            " ⚠ Enheten ligger efter sitt mål: 1 startade, 2 väntat nu (mål 3).",
            " Inga öppna stafettfrågor.",
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
        app.press(.tab)
        check(app, "chain120", [
            " Vardag › Delaktighetsmodellen › Slinga i LSS-boende Björken",
            "  Träffar │ Stafettfrågor │ Åtgärder │ Tema och personal",
            "",
            " Tema: Dokumentation om mig (valt av chef) · LSS-boende Björken, Åsbro",
            " Vägledare: Karin Lövgren (Älvdala, köpt), Kerstin Östlund (Älvdala, köpt)",
            " Nästa: Uppföljning den 2026-12-05 · personal 1 · frågor 0 · sena åtgärder 1",
            "",
            "  Från → till         Ställd         Besvarad       Fråga",
            "> Brukare → Personal  Brukarträff 1  Personalträff  Varför får vi inte välja mat själva?",
            "  Personal → Brukare  Personalträff  Brukarträff 2  Vilka aktiviteter saknar ni mest?",
            "",
            " ● Ställd: Brukarträff 1 2026-09-21 (brukare frågar)",
            "   │ Fråga: Varför får vi inte välja mat själva?",
            "   ● Besvarad: Personalträff 2026-09-28 (personal svarar)",
            "     Svar: Vi planerar menyn tillsammans varannan vecka. · delaktighet 5 av 5",
            " ⚠ Personalgruppen ändrades vid Gemensam träff: 1 → 2 personal.",
            " ⚠ Enheten ligger efter sitt mål: 1 startade, 2 väntat nu (mål 3).",
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

    func testNewLoopDefaultsToGuidesFromOtherUnits() throws {
        let app = try AppHarness(seed: Self.demo)
        let before = try app.store.dialogueLoops(today: app.runner.model.context.today).count
        app.open(.dialogue)
        app.press(.char("n"))
        // Helén Sandberg is first in the pool but works at Barn och familj, the unit offered first.
        XCTAssertEqual(app.lines[5], " │ Enhet                 < Barn och familj · Åsbro >                          │")
        XCTAssertEqual(app.lines[9], " │ Vägledare 1           < Kerstin Holmqvist · Hemtjänst Norr, Åsbro >        │")
        XCTAssertEqual(app.lines[10], " │ Vägledare 2           < Sanna Ekström · Boendestöd, Åsbro >                │")
        app.press(.down)
        app.type("Maten")
        app.press(.enter)
        XCTAssertTrue(app.statusLine.hasPrefix("Slingan är skapad"), linesDiff(app.lines, []))
        XCTAssertEqual(try app.store.dialogueLoops(today: app.runner.model.context.today).count, before + 1)
    }

    func testGuideAtOwnUnitIsRefusedAtTheFieldAndNothingIsStored() throws {
        let app = try AppHarness(seed: Self.demo)
        let before = try app.store.dialogueLoops(today: app.runner.model.context.today).count
        app.open(.dialogue)
        app.press(.char("n"), .down)
        app.type("Maten")
        // Enhet "Barn och familj · Åsbro"; Helén Sandberg, first in the pool, works there.
        app.press(.down, .down, .down, .left)
        XCTAssertTrue(app.lines[9].contains("< Helén Sandberg"), app.lines[9])
        app.press(.enter)
        let text = app.lines.joined(separator: "\n")
        XCTAssertTrue(text.contains("Vägledaren arbetar på slingans enhet och kan inte l"), text)
        XCTAssertTrue(text.contains("Inget sparades."), text)
        XCTAssertEqual(try app.store.dialogueLoops(today: app.runner.model.context.today).count, before)
        app.press(.escape, .char("j"))
        XCTAssertFalse(app.lines.joined().contains("Inget sparades."))
    }

    func testLoggingMeetingsWithARelayQuestionAndAnsweringItShowsTheChain() throws {
        let app = try AppHarness(width: 120, height: 40, seed: Self.demo)
        // The first loop (Hemtjänst Norr, Åsbro) has no meeting yet.
        app.open(.dialogue)
        app.press(.enter, .char("m"))
        XCTAssertTrue(app.lines.joined(separator: "\n").contains("Logga Brukarträff 1"))
        app.press(.down, .down, .down)
        app.type("6")
        app.press(.down, .down, .down)
        app.type("Varför byts personalen så ofta?")
        app.press(.enter)
        XCTAssertTrue(app.lines.joined(separator: "\n").contains("Brukarträff 1 är loggad."), app.lines.joined(separator: "\n"))
        // The open question is shown on the next meeting's panel.
        XCTAssertTrue(app.lines.contains { $0.contains("Brukare → Personal: Varför byts personalen så ofta?") },
                      app.lines.joined(separator: "\n"))
        app.press(.char("m"))
        app.press(.enter)
        app.press(.tab)
        XCTAssertTrue(app.lines.contains { $0.contains("Obesvarad: väntar på svar från personal") }, app.lines.joined(separator: "\n"))
        app.press(.char("s"))
        app.type("Vi försöker hålla samma schema.")
        app.press(.down)
        app.type("3")
        app.press(.enter)
        let text = app.lines.joined(separator: "\n")
        XCTAssertTrue(text.contains("Besvarad: Personalträff 2026-11-23 (personal svarar)"), text)
        XCTAssertTrue(text.contains("Svar: Vi försöker hålla samma schema. · delaktighet 3 av 5"), text)
    }

    func testMeetingAfterTodayOrWithNobodyThereIsRefusedAtTheFields() throws {
        let app = try AppHarness(seed: Self.demo)
        // The first loop (Hemtjänst Norr, Åsbro) has no meeting yet.
        app.open(.dialogue)
        app.press(.enter, .char("m"), .ctrl("u"))
        app.type("2026-11-24")
        app.press(.down, .down, .down)
        app.type("0")
        app.press(.enter)
        let text = app.lines.joined(separator: "\n")
        XCTAssertTrue(text.contains("│ Datum                 2026-11-24                                           │\n │                       Efter i dag (2026-11-23): logga en hållen träff."), text)
        XCTAssertTrue(text.contains("Ingen deltog: skriv hur många som var med (minst 1)."), text)
        let loop = try XCTUnwrap(try app.store.dialogueLoops(today: app.runner.model.context.today).first)
        XCTAssertEqual(try app.store.loopDetail(id: loop.id, today: app.runner.model.context.today)?.meetings.count, 0)
    }

    func testQuestionFormDoesNotOfferTheUppföljning() throws {
        let app = try AppHarness(seed: Self.demo)
        // Östervik's Hemtjänst Söder has held all five meetings; nothing after the uppföljning can answer.
        app.open(.dialogue)
        for _ in 0..<8 { app.press(.down) }
        app.press(.enter, .char("f"))
        XCTAssertTrue(app.lines.contains { $0.contains("< Gemensam träff ") }, linesDiff(app.lines, []))
        app.press(.up, .up, .right)
        XCTAssertTrue(app.lines.contains { $0.contains("< Brukarträff 1 ") }, "after the gemensam träff the choice wraps:\n" + linesDiff(app.lines, []))
    }

    func testAnswerFormOffersOnlyMeetingsThatCanTakeTheAnswer() throws {
        let app = try AppHarness(seed: Self.demo)
        app.open(.dialogue)
        app.press(.enter, .char("m"), .down, .down, .down)
        app.type("6")
        app.press(.down, .down, .down)
        app.type("Varför byts personalen så ofta?")
        app.press(.enter, .tab, .char("s"))
        // Only brukarträff 1 is logged: no meeting where staff answer, so no form, and the reason.
        XCTAssertFalse(app.lines.contains { $0.contains("Svara på stafettfråga") }, linesDiff(app.lines, []))
        XCTAssertTrue(app.statusLine.hasPrefix("Svar kräver en senare träff med personal (m)."), app.statusLine)
        app.press(.backTab, .char("m"), .enter, .tab, .char("s"))
        let text = app.lines.joined(separator: "\n")
        XCTAssertTrue(text.contains("< Personalträff 2026-11-23 >"), text)
        app.press(.up, .right)
        XCTAssertTrue(app.lines.joined(separator: "\n").contains("< Personalträff 2026-11-23 >"),
                      "brukarträff 1 (the asking meeting) is not offered")
    }

    func testMeetingsAnswersAndActionsAreCorrectedAndRemovedAfterAsking() throws {
        let app = try AppHarness(seed: Self.demo)
        let today = app.runner.model.context.today
        app.open(.dialogue)
        app.press(.down, .down, .enter, .up)
        let loopId = try XCTUnwrap(try app.store.dialogueLoops(today: today).first { $0.enhetName == "LSS-boende Björken" && $0.kommunName == "Åsbro" }?.id)
        let detail = { try XCTUnwrap(try app.store.loopDetail(id: loopId, today: today)) }
        XCTAssertEqual(try detail().meetings.last?.kind, .gemensam)
        app.press(.char("e"))
        XCTAssertTrue(app.lines.contains { $0.contains("Ändra Gemensam träff") }, linesDiff(app.lines, []))
        app.press(.down, .ctrl("u"))
        app.type("0")
        app.press(.down, .ctrl("u"))
        app.type("0")
        app.press(.enter)
        XCTAssertTrue(app.lines.contains { $0.contains("Ingen deltog: skriv hur många som var med (minst 1).") }, linesDiff(app.lines, []))
        app.press(.ctrl("u"))  // the refusal put the cursor on the brukare count
        app.type("9")
        app.press(.enter)
        XCTAssertTrue(app.statusLine.hasPrefix("Gemensam träff är ändrad."), app.statusLine)
        XCTAssertEqual(try detail().meetings.last?.brukareCount, 9)
        // The gemensam träff has actions, and brukarträff 2 is not the latest: neither is removed.
        app.press(.char("x"))
        XCTAssertTrue(app.statusLine.hasPrefix("Ta bort träffens åtgärder först (Åtgärder, x)."), app.statusLine)
        app.press(.up, .char("x"))
        XCTAssertTrue(app.statusLine.hasPrefix("Bara den senaste träffen kan tas bort"), app.statusLine)

        // Actions: correct the first, then remove both after asking.
        app.press(.tab, .tab, .char("e"))
        XCTAssertTrue(app.lines.contains { $0.contains("Ändra åtgärd") }, linesDiff(app.lines, []))
        app.press(.ctrl("u"))
        app.type("Menyn planeras ihop")
        app.press(.enter)
        XCTAssertTrue(app.statusLine.hasPrefix("Åtgärden är ändrad."), app.statusLine)
        XCTAssertTrue(try detail().actions.contains { $0.what == "Menyn planeras ihop" })
        let actions = try detail().actions.count
        app.press(.char("x"))
        XCTAssertTrue(app.lines.contains { $0.contains("Ta bort åtgärd") }, linesDiff(app.lines, []))
        app.press(.char("n"))
        XCTAssertEqual(try detail().actions.count, actions)
        for _ in 0..<actions { app.press(.char("x"), .char("j")) }
        XCTAssertEqual(try detail().actions.count, 0)
        XCTAssertTrue(app.statusLine.hasPrefix("Åtgärden är borttagen."), app.statusLine)

        // Now the gemensam träff can go; the loop's next meeting is the gemensam träff again.
        app.press(.backTab, .backTab, .up, .char("x"))
        XCTAssertTrue(app.lines.contains { $0.contains("Ta bort Gemensam träff") }, linesDiff(app.lines, []))
        app.press(.char("j"))
        XCTAssertEqual(try detail().nextMeeting, .gemensam)
        XCTAssertTrue(app.statusLine.hasPrefix("Gemensam träff är borttagen."), app.statusLine)
    }

    func testAnAnswerIsCorrectedOrRemovedAfterAsking() throws {
        let app = try AppHarness(seed: Self.demo)
        let today = app.runner.model.context.today
        app.open(.dialogue)
        app.press(.down, .down, .enter, .tab)
        let loopId = try XCTUnwrap(try app.store.dialogueLoops(today: today).first { $0.enhetName == "LSS-boende Björken" && $0.kommunName == "Åsbro" }?.id)
        let question = { try XCTUnwrap(try app.store.loopDetail(id: loopId, today: today)?.questions.first) }
        XCTAssertFalse(try question().isOpen)
        app.press(.char("e"))
        XCTAssertTrue(app.lines.contains { $0.contains("Ändra svar på stafettfråga") }, linesDiff(app.lines, []))
        app.press(.ctrl("u"))
        app.type("Vi har bytt schema.")
        app.press(.enter)
        XCTAssertEqual(try question().answer, "Vi har bytt schema.")
        app.press(.char("x"))
        XCTAssertTrue(app.lines.contains { $0.contains("Ta bort svaret \"Vi har bytt schema.\"?") }, linesDiff(app.lines, []))
        app.press(.escape)
        XCTAssertFalse(try question().isOpen, "Esc keeps the answer")
        app.press(.char("x"), .char("j"))
        XCTAssertTrue(try question().isOpen)
        XCTAssertTrue(app.statusLine.hasPrefix("Svaret är borttaget; frågan är öppen igen."), app.statusLine)
    }

    func testEnglishLoopScreen() throws {
        let app = try AppHarness(language: .en, seed: Self.demo)
        app.open(.dialogue)
        app.press(.down, .down, .enter)
        XCTAssertEqual(app.lines[1], "  Meetings │ Relay questions │ Actions │ Theme and staff")
        XCTAssertTrue(app.lines.contains { $0.contains("5. Follow-up") })
    }

    func testUnitFilterShowsOneUnitsLoopsAndTargetsAndReportTabs() throws {
        let app = try AppHarness(seed: Self.demo)
        app.open(.dialogue)
        app.press(.char("u"))
        XCTAssertEqual(app.lines[3], " 1 slingor · Hemtjänst Norr, Åsbro · alla år · alla lägen")
        XCTAssertTrue(app.lines[6].contains("Inflytande över s"), app.lines[6])
        XCTAssertEqual(app.lines[7], "")
        app.press(.tab, .tab, .tab)
        XCTAssertTrue(app.lines.contains { $0.contains("Hemtjänst Norr") && $0.hasSuffix("efter") }, app.lines.joined(separator: "\n"))
        app.press(.enter)
        app.type("5")
        app.press(.enter)
        XCTAssertTrue(app.lines.contains { $0.contains("Barn och familj") && $0.contains(" 5 ") }, app.lines.joined(separator: "\n"))
        app.press(.tab)
        XCTAssertTrue(app.lines.contains { $0.hasPrefix("> Åsbro") }, app.lines.joined(separator: "\n"))
        XCTAssertTrue(app.lines.contains { $0.hasPrefix(" Teman i Åsbro:") }, app.lines.joined(separator: "\n"))
    }

    func testGrowingTheWindowShowsTheSelectedGuidesAssignmentsAtOnce() throws {
        let app = try AppHarness(seed: Self.demo)
        app.press(.char("2"), .tab)
        XCTAssertFalse(app.lines.contains { $0.contains("Uppdrag för") }, "80x24 has no room for them")
        app.resize(width: 120, height: 40)
        XCTAssertEqual(app.lines[21], " Uppdrag för Helén Sandberg (1):", linesDiff(app.lines, []))
        XCTAssertEqual(app.lines[22], "   2026-11-16 Hemtjänst Norr, Åsbro · Inflytande över schemat · Brukarträff 1")
    }

    func testEachTabStartsOnItsFirstRowAndTheYearHoldsOnEveryTab() throws {
        let app = try AppHarness(seed: Self.demo)
        app.press(.char("2"), .down, .down, .tab, .backTab)
        XCTAssertTrue(app.lines[6].hasPrefix("> Åsbro    Hemtjänst No"), app.lines[6])
        app.press(.tab, .char("-"))
        XCTAssertEqual(app.lines[3], " 8 vägledare i regionens pool · ledda slingor 2025")
        app.press(.tab)
        XCTAssertTrue(app.lines[3].contains("slingor som startade 2025"), app.lines[3])
    }

    func testLoopScreenHelpListsThePageKeys() throws {
        let app = try AppHarness(width: 120, height: 40, seed: Self.demo)
        app.press(.char("2"), .enter, .char("?"))
        XCTAssertTrue(app.lines.contains { $0.contains("PgUp/PgDn") && $0.contains("sida upp/ned, först/sist") },
                      linesDiff(app.lines, []))
    }
}
