import ArgumentParser
import Foundation
import VardagDomain
import VardagStore

/// `vardag export competence`: mapping, gaps, plans or the cross-kommun comparison.
struct ExportCompetenceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "competence",
        abstract: "Exporterar Kompetenstrappan: kartläggning, gap (chefer först), planer eller jämförelse mellan kommuner.",
        discussion: "Jämförelsen utelämnar grupper under gränsen för små grupper (standard 5 personer).")

    @OptionGroup var common: CommonOptions

    @Option(name: .long, help: "Bara denna kommun (namn).")
    var kommun: String?

    @Option(name: .long, help: "mapping, gaps, plan eller comparison.")
    var kind: CompetenceExport.Kind = .mapping

    @Option(name: .long, help: "csv (semikolon, UTF-8 med BOM, för Excel) eller json.")
    var format: RegisterExport.Format = .csv

    @Option(name: .long, help: "Fil att skriva (ägaren läser och skriver); annars standard ut.")
    var output: String?

    func run() throws {
        try reportingFailures {
            let store = try openExistingStore(common.databaseURL, user: "export")
            do {
                try CompetenceExport.write(from: store, kind: kind, kommun: kommun, format: format,
                                           today: LocalDate.today(), to: output)
            } catch let error as CompetenceExportError {
                throw CommandFailure(message: "vardag: \(error)", exitCode: 2)
            } catch {
                throw CommandFailure(message: "vardag: exporten misslyckades: \(error)", exitCode: 1)
            }
        }
    }
}

extension CompetenceExport.Kind: ExpressibleByArgument {}
