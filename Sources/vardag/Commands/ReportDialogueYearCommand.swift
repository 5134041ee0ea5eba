import ArgumentParser
import Foundation
import VardagApp
import VardagCommandLine
import VardagDomain
import VardagStore

/// `vardag report arsrapport`: the course leader's Årsrapport for one kommun
/// (Delaktighetsmodellen), the page to leave at a meeting.
struct ReportDialogueYearCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "arsrapport",
        abstract: HelpText.text("Delaktighetsmodellens årsrapport för en kommun: året i siffror, enheternas mål, teman.",
                                en: "Delaktighetsmodellen's annual report for one kommun: the year in figures, the units' targets, themes."))

    @OptionGroup var options: ReportOptions

    @Option(name: .long, help: HelpText.help("Kommunen (namnet).", en: "The kommun (its name)."))
    var kommun: String

    @Option(name: .long, help: HelpText.help("Året; annars i år.", en: "The year; else this year."))
    var year: Int?

    func run() throws {
        try options.run { s, today in
            if let year, !(2000...2100).contains(year) {
                throw CommandFailure(message: s["cli.export.year"], exitCode: 64)
            }
            return { store in
                guard let found = try store.kommuner().first(where: { $0.name == kommun }) else {
                    throw CommandFailure(message: s.format("cli.export.noKommun", kommun), exitCode: 64)
                }
                let content = try DialogueYearPrintout.Content(store: store, kommun: found, year: year ?? today.year, today: today)
                return DialogueYearPrintout.document(content, strings: s, version: VardagVersion.string)
            }
        }
    }
}
