import ArgumentParser
import Foundation
import VardagApp
import VardagCommandLine
import VardagDomain
import VardagStore

/// `vardag export workload`: one row per rating with organisation, period, case, field and decision.
struct ExportWorkloadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "workload",
        abstract: HelpText.text("Exporterar Fyrfältarens skattningar: en rad per ärende och period.", en: "Exports Fyrfältaren's ratings: one row per case and period."))

    @OptionGroup var options: WorkloadExportOptions

    func run() throws {
        try options.export { store, filter, format, sink in try WorkloadExport.writeWorkload(from: store, filter: filter, format: format, into: sink) }
    }
}

/// `vardag export timediary`: one row per diary entry (person, day, category, minutes).
struct ExportTimeDiaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timediary",
        abstract: HelpText.text("Exporterar tidsdagböckerna: en rad per person, dag och kategori.", en: "Exports the time diaries: one row per person, day and category."))

    @OptionGroup var options: WorkloadExportOptions

    func run() throws {
        try options.export { store, filter, format, sink in try WorkloadExport.writeDiary(from: store, filter: filter, format: format, into: sink) }
    }
}

/// The options both Fyrfältaren exports take.
struct WorkloadExportOptions: ParsableArguments {
    @OptionGroup var export: ExportOptions

    @Option(name: .long, help: HelpText.help("Bara detta team (namnet). Har flera kommuner eller enheter ett team med namnet, ange --kommun (och vid behov --enhet).", en: "Only this team (its name). When several kommuner or units have a team of that name, give --kommun (and --enhet if needed)."))
    var team: String?

    @Option(name: .long, help: HelpText.help("Kommunen vars team --team avser.", en: "The kommun whose team --team means."))
    var kommun: String?

    @Option(name: .long, help: HelpText.help("Enheten vars team --team avser.", en: "The unit whose team --team means."))
    var enhet: String?

    @Option(name: .long, help: HelpText.help("Från period, t.ex. 2026-W40 eller 2026-10.", en: "From period, e.g. 2026-W40 or 2026-10."))
    var from: String?

    @Option(name: .long, help: HelpText.help("Till period, t.ex. 2026-W48 eller 2026-11.", en: "To period, e.g. 2026-W48 or 2026-11."))
    var to: String?

    /// Parses the filter, opens the store and streams the rows to the output; every failure is one stderr line.
    func export(_ write: (AppDatabase, WorkloadExport.Filter, RegisterExport.Format, ExportSink) throws -> Void) throws {
        try reportingFailures {
            let s = try export.common.strings()
            if team == nil, kommun != nil || enhet != nil {
                throw CommandFailure(message: "vardag: " + s["workload.export.narrowsTeam"], exitCode: 64)
            }
            var filter = WorkloadExport.Filter(teamName: team, kommunName: kommun, enhetName: enhet)
            for (text, name) in [(from, "--from"), (to, "--to")] {
                guard let text else { continue }
                guard let period = try? WorkloadPeriod.parse(text) else {
                    throw CommandFailure(message: s.format("cli.export.notAPeriod", name, text), exitCode: 64)
                }
                if name == "--from" { filter.from = period } else { filter.to = period }
            }
            let store = try export.openStore()
            defer { try? store.close() }
            do {
                try ExportWriter.stream(to: export.output) { sink in try write(store, filter, export.format, sink) }
            } catch is WorkloadFailure {
                let place = [enhet, kommun].compactMap { $0 }.joined(separator: ", ")
                throw CommandFailure(message: "vardag: " + (place.isEmpty ? s.format("workload.export.unknownTeam", team ?? "")
                                                            : s.format("workload.export.unknownTeamIn", team ?? "", place)), exitCode: 64)
            } catch let ambiguous as AmbiguousTeamName {
                // One stderr line, as every failure: the places, each as kommun › enhet › team.
                let choices = ambiguous.choices.map { "\($0.kommun) › \($0.enhet) › \($0.team)" }.joined(separator: "; ")
                throw CommandFailure(message: "vardag: " + s.format("workload.export.ambiguousTeam", ambiguous.name, ambiguous.choices.count)
                                         + " " + choices, exitCode: 64)
            } catch {
                throw CommandFailure(message: s.format("cli.export.failed", ErrorText.describe(error, s)), exitCode: 1)
            }
        }
    }
}
