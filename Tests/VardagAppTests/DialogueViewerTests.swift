import TerminalKit
import TestSupport
import VardagDomain
import VardagStore
import XCTest
@testable import VardagApp

/// Delaktighetsmodellen kept to the viewer's grants on SQLite, as PostgreSQL's policies keep
/// it: a vägledare her slingor and the pool, an enhetschef her unit's slingor and target,
/// the regional samordnare the pool, nobody else any slinga; at 80x24 on the demo.
final class DialogueViewerTests: XCTestCase {
    /// The app as a demo login (nil: the data's owner), Delaktighetsmodellen open.
    func dialogue(_ login: String?) throws -> AppHarness {
        let today = try LocalDate.parse("2026-11-23")
        let app = try AppHarness(seed: TodayScreenTests.demoWithLogins, clock: { today },
                                 viewer: login.map { login in { try TodayScreenTests.viewer($0, login) } })
        app.open(.dialogue)
        return app
    }

    func testAGuideSeesTheSlingorSheIsAssignedToAndThePoolButStartsNone() throws {
        let app = try dialogue("kerstin.ostlund")
        let kerstin = try XCTUnwrap(try TodayScreenTests.viewer(app.store, "kerstin.ostlund").personId)
        let hers = try app.store.guideAssignments(guideId: kerstin)
        XCTAssertEqual(hers.count, 4)
        XCTAssertEqual(Array(app.screenLines[3...10]), [
            " 4 slingor · alla enheter · alla år · alla lägen",
            "",
            "  Kommun   Enhet         Tema               Start      Nästa träff    Öppna Sena",
            "> Åsbro    LSS-boende B… Dokumentation om … 2026-09-21 Uppföljning        0    1",
            "  Älvdala  Hemtjänst No… Maten och måltide… 2026-10-19 Brukarträff 2      1    0",
            "  Älvdala  Hemtjänst Sö… Brandsäkerhet      2026-10-05 Gemensam träff     1    0",
            "  Älvdala  LSS-boende B… Maten på boendet   2026-11-16 Brukarträff 1      0    0",
            "",
        ])
        XCTAssertFalse(app.hintLine.contains("ny slinga"), app.hintLine)
        app.press(.char("n"))
        XCTAssertFalse(app.screenLines.joined().contains("Ny slinga"), linesDiff(app.lines, []))

        app.press(.tab)
        XCTAssertEqual(app.screenLines[3], " 8 vägledare i regionens pool · ledda slingor 2026")
        XCTAssertFalse(app.hintLine.contains("ny vägledare"), app.hintLine)
        // Another guide's assignments show only where they meet hers.
        app.press(.down, .down, .down, .down)
        XCTAssertTrue(app.screenLines[10].contains("Karin Lövgren"), app.screenLines[10])
        app.press(.enter)
        let guide = try XCTUnwrap(app.runner.model.top as? GuideScreen)
        let karins = try app.store.guideAssignments(guideId: guide.guide.id)
        XCTAssertGreaterThan(karins.count, guide.assignments.count)
        XCTAssertTrue(Set(guide.assignments.map(\.id)).isSubset(of: Set(hers.map(\.id))))
        app.press(.escape, .tab, .tab, .tab)
        XCTAssertEqual(app.screenLines[6], "  Årsrapporten räknar alla slingor och visas bara för systemförvaltaren.")
    }

    func testAUnitManagerSeesHerUnitsSlingorAndTargetAndStartsSlingorThereOnly() throws {
        let app = try dialogue("tove.ali")
        let unit = try XCTUnwrap(try TodayScreenTests.viewer(app.store, "tove.ali").grants.first?.scope)
        XCTAssertEqual(Array(app.screenLines[3...7]), [
            " 1 slingor · alla enheter · alla år · alla lägen",
            "",
            "  Kommun   Enhet         Tema               Start      Nästa träff    Öppna Sena",
            "> Älvdala  Hemtjänst No… Maten och måltide… 2026-10-19 Brukarträff 2      1    0",
            "",
        ])
        XCTAssertTrue(app.hintLine.contains("n ny slinga"), app.hintLine)
        let form = try DialogueForms.newLoop(app.runner.model.context)
        XCTAssertEqual(form.choiceIds[DialogueField.enhet.rawValue], [unit.id])

        app.press(.tab, .tab, .tab)
        XCTAssertTrue(app.screenLines[6].hasPrefix("> Hemtjänst Norr") && app.screenLines[6].contains("Älvdala"), app.screenLines[6])
        XCTAssertEqual(app.screenLines[7], "")
    }

    func testATeamLeaderAndAWorkerOnASlingasStaffSeeNoSlinga() throws {
        for login in ["johan.lindqvist", "jonas.lundstrom"] {
            let app = try dialogue(login)
            let person = try XCTUnwrap(try TodayScreenTests.viewer(app.store, login).personId)
            let onStaff = try app.store.dialogueLoops(today: app.runner.model.context.today).contains { loop in
                try app.store.loopDetail(id: loop.id, today: app.runner.model.context.today)?.staff.contains { $0.id == person } ?? false
            }
            XCTAssertTrue(onStaff || login == "jonas.lundstrom", "\(login) is on a slinga's staff in the demo")
            XCTAssertEqual(Array(app.screenLines[3...7]), [
                " 0 slingor · alla enheter · alla år · alla lägen",
                "",
                "  Kommun   Enhet         Tema               Start      Nästa träff    Öppna Sena",
                "  Ingen av dina roller omfattar Delaktighetsmodellen.",
                "",
            ], login)
            app.press(.tab)
            XCTAssertEqual(app.screenLines[6], "  Ingen av dina roller omfattar Delaktighetsmodellen.", login)
        }
    }

    func testTheRegionalCoordinatorKeepsThePoolAndSeesNoSlinga() throws {
        let app = try dialogue("fatima.nystrom")
        XCTAssertEqual(app.screenLines[6], "  Inga slingor som dina roller omfattar (vägledare eller enhetschef).")
        app.press(.tab)
        XCTAssertEqual(app.screenLines[3], " 8 vägledare i regionens pool · ledda slingor 2026")
        XCTAssertTrue(app.hintLine.contains("n ny vägledare"), app.hintLine)
    }

    func testTheSystemAdministratorAndTheDataOwnerSeeEverySlinga() throws {
        for login in ["nils.sandberg", nil] {
            let app = try dialogue(login)
            XCTAssertEqual(app.screenLines[3], " 10 slingor · alla enheter · alla år · alla lägen", login ?? "owner")
            XCTAssertTrue(app.hintLine.contains("n ny slinga"), app.hintLine)
            app.press(.tab, .tab, .tab, .tab)
            XCTAssertTrue(app.screenLines[6].contains("Åsbro"), app.screenLines[6])
        }
    }
}
