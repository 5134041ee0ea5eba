import TerminalKit
import TestSupport
import VardagDomain
import VardagStore
import XCTest
@testable import VardagApp

/// Fyrfältaren kept to the viewer's grants: a worker opens on her own grid, a team leader
/// and an enhetschef pick among the teams they cover, whoever sees everything among all.
final class WorkloadViewerTests: XCTestCase {
    /// The app as a demo login, Fyrfältaren opened from the main menu (`m`, then `1`).
    func workload(_ login: String) throws -> AppHarness {
        let today = try LocalDate.parse("2026-11-23")
        let app = try AppHarness(seed: TodayScreenTests.demoWithLogins, clock: { today }) { try TodayScreenTests.viewer($0, login) }
        app.press(.char("m"), .char("1"))
        return app
    }

    func teams(_ app: AppHarness) throws -> [String] {
        try XCTUnwrap(app.runner.model.top as? WorkloadScreen).teams.map { "\($0.enhet)/\($0.name)" }
    }

    func testAWorkerOpensStraightOnHerOwnGridForThisWeek() throws {
        let app = try workload("johan.lindqvist")
        let grid = try XCTUnwrap(app.runner.model.top as? WorkloadGridScreen)
        XCTAssertEqual(grid.medarbetareId, try TodayScreenTests.viewer(app.store, "johan.lindqvist").personId)
        XCTAssertEqual(grid.period.description, "2026-W48")
        XCTAssertEqual(app.lines[0], " Vardag › Huvudmeny › Fyrfält: Johan Lindqvist")
        app.press(.escape)
        XCTAssertEqual(app.lines[0], " Vardag › Huvudmeny")
    }

    func testATeamLeaderSeesOnlyHerTeam() throws {
        let app = try workload("jonas.lundstrom")
        XCTAssertEqual(try teams(app), ["Hemtjänst Norr/Grupp Åsen"])
    }

    func testAUnitManagerSeesTheTeamsOfHerUnit() throws {
        let app = try workload("tove.ali")
        let unit = try XCTUnwrap(try TodayScreenTests.viewer(app.store, "tove.ali").grants.first?.scope)
        let expected = try app.store.registerTree().kommuner.flatMap(\.enheter).filter { $0.enhet.id == unit.id }
            .flatMap { e in e.teams.filter(\.team.active).map { "\(e.enhet.name)/\($0.team.name)" } }
        XCTAssertGreaterThan(expected.count, 1)
        XCTAssertEqual(try teams(app), expected)
    }

    func testARoleWithoutTeamsSeesNoTeamAndSaysWhy() throws {
        let app = try workload("aino.persson")
        XCTAssertEqual(try teams(app), [])
        XCTAssertTrue(app.screenLines.joined().contains("Inga team som dina roller omfattar"), linesDiff(app.lines, []))
    }

    func testTheSystemAdministratorAndTheDataOwnerSeeEveryTeam() throws {
        let nils = try workload("nils.sandberg")
        let owner = try AppHarness(seed: TodayScreenTests.demoWithLogins)
        owner.press(.char("1"))
        XCTAssertGreaterThan(try teams(owner).count, 5)
        XCTAssertEqual(try teams(nils), try teams(owner))
    }
}
