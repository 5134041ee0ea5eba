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
        try reportingFailures {
            let s = try options.common.strings()
            try options.checkOutput()
            if let year, !(2000...2100).contains(year) {
                throw CommandFailure(message: s["cli.export.year"], exitCode: 64)
            }
            let today = try CommandDay.today()
            let store = try options.common.openExistingStoreForReading(user: "report")
            defer { try? store.close() }
            let content: DialogueYearPrintout.Content
            do {
                guard let found = try store.kommuner().first(where: { $0.name == kommun }) else {
                    throw CommandFailure(message: s.format("cli.export.noKommun", kommun), exitCode: 64)
                }
                content = try DialogueYearPrintout.Content(store: store, kommun: found, year: year ?? today.year, today: today)
            } catch let failure as CommandFailure {
                throw failure
            } catch {
                throw try options.common.storeFailure(error)
            }
            try options.write(DialogueYearPrintout.document(content, strings: s, version: VardagVersion.string))
        }
    }
}
