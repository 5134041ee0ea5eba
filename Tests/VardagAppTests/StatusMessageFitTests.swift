import TerminalKit
import TestSupport
import VardagApp
import VardagDomain
import VardagStore
import XCTest

/// At 80x24 no status message is cut inside a word: a short one sits beside the database
/// path, a long one takes the status line (and the hint line above it) and breaks between
/// words. Every text of both catalogues is tried as a status and as an error message.
final class StatusMessageFitTests: XCTestCase {
    /// Typical values for the placeholders: long Swedish names, dates, paths.
    private static let samples = ["Ann-Christine Öhrström-Lindqvist", "2026-12-18", "Hemtjänst Söder Åsbro", "12", "Grupp Ängen", "5"]

    private func filled(_ template: String) -> String {
        var text = template
        for (index, sample) in Self.samples.enumerated() { text = text.replacingOccurrences(of: "{\(index)}", with: sample) }
        return text
    }

    func testEveryCatalogueTextShownAsAStatusKeepsEveryWordAtEightyColumns() throws {
        let harness = try AppHarness()
        for language in Language.allCases {
            let strings = try Strings.load(language)
            let context = AppContext(store: harness.store, strings: strings, theme: .color, user: "root",
                                     databasePath: "/home/handläggare/.local/share/vardag/vardag.sqlite", clock: { LocalDate.today() })
            for key in strings.keys.sorted() {
                let message = filled(strings[key]).replacingOccurrences(of: "\n", with: " ")
                // Body texts and help pages are not status messages; two lines is the room there is.
                guard TextLayout.wrap(message, width: 80).count <= 2, !message.isEmpty else { continue }
                for isError in [false, true] {
                    var model = AppModel(context: context, root: MainMenuScreen())
                    model.apply(isError ? .error(message) : .status(message))
                    let buffer = renderBuffer(width: 80, height: 24) { model.render(into: &$0) }
                    let bottom = buffer.line(22) + " " + buffer.line(23)
                    let shownWords = Set(bottom.split(separator: " ").map(String.init))
                    for word in message.split(separator: " ").map(String.init) where !word.isEmpty {
                        XCTAssertTrue(shownWords.contains(word), "\(language) \(key): the word “\(word)” is cut or missing in\n\(buffer.line(22))\n\(buffer.line(23))")
                    }
                }
            }
        }
    }

    func testAShortMessageKeepsTheDatabasePathAndALongOneBreaksBetweenWords() {
        XCTAssertEqual(AppModel.statusLines("Sparat.", beside: "/tmp/x.sqlite · root", width: 80), ["Sparat."])
        let long = "Ärende 14 kan vänta till 2026-12-18 (root 2026-12-04 14:02); omprövas då i teamets väntelista för Ann-Christine"
        let lines = AppModel.statusLines(long, beside: "/tmp/x.sqlite · root", width: 80)
        XCTAssertEqual(lines.count, 2)
        XCTAssertEqual(lines.joined(separator: " "), long)
        XCTAssertTrue(lines.allSatisfy { DisplayWidth.of($0) <= 80 })
        let tooLong = String(repeating: "ord ", count: 60)
        let cut = AppModel.statusLines(tooLong, beside: "", width: 80)
        XCTAssertEqual(cut.count, 2)
        XCTAssertTrue(cut[1].hasSuffix(" …"), cut[1])
        XCTAssertTrue(cut.allSatisfy { DisplayWidth.of($0) <= 80 })
    }
}
