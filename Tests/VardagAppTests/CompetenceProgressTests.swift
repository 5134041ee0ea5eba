import TerminalKit
import TestSupport
import VardagDomain
import VardagStore
import XCTest
@testable import VardagApp

/// Utveckling: each step's share per quarter for the unit, with a sparkline per step and
/// the selected step's bars.
final class CompetenceProgressTests: XCTestCase {
    private func openProgress(width: Int = 80, height: Int = 24, language: Language = .sv) throws -> AppHarness {
        let app = try AppHarness(width: width, height: height, language: language, seed: CompetenceScreenTests.seed)
        app.open(.competence)
        app.press(.char("u"), .backTab)
        return app
    }

    func testProgressAt80x24WithTheSecondStepChosen() throws {
        let app = try openProgress()
        app.press(.down)
        assertScreen(app, [
            " Vardag › Kompetenstrappa",
            "  Rutnät │ Gap │ Plan │ Jämförelse │ Titlar │ Trappor │ Bevis │ Utveckling",
            "",
            " Åsbro › Hemtjänst Norr (Vård och omsorg) · andel klara av 4 personer",
            "",
            "   Steg     2025-K3 2025-K4 2026-K1 2026-K2 2026-K3 2026-K4 Trend",
            "   Steg 1      75 %    75 %    75 %    75 %    75 %    75 % ▆▆▆▆▆▆",
            " > Steg 2      25 %    25 %    25 %    25 %    25 %    25 % ▃▃▃▃▃▃",
            "   Steg 3       0 %     0 %     0 %     0 %     0 %     0 % ▁▁▁▁▁▁",
            "   Steg 4       0 %     0 %     0 %     0 %     0 %     0 % ▁▁▁▁▁▁",
            "   Steg 5       0 %     0 %     0 %     0 %     0 %     0 % ▁▁▁▁▁▁",
            "",
            " Steg 2: Rehabiliterande arbetssätt",
            " 2025-K3  ████████████████ 25 %",
            " 2025-K4  ████████████████ 25 %",
            " 2026-K1  ████████████████ 25 %",
            " 2026-K2  ████████████████ 25 %",
            " 2026-K3  ████████████████ 25 %",
            " 2026-K4  ████████████████ 25 %",
            "",
            "",
            "",
        ])
    }

    func testWiderWindowShowsMoreQuartersAndStepOneGrowing() throws {
        let app = try openProgress(width: 120, height: 40)
        XCTAssertEqual(app.lines[5], "   Steg     2024-K2 2024-K3 2024-K4 2025-K1 2025-K2 2025-K3 2025-K4 2026-K1 2026-K2 2026-K3 2026-K4 Trend")
        XCTAssertEqual(app.lines[6], " > Steg 1      50 %    50 %    50 %    50 %    75 %    75 %    75 %    75 %    75 %    75 %    75 % ▅▅▅▅▆▆▆▆▆▆▆")
        XCTAssertEqual(app.lines[12], " Steg 1: Introduktion och värdegrund")
        // Bo Ek's step 1 on 2025-05-05 lifts the bar from 2025-K2 on; a full bar is 100 %.
        let bar = { (line: String) in line.filter { $0 == "█" }.count }
        XCTAssertTrue(app.lines[13].hasPrefix(" 2024-K2  █") && app.lines[13].hasSuffix(" 50 %"), app.lines[13])
        XCTAssertTrue(app.lines[17].hasPrefix(" 2025-K2  █") && app.lines[17].hasSuffix(" 75 %"), app.lines[17])
        XCTAssertEqual(bar(app.lines[17]) * 2, bar(app.lines[13]) * 3, "75 % is half again as long as 50 %")
        XCTAssertTrue(app.lines[23].hasPrefix(" 2026-K4"), app.lines[23])
    }

    func testEnglishAndHelp() throws {
        let app = try openProgress(language: .en)
        XCTAssertTrue(app.lines[3].hasSuffix("share done of 4 people"), linesDiff(app.lines, []))
        app.press(.char("?"))
        XCTAssertTrue(app.lines.joined(separator: "\n").contains("choose step"), app.lines.joined(separator: "\n"))
    }

    func testAUnitWithoutALadderSaysSo() throws {
        let app = try AppHarness(seed: { store in
            try CompetenceScreenTests.seed(store)
            let asbro = try XCTUnwrap(try store.kommuner().first { $0.name == "Åsbro" })
            let ifo = try store.addEnhet(kommunId: asbro.id, name: "Försörjningsstöd", omrade: .ifo)
            let team = try store.addTeam(enhetId: ifo.id, name: "Mottagning")
            _ = try store.addMedarbetare(MedarbetareDraft(teamId: team.id, name: "Sara Lund", title: "Socialsekreterare", role: .medarbetare, startDate: "2020-01-01"))
        })
        app.open(.competence)
        app.press(.backTab)
        for _ in 0..<3 where !app.lines[3].contains("Försörjningsstöd") { app.press(.char("u")) }
        XCTAssertTrue(app.lines.contains { $0.contains("Enheten har ingen kompetenstrappa.") }, linesDiff(app.lines, []))
    }
}
