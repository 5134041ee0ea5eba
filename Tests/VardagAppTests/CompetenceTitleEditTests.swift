import TerminalKit
import TestSupport
import VardagDomain
import VardagStore
import XCTest
@testable import VardagApp

/// Titlar: n adds a title, r renames it, a retires it (dimmed, kept) and takes it back.
final class CompetenceTitleEditTests: XCTestCase {
    private func openTitles(language: Language = .sv) throws -> AppHarness {
        let app = try AppHarness(language: language, seed: CompetenceScreenTests.seed)
        app.open(.competence)
        for _ in 0..<4 { app.press(.tab) }
        return app
    }

    func testAddRenameAndRetireATitleAt80x24() throws {
        let app = try openTitles()
        app.press(.char("n"))
        XCTAssertTrue(app.lines.contains { $0.contains("Ny titel") }, linesDiff(app.lines, []))
        app.type("undersköterska")
        app.press(.enter)
        XCTAssertTrue(app.lines.contains { $0.contains("titeln ”undersköterska” finns redan") }, linesDiff(app.lines, []))
        app.press(.ctrl("u"))
        app.type("Kontaktperson")
        app.press(.tab, .tab, .ctrl("u"))
        app.type("900")
        app.press(.enter)
        XCTAssertTrue(app.statusLine.hasPrefix("Titeln Kontaktperson är tillagd."), app.statusLine)
        let added = try XCTUnwrap(try app.store.competenceTitles().first { $0.name == "Kontaktperson" })
        XCTAssertEqual(added.points, 900)
        // Titles are in Swedish order: Boendestödjare, Enhetschef, Familjebehandlare, Kontaktperson.
        app.press(.down, .down, .down)
        XCTAssertTrue(app.lines.contains { $0.hasPrefix(" > Kontaktperson") }, linesDiff(app.lines, []))
        app.press(.char("r"), .ctrl("u"))
        app.type("Kontaktperson LSS")
        app.press(.enter)
        XCTAssertTrue(app.statusLine.hasPrefix("Kontaktperson heter nu Kontaktperson LSS."), app.statusLine)
        app.press(.char("a"))
        XCTAssertTrue(app.statusLine.hasPrefix("Kontaktperson LSS är avvecklad"), app.statusLine)
        XCTAssertTrue(app.lines.contains { $0.contains("Kontaktperson LSS") && $0.hasSuffix("avvecklad") }, linesDiff(app.lines, []))
        XCTAssertEqual(try app.store.competenceTitles().first { $0.id == added.id }?.active, false)
        XCTAssertEqual(try app.store.auditEntries(entity: "competence_title", entityId: added.id).map(\.action).sorted { $0.rawValue < $1.rawValue },
                       [.deactivate, .insert, .update])
    }

    func testARetiredTitleIsOfferedInTheMappingFormOnlyToItsHolders() throws {
        let app = try AppHarness(seed: { store in
            try CompetenceScreenTests.seed(store)
            for name in ["Vårdbiträde", "Stödassistent"] {
                let title = try XCTUnwrap(try store.competenceTitles().first { $0.name == name })
                try store.setCompetenceTitleActive(id: title.id, active: false)
            }
        })
        app.open(.competence)
        /// The title choices the mapping form offers, stepping through them with →.
        func offered() -> Set<String> {
            var seen = Set<String>()
            for _ in 0..<12 {
                if let line = app.lines.first(where: { $0.contains("│") && $0.contains("Titel") }) { seen.insert(line) }
                app.press(.right)
            }
            app.press(.escape)
            if app.lines.joined().contains("Kasta ändringarna?") { app.press(.char("j")) }
            return seen
        }
        app.press(.char("u"), .char("m"))
        let chef = offered().joined(separator: "\n")
        XCTAssertTrue(chef.contains("Enhetschef") && chef.contains("Undersköterska"), chef)
        XCTAssertFalse(chef.contains("Vårdbiträde") || chef.contains("Stödassistent"), chef)
        app.press(.down, .char("m"))
        let bo = offered().joined(separator: "\n")
        XCTAssertTrue(bo.contains("Vårdbiträde"), "Bo still holds it: \(bo)")
        XCTAssertFalse(bo.contains("Stödassistent"), bo)
    }

    func testHelpOverlayListsTheTitleKeysInEnglish() throws {
        let app = try openTitles(language: .en)
        app.press(.char("?"))
        let text = app.lines.joined(separator: "\n")
        XCTAssertTrue(text.contains("new title") && text.contains("rename the title") && text.contains("retire / reinstate the title"), text)
    }
}
