import ArgumentParser
import Foundation
import TerminalKit
import VardagApp
import VardagCommandLine
import VardagStore

/// `vardag check [--db PATH]`: runs SQLite's integrity check and prints the schema version.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: HelpText.text("Kontrollerar databasens integritet och visar schemaversionen.", en: "Checks the database's integrity and shows the schema version."))

    @OptionGroup var common: CommonOptions

    func run() throws {
        try reportingFailures {
            let s = try common.strings()
            let url = common.databaseURL
            guard common.serverConninfo != nil || FileManager.default.fileExists(atPath: url.path) else {
                throw CommandFailure(message: s.format("cli.check.missing", url.path), exitCode: 3)
            }
            // Read-only and unmigrated: checking a file (an older backup) never changes it.
            let store: AppDatabase
            let problems: [String]
            let version: SchemaVersion
            do {
                if let conninfo = common.serverConninfo {
                    store = try AppDatabase.openForChecking(server: conninfo)
                } else {
                    store = try AppDatabase.openForChecking(path: url.path)
                }
                problems = try store.integrityCheck()
                version = try store.schemaVersion()
            } catch let error as StoreError {
                throw try common.storeFailure(error)
            } catch {
                // SQLite failed while reading the pages: the file is damaged.
                throw CommandFailure(message: s.format("cli.check.damaged", url.path, ErrorText.describe(error, s)), exitCode: 9)
            }
            try? store.close()
            print(s.format("cli.check.database", TextSanitizer.clean(common.databaseDescription)))
            print(s.format("cli.check.schema", version.number, version.applied.joined(separator: ", ")))
            if version.number < version.known.count {
                print(s.format("cli.check.willMigrate", version.known.count))
            }
            if problems == ["ok"] {
                print(s["cli.check.ok"])
            } else {
                for p in problems { print(s.format("cli.check.problem", p)) }
                throw CommandFailure(message: s["cli.check.failed"], exitCode: 4)
            }
        }
    }
}
