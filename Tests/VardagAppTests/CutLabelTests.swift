import TerminalKit
import XCTest
@testable import VardagApp

/// At 80x24 no form label, form hint or help text of the catalogue is cut with "…" on
/// any form, dialog or help overlay the app has: every such route of `ScreenRoutes` is
/// opened on the demo data in both languages and each "…" on screen is checked against
/// those catalogue texts. (Table columns, which shorten data and their headers to fit,
/// are not covered here.)
final class CutLabelTests: XCTestCase {
    func testNoCatalogueTextIsCutOnAnyScreenAtEightyByTwentyFour() throws {
        for language in Language.allCases {
            let strings = try Strings.load(language)
            // Texts without placeholders (those are filled with data) and without their own "…".
            let texts = strings.keys.filter(Self.isFormOrHelpText).map { strings[$0] }
                .filter { $0.count >= 8 && !$0.contains("{") && !$0.contains("…") && !$0.contains("\n") }
            let byStart = Dictionary(grouping: texts) { String($0.prefix(5)) }
            let app = try AppDriver(language: language, seed: AppDriver.demo)
            var cuts: [String] = []
            for route in ScreenRoutes.all where route.isShowing != nil {
                _ = app.enter(route)
                for line in app.lines {
                    var searchFrom = line.startIndex
                    while let ellipsis = line.range(of: "…", range: searchFrom..<line.endIndex) {
                        searchFrom = ellipsis.upperBound
                        let before = String(line[..<ellipsis.lowerBound])
                        for (start, candidates) in byStart where before.contains(start) {
                            for text in candidates {
                                guard let from = before.range(of: start, options: .backwards) else { continue }
                                let shown = String(before[from.lowerBound...])
                                if shown.count >= 5, shown.count < text.count, text.hasPrefix(shown) {
                                    cuts.append("\(language) \(route): “\(shown)…” is “\(text)”")
                                }
                            }
                        }
                    }
                }
            }
            XCTAssertEqual(Set(cuts).sorted(), [], "catalogue texts cut at 80x24")
        }
    }

    /// Keys of form labels, form hints and help-overlay texts.
    static func isFormOrHelpText(_ key: String) -> Bool {
        !key.hasPrefix("audit.") && [".form.", ".field.", ".entry.", ".key.", "hint", "help."].contains { key.contains($0) }
    }
}
