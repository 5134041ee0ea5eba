import ArgumentParser
import Foundation
import ReportKit
import VardagApp
import VardagCommandLine
import VardagDomain
import VardagStore

/// The options every report shares: which database, the format and where to write.
///
/// A report only reads, like an export: the store is opened for reading, so the database
/// file is left byte for byte as it was.
struct ReportOptions: ParsableArguments {
    /// What a report is written as.
    enum Format: String, ExpressibleByArgument {
        /// One self-contained HTML page.
        case html
        /// The same page printed by a headless Chromium.
        case pdf
    }

    @OptionGroup var common: CommonOptions

    @Option(name: .long, help: HelpText.help("html (en fristående sida) eller pdf (samma sida utskriven av Chromium).",
                                             en: "html (one self-contained page) or pdf (the same page printed by Chromium)."))
    var format: Format = .html

    @Option(name: .long, help: HelpText.help("Fil att skriva (ägaren läser och skriver); HTML annars till standard ut.",
                                             en: "File to write (only the owner reads and writes it); HTML else to standard output."))
    var output: String?

    /// Refuses what cannot work, before anything is read: PDF to standard output.
    /// (Not ArgumentParser's `validate`, whose errors it words itself.)
    /// - Throws: `CommandFailure` (exit 64).
    func checkOutput() throws {
        if format == .pdf, output == nil || output == "-" {
            throw CommandFailure(message: try common.strings()["cli.report.pdfNeedsOutput"], exitCode: 64)
        }
    }

    /// Runs a report: checks the output, lets the command read its own options (`prepare`,
    /// before the database is opened, so a bad option is exit 64 whatever the database),
    /// opens the store for reading, makes the page and writes it. A store error while the
    /// page is made is one line with the store's exit code.
    /// - Parameter prepare: given the catalogue and today, checks the command's options and
    ///   returns how to make the page from the open store.
    /// - Throws: `CommandFailure`.
    func run(_ prepare: (Strings, LocalDate) throws -> (AppDatabase) throws -> ReportDocument) throws {
        try reportingFailures {
            let s = try common.strings()
            try checkOutput()
            let today = try CommandDay.today()
            let make = try prepare(s, today)
            let store = try common.openExistingStoreForReading(user: "report")
            defer { try? store.close() }
            let document: ReportDocument
            do {
                document = try make(store)
            } catch let failure as CommandFailure {
                throw failure
            } catch {
                throw try common.storeFailure(error)
            }
            try write(document)
        }
    }

    /// Writes the page as HTML or PDF to `--output` (0600, put in place when complete) or
    /// standard output.
    /// - Parameter document: the report.
    /// - Throws: `CommandFailure`: exit 69 without a browser for PDF, 1 for any other failure.
    func write(_ document: ReportDocument) throws {
        let s = try common.strings()
        let html = document.html()
        let bytes: Data
        switch format {
        case .html:
            bytes = Data(html.utf8)
        case .pdf:
            do {
                bytes = try PDFPrinter.find().pdf(from: html)
            } catch let failure as PDFPrinter.Failure {
                throw CommandFailure(message: Self.describe(failure, s), exitCode: failure == .noBrowser ? 69 : 1)
            } catch {
                throw CommandFailure(message: s.format("cli.report.failed", ErrorText.describe(error, s)), exitCode: 1)
            }
        }
        do {
            try ExportWriter.write(bytes, to: output)
        } catch {
            throw CommandFailure(message: s.format("cli.report.failed", ErrorText.describe(error, s)), exitCode: 1)
        }
    }

    /// A printing failure in words.
    private static func describe(_ failure: PDFPrinter.Failure, _ s: Strings) -> String {
        switch failure {
        case .noBrowser: return s["cli.report.noBrowser"]
        case .browserFailed(let status, let output): return s.format("cli.report.browserFailed", status, output)
        case .pageRequested(let urls): return s.format("cli.report.pageRequested", urls.joined(separator: ", "))
        case .requestLogUnreadable: return s["cli.report.requestLog"]
        }
    }
}
