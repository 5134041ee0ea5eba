import TerminalKit
import TestSupport
import VardagDomain
import VardagStore
import XCTest
@testable import VardagApp

/// Skuggning kept to the viewer's grants on SQLite, as PostgreSQL's policies keep it: a
/// handledare her own skuggningsteam, whoever sees everything all of them, nobody else
/// any; only whoever sees everything sets teams up. At 80x24 on the demo.
final class ShadowingViewerTests: XCTestCase {
    /// The demo with logins and a second skuggningsteam, hosted where the first one is.
    static func twoTeams(_ store: AppDatabase) throws {
        try TodayScreenTests.demoWithLogins(store)
        let first = try XCTUnwrap(try store.shadowingTeams().first)
        _ = try store.createShadowingTeam(ShadowingTeamDraft(kommunId: first.kommunId, hostTeamId: first.hostTeamId, name: "Skuggningsteam Två",
                                                             startDate: first.startDate.iso, endDate: first.endDate.iso))
    }

    /// The app as a demo login (nil: the data's owner), Skuggning open.
    func shadowing(_ login: String?) throws -> AppHarness {
        let today = try LocalDate.parse("2026-11-23")
        let app = try AppHarness(seed: Self.twoTeams, clock: { today },
                                 viewer: login.map { login in { try TodayScreenTests.viewer($0, login) } })
        app.open(.shadowing)
        return app
    }

    func teams(_ app: AppHarness) throws -> [String] {
        try XCTUnwrap(app.runner.model.top as? ShadowingScreen).host.shared.teams.map(\.name)
    }

    func testASupervisorSeesHerOwnTeamOnlyAndDoesNotSetTeamsUp() throws {
        let app = try shadowing("hanna.jonsson")
        XCTAssertGreaterThan(try app.store.shadowingTeams().count, 1)
        XCTAssertEqual(try teams(app), ["Skuggningsteam Linköpingsmodellen"])
        XCTAssertEqual(app.screenLines[3], " Måndag 2026-11-23 · 0 av 10 loggade · Skuggningsteam Linköpingsmodellen")
        app.press(.char("t"))
        XCTAssertTrue(app.statusLine.hasPrefix("Det finns bara ett skuggningsteam."), app.statusLine)
        app.press(.char("N"))
        XCTAssertFalse(app.screenLines.joined().contains("Nytt skuggningsteam"), linesDiff(app.lines, []))
        app.press(.tab, .tab, .tab, .tab, .tab)
        XCTAssertTrue(app.screenLines[3].contains("Skuggningsteam Linköpingsmodellen"), app.screenLines[3])
        XCTAssertFalse(app.hintLine.contains("ändra teamet"), app.hintLine)
        app.press(.enter)
        XCTAssertFalse(app.screenLines.joined().contains("Ändra skuggningsteam"), linesDiff(app.lines, []))
    }

    func testAViewerWithoutTheRoleSeesNoTeamAndSaysWhy() throws {
        for login in ["johan.lindqvist", "tove.ali", "aino.persson"] {
            let app = try shadowing(login)
            XCTAssertEqual(try teams(app), [], login)
            XCTAssertEqual(Array(app.screenLines[2...6]), [
                "",
                " Inget skuggningsteam som dina roller omfattar (handledare).",
                "",
                " Systemförvaltaren ger handledarrollen (vardag access grant).",
                "",
            ], login)
            // No day to log, so the hint bar offers none of the day's keys.
            XCTAssertFalse(app.hintLine.contains("logga/ändra dagen"), app.hintLine)
            XCTAssertFalse(app.hintLine.contains("kopiera förra loggen"), app.hintLine)
            app.press(.char("N"))
            XCTAssertFalse(app.screenLines.joined().contains("Nytt skuggningsteam"), login)
        }
    }

    func testTheSystemAdministratorAndTheDataOwnerSeeEveryTeamAndSetThemUp() throws {
        let owner = try shadowing(nil)
        let all = try owner.store.shadowingTeams().map(\.name)
        XCTAssertEqual(all.count, 2)
        XCTAssertEqual(try teams(owner), all)
        let nils = try shadowing("nils.sandberg")
        XCTAssertEqual(try teams(nils), all)
        nils.press(.char("N"))
        XCTAssertTrue(nils.screenLines.joined().contains("Nytt skuggningsteam"), linesDiff(nils.lines, []))
    }
}
