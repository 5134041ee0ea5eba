import TerminalKit
import TestSupport
import VardagDomain
import VardagStore
import XCTest
@testable import VardagApp

/// A plan item's provider and cost in the plan form, on the plan and in the unit's cost per quarter.
final class CompetencePlanCostTests: XCTestCase {
    private func openPlan(width: Int = 80, height: Int = 24, language: Language = .sv) throws -> AppHarness {
        let app = try AppHarness(width: width, height: height, language: language, seed: CompetenceScreenTests.seed)
        app.open(.competence)
        app.press(.char("u"), .tab, .tab)
        return app
    }

    func testProviderAndCostAreTypedStoredAndSummedPerQuarterAt80x24() throws {
        let app = try openPlan()
        app.press(.char("e"), .tab, .tab, .tab)
        app.type("Komvux Åsbro")
        app.press(.tab)
        app.type("tolv")
        app.press(.enter)
        XCTAssertTrue(app.lines.contains { $0.contains("Skriv kostnaden i hela kronor") }, linesDiff(app.lines, []))
        app.press(.ctrl("u"))
        app.type("12 500")
        app.press(.enter)
        XCTAssertTrue(app.statusLine.hasPrefix("Planposten för Öjvind Ström är ändrad."), app.statusLine)
        let chef = try XCTUnwrap(try app.store.competencePeople().first { $0.name == "Öjvind Ström" })
        let item = try XCTUnwrap(try app.store.competencePlanItems(medarbetareId: chef.id).first)
        XCTAssertEqual([item.provider, item.cost.map(String.init)], ["Komvux Åsbro", "12500"])
        XCTAssertEqual(try app.store.auditEntries(entity: "competence_plan", entityId: item.id).first?.after?["cost"], .integer(12_500))
        // Bo's course gets a cost through a new item's form too.
        app.press(.down, .char("n"), .tab, .tab, .tab, .tab)
        app.type("3000")
        app.press(.backTab, .backTab, .backTab)
        app.type("Lyftteknik")
        app.press(.enter)
        assertScreen(app, [
            " Vardag › Kompetenstrappa",
            "  Rutnät │ Gap │ Plan │ Jämförelse │ Titlar │ Trappor │ Bevis │ Utveckling",
            "",
            " Åsbro › Hemtjänst Norr (Vård och omsorg)",
            "",
            "   Kvartal  Namn           Steg eller kurs     Måldatum     Kostnad Status",
            "   2026-K4  Öjvind Ström   Steg 1: Introdukti… 2026-10-31    12 500 Försenad ·…",
            " > 2027-K1  Bo Ek          Brandskydd          2027-01-15           Planerad",
            "            Åsa Öberg      Steg 2: Rehabilite… 2027-03-31           Planerad",
            "            Bo Ek          Steg 2: Rehabilite… 2027-03-31     3 000 Planerad",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "   Kvartal       Poster        Kostnad Saknas",
            "   2026-K4            1      12 500 kr",
            "   2027-K1            3       3 000 kr 2 utan kostnad",
            "   Hela enheten       4      15 500 kr 2 utan kostnad",
        ])
    }

    func testEnglishPlanShowsTheCostColumnAndTheFormItsFields() throws {
        let app = try openPlan(language: .en)
        XCTAssertTrue(app.lines[5].contains("Cost"), linesDiff(app.lines, []))
        XCTAssertTrue(app.lines.contains { $0.contains("Whole unit") }, linesDiff(app.lines, []))
        app.press(.char("n"))
        XCTAssertTrue(app.lines.contains { $0.contains("Provider") } && app.lines.contains { $0.contains("Cost (kr)") }, linesDiff(app.lines, []))
    }
}
