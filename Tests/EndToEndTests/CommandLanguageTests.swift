import Foundation
import TestSupport
import XCTest

/// The command line speaks the language of `--lang`, Swedish by default: its own
/// messages, the store's errors and ArgumentParser's usage errors.
final class CommandLanguageTests: XCTestCase {
    private func run(_ arguments: [String]) throws -> Spawn.Result {
        try Spawn.run([try VardagBinary.path()] + arguments)
    }

    func testStoreAndCommandErrorsFollowTheLanguage() throws {
        let directory = try TmuxSession.makeDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let missing = directory.appendingPathComponent("saknas.sqlite").path
        let swedish = try run(["check", "--db", missing])
        XCTAssertEqual(swedish.status, 3)
        XCTAssertEqual(swedish.errorOutput, "vardag: databasen \(missing) finns inte.\n")
        let english = try run(["check", "--db", missing, "--lang", "en"])
        XCTAssertEqual(english.errorOutput, "vardag: the database \(missing) does not exist.\n")

        // A store error (not a database) in each language.
        let text = directory.appendingPathComponent("anteckning.txt").path
        try Data(Array("inte en databas, bara text".utf8) + [UInt8](repeating: 0x41, count: 200))
            .write(to: URL(fileURLWithPath: text))
        let notDatabase = try run(["export", "register", "--db", text])
        XCTAssertEqual(notDatabase.status, 5, notDatabase.errorOutput)
        XCTAssertTrue(notDatabase.errorOutput.contains("är ingen Vardag-databas"), notDatabase.errorOutput)
        let notDatabaseEnglish = try run(["export", "register", "--db", text, "--lang", "en"])
        XCTAssertTrue(notDatabaseEnglish.errorOutput.contains("is not a Vardag database"), notDatabaseEnglish.errorOutput)

        // The folder of an explicit --db that does not exist.
        let inMissingFolder = directory.appendingPathComponent("ingen-mapp/ny.sqlite").path
        let demo = try run(["demo", "--db", inMissingFolder])
        XCTAssertEqual(demo.status, 3, demo.errorOutput)
        XCTAssertTrue(demo.errorOutput.contains("finns inte; skapa den först"), demo.errorOutput)
        XCTAssertFalse(demo.errorOutput.contains("does not exist"), demo.errorOutput)
    }

    func testUsageErrorsFollowTheLanguage() throws {
        let swedish = try run(["export", "workload", "--from"])
        XCTAssertEqual(swedish.status, 64)
        XCTAssertTrue(swedish.errorOutput.hasPrefix("Fel: värde saknas för '--from <from>'"), swedish.errorOutput)
        XCTAssertTrue(swedish.errorOutput.contains("Användning: vardag export workload"), swedish.errorOutput)
        XCTAssertTrue(swedish.errorOutput.contains("Se 'vardag export workload --help' för mer information."), swedish.errorOutput)
        XCTAssertFalse(swedish.errorOutput.contains("Error"), swedish.errorOutput)

        let english = try run(["export", "workload", "--lang", "en", "--from"])
        XCTAssertTrue(english.errorOutput.hasPrefix("Error: missing value for '--from <from>'"), english.errorOutput)

        let badLanguage = try run(["--lang", "fi"])
        XCTAssertEqual(badLanguage.status, 64)
        XCTAssertTrue(badLanguage.errorOutput.hasPrefix("Fel: värdet 'fi' går inte för '--lang <lang>'. Välj en av 'sv' eller 'en'."),
                      badLanguage.errorOutput)
        let unknown = try run(["bogus", "--lang=en"])
        XCTAssertTrue(unknown.errorOutput.hasPrefix("Error: unexpected argument 'bogus'"), unknown.errorOutput)
    }
}
