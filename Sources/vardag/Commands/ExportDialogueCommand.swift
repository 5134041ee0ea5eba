import ArgumentParser
import Foundation
import VardagApp
import VardagCommandLine
import VardagDomain
import VardagStore

/// `vardag export dialogue`: slingor with meetings, relay questions and actions.
///
/// JSON nests everything under each slinga. CSV is one table per kind: give `--kind`, or
/// a folder as `--output` to get all four files there.
struct ExportDialogueCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dialogue",
        abstract: HelpText.text("Exporterar slingor med träffar, stafettfrågor och åtgärder (Delaktighetsmodellen).", en: "Exports loops with meetings, relay questions and actions (Delaktighetsmodellen)."))

    @OptionGroup var common: CommonOptions

    @Option(name: .long, help: HelpText.help("Bara slingor i den här kommunen (namnet).", en: "Only loops in this kommun (its name)."))
    var kommun: String?

    @Option(name: .long, help: HelpText.help("Bara slingor som startade (eller planeras starta) det här året.", en: "Only loops that started (or are planned to start) in this year."))
    var year: Int?

    @Option(name: .long, help: HelpText.help("csv (semikolon, UTF-8 med BOM, för Excel) eller json (allt nästlat per slinga).", en: "csv (semicolons, UTF-8 with BOM, for Excel) or json (all nested per loop)."))
    var format: RegisterExport.Format = .json

    @Option(name: .long, help: HelpText.help("CSV: loops, meetings, questions eller actions (behövs om --output inte är en mapp).", en: "CSV: loops, meetings, questions or actions (needed unless --output is a folder)."))
    var kind: DialogueExport.Kind?

    @Option(name: .long, help: HelpText.help("Fil att skriva, eller för CSV en mapp som får en fil per slag; annars standard ut.", en: "File to write, or for CSV a folder that gets one file per kind; else standard output."))
    var output: String?

    func run() throws {
        try reportingFailures {
            let s = try common.strings()
            if let year, !(2000...2100).contains(year) {
                throw CommandFailure(message: s["cli.export.year"], exitCode: 64)
            }
            if kind != nil && format == .json {
                throw CommandFailure(message: s["cli.export.kindNeedsCSV"], exitCode: 64)
            }
            let store = try common.openExistingStoreForReading(user: "export")
            defer { try? store.close() }
            var isDirectory: ObjCBool = false
            let outputIsFolder = output.map { FileManager.default.fileExists(atPath: $0, isDirectory: &isDirectory) && isDirectory.boolValue } ?? false
            if format == .csv && kind == nil && !outputIsFolder {
                throw CommandFailure(
                    message: s["cli.export.csvNeedsKind"],
                    exitCode: 64)
            }
            if format == .json && outputIsFolder {
                throw CommandFailure(message: s.format("cli.export.jsonToFolder", output ?? ""), exitCode: 64)
            }
            let loops: [DialogueExportLoop]
            do {
                loops = try DialogueExport.loops(from: store, filter: .init(kommun: kommun, year: year), today: try CommandDay.today())
            } catch is DialogueExport.ExportError {
                throw CommandFailure(message: s.format("cli.export.noKommun", kommun ?? ""), exitCode: 64)
            }
            do {
                switch (format, kind) {
                case (.json, _):
                    try ExportWriter.stream(to: output) { try DialogueExport.writeJSON(loops, into: $0) }
                case (.csv, let kind?):
                    try ExportWriter.stream(to: outputIsFolder ? "\(output!)/\(kind.fileName)" : output) {
                        try DialogueExport.writeCSV(kind, loops, into: $0)
                    }
                case (.csv, nil):
                    for kind in DialogueExport.Kind.allCases {
                        try ExportWriter.stream(to: "\(output!)/\(kind.fileName)") { try DialogueExport.writeCSV(kind, loops, into: $0) }
                    }
                }
            } catch {
                throw CommandFailure(message: s.format("cli.export.failed", ErrorText.describe(error, s)), exitCode: 1)
            }
        }
    }
}

extension DialogueExport.Kind: ExpressibleByArgument {}
