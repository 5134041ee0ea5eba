import Foundation
import VardagStore
import XCTest
@testable import VardagApp

/// The competence import words its refusals and listings from the `import.*` catalogue,
/// named in the store and the command line rather than in the app's screens: every such
/// key must exist in both languages, and a refusal reads the same through the catalogue
/// as through the store's own Swedish description.
final class ImportStringsTests: XCTestCase {
    func testEveryImportKeyTheStoreAndTheCommandNameExistsInBothLanguages() throws {
        let sv = try Strings.load(.sv), en = try Strings.load(.en)
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let literal = try NSRegularExpression(pattern: #""(import\.[A-Za-z0-9.]+)""#)
        var used: Set<String> = []
        for folder in ["Sources/VardagStore/Competence", "Sources/vardag/Commands"] {
            let files = try FileManager.default.contentsOfDirectory(at: root.appendingPathComponent(folder), includingPropertiesForKeys: nil)
            for file in files where file.pathExtension == "swift" {
                let text = try String(contentsOf: file, encoding: .utf8)
                for match in literal.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                    let key = String(text[Range(match.range(at: 1), in: text)!])
                    if !key.hasSuffix(".json") { used.insert(key) } // the catalogue's own file name
                }
            }
        }
        XCTAssertGreaterThan(used.count, 40, "the scan should find the import's keys")
        XCTAssertEqual(used.subtracting(sv.keys).sorted(), [], "missing in Swedish")
        XCTAssertEqual(used.subtracting(en.keys).sorted(), [], "missing in English")
    }

    func testARefusalReadsTheSameThroughTheCatalogueAsThroughTheStore() throws {
        let sv = try Strings.load(.sv), en = try Strings.load(.en)
        let problem = ImportProblem(line: 4, "import.certificateYesNo", "X")
        XCTAssertEqual(sv.format("import.line", problem.line, sv.format(problem.key, arguments: problem.arguments)), problem.description)
        XCTAssertEqual(problem.description, "rad 4: bevis ska vara Ja, Nej eller tomt (fick ”X”)")
        XCTAssertEqual(en.format("import.line", problem.line, en.format(problem.key, arguments: problem.arguments)),
                       "line 4: Bevis must be Ja, Nej or empty (got “X”)")
        // A value quoted from the file that looks like a placeholder stays as it is.
        XCTAssertEqual(ImportProblem(line: 2, "import.unknownTitle", "{0}").reason, "okänd titel ”{0}”")
    }
}
