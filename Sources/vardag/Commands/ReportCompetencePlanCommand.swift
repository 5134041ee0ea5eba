import ArgumentParser
import Foundation
import VardagApp
import VardagCommandLine
import VardagDomain
import VardagStore

/// `vardag report kompetensplan`: a unit's competence development plan by quarter (Kompetenstrappa).
struct ReportCompetencePlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kompetensplan",
        abstract: HelpText.text("En enhets kompetensplan per kvartal: steg och kurser, för vem, och hur långt de kommit.",
                                en: "A unit's competence plan by quarter: steps and courses, for whom, and how far they have come."))

    @OptionGroup var options: ReportOptions

    @Option(name: .long, help: HelpText.help("Enheten (namnet).", en: "The unit (its name)."))
    var enhet: String

    @Option(name: .long, help: HelpText.help("Kommunen, när flera kommuner har en enhet med det namnet.", en: "The kommun, when several have a unit of that name."))
    var kommun: String?

    func run() throws {
        try options.run { s, today in
            { store in
                let units = try store.competenceUnits().filter { $0.name == enhet && (kommun == nil || $0.kommunName == kommun) }
                guard let unit = units.first else {
                    throw CommandFailure(message: s.format("cli.report.noEnhet", enhet), exitCode: 64)
                }
                guard units.count == 1 else {
                    throw CommandFailure(message: s.format("cli.report.enhetAmbiguous", enhet), exitCode: 64)
                }
                let content = try CompetencePlanPrintout.Content(store: store, unit: unit, today: today)
                return CompetencePlanPrintout.document(content, strings: s, version: VardagVersion.string)
            }
        }
    }
}
