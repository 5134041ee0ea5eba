import ArgumentParser
import Foundation
import TerminalKit
import VardagApp
import VardagCommandLine
import VardagDomain
import VardagStore

/// `vardag import competence FILE [--db PATH] [--dry-run] [--create-missing] [--lang sv|en]`:
/// imports competence mapping from an HR system's CSV.
struct ImportCompetenceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "competence",
        abstract: HelpText.text("Läser in kompetenskartläggning från CSV (semikolon, UTF-8, BOM tillåten); allt eller inget.", en: "Reads a competence mapping from CSV (semicolons, UTF-8, BOM allowed); all or nothing."),
        discussion: HelpText.text("""
            Kolumner som måste finnas: Kommun, Enhet, Namn, Titel, Utbildning, Poäng, Bevis, Steg 1–Steg 5 \
            (datum, ev. följt av V för validering). Valfria: Id, Team, Utbildningsår, Övergång, Önskemål. \
            En kolumn som saknas ändrar inget som är lagrat; en tom cell i en kolumn som finns tömmer värdet \
            (--dry-run visar vad som skulle tömmas). Bevis och Övergång: Ja, Nej eller tomt. \
            Samma format som 'vardag export competence --kind mapping'. \
            Varje felaktig rad rapporteras på en egen rad som 'rad N: skäl' (högst 100, sedan antalet); \
            då lagras ingenting (slutkod 65). En fil som inte går att läsa ger slutkod 66.
            """, en: """
            Columns that must be there: Kommun, Enhet, Namn, Titel, Utbildning, Poäng, Bevis, Steg 1–Steg 5 \
            (a date, optionally followed by V for validated). Optional: Id, Team, Utbildningsår, Övergång, Önskemål. \
            A missing column changes nothing stored; an empty cell in a column that is there clears the value \
            (--dry-run shows what would be cleared). Bevis and Övergång: Ja, Nej or empty. \
            The same format as 'vardag export competence --kind mapping'. \
            Each wrong row is reported on a line of its own as 'line N: reason' (at most 100, then their count); \
            then nothing is stored (exit code 65). A file that cannot be read gives exit code 66.
            """))

    @OptionGroup var common: CommonOptions

    @Argument(help: HelpText.help("CSV-filen att läsa in.", en: "The CSV file to read."))
    var file: String

    @Flag(name: .long, help: HelpText.help("Kontrollera bara; lagra ingenting (visar vad som skulle läggas till och tömmas).", en: "Only check; store nothing (shows what would be added and cleared)."))
    var dryRun = false

    @Flag(name: .long, help: HelpText.help("Lägg till personer som inte finns i registret, i enheten och teamet på deras rad.", en: "Add people missing from the register, in the unit and team on their row."))
    var createMissing = false

    func run() throws {
        try reportingFailures {
            let strings = try common.strings()
            let bytes = try ImportSourceFile.readBytes(file, strings)
            let user = try workingLogin(strings)
            // A dry run reads through a read-only opening; the import through an opening that
            // writes nothing itself, and checks every row before its one write transaction: a
            // dry run and a refused file (exit 65) leave the database byte for byte as it was.
            // The import frees the file's bytes once it has checked them.
            let summary = dryRun
                ? try importing(consume bytes, into: try common.openExistingStoreForReading(user: user), dryRun: true, strings)
                : try importing(consume bytes, into: try common.openExistingStoreForCheckedWrites(user: user), dryRun: false, strings)
            // Line by line as they are made: a file that clears a column for everyone lists everyone.
            var output = CommandLineOutput(.standardOutput)
            for person in summary.created {
                output.write(strings.format(dryRun ? "import.cli.wouldCreate" : "import.cli.created",
                                            person.line, person.name, person.kommun, person.enhet, person.team))
            }
            for clearing in summary.cleared {
                let field: String
                if case .step(let step) = clearing.field { field = strings.format(clearing.field.key, step) } else { field = strings[clearing.field.key] }
                let becomes = clearing.field.clearedValueKey.map { strings[$0] } ?? "0"
                output.write(strings.format(dryRun ? "import.cli.wouldClear" : "import.cli.cleared",
                                            clearing.line, clearing.name, clearing.medarbetareId, field, clearing.old, becomes))
            }
            output.write(strings.format(dryRun ? "import.cli.dryRun" : "import.cli.done", summary.people, summary.steps))
            output.flush()
        }
    }

    /// Imports (or with `dryRun` only checks) the file's rows into a store and closes it.
    /// - Throws: `ExitCode(65)` after one stderr line per bad row (at most `CommandLineOutput.shownProblems`,
    ///   then a count), or `CommandFailure` (exit 1).
    private func importing(
        _ bytes: consuming [UInt8], into store: AppDatabase, dryRun: Bool, _ strings: Strings
    ) throws -> CompetenceImportSummary {
        defer { try? store.close() }
        do {
            return try store.importCompetence(bytes: consume bytes, source: (file as NSString).lastPathComponent, dryRun: dryRun,
                                              createMissing: createMissing,
                                              today: try CommandDay.today())
        } catch let failure as CompetenceImportFailure {
            CommandLineOutput.writeRefusal(failure.problems, file: file, strings)
            throw ExitCode(65)
        } catch {
            throw CommandFailure(message: strings.format("import.cli.failed", ErrorText.describe(error, strings)), exitCode: 1)
        }
    }
}
