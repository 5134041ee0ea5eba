import ArgumentParser
import Foundation
import VardagApp
import VardagDomain
import VardagStore

/// `vardag export competence`: mapping, gaps, plans or the cross-kommun comparison.
struct ExportCompetenceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "competence",
        abstract: "Exporterar Kompetenstrappan: kartläggning, gap (chefer först), planer eller jämförelse mellan kommuner.",
        discussion: "Jämförelsen utelämnar grupper under gränsen för små grupper (standard 5 personer).")

    @OptionGroup var export: ExportOptions

    @Option(name: .long, help: ArgumentHelp(
        "Bara denna kommun (namn). Jämförelsen tar flera: upprepa --kommun eller skriv dem med komma emellan.",
        valueName: "NAME"))
    var kommun: [String] = []

    @Option(name: .long, help: "mapping, gaps, plan eller comparison.")
    var kind: CompetenceExport.Kind = .mapping

    func run() throws {
        try reportingFailures {
            let s = try export.common.strings()
            let store = try export.openStore()
            defer { try? store.close() }
            do {
                try CompetenceExport.write(from: store, kind: kind, kommuner: Self.kommunNames(kommun), format: export.format,
                                           today: LocalDate.today(), to: export.output)
            } catch CompetenceExportError.unknownKommun(let name) {
                throw CommandFailure(message: s.format("cli.export.unknownKommun", name), exitCode: 2)
            } catch CompetenceExportError.severalKommuner(let kind) {
                throw CommandFailure(message: s.format("cli.export.severalKommuner", kind), exitCode: 2)
            } catch {
                throw CommandFailure(message: s.format("cli.export.failed", ErrorText.describe(error, s)), exitCode: 1)
            }
        }
    }
}

extension ExportCompetenceCommand {
    /// The names given with --kommun, comma lists split, blanks dropped.
    static func kommunNames(_ options: [String]) -> [String] {
        options.flatMap { $0.split(separator: ",") }.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}

extension CompetenceExport.Kind: ExpressibleByArgument {}
