import Foundation
import TerminalKit
import TestSupport
import VardagDomain
import VardagStore
import XCTest
@testable import VardagApp

/// Skuggning's Handledare tab and the weekly handledare box of Analys, in the in-memory
/// terminal at 80x24 on the seed of `ShadowingScreenTests` (three participants, Märta Öhman
/// the team form's handledare, today 2026-11-23).
final class ShadowingSupervisorsScreenTests: XCTestCase {
    private func openSupervisors(language: Language = .sv) throws -> AppHarness {
        let app = try AppHarness(width: 80, height: 24, language: language, seed: ShadowingScreenTests.seed)
        app.open(.shadowing)
        app.press(.tab, .tab, .tab, .tab, .tab, .tab)
        return app
    }

    /// The team form's handledare is in the pool; nobody has a handledare yet, so the
    /// shortage and the three without one are flagged. `h` puts Bo Ek in the pool with his
    /// training and places, `g` gives Anna a handledare from today, `v` shows the weeks.
    func testThePoolWhoSupervisesWhomAndTheShortageWithTheKeys() throws {
        let app = try openSupervisors()
        assertScreen(app, [
            " Vardag › Skuggning",
            "  Dag │ Hypoteser │ Deltagare │ Analys │ Uppgiftskatalog │ Team │ Handledare",
            "",
            " 3 deltagare · 1 handledare · 2 platser · brist 1 · 3 utan handledare",
            "",
            "  Handledare                                 Platser   Utbildad       I poolen",
            "> Märta Öhman                                0 av 2    ej utbildad    2026-11-02",
            "",
            "  Deltagare                         Handledare                        Från",
            "  ! Anna Åkesson                    ingen handledare",
            "  ! Bo Ek                           ingen handledare",
            "  ! Özlem Yıldız                    ingen handledare",
            "", "", "", "", "", "", "", "", "", "",
        ])
        // h: Bo Ek of the host team joins the pool, trained, with three places.
        app.press(.char("h"))
        XCTAssertTrue(app.lines.joined().contains("Ny handledare i poolen"), app.lines.joined(separator: "\n"))
        app.press(.tab)
        app.type("2026-05-04")
        app.press(.tab, .ctrl("u"))
        app.type("3")
        app.press(.enter)
        XCTAssertEqual(try app.store.shadowingSupervisorPool(teamId: try XCTUnwrap(try app.store.shadowingTeams().first).id)
            .map { "\($0.name) \($0.places) \($0.trainedOn?.iso ?? "-")" }, ["Bo Ek 3 2026-05-04", "Märta Öhman 2 -"])
        XCTAssertEqual(app.lines[3], " 3 deltagare · 2 handledare · 5 platser · 3 utan handledare")
        // g on Anna (the first participant, below the two in the pool): Bo Ek from today.
        app.press(.down, .down, .char("g"))
        XCTAssertTrue(app.lines.joined().contains("Bo Ek (0 av 3)"), app.lines.joined(separator: "\n"))
        app.press(.enter)
        XCTAssertTrue(app.statusLine.hasPrefix("Sparat: Bo Ek"), app.statusLine)
        XCTAssertEqual(app.lines[10], "> Anna Åkesson                      Bo Ek                             2026-11-23")
        XCTAssertEqual(app.lines[6], "  Bo Ek                                      1 av 3    2026-05-04     2026-11-23")
        XCTAssertEqual(app.lines[3], " 3 deltagare · 2 handledare · 5 platser · 2 utan handledare")
        // Enter on a pool row changes her: Märta gets her training date.
        app.press(.up, .enter)
        app.type("2025-01-15")
        app.press(.enter)
        XCTAssertTrue(app.lines[7].contains("2025-01-15"), app.lines[7])
        // v: the weeks of the team so far, the flagged ones marked.
        app.press(.char("v"))
        let box = app.lines.joined(separator: "\n")
        XCTAssertTrue(box.contains("Handledare per vecka: 4 veckor, 4 flaggade"), box)
        XCTAssertTrue(box.contains("! 2026-W48          3           2        5      0            2"), box)
        XCTAssertTrue(box.contains("! 2026-W45          3           1        2      1            3"), box)
        app.press(.escape)
        XCTAssertFalse(app.lines.joined().contains("per vecka"))
    }

    /// Refusals land at their field; a participant without a pool or a left one says why.
    func testRefusalsAreSaidAtTheFieldAndNothingIsStored() throws {
        let app = try openSupervisors()
        app.press(.char("g"))
        XCTAssertTrue(app.statusLine.hasPrefix("Välj en deltagare i den nedre listan."), app.statusLine)
        app.press(.char("h"), .tab, .tab, .ctrl("u"))
        app.type("12")
        app.press(.enter)
        XCTAssertTrue(app.lines.joined().contains("Ett heltal 0–10."), app.lines.joined(separator: "\n"))
        app.press(.escape, .char("j"))
        XCTAssertEqual(try app.store.shadowingSupervisorPool(teamId: try XCTUnwrap(try app.store.shadowingTeams().first).id).count, 1)
        app.press(.down, .char("g"), .tab, .ctrl("u"))
        app.type("2026-10-01")
        app.press(.enter)
        XCTAssertTrue(app.lines.joined().contains("2026-11-02"), "outside the period: \(app.lines.joined(separator: "\n"))")
        // x on Märta, who has supervised nobody: out of the pool after a yes.
        app.press(.escape, .char("j"), .home, .char("x"))
        XCTAssertTrue(app.lines.joined().contains("Ta bort Märta Öhman ur teamets handledarpool?"), app.lines.joined(separator: "\n"))
        app.press(.char("j"))
        XCTAssertTrue(app.statusLine.hasPrefix("Märta Öhman är borttagen ur poolen."), app.statusLine)
        XCTAssertTrue(app.lines[6].contains("Ingen handledare i poolen: h lägger till."), app.lines[6])
    }

    /// Analys: `h` shows handledare, places and shortage week by week over the analysis period.
    func testAnalysisShowsTheWeeklyHandledareWithH() throws {
        let app = try AppHarness(width: 80, height: 24, language: .sv, seed: ShadowingScreenTests.seed)
        app.open(.shadowing)
        app.press(.tab, .tab, .tab, .char("h"))
        let text = app.lines.joined(separator: "\n")
        XCTAssertTrue(text.contains("Handledare per vecka: 22 veckor, 22 flaggade"), text)
        XCTAssertTrue(text.contains("Vecka     Deltagare  Handledare  Platser  Brist  Utan handl."), text)
        XCTAssertTrue(text.contains("! 2027-W13          3           1        2      1            3"), "opens on the latest weeks: \(text)")
        app.press(.home)
        XCTAssertTrue(app.lines[4].contains("! 2026-W45          3           1        2      1            3"), app.lines[4])
        app.press(.char("h"))
        XCTAssertFalse(app.lines.joined().contains("Utan handl."))
        app.press(.char("?"))
        XCTAssertTrue(app.lines.joined(separator: "\n").contains("handledare och brist per vecka"), app.lines.joined(separator: "\n"))
    }

    /// In English at 80x24, with the keys in the help overlay.
    func testEnglishAndTheHelpOverlay() throws {
        let app = try openSupervisors(language: .en)
        XCTAssertEqual(app.lines[3], " 3 participants · 1 supervisors · 2 places · short by 1 · 3 unsupervised")
        XCTAssertEqual(app.lines[5], "  Supervisor                                 Places    Trained        In pool")
        XCTAssertEqual(app.lines[9], "  ! Anna Åkesson                    no supervisor")
        app.press(.char("?"))
        let help = app.lines.joined(separator: "\n")
        XCTAssertTrue(help.contains("new supervisor in the pool"), help)
        XCTAssertTrue(help.contains("give the participant a supervisor"), help)
        XCTAssertTrue(help.contains("supervisors and shortage per week"), help)
    }
}
