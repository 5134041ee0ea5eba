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

    /// Every help page of `vardag` and `vardag-bench`, found by following the subcommand
    /// lists from the top, is whole in each language: the commands' texts and
    /// ArgumentParser's own words.
    func testEveryHelpPageFollowsTheLanguage() throws {
        var walked: [String] = []
        for (program, programName) in [(try VardagBinary.path(), "vardag"), (try VardagBinary.benchPath(), "vardag-bench")] {
            var paths: [[String]] = [[]]
            var seen = 0
            while seen < paths.count {
                let path = paths[seen]
                seen += 1
                let swedish = try Spawn.run([program] + path + ["--help"])
                let english = try Spawn.run([program] + path + ["--help", "--lang", "en"])
                let name = ([programName] + path).joined(separator: " ")
                walked.append(name)
                XCTAssertEqual(swedish.status, 0, name)
                XCTAssertEqual(english.status, 0, name)
                XCTAssertTrue(swedish.output.hasPrefix("ÖVERSIKT: "), "\(name): \(swedish.output)")
                XCTAssertTrue(english.output.hasPrefix("OVERVIEW: "), "\(name): \(english.output)")
                for english in ["OVERVIEW", "USAGE", "OPTIONS", "SUBCOMMANDS", "Show ", "default", "values:", "Number of", " or "] {
                    XCTAssertFalse(swedish.output.contains(english), "\(name) has '\(english)' in Swedish:\n\(swedish.output)")
                }
                for swedish in ["ÖVERSIKT", "FLAGGOR", "Visa ", " eller ", " och ", "annars", "Antal", "Bara ", " från ", "Exporterar"] {
                    XCTAssertFalse(english.output.contains(swedish), "\(name) has '\(swedish)' in English:\n\(english.output)")
                }
                for line in swedish.output.split(separator: "\n") where !line.hasPrefix("ANVÄNDNING: ") {
                    XCTAssertLessThanOrEqual(line.count, 80, "\(name): \(line)")
                }
                paths += Self.subcommands(in: english.output).map { path + [$0] }
            }
        }
        XCTAssertGreaterThanOrEqual(walked.count, 20, "the walk found \(walked)")
        XCTAssertTrue(walked.contains("vardag-bench competence"), "the walk found \(walked)")
        XCTAssertFalse(walked.contains { $0.hasPrefix("vardag bench") }, "the benchmarks are not in vardag: \(walked)")

        // --lang after --help, or with `help`, still gives the page asked for.
        let top = try run(["--help", "--lang", "en"])
        XCTAssertTrue(top.output.contains("SUBCOMMANDS:"), top.output)
        let purge = try run(["help", "purge", "--lang=en"])
        XCTAssertEqual(purge.status, 0, purge.errorOutput)
        XCTAssertTrue(purge.output.hasPrefix("OVERVIEW: Purge: deletes or de-identifies"), purge.output)
    }

    /// The names in a help page's SUBCOMMANDS list.
    private static func subcommands(in page: String) -> [String] {
        guard let heading = page.range(of: "SUBCOMMANDS:\n") else { return [] }
        return page[heading.upperBound...].split(separator: "\n", omittingEmptySubsequences: false)
            .prefix { !$0.isEmpty }
            .filter { $0.hasPrefix("  ") && !$0.hasPrefix("   ") }
            .compactMap { $0.split(separator: " ").first.map(String.init) }
    }
}
