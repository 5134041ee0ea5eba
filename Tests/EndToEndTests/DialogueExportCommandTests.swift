import Foundation
import TestSupport
import XCTest

/// `vardag export dialogue` run as a program on a demo database.
final class DialogueExportCommandTests: XCTestCase {
    func testExportsNestedJSONCSVFolderAndRefusesBadInputWithOneLine() throws {
        let binary = try VardagBinary.path()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dialogue-export-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = folder.appendingPathComponent("db.sqlite").path
        XCTAssertEqual(try Spawn.run([binary, "demo", "--db", db]).status, 0)

        let json = try Spawn.run([binary, "export", "dialogue", "--db", db, "--kommun", "östervik"])
        XCTAssertEqual(json.status, 0, json.errorOutput)
        let loops = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [[String: Any]])
        XCTAssertFalse(loops.isEmpty)
        XCTAssertTrue(loops.allSatisfy { $0["kommun"] as? String == "Östervik" })
        XCTAssertTrue(loops.contains { (($0["traffar"] as? [Any])?.count ?? 0) > 0 && (($0["stafettfragor"] as? [Any])?.count ?? 0) > 0 })

        let csvFolder = folder.appendingPathComponent("csv")
        try FileManager.default.createDirectory(at: csvFolder, withIntermediateDirectories: true)
        XCTAssertEqual(try Spawn.run([binary, "export", "dialogue", "--db", db, "--format", "csv", "--output", csvFolder.path]).status, 0)
        let files = try FileManager.default.contentsOfDirectory(atPath: csvFolder.path).sorted()
        XCTAssertEqual(files, ["dialogue-actions.csv", "dialogue-invoicing.csv", "dialogue-ledger.csv", "dialogue-loops.csv",
                               "dialogue-meetings.csv", "dialogue-questions.csv"])
        // The exchange ledger's sums per kommun pair and year, one table with --kind.
        let invoicing = try Spawn.run([binary, "export", "dialogue", "--db", db, "--format", "csv", "--kind", "invoicing"])
        XCTAssertEqual(invoicing.status, 0, invoicing.errorOutput)
        let invoiceLines = invoicing.output.components(separatedBy: "\r\n")
        XCTAssertEqual(invoiceLines.first?.replacingOccurrences(of: "\u{FEFF}", with: ""),
                       "År;Säljande kommun;Köpande kommun;Uppdrag;Uppdrag med timmar;Timmar", invoicing.output)
        XCTAssertGreaterThan(invoiceLines.count, 2, "the demo buys guide services: " + invoicing.output)
        let attributes = try FileManager.default.attributesOfItem(atPath: csvFolder.appendingPathComponent(files[0]).path)
        XCTAssertEqual((attributes[.posixPermissions] as? NSNumber)?.intValue, 0o600)

        for arguments in [["--format", "csv"], ["--kommun", "Ingenstans"], ["--year", "1800"]] {
            let refused = try Spawn.run([binary, "export", "dialogue", "--db", db] + arguments)
            XCTAssertNotEqual(refused.status, 0, "\(arguments)")
            XCTAssertEqual(refused.output, "", "\(arguments)")
            XCTAssertEqual(refused.errorOutput.split(separator: "\n").count, 1, "\(arguments): \(refused.errorOutput)")
        }
    }
}
