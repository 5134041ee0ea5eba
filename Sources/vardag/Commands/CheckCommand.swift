import ArgumentParser
import Foundation
import TerminalKit
import VardagStore

/// `vardag check [--db PATH]`: runs SQLite's integrity check and prints the schema version.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Kontrollerar databasens integritet och visar schemaversionen.")

    @OptionGroup var common: CommonOptions

    func run() throws {
        try reportingFailures {
            let url = common.databaseURL
            let store = try openExistingStore(url, user: "check")
            let problems = try store.integrityCheck()
            print("Databas: \(TextSanitizer.clean(url.path))")
            let version = try store.schemaVersion()
            print("Schemaversion: \(version.number) (\(version.applied.joined(separator: ", ")))")
            if problems == ["ok"] {
                print("Integritet: ok")
            } else {
                for p in problems { print("Integritet: \(p)") }
                throw CommandFailure(message: "vardag: integritetskontrollen hittade fel.", exitCode: 4)
            }
        }
    }
}
