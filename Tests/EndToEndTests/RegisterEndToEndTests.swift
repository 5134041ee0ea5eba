import Foundation
import TestSupport
import XCTest

/// The register through the real binary in tmux: add "Åsa Öberg", quit, start again,
/// and find her on screen and in the export.
final class RegisterEndToEndTests: XCTestCase {
    func testAddedStaffMemberSurvivesARestart() throws {
        let binary = try VardagBinary.path()
        let directory = try TmuxSession.makeDirectory()
        let db = directory.appendingPathComponent("register.sqlite").path
        let demo = try Spawn.run([binary, "demo", "--db", db], timeout: 60)
        XCTAssertEqual(demo.status, 0, demo.errorOutput)

        let first = try TmuxSession(command: "'\(binary)' --db '\(db)'", directory: directory)
        try first.waitFor(text: "Välj verktyg")
        try first.sendKeys("5")
        try first.waitFor(text: "Sorterat på namn")
        try first.sendKeys("a")
        try first.waitFor(text: "Ny medarbetare")
        try first.type("Åsa Öberg")
        try first.sendKeys("Tab")
        try first.type("Undersköterska")
        try first.sendKeys("Enter")
        try first.waitFor(text: "Sparat: Åsa Öberg")
        try first.sendKeys("Escape")
        try first.waitFor(text: "Välj verktyg")
        try first.sendKeys("q")
        XCTAssertEqual(try first.waitForExit(), 0)
        _ = try? first.tmux(["kill-server"])

        let second = try TmuxSession(command: "'\(binary)' --db '\(db)'", directory: directory)
        defer { second.close() }
        try second.waitFor(text: "Välj verktyg")
        try second.sendKeys("5")
        try second.waitFor(text: "Sorterat på namn")
        try second.sendKeys("/")
        try second.type("öberg")
        try second.waitFor(text: "Åsa Öberg")
        try second.sendKeys("Enter")
        let screen = try second.waitFor(text: "1 av 1 ·")
        XCTAssertTrue(screen.contains("Åsa Öberg"), screen)
        try second.sendKeys("Escape", "Escape")
        try second.waitFor(text: "Välj verktyg")
        try second.sendKeys("q")
        XCTAssertEqual(try second.waitForExit(), 0)

        let export = try Spawn.run([binary, "export", "register", "--db", db, "--format", "json"])
        XCTAssertEqual(export.status, 0, export.errorOutput)
        let rows = try JSONSerialization.jsonObject(with: Data(export.output.utf8)) as? [[String: Any]] ?? []
        let asa = try XCTUnwrap(rows.first { $0["namn"] as? String == "Åsa Öberg" }, export.output)
        XCTAssertEqual(asa["titel"] as? String, "Undersköterska")
        XCTAssertEqual(asa["aktiv"] as? Bool, true)

        let check = try Spawn.run([binary, "check", "--db", db])
        XCTAssertEqual(check.status, 0, check.errorOutput)
        XCTAssertTrue(check.output.contains("Integritet: ok"), check.output)
    }

    func testCommandLineRefusesWhatItCannotDo() throws {
        let binary = try VardagBinary.path()
        let directory = try TmuxSession.makeDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let missing = directory.appendingPathComponent("missing.sqlite").path

        let export = try Spawn.run([binary, "export", "register", "--db", missing])
        XCTAssertEqual(export.status, 3)
        XCTAssertTrue(export.errorOutput.contains("finns inte"), export.errorOutput)
        XCTAssertFalse(FileManager.default.fileExists(atPath: missing), "an export never creates a database")

        let notADatabase = directory.appendingPathComponent("text.sqlite").path
        try Data("inte en databas\n".utf8).write(to: URL(fileURLWithPath: notADatabase))
        let check = try Spawn.run([binary, "check", "--db", notADatabase])
        XCTAssertEqual(check.status, 5, check.errorOutput)
        XCTAssertEqual(check.errorOutput.split(separator: "\n").count, 1, check.errorOutput)
        XCTAssertEqual(try String(contentsOfFile: notADatabase, encoding: .utf8), "inte en databas\n")

        let db = directory.appendingPathComponent("demo.sqlite").path
        XCTAssertEqual(try Spawn.run([binary, "demo", "--db", db], timeout: 60).status, 0)
        let again = try Spawn.run([binary, "demo", "--db", db], timeout: 60)
        XCTAssertEqual(again.status, 1)
        XCTAssertTrue(again.errorOutput.contains("--force"), again.errorOutput)

        let badFormat = try Spawn.run([binary, "export", "register", "--db", db, "--format", "xml"])
        XCTAssertNotEqual(badFormat.status, 0)
        XCTAssertFalse(badFormat.errorOutput.isEmpty)

        let csvPath = directory.appendingPathComponent("register.csv").path
        let csv = try Spawn.run([binary, "export", "register", "--db", db, "--output", csvPath])
        XCTAssertEqual(csv.status, 0, csv.errorOutput)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: csvPath))
        XCTAssertEqual(Array(bytes.prefix(3)), [0xEF, 0xBB, 0xBF], "CSV for Swedish Excel starts with a BOM")
        XCTAssertTrue(String(decoding: bytes, as: UTF8.self).contains("Kommun;"))
        let mode = try FileManager.default.attributesOfItem(atPath: csvPath)[.posixPermissions] as? Int
        XCTAssertEqual(mode, 0o600, "exports are readable by the owner only")
    }
}
