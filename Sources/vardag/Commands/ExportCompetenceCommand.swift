import ArgumentParser
import Foundation
import VardagApp
import VardagCommandLine
import VardagDomain
import VardagStore

/// `vardag export competence`: mapping, gaps, plans, plan cost, undersköterskor without the certificate, or the cross-kommun comparison.
struct ExportCompetenceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "competence",
        abstract: HelpText.text("Exporterar Kompetenstrappan: kartläggning, gap (chefer först), planer, planernas kostnad per enhet och kvartal, undersköterskor utan bevis (dagar kvar av övergången), kunskapsspridning eller jämförelse mellan kommuner.", en: "Exports Kompetenstrappan: mapping, gaps (managers first), plans, the plans' cost per unit and quarter, assistant nurses without the certificate (days left of the transition), knowledge spreading or comparison across kommuner."),
        discussion: HelpText.text("Jämförelsen utelämnar grupper under gränsen för små grupper (standard 5 personer).", en: "The comparison leaves out groups below the small-group limit (5 people by default)."))

    @OptionGroup var export: ExportOptions

    @Option(name: .long, help: HelpText.help(
        "Bara denna kommun (namn). Jämförelsen tar flera: upprepa --kommun eller skriv dem med komma emellan.",
        en: "Only this kommun (its name). The comparison takes several: repeat --kommun or separate them with commas.",
        valueName: "NAME"))
    var kommun: [String] = []

    @Option(name: .long, help: HelpText.help("mapping, gaps, plan, plan-cost, certificate, spreading (kunskapsspridning) eller comparison.", en: "mapping, gaps, plan, plan-cost, certificate, spreading (knowledge spreading) or comparison."))
    var kind: CompetenceExport.Kind = .mapping

    func run() throws {
        try reportingFailures {
            let s = try export.common.strings()
            let store = try export.openStore()
            defer { try? store.close() }
            do {
                try CompetenceExport.write(from: store, kind: kind, kommuner: Self.kommunNames(kommun), format: export.format,
                                           today: try CommandDay.today(), to: export.output)
            } catch CompetenceExportError.unknownKommun(let name) {
                throw CommandFailure(message: s.format("cli.export.unknownKommun", name), exitCode: 64)
            } catch CompetenceExportError.severalKommuner(let kind) {
                throw CommandFailure(message: s.format("cli.export.severalKommuner", kind), exitCode: 64)
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
