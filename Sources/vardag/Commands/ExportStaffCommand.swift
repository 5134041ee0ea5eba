import ArgumentParser
import Foundation
import VardagApp
import VardagCommandLine
import VardagDomain
import VardagStore

/// `vardag export staff --kommun NAME [--from YYYY-MM --to YYYY-MM]`: a kommun's monthly
/// staff figures as the nämnd document shows them, small groups hidden ("för få").
struct ExportStaffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "staff",
        abstract: HelpText.text("Exporterar en kommuns personalsiffror per enhet och månad, små grupper dolda (”för få”).",
                                en: "Exports a kommun's staff figures per unit and month, small groups hidden (“för få”)."),
        discussion: HelpText.text("""
            En rad per enhet och månad och en totalrad per månad. Sjukfrånvaro, personalomsättning, nyanställda och \
            slutade visas inte för en enhet som någon månad haft 10 anställda eller färre (”för få”), och en enhet till \
            (eller totalen) döljs så att ingen dold siffra kan räknas fram ur totalen (”dold”). \
            Personalomsättning = slutade de senaste 12 månaderna / genomsnittligt antal anställda dessa månader.
            """, en: """
            One row per unit and month and a total row per month. Sick leave, turnover, new hires and leavers are not shown \
            for a unit that had 10 people or fewer in any month (“för få”), and one more unit (or the total) is hidden so that \
            no hidden figure can be worked out from the total (“dold”). \
            Turnover = leavers in the last 12 months / the average headcount of those months.
            """))

    @OptionGroup var export: ExportOptions

    @Option(name: .long, help: HelpText.help("Kommunen.", en: "The kommun."))
    var kommun: String

    @Option(name: .long, help: HelpText.help("Första månad, ÅÅÅÅ-MM (normalt 12 månader före --to).",
                                             en: "First month, YYYY-MM (by default 12 months before --to)."))
    var from: String?

    @Option(name: .long, help: HelpText.help("Sista månad, ÅÅÅÅ-MM (normalt innevarande månad).",
                                             en: "Last month, YYYY-MM (by default the current month)."))
    var to: String?

    func run() throws {
        try reportingFailures {
            let s = try export.common.strings()
            var filter = StaffExport.Filter(kommunName: kommun)
            for (text, name) in [(from, "--from"), (to, "--to")] {
                guard let text else { continue }
                guard let month = try? StaffMonth.parse(text) else {
                    throw CommandFailure(message: s.format("staff.export.notAMonth", name, text), exitCode: 64)
                }
                if name == "--from" { filter.from = month } else { filter.to = month }
            }
            let today = try CommandDay.today()
            let span = filter.span(today: today)
            if span.to < span.from {
                throw CommandFailure(message: s.format("staff.export.reversed", span.to.description, span.from.description), exitCode: 64)
            }
            let store = try export.openStore()
            defer { try? store.close() }
            do {
                try ExportWriter.stream(to: export.output) { sink in
                    try StaffExport.write(from: store, filter: filter, format: export.format, today: today, into: sink)
                }
            } catch StaffExportFailure.unknownKommun(let name) {
                throw CommandFailure(message: s.format("staff.export.unknownKommun", name), exitCode: 64)
            } catch {
                throw CommandFailure(message: s.format("cli.export.failed", ErrorText.describe(error, s)), exitCode: 1)
            }
        }
    }
}
