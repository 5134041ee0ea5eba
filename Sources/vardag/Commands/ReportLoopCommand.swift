import ArgumentParser
import Foundation
import VardagApp
import VardagCommandLine
import VardagDomain
import VardagStore

/// `vardag report slinga`: one slinga's summary (meetings, the relay-question chain,
/// the actions) to leave with the unit.
struct ReportLoopCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "slinga",
        abstract: HelpText.text("En slingas sammanfattning: träffarna, stafettfrågornas kedja och åtgärderna, att lämna på enheten.",
                                en: "One loop's summary: the meetings, the chain of relay questions and the actions, to leave with the unit."))

    @OptionGroup var options: ReportOptions

    @Option(name: .long, help: HelpText.help("Enheten (namnet).", en: "The unit (its name)."))
    var enhet: String

    @Option(name: .long, help: HelpText.help("Kommunen, när flera kommuner har en enhet med det namnet.", en: "The kommun, when several have a unit of that name."))
    var kommun: String?

    @Option(name: .long, help: HelpText.help("Slingans planerade start (ÅÅÅÅ-MM-DD); annars enhetens senaste slinga.",
                                             en: "The loop's planned start (YYYY-MM-DD); else the unit's latest loop."))
    var start: String?

    func run() throws {
        try options.run { s, today in
            var startDate: LocalDate?
            if let start {
                do { startDate = try LocalDate.parse(start) } catch {
                    throw CommandFailure(message: s.format("cli.report.badDate", start), exitCode: 64)
                }
            }
            return { store in
                let loops = try store.dialogueLoops(today: today).filter { loop in
                    loop.enhetName == enhet && (kommun == nil || loop.kommunName == kommun)
                }
                guard Set(loops.map(\.kommunName)).count <= 1 else {
                    throw CommandFailure(message: s.format("cli.report.enhetAmbiguous", enhet), exitCode: 64)
                }
                let chosen = startDate.map { day in loops.filter { $0.plannedStart == day } } ?? loops
                guard let loop = chosen.max(by: { ($0.plannedStart, $0.id) < ($1.plannedStart, $1.id) }),
                      let detail = try store.loopDetail(id: loop.id, today: today) else {
                    throw CommandFailure(message: s.format("cli.report.noLoop", enhet), exitCode: 64)
                }
                return LoopPrintout.document(detail, today: today, strings: s, version: VardagVersion.string)
            }
        }
    }
}
