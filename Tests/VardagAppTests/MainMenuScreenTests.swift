import TerminalKit
import TestSupport
import XCTest
@testable import VardagApp

final class MainMenuScreenTests: XCTestCase {
    func testMainMenuAt80x24ShowsFourToolsRegisterRapportAndCounts() throws {
        let app = try AppHarness()
        assertScreen(app, [
            " Vardag",
            "",
            "  Välj verktyg",
            "",
            "  > 1 Fyrfältaren",
            "      Skatta arbetsbelastning: tid × svårighet, översikt och beslut.",
            "    2 Delaktighetsmodellen",
            "      Dialogslingor, vägledare, stafettfrågor och åtgärder.",
            "    3 Skuggning",
            "      Skuggningsteamets dagliga loggar, hypoteser och vägen till jobb.",
            "    4 Kompetenstrappa",
            "      Titlar, utbildningskrav, kompetenstrappor, gap och planer.",
            "    5 Register",
            "      Kommuner, enheter, team och medarbetare.",
            "    6 Rapport",
            "      Personalsiffror per enhet och nämndrapporten (HTML eller PDF).",
            "",
            "",
            "",
            "",
            "",
            "  1 kommuner · 1 enheter · 1 team · 2 aktiva medarbetare",
        ])
    }

    func testSixOpensRapport() throws {
        let app = try AppHarness()
        app.press(.char("6"))
        XCTAssertEqual(app.lines[0].trimmingCharacters(in: .whitespaces), "Vardag › Rapport")
        app.press(.escape)
        XCTAssertEqual(app.lines[2], "  Välj verktyg")
    }

    func testNumberKeyOpensComingPageAndEscReturns() throws {
        let app = try AppHarness()
        app.press(.char("2"))
        XCTAssertEqual(app.lines[0], " Vardag › Delaktighetsmodellen")
        XCTAssertTrue(app.lines.contains { $0.contains("Slingor │ Vägledare") }, linesDiff(app.lines, []))
        app.press(.escape)
        XCTAssertEqual(app.lines[0], " Vardag")
    }

    func testArrowsAndEnterOpenTheRegister() throws {
        let app = try AppHarness()
        app.press(.down, .down, .down, .down, .enter)
        XCTAssertEqual(app.lines[0], " Vardag › Register")
    }

    func testQuitFromMainMenuEndsTheLoop() throws {
        let app = try AppHarness()
        XCTAssertEqual(app.runner.step(.key(.char("q"))), .quit)
    }

    func testHelpOverlayListsTheScreensKeysAndClosesWithEsc() throws {
        let app = try AppHarness()
        app.press(.char("?"))
        let text = app.lines.joined(separator: "\n")
        XCTAssertTrue(text.contains("Hjälp"), text)
        XCTAssertTrue(text.contains("öppna verktyg nummer"), text)
        XCTAssertTrue(text.contains("rita om skärmen"), text)
        app.press(.escape)
        XCTAssertFalse(app.lines.joined().contains("rita om skärmen"))
        XCTAssertEqual(app.lines[0], " Vardag")
    }

    func testTooSmallWindowShowsNoticeUntilItGrows() throws {
        let app = try AppHarness()
        app.resize(width: 60, height: 20)
        let text = app.lines.joined(separator: "\n")
        XCTAssertTrue(text.contains("Fönstret är för litet"), text)
        XCTAssertTrue(text.contains("minst 80×24"), text)
        XCTAssertTrue(text.contains("60×20"), text)
        app.resize(width: 120, height: 40)
        XCTAssertEqual(app.lines[0], " Vardag")
        XCTAssertEqual(app.lines.count, 40)
        XCTAssertTrue(app.statusLine.hasPrefix("/tmp/vardag.sqlite · testare"), app.statusLine)
    }

    func testEnglishCatalogueIsUsedWithLangEn() throws {
        let app = try AppHarness(language: .en)
        XCTAssertEqual(app.lines[2], "  Choose a tool")
        XCTAssertTrue(app.hintLine.contains("open"), app.hintLine)
    }
}
