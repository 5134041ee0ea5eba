import ArgumentParser
import Foundation
import VardagApp
import VardagCommandLine
import VardagStore

/// `vardag backup DEST [--db PATH] [--force]`: a consistent copy with SQLite's online backup.
struct BackupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup",
        abstract: HelpText.text("Kopierar databasen till en säkerhetskopia (också medan appen är öppen).", en: "Copies the database to a backup (also while the app is open)."),
        discussion: HelpText.text("""
            Kopian är en enda fil som bara ägaren kan läsa (0600). Mappen måste finnas; \
            en befintlig fil ersätts bara med --force. Kontrollera kopian med 'vardag check --db DEST'.
            """, en: """
            The copy is one file only its owner can read (0600). The folder must exist; \
            an existing file is replaced only with --force. Check the copy with 'vardag check --db DEST'.
            """))

    @Argument(help: HelpText.help("Filen som säkerhetskopian skrivs till.", en: "The file the backup is written to."))
    var destination: String

    @OptionGroup var common: CommonOptions

    @Flag(name: .long, help: HelpText.help("Ersätt en befintlig fil.", en: "Replace an existing file."))
    var force = false

    func run() throws {
        try reportingFailures {
            let s = try common.strings()
            // Read-only and unmigrated: the source stays byte for byte as it was, and a
            // damaged one is refused (exit 9) rather than copied.
            let store = try common.openExistingStoreForCopying()
            defer { try? store.close() }
            let target = URL(fileURLWithPath: destination).standardizedFileURL
            if target.path == common.databaseURL.path {
                throw CommandFailure(message: s["cli.backup.onItself"], exitCode: 1)
            }
            do {
                try store.backup(to: target, replacing: force)
            } catch {
                throw CommandFailure(message: s.format("cli.backup.failed", ErrorText.describe(error, s)), exitCode: storeExitCode(for: error))
            }
            print(s.format("cli.backup.written", target.path))
        }
    }
}
