import TerminalKit
import TestSupport
import VardagDomain
import VardagStore
import XCTest
@testable import VardagApp

/// Text that reaches the screen is cleaned of control characters and escape sequences,
/// wherever it came from: written into the database by another program, pasted, or typed.
final class HostileTextTests: XCTestCase {
    /// Hostile text in every free-text column of every table; every screen of the app
    /// drawn at 80x24 and 120x40, moving through the rows: no cell text sent to the
    /// terminal holds ESC, another C0/C1 control or a bidi control, and the poisoned
    /// names are on screen (cleaned), so the check saw them.
    func testHostileTextInTheDatabaseNeverReachesTheTerminal() throws {
        let app = try AppDriver(seed: AppDriver.demo)
        let poisoned = try HostileText.poison(app.store)
        for column in ["kommun.name", "enhet.name", "team.name", "medarbetare.name", "medarbetare.title"] {
            XCTAssertTrue(poisoned.contains(column), "\(column) holds hostile text; poisoned: \(poisoned)")
        }
        print("hostile text planted in: \(poisoned.joined(separator: ", "))")
        var seenMarker = false
        for size in [Size(width: 80, height: 24), Size(width: 120, height: 40)] {
            for route in ScreenRoutes.all {
                app.send(.resize(size))
                app.enter(route)
                for key in [Key.down, .down, .pageDown, .end, .home, .tab, .right, .left] {
                    if app.lines.joined().contains("¤") { seenMarker = true }
                    app.send(.key(key))
                    XCTAssertEqual(app.takeUnsafeOutput(), [], "\(route) at \(size.width)x\(size.height) after \(key)")
                }
            }
        }
        XCTAssertTrue(seenMarker, "the poisoned text was drawn somewhere (its marker ¤ seen)")
        XCTAssertTrue(try app.store.integrityCheck() == ["ok"])
    }

    /// The register rows show the cleaned text: the marker right after the name.
    func testPoisonedRegisterNamesShowCleaned() throws {
        let app = try AppDriver(width: 120, height: 40)
        _ = try HostileText.poison(app.store)
        app.enter(ScreenRoute("register", in: .register, []))
        let screen = app.lines.joined(separator: "\n")
        XCTAssertTrue(screen.contains("Bo Ek¤"), screen)
        XCTAssertTrue(screen.contains("Märta Öhman¤"), screen)
        XCTAssertTrue(screen.contains("Åsbro¤"), screen)
        XCTAssertEqual(app.takeUnsafeOutput(), [])
    }

    /// Pasted and typed hostile text in every form and search field: refused or stored,
    /// it is never sent to the terminal as it was.
    func testPastedHostileTextIsNeverSentToTheTerminal() throws {
        let app = try AppDriver(seed: AppDriver.demo)
        for route in ScreenRoutes.all {
            app.enter(route)
            for fragment in HostileText.fragments {
                app.send(.paste("Åsa" + fragment + "Öberg"))
                app.send(.key(.char("x")))
            }
            app.send(.paste(HostileText.fragments.joined()))
            app.send(.key(.tab))
            app.send(.paste(HostileText.suffix))
            app.send(.key(.enter))
            XCTAssertEqual(app.takeUnsafeOutput(), [], "\(route)")
        }
        XCTAssertEqual(try app.store.integrityCheck(), ["ok"])
    }

    /// The check itself: a cell set directly with an escape in it is caught.
    func testUnsafeOutputCheckCatchesARawEscape() throws {
        let app = try AppDriver()
        app.runner.renderer.render { buffer in buffer[0, 0] = Cell("\u{1b}") }
        XCTAssertEqual(app.takeUnsafeOutput(), ["\u{1b}"])
    }
}

/// Hostile text through the competence CSV import, the way outside text enters in bulk.
final class HostileImportTests: XCTestCase {
    func testHostileTextInAnImportedFileNeverReachesTheTerminal() throws {
        let app = try AppDriver(seed: AppDriver.demo)
        let today = try LocalDate(year: 2026, month: 11, day: 23)
        let exported = try CompetenceExport.csv(try CompetenceExport.table(from: app.store, kind: .mapping, kommuner: [], today: today))
        var lines = String(decoding: exported, as: UTF8.self).components(separatedBy: "\r\n")
        let header = lines[0].replacingOccurrences(of: "\u{FEFF}", with: "").components(separatedBy: ";")
        let wishes = try XCTUnwrap(header.firstIndex(of: "Önskemål"))
        for i in 1..<min(lines.count, 30) where lines[i].components(separatedBy: ";").count == header.count {
            var cells = lines[i].components(separatedBy: ";")
            let text = "Vill läsa" + HostileText.fragments[i % HostileText.fragments.count] + "¤"
            cells[wishes] = "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
            lines[i] = cells.joined(separator: ";")
        }
        let file = Data(lines.joined(separator: "\r\n").utf8)
        do {
            let summary = try app.store.importCompetence(file, source: "hostile.csv")
            print("hostile competence import accepted: \(summary.people) people")
        } catch {
            print("hostile competence import refused: \(error)")
            // Refusing control characters is as good as cleaning them; say why.
            XCTAssertFalse(String(describing: error).isEmpty)
        }
        for route in ScreenRoutes.competence {
            app.enter(route)
            for key in [Key.down, .right, .pageDown, .end] {
                app.send(.key(key))
                XCTAssertEqual(app.takeUnsafeOutput(), [], "\(route) after \(key)")
            }
        }
        XCTAssertEqual(try app.store.integrityCheck(), ["ok"])
    }
}
