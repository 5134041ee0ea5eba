import ArgumentParser
import Foundation
import VardagApp
import VardagCommandLine
import VardagDomain
import VardagStore

/// `vardag report namnd`: the monthly nämnd report for one kommun, a public document.
struct ReportNamndCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "namnd",
        abstract: HelpText.text("Månadsrapporten till nämnden för en kommun: personal per enhet med 13 månaders trender och de fyra verktygen, små grupper dolda.",
                                en: "The monthly report to the committee for one kommun: staff per unit with 13-month trends and the four tools, small groups hidden."))

    @OptionGroup var options: ReportOptions

    @Option(name: .long, help: HelpText.help("Kommunen (namnet).", en: "The kommun (its name)."))
    var kommun: String

    @Option(name: .long, help: HelpText.help("Månaden (ÅÅÅÅ-MM); annars förra månaden.", en: "The month (YYYY-MM); else last month."))
    var month: String?

    func run() throws {
        try options.run { s, today in
            var chosen = StaffMonth(containing: today).adding(months: -1)
            if let month {
                do { chosen = try StaffMonth.parse(month) } catch {
                    throw CommandFailure(message: s.format("cli.report.badMonth", month), exitCode: 64)
                }
            }
            return { store in
                let content: NamndPrintout.Content
                do {
                    content = try NamndPrintout.Content(store: store, kommun: kommun, month: chosen, today: today)
                } catch is StaffExportFailure {
                    throw CommandFailure(message: s.format("cli.export.noKommun", kommun), exitCode: 64)
                }
                return NamndPrintout.document(content, strings: s, version: VardagVersion.string)
            }
        }
    }
}
