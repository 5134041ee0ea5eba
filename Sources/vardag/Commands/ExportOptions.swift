import ArgumentParser
import Foundation
import VardagApp
import VardagCommandLine
import VardagStore

/// The options the table exports share: which database, the format and where to write.
///
/// An export only reads: the store is opened with `openExistingStoreForReading`, so the
/// database file is left byte for byte as it was. Every page is checked first (a damaged
/// file is refused with exit 9, issue 14): a damaged index could otherwise leave rows out
/// of the export without any error. That check reads the whole file, which is most of a
/// small export's time from a large database.
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
    /// standard output; any failure is one stderr line, "exporten misslyckades", exit 1
    /// (9 when a page read is damaged, as for a damaged file at opening).
    /// - Parameter body: writes the export into the sink as it reads its rows.
    /// - Throws: `CommandFailure`.
    func write(_ body: (ExportSink) throws -> Void) throws {
        do {
            try ExportWriter.stream(to: output, body)
        } catch {
            let s = try common.strings()
            let damaged = DatabaseRefusal(error) == .damaged || { if case .damaged = error as? StoreError { true } else { false } }()
            throw CommandFailure(message: s.format("cli.export.failed", ErrorText.describe(error, s)), exitCode: damaged ? 9 : 1)
        }
    }
}
