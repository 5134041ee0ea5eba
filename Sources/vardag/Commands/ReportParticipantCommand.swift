import ArgumentParser
import Foundation
import VardagApp
import VardagCommandLine
import VardagDomain
import VardagStore

/// `vardag report deltagare`: a participant's path toward a servicebiträde job (Skuggning).
struct ReportParticipantCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "deltagare",
        abstract: HelpText.text("En deltagares väg mot arbete: stegen med datum och hur det slutade.",
                                en: "A participant's path toward work: the steps with dates and how it ended."))

    @OptionGroup var options: ReportOptions

    @Option(name: .long, help: HelpText.help("Skuggningsteamet (namnet).", en: "The shadowing team (its name)."))
    var team: String

    @Option(name: .long, help: HelpText.help("Deltagaren (namnet).", en: "The participant (her name)."))
    var name: String

    func run() throws {
        try options.run { s, today in
            { store in
                guard let shadowingTeam = try store.shadowingTeams().first(where: { $0.name == team }) else {
                    throw CommandFailure(message: s.format("cli.report.noTeam", team), exitCode: 64)
                }
                let key = RegisterName.uniquenessKey(name)
                guard let participant = try store.shadowingParticipants(teamId: shadowingTeam.id)
                    .first(where: { RegisterName.uniquenessKey($0.name) == key }) else {
                    throw CommandFailure(message: s.format("cli.report.noParticipant", team, name), exitCode: 64)
                }
                return ParticipantPathPrintout.document(participant, team: shadowingTeam, today: today, strings: s, version: VardagVersion.string)
            }
        }
    }
}
