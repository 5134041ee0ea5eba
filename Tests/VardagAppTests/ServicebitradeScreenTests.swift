import TerminalKit
import TestSupport
import VardagDomain
import VardagStore
import XCTest
@testable import VardagApp

/// Servicebiträde on the ladder, on the in-memory terminal at 80x24: `m` on Deltagare marks a
/// competence step, the step history shows it beside the path, `b` employs the participant as
/// a medarbetare in the host unit (once), and `v` on Titlar shows the tasks the role takes over.
final class ServicebitradeScreenTests: XCTestCase {
    private func openShadowing(language: Language = .sv) throws -> AppHarness {
        let app = try AppHarness(width: 80, height: 24, language: language, seed: ShadowingScreenTests.seed)
        app.open(.shadowing)
        app.press(.tab, .tab)
        return app
    }

    func testMMarksACompetenceStepAndTheHistoryShowsItBesideThePath() throws {
        let app = try openShadowing()
        app.press(.char("m"))
        XCTAssertTrue(app.lines.contains { $0.contains("Kompetenssteg klart") }, linesDiff(app.lines, []))
        XCTAssertTrue(app.lines.contains { $0.contains("Kompetenssteg") && $0.contains("Steg 1") }, linesDiff(app.lines, []))
        app.press(.backspace, .backspace)
        app.type("20")
        app.press(.enter)
        let team = try XCTUnwrap(try app.store.shadowingTeams().first)
        let anna = try XCTUnwrap(try app.store.shadowingParticipants(teamId: team.id).first { $0.name == "Anna Åkesson" })
        XCTAssertEqual(anna.ladder.completions, [StepCompletion(step: 1, date: try .parse("2026-11-20"))])
        app.press(.char("v"))
        XCTAssertEqual(app.lines[5], "  │ Introduktion             2026-11-02  7 dagar                             │", linesDiff(app.lines, []))
        XCTAssertEqual(app.lines[6], "> │ Skuggning                2026-11-09  14 dagar hittills                   │")
        XCTAssertEqual(app.lines[7], "  │ Kompetenssteg 1          2026-11-20                                      │")
        app.press(.escape, .char("?"))
        XCTAssertTrue(app.lines.contains { $0.contains("markera ett kompetenssteg klart") }, linesDiff(app.lines, []))
        XCTAssertTrue(app.lines.contains { $0.contains("anställ som servicebiträde") }, linesDiff(app.lines, []))

        let en = try openShadowing(language: .en)
        en.press(.char("m"))
        XCTAssertTrue(en.lines.contains { $0.contains("Competence step done") }, linesDiff(en.lines, []))
    }

    func testCapitalMTakesBackHerLatestCompetenceStepAfterAskingAndTheLineUnderTheTableShowsIt() throws {
        let app = try openShadowing()
        let team = try XCTUnwrap(try app.store.shadowingTeams().first)
        func anna() throws -> ShadowingParticipant {
            try XCTUnwrap(try app.store.shadowingParticipants(teamId: team.id).first { $0.name == "Anna Åkesson" })
        }
        XCTAssertEqual(app.lines[21], "  Anna Åkesson: kompetenssteg – · m markerar steg 1", linesDiff(app.lines, []))
        app.press(.char("M"))
        XCTAssertTrue(app.statusLine.hasPrefix("Inget kompetenssteg att ta tillbaka"), app.statusLine)

        app.press(.char("m"), .enter)
        XCTAssertEqual(app.lines[21], "  Anna Åkesson: kompetenssteg 1 av 5 (2026-11-23) · m nästa, M ta tillbaka",
                       linesDiff(app.lines, []))
        let audits = try app.store.auditCount()
        app.press(.char("M"))
        XCTAssertTrue(app.lines.contains { $0.contains("Ta tillbaka kompetenssteg 1 för Anna Åkesson (klart") },
                      linesDiff(app.lines, []))
        app.press(.char("n"))
        XCTAssertEqual(try anna().ladder.completions.map(\.step), [1], "no keeps the step")
        XCTAssertEqual(try app.store.auditCount(), audits)
        app.press(.char("M"), .char("j"))
        XCTAssertTrue(app.statusLine.hasPrefix("Kompetenssteg 1 för Anna Åkesson är borttaget."), app.statusLine)
        XCTAssertEqual(try anna().ladder.completions, [])
        XCTAssertEqual(try app.store.auditCount(), audits + 1)
        XCTAssertEqual(app.lines[21], "  Anna Åkesson: kompetenssteg – · m markerar steg 1", linesDiff(app.lines, []))

        // Once she is employed her steps are in Kompetenstrappa: M is refused and nothing goes.
        app.press(.char("m"), .enter, .char("b"), .enter)
        XCTAssertEqual(app.lines[21], "  Anna Åkesson: kompetenssteg 1 av 5 (2026-11-23) · anställd", linesDiff(app.lines, []))
        app.press(.char("M"))
        XCTAssertTrue(app.statusLine.hasPrefix("Redan anställd"), app.statusLine)
        XCTAssertEqual(try anna().ladder.completions.map(\.step), [1])

        app.press(.char("?"))
        XCTAssertTrue(app.lines.contains { $0.contains("M          ta tillbaka senaste kompetenssteget (frågar först)") },
                      linesDiff(app.lines, []))
        let en = try openShadowing(language: .en)
        XCTAssertEqual(en.lines[21], "  Anna Åkesson: competence step – · m marks step 1", linesDiff(en.lines, []))
        en.press(.char("m"), .enter, .char("M"))
        XCTAssertTrue(en.lines.contains { $0.contains("Take back competence step 1 for Anna Åkesson (done") }, linesDiff(en.lines, []))
    }

    func testBEmploysHerOnceAsServicebitradeInTheHostUnit() throws {
        let app = try openShadowing()
        app.press(.char("m"), .enter)
        app.press(.char("b"))
        XCTAssertTrue(app.lines.contains { $0.contains("Anställ som servicebiträde") }, linesDiff(app.lines, []))
        XCTAssertTrue(app.lines.contains { $0.contains("Team (värdenheten)") }, linesDiff(app.lines, []))
        XCTAssertTrue(app.lines.contains { $0.contains("Första dag") && $0.contains("2026-11-23") }, linesDiff(app.lines, []))
        app.press(.enter)
        XCTAssertTrue(app.statusLine.contains("anställd som servicebiträde"), linesDiff(app.lines, []))
        XCTAssertTrue(app.lines[6].contains("Anna Åkesson") && app.lines[6].contains("Anställd"), linesDiff(app.lines, []))
        let team = try XCTUnwrap(try app.store.shadowingTeams().first)
        let staff = try XCTUnwrap(try app.store.medarbetare(teamId: team.hostTeamId).first { $0.name == "Anna Åkesson" })
        XCTAssertEqual(staff.title, "Servicebiträde")
        XCTAssertEqual(try app.store.competencePeople().first { $0.id == staff.id }?.mapping.completions.map(\.step), [1])
        app.press(.char("b"))
        XCTAssertTrue(app.statusLine.contains("redan anställd"), linesDiff(app.lines, []))
        XCTAssertEqual(try app.store.medarbetare(teamId: team.hostTeamId).filter { $0.name == "Anna Åkesson" }.count, 1)
        app.press(.char("m"))
        XCTAssertTrue(app.statusLine.contains("Redan anställd"), linesDiff(app.lines, []))
    }

    func testVOnTitlarShowsTheServicebitradesTasksFromTheAnalysis() throws {
        let app = try AppHarness(width: 80, height: 24, language: .sv, seed: ShadowingScreenTests.seed)
        app.open(.competence)
        for _ in 0..<4 { app.press(.tab) }
        app.press(.home)
        for _ in 0..<15 {
            if app.lines.contains(where: { $0.hasPrefix(" > Servicebiträde") || $0.hasPrefix("> Servicebiträde") }) { break }
            app.press(.down)
        }
        XCTAssertTrue(app.lines.contains { $0.contains("> Servicebiträde") }, linesDiff(app.lines, []))
        app.press(.char("v"))
        XCTAssertTrue(app.lines.contains { $0.contains("Titel: Servicebiträde") }, linesDiff(app.lines, []))
        XCTAssertTrue(app.lines.contains { $0.contains("Utbildningskrav: ") }, linesDiff(app.lines, []))
        XCTAssertTrue(app.lines.contains { $0.contains("Uppgifter rollen tar över (utkast från Skuggning, 1 team)") }, linesDiff(app.lines, []))
        XCTAssertTrue(app.lines.contains { $0.contains("Städning (") && $0.contains("1 ja av 1") }, linesDiff(app.lines, []))
        XCTAssertFalse(app.lines.contains { $0.contains("Personlig hygien") }, "judged no: not the role's")
        app.press(.escape)
        XCTAssertFalse(app.lines.contains { $0.contains("Titel: Servicebiträde") }, linesDiff(app.lines, []))
        app.press(.char("?"))
        XCTAssertTrue(app.lines.contains { $0.contains("servicebiträdets uppgifter") }, linesDiff(app.lines, []))
    }
}
