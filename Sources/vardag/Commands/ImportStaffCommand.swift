import ArgumentParser
import Foundation
import TerminalKit
import VardagApp
import VardagCommandLine
import VardagDomain
import VardagStore

/// `vardag import staff FILE [--db PATH] [--dry-run] [--lang sv|en]`: imports monthly staff
/// figures per unit from an HR system's CSV, all or nothing.
struct ImportStaffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "staff",
        abstract: HelpText.text("Läser in personalsiffror per enhet och månad från CSV (semikolon eller komma); allt eller inget.",
                                en: "Reads staff figures per unit and month from CSV (semicolons or commas); all or nothing."),
        discussion: HelpText.text("""
            Kolumner: Kommun (valfri), Enhet, Månad (ÅÅÅÅ-MM), Anställda, Årsarbetare, Nyanställda, \
            Slutat egen begäran, Slutat pension, Slutat visstid, Slutat annat, Sjuktimmar kort (dag 1–14), \
            Sjuktimmar lång (dag 15–), Schemalagda timmar, Vakanser, Pågående rekryteringar (engelska rubriker går också). \
            Excels CSV med semikolon (UTF-8, med eller utan BOM, eller Windows-1252) och vanlig UTF-8-CSV med komma läses båda; \
            decimaler med komma eller punkt. En enhet och månad som redan finns ersätts; en fil som inte ändrar något skriver ingenting. \
            Varje felaktig rad rapporteras som 'rad N: skäl' (högst 100, sedan antalet); då lagras ingenting (slutkod 65). \
            En fil som inte går att läsa ger slutkod 66.
            """, en: """
            Columns: Kommun (optional), Enhet, Månad (YYYY-MM), Anställda, Årsarbetare, Nyanställda, \
            Slutat egen begäran, Slutat pension, Slutat visstid, Slutat annat, Sjuktimmar kort (days 1–14), \
            Sjuktimmar lång (day 15 on), Schemalagda timmar, Vakanser, Pågående rekryteringar (English headers work too). \
            Excel's semicolon CSV (UTF-8, with or without a BOM, or Windows-1252) and plain UTF-8 comma CSV are both read; \
            decimals with a comma or a point. A unit and month already stored is replaced; a file that changes nothing writes nothing. \
            Each wrong row is reported as 'line N: reason' (at most 100, then their count); then nothing is stored (exit code 65). \
            A file that cannot be read gives exit code 66.
            """))

    @OptionGroup var common: CommonOptions

    @Argument(help: HelpText.help("CSV-filen att läsa in.", en: "The CSV file to read."))
    var file: String

    @Flag(name: .long, help: HelpText.help("Kontrollera bara; lagra ingenting.", en: "Only check; store nothing."))
    var dryRun = false

    func run() throws {
        try reportingFailures {
            let strings = try common.strings()
            let data = try ImportSourceFile.read(file, strings)
            let user = try workingLogin(strings)
            // Checked first through a read-only opening: a dry run, a refused file (exit 65)
            // and a file that changes nothing leave the database byte for byte as it was.
            var summary = try importing(data, into: try common.openExistingStoreForReading(user: user), dryRun: true, strings)
            if !dryRun && summary.changesSomething {
                summary = try importing(data, into: try common.openExistingStore(user: user), dryRun: false, strings)
            }
            let line: String
            if !dryRun && !summary.changesSomething {
                line = strings.format("import.cli.staffUnchanged", summary.rows)
            } else {
                line = strings.format(dryRun ? "import.cli.staffDryRun" : "import.cli.staffDone",
                                      summary.rows, summary.added, summary.replaced, summary.unchanged)
            }
            FileHandle.standardOutput.write(Data((TextSanitizer.clean(line) + "\n").utf8))
        }
    }

    /// Imports (or with `dryRun` only checks) the file into a store and closes it.
    /// - Throws: `ExitCode(65)` after one stderr line per bad row, or `CommandFailure` (exit 1).
    private func importing(_ data: Data, into store: AppDatabase, dryRun: Bool, _ strings: Strings) throws -> StaffImportSummary {
        defer { try? store.close() }
        do {
            return try store.importStaffFigures(data, source: (file as NSString).lastPathComponent, dryRun: dryRun,
                                                today: try CommandDay.today())
        } catch let failure as StaffImportFailure {
            CommandLineOutput.writeRefusal(failure.problems, file: file, strings)
            throw ExitCode(65)
        } catch {
            throw CommandFailure(message: strings.format("import.cli.failed", ErrorText.describe(error, strings)), exitCode: 1)
        }
    }
}
