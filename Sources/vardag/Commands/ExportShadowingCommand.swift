import ArgumentParser
import Foundation
import VardagApp
import VardagCommandLine
import VardagDomain
import VardagStore

/// `vardag export shadowing`: one row per observed task, the analysis figures with `--kind summary`,
/// the participants' step histories with `--kind path`, or the hypotheses with their history with `--kind hypotheses`; `--participant` narrows tasks and path to one person.
struct ExportShadowingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "shadowing",
        abstract: HelpText.text("Exporterar skuggningsloggar: en rad per observerad uppgift (--kind summary: analysens siffror; --kind path: deltagarnas steg med datum; --kind lessons: lärdomar per vecka; --kind hypotheses: hypoteser med slutsats, anteckningar och statushistorik; --kind supervisors: handledare, platser och brist per vecka).", en: "Exports shadowing logs: one row per observed task (--kind summary: the analysis figures; --kind path: the participants' steps with dates; --kind lessons: the lessons per week; --kind hypotheses: the hypotheses with conclusion, notes and status history; --kind supervisors: handledare, places and shortage per week)."))

    @OptionGroup var export: ExportOptions

    @Option(name: .long, help: HelpText.help("Bara skuggningsteamet med detta namn.", en: "Only the shadowing team with this name."))
    var team: String?

    @Option(name: .long, help: HelpText.help("Från och med datum (ÅÅÅÅ-MM-DD).", en: "From this date on (YYYY-MM-DD)."))
    var from: String?

    @Option(name: .long, help: HelpText.help("Till och med datum (ÅÅÅÅ-MM-DD).", en: "Up to and including this date (YYYY-MM-DD)."))
    var to: String?

    @Option(name: .long, help: HelpText.help("Bara deltagaren med detta namn (tasks, path och lessons).", en: "Only the participant with this name (tasks, path and lessons)."))
    var participant: String?

    @Option(name: .long, help: HelpText.help("tasks (en rad per observerad uppgift), summary (analysens siffror), path (en rad per steg och datum), lessons (lärdomar per vecka), hypotheses (hypoteser med slutsats och historik) eller supervisors (handledare, platser och brist per vecka).", en: "tasks (one row per observed task), summary (the analysis figures), path (one row per step and date), lessons (the lessons per week), hypotheses (the hypotheses with conclusion and history) or supervisors (handledare, places and shortage per week)."))
    var kind: ShadowingExport.Kind = .tasks

    func run() throws {
        try reportingFailures {
            let s = try export.common.strings()
            let fromDate = try Self.date(from, option: "--from", s)
            let toDate = try Self.date(to, option: "--to", s)
            if let fromDate, let toDate, toDate < fromDate {
                throw CommandFailure(message: s.format("cli.export.toBeforeFrom", toDate, fromDate), exitCode: 64)
            }
            let store = try export.openStore()
            defer { try? store.close() }
            let filter = ShadowingExport.Filter(teamName: team, from: fromDate, to: toDate, participantName: participant)
            if let team, (try? ShadowingExport.teams(from: store, filter: filter)) == nil {
                throw CommandFailure(message: s.format("cli.export.noShadowingTeam", team), exitCode: 64)
            }
            if let participant, try !ShadowingExport.hasParticipant(in: store, filter: filter) {
                throw CommandFailure(message: s.format("cli.export.noShadowingParticipant", participant), exitCode: 64)
            }
            try export.write { try ShadowingExport.write(from: store, kind: kind, format: export.format, filter: filter, into: $0) }
        }
    }

    private static func date(_ text: String?, option: String, _ s: Strings) throws -> LocalDate? {
        guard let text else { return nil }
        do { return try LocalDate.parse(text) } catch {
            throw CommandFailure(message: s.format("cli.export.notADate", option, text), exitCode: 64)
        }
    }
}

extension ShadowingExport.Kind: ExpressibleByArgument {}
