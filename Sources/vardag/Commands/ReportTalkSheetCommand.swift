import ArgumentParser
import Foundation
import VardagApp
import VardagCommandLine
import VardagDomain
import VardagStore

/// `vardag report samtal`: a team leader's talk sheet for one worker (Fyrfältaren): her
/// grid for the period, her trend and the decisions on her cases.
struct ReportTalkSheetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "samtal",
        abstract: HelpText.text("Samtalsunderlag för en medarbetare: fyrfältet för perioden, trenden över 12 perioder och besluten.",
                                en: "A talk sheet for one worker: the grid for the period, the trend over 12 periods and the decisions."))

    @OptionGroup var options: ReportOptions

    @Option(name: .long, help: HelpText.help("Medarbetaren (namnet).", en: "The worker (her name)."))
    var person: String

    @Option(name: .long, help: HelpText.help("Hennes team, när flera aktiva medarbetare har namnet.", en: "Her team, when several active staff have the name."))
    var team: String?

    @Option(name: .long, help: HelpText.help("Perioden (ÅÅÅÅ-Wvv eller ÅÅÅÅ-MM); annars innevarande.", en: "The period (YYYY-Www or YYYY-MM); else the current one."))
    var period: String?

    func run() throws {
        try options.run { s, today in
            var chosen: WorkloadPeriod?
            if let period {
                do { chosen = try WorkloadPeriod.parse(period) } catch {
                    throw CommandFailure(message: s.format("cli.report.badPeriod", period), exitCode: 64)
                }
            }
            return { store in
                let key = RegisterName.uniquenessKey(person)
                let matches = try store.staff(offset: 0, limit: 200, filter: StaffFilter(text: person, includeInactive: false))
                    .filter { RegisterName.uniquenessKey($0.name) == key && (team == nil || $0.teamName == team) }
                guard let worker = matches.first else {
                    throw CommandFailure(message: s.format("cli.report.noPerson", person), exitCode: 64)
                }
                guard matches.count == 1 else {
                    let choices = matches.map { "\($0.name) (\($0.kommunName) › \($0.enhetName) › \($0.teamName))" }.joined(separator: "; ")
                    throw CommandFailure(message: s.format("cli.report.personAmbiguous", person, choices), exitCode: 64)
                }
                let shown = try chosen ?? WorkloadPeriod(containing: today, kind: store.workloadSettings().periodKind)
                guard let content = try TalkSheetPrintout.Content.gather(store: store, medarbetareId: worker.id, teamName: worker.teamName,
                                                                          period: shown, today: today) else {
                    throw CommandFailure(message: s.format("cli.report.noPerson", person), exitCode: 64)
                }
                return TalkSheetPrintout.document(content, strings: s, version: VardagVersion.string)
            }
        }
    }
}
