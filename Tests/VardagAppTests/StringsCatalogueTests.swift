import Foundation
import XCTest
@testable import VardagApp

/// The catalogues are the only source of UI text: both languages must have the same
/// keys, and every key the sources name must exist, or the UI would show raw keys.
final class StringsCatalogueTests: XCTestCase {
    func testSwedishAndEnglishHaveTheSameKeys() throws {
        let sv = try Strings.load(.sv), en = try Strings.load(.en)
        XCTAssertEqual(sv.keys.subtracting(en.keys).sorted(), [], "keys missing in English")
        XCTAssertEqual(en.keys.subtracting(sv.keys).sorted(), [], "keys missing in Swedish")
        XCTAssertGreaterThan(sv.keys.count, 100)
    }

    func testEveryKeyUsedInTheAppSourcesExists() throws {
        let sv = try Strings.load(.sv)
        let prefixes = Set(sv.keys.compactMap { $0.split(separator: ".").first.map(String.init) })
        let sources = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources/VardagApp")
        let files = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)?
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" } ?? []
        XCTAssertFalse(files.isEmpty)
        let literal = try NSRegularExpression(pattern: #""([a-z][A-Za-z]*(?:\.[A-Za-z0-9]+)+)""#)
        var missing: [String] = []
        var checked = 0
        for file in files {
            let text = try String(contentsOf: file, encoding: .utf8)
            for match in literal.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                let key = String(text[Range(match.range(at: 1), in: text)!])
                guard let prefix = key.split(separator: ".").first, prefixes.contains(String(prefix)) else { continue }
                checked += 1
                if !sv.keys.contains(key) { missing.append("\(file.lastPathComponent): \(key)") }
            }
        }
        XCTAssertEqual(missing, [])
        XCTAssertGreaterThan(checked, 80, "the scan should find the keys the screens use")
    }

    func testFormatReplacesNumberedPlaceholders() throws {
        let s = Strings(language: .sv, table: ["x": "{0} av {1}, {0}"])
        XCTAssertEqual(s.format("x", 3, "fem"), "3 av fem, 3")
        XCTAssertEqual(s["saknas.nyckel"], "saknas.nyckel")
    }

    func testFormatFillsInOnePassAndLeavesOtherBracesAlone() {
        let s = Strings(language: .sv, table: ["x": "{1}–{0} {2} {a} {", "y": "inga"])
        XCTAssertEqual(s.format("x", "{1}", "å"), "å–{1} {2} {a} {")
        XCTAssertEqual(s.format("y", 1), "inga")
        XCTAssertEqual(s.format("x"), "{1}–{0} {2} {a} {")
    }
}
