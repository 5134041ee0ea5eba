import ArgumentParser
import Foundation
import VardagStore

/// `vardag export register`: one row per medarbetare with kommun, enhet, team, title, role.
struct ExportRegisterCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "register",
        abstract: "Exporterar registret: en rad per medarbetare.")

    @OptionGroup var common: CommonOptions

    @Option(name: .long, help: "csv (semikolon, UTF-8 med BOM, för Excel) eller json.")
    var format: RegisterExport.Format = .csv

    @Option(name: .long, help: "Fil att skriva (ägaren läser och skriver); annars standard ut.")
    var output: String?

    func run() throws {
        try reportingFailures {
            let store = try openExistingStore(common.databaseURL, user: "export")
            do {
                try RegisterExport.write(from: store, format: format, to: output)
            } catch {
                throw CommandFailure(message: "vardag: exporten misslyckades: \(error)", exitCode: 1)
            }
        }
    }
}

extension RegisterExport.Format: ExpressibleByArgument {}
