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
            guard FileManager.default.fileExists(atPath: url.path) else {
                throw CommandFailure(message: "vardag: databasen \(TextSanitizer.clean(url.path)) finns inte.", exitCode: 3)
            }
            // Read-only and unmigrated: checking a file (an older backup) never changes it.
            let store: AppDatabase
            let problems: [String]
            let version: SchemaVersion
            do {
                store = try AppDatabase.openForChecking(path: url.path)
                problems = try store.integrityCheck()
                version = try store.schemaVersion()
            } catch let error as StoreError {
                throw CommandFailure(message: "vardag: \(error)", exitCode: storeExitCode(for: error))
            } catch {
                // SQLite failed while reading the pages: the file is damaged.
                throw CommandFailure(message: "vardag: \(url.path) is damaged: \(error)", exitCode: 9)
            }
            try? store.close()
            print("Databas: \(TextSanitizer.clean(url.path))")
            print("Schemaversion: \(version.number) (\(version.applied.joined(separator: ", ")))")
            if version.number < version.known.count {
                print("Schemat uppdateras till \(version.known.count) (med en säkerhetskopia först) när appen öppnar databasen.")
            }
            if problems == ["ok"] {
                print("Integritet: ok")
            } else {
                for p in problems { print("Integritet: \(p)") }
                throw CommandFailure(message: "vardag: integritetskontrollen hittade fel.", exitCode: 4)
            }
        }
    }
}
