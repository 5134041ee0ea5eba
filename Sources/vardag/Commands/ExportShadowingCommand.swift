import ArgumentParser
import Foundation
import VardagDomain
import VardagStore

/// `vardag export shadowing`: one row per observed task, or the analysis figures with `--kind summary`.
struct ExportShadowingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "shadowing",
        abstract: "Exporterar skuggningsloggar: en rad per observerad uppgift (eller --kind summary: analysens siffror).")

    @OptionGroup var common: CommonOptions

    @Option(name: .long, help: "Bara skuggningsteamet med detta namn.")
    var team: String?

    @Option(name: .long, help: "Från och med datum (ÅÅÅÅ-MM-DD).")
    var from: String?

    @Option(name: .long, help: "Till och med datum (ÅÅÅÅ-MM-DD).")
    var to: String?

    @Option(name: .long, help: "tasks (en rad per observerad uppgift) eller summary (analysens siffror).")
    var kind: ShadowingExport.Kind = .tasks

    @Option(name: .long, help: "csv (semikolon, UTF-8 med BOM, för Excel) eller json.")
    var format: RegisterExport.Format = .csv

    @Option(name: .long, help: "Fil att skriva (ägaren läser och skriver); annars standard ut.")
    var output: String?

    func run() throws {
        try reportingFailures {
            let fromDate = try Self.date(from, option: "--from")
            let toDate = try Self.date(to, option: "--to")
            if let fromDate, let toDate, toDate < fromDate {
                throw CommandFailure(message: "vardag: --to \(toDate) är före --from \(fromDate).", exitCode: 64)
            }
            let store = try openExistingStore(common.databaseURL, user: "export")
            let filter = ShadowingExport.Filter(teamName: team, from: fromDate, to: toDate)
            if let team, (try? ShadowingExport.teams(from: store, filter: filter)) == nil {
                throw CommandFailure(message: "vardag: det finns inget skuggningsteam som heter \"\(team)\".", exitCode: 1)
            }
            do {
                try ShadowingExport.write(from: store, kind: kind, format: format, filter: filter, to: output)
            } catch {
                throw CommandFailure(message: "vardag: exporten misslyckades: \(error)", exitCode: 1)
            }
        }
    }

    private static func date(_ text: String?, option: String) throws -> LocalDate? {
        guard let text else { return nil }
        do { return try LocalDate.parse(text) } catch {
            throw CommandFailure(message: "vardag: \(option) \"\(text)\" är inget datum (ÅÅÅÅ-MM-DD).", exitCode: 64)
        }
    }
}

extension ShadowingExport.Kind: ExpressibleByArgument {}
