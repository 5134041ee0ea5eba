import ArgumentParser
import Foundation
import VardagApp
import VardagCommandLine
import VardagStore

/// The options the table exports share: which database, the format and where to write.
///
/// An export only reads: the store is opened with `openExistingStoreForReading`, so the
/// database file is left byte for byte as it was.
struct ExportOptions: ParsableArguments {
    @OptionGroup var common: CommonOptions

    @Option(name: .long, help: HelpText.help("csv (semikolon, UTF-8 med BOM, för Excel) eller json.", en: "csv (semicolons, UTF-8 with BOM, for Excel) or json."))
    var format: RegisterExport.Format = .csv

    @Option(name: .long, help: HelpText.help("Fil att skriva (ägaren läser och skriver); annars standard ut.", en: "File to write (only the owner reads and writes it); else standard output."))
    var output: String?

    /// Opens the existing database for reading only.
    /// - Throws: `CommandFailure` with the store's exit code.
    func openStore() throws -> AppDatabase {
        try common.openExistingStoreForReading(user: "export")
    }

    /// Streams the export's bytes to `--output` (0600, put in place when complete) or
    /// standard output; any failure is one stderr line, "exporten misslyckades", exit 1.
    /// - Parameter body: writes the export into the sink as it reads its rows.
    /// - Throws: `CommandFailure`.
    func write(_ body: (ExportSink) throws -> Void) throws {
        do {
            try ExportWriter.stream(to: output, body)
        } catch {
            let s = try common.strings()
            throw CommandFailure(message: s.format("cli.export.failed", ErrorText.describe(error, s)), exitCode: 1)
        }
    }
}
