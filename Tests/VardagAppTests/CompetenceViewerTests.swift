import TerminalKit
import TestSupport
import VardagDomain
import VardagStore
import XCTest
@testable import VardagApp

/// Kompetenstrappa kept to the viewer's grants on SQLite, as PostgreSQL's policies keep it:
/// a kompetensstrateg her kommun's people, an enhetschef her unit's, a teamledare her
/// team's, a medarbetare herself, the regional samordnare only the comparison's aggregates.
/// At 80x24 on the demo.
final class CompetenceViewerTests: XCTestCase {
    /// The app as a demo login (nil: the data's owner), Kompetenstrappa open.
    func competence(_ login: String?) throws -> AppHarness {
        let today = try LocalDate.parse("2026-11-23")
        let app = try AppHarness(seed: TodayScreenTests.demoWithLogins, clock: { today },
                                 viewer: login.map { login in { try TodayScreenTests.viewer($0, login) } })
        app.open(.competence)
        return app
    }

    func screen(_ app: AppHarness) throws -> CompetenceScreen { try XCTUnwrap(app.runner.model.top as? CompetenceScreen) }

    func testAKompetensstrategSeesHerKommunsUnitsWholeAndKeepsTheTitles() throws {
        let app = try competence("aino.persson")
        let kommun = try XCTUnwrap(try TodayScreenTests.viewer(app.store, "aino.persson").grants.first?.scope)
        let expected = try app.store.competenceUnits().filter { $0.kommunId == kommun.id }
        XCTAssertGreaterThan(expected.count, 1)
        XCTAssertEqual(try screen(app).host.shared.units, expected)
        XCTAssertTrue(app.screenLines[3].hasPrefix(" Älvdala › "), app.screenLines[3])
        let unit = try XCTUnwrap(try screen(app).host.shared.unit)
        XCTAssertTrue(app.screenLines[3].contains("\(unit.staffCount) av \(unit.staffCount) personer"), app.screenLines[3])
        app.press(.tab, .tab, .tab, .tab)
        XCTAssertTrue(app.hintLine.contains("e byt utbildningskrav"), app.hintLine)
        app.press(.backTab)
        XCTAssertFalse(app.hintLine.contains("höj gränsen"), app.hintLine)
    }

    func testTheRegionalCoordinatorSeesOnlyTheComparison() throws {
        let app = try competence("fatima.nystrom")
        XCTAssertEqual(try screen(app).host.shared.units, [])
        XCTAssertEqual(Array(app.screenLines[3...6]), [
            " Din roll ser bara jämförelsen mellan kommuner (fliken Jämförelse)",
            "",
            " Namn och titel                             Utb Bev S1  S2  S3  S4  S5    Klart",
            "   Inga medarbetare här.",
        ])
        XCTAssertFalse(app.hintLine.contains("kartläggning"), app.hintLine)
        let names = try app.store.competencePeople().map(\.name)
        app.press(.tab)
        XCTAssertFalse(names.contains { name in app.screenLines.contains { $0.contains(name) } }, linesDiff(app.lines, []))
        app.press(.tab)
        XCTAssertFalse(names.contains { name in app.screenLines.contains { $0.contains(name) } }, linesDiff(app.lines, []))
        app.press(.tab)
        XCTAssertEqual(app.screenLines[3], " 3 kommuner · grupper under 5 visas som –, små antal som ”för få”")
        XCTAssertTrue(app.screenLines.contains("   Undersköterska: utbildning            50 %       57 %      100 %       65 %"),
                      linesDiff(app.lines, []))
        XCTAssertFalse(app.hintLine.contains("höj gränsen"), app.hintLine)
        app.press(.tab)
        XCTAssertFalse(names.contains { name in app.screenLines.contains { $0.contains(name) } }, linesDiff(app.lines, []))
        XCTAssertFalse(app.hintLine.contains("byt utbildningskrav"), app.hintLine)
    }

    func testAUnitManagerSeesHerUnitAlsoWhenTheGapsAskForTheKommun() throws {
        let app = try competence("tove.ali")
        let unit = try XCTUnwrap(try TodayScreenTests.viewer(app.store, "tove.ali").grants.first?.scope)
        XCTAssertEqual(try screen(app).host.shared.units.map(\.id), [unit.id])
        let roster = try CompetenceRoster.load(.kommun(try XCTUnwrap(try screen(app).host.shared.unit).kommunId),
                                               context: app.runner.model.context)
        XCTAssertEqual(Set(roster.rows.map(\.person.enhetId)), [unit.id])
    }

    func testATeamLeaderSeesHerTeamAndAWorkerHerself() throws {
        let jonas = try competence("jonas.lundstrom")
        let team = try XCTUnwrap(try TodayScreenTests.viewer(jonas.store, "jonas.lundstrom").scopeIds(.teamledare).first)
        let rows = try CompetenceRoster.load(.all, context: jonas.runner.model.context).rows.map(\.person)
        XCTAssertEqual(Set(rows.map(\.teamId)), [team])
        XCTAssertEqual(rows.count, try jonas.store.competencePeople().filter { $0.teamId == team }.count)
        XCTAssertEqual(try screen(jonas).host.shared.units.map(\.id), [try XCTUnwrap(rows.first).enhetId])

        let johan = try competence("johan.lindqvist")
        XCTAssertEqual(Array(johan.screenLines[3...6]), [
            " Älvdala › Hemtjänst Norr (Vård och omsorg) · 1 av 1 personer",
            "",
            " Namn och titel                             Utb Bev S1  S2  S3  S4  S5    Klart",
            " > Johan Lindqvist         Vårdbiträde       ✓   ·   ✓   ✗   ✗   ✗   ✗      2/6",
        ])
    }

    func testAViewerWithoutARoleHereIsToldSoAndTheOwnerSeesEveryUnit() throws {
        let kerstin = try competence("kerstin.ostlund")
        XCTAssertEqual(kerstin.screenLines[3], " Ingen av dina roller omfattar Kompetenstrappan.")
        kerstin.press(.tab, .tab, .tab)
        XCTAssertTrue(kerstin.screenLines.contains { $0.contains("Ingen av dina roller omfattar Kompetenstrappan.") }, linesDiff(kerstin.lines, []))
        XCTAssertFalse(kerstin.screenLines.contains { $0.contains("Undersköterska: utbildning") }, linesDiff(kerstin.lines, []))
        let owner = try competence(nil)
        let nils = try competence("nils.sandberg")
        XCTAssertEqual(try screen(owner).host.shared.units, try owner.store.competenceUnits())
        XCTAssertEqual(try screen(nils).host.shared.units.map(\.id), try screen(owner).host.shared.units.map(\.id))
    }
}
