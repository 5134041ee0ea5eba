import ArgumentParser
import Foundation
import VardagCommandLine
import VardagStore

/// `vardag export register`: one row per medarbetare with kommun, enhet, team, title, role.
struct ExportRegisterCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "register",
        abstract: HelpText.text("Exporterar registret: en rad per medarbetare.", en: "Exports the register: one row per staff member."))

    @OptionGroup var export: ExportOptions

    func run() throws {
        try reportingFailures {
            let store = try export.openStore()
            defer { try? store.close() }
            try export.write { try RegisterExport.write(from: store, format: export.format, into: $0) }
        }
    }
}

extension RegisterExport.Format: ExpressibleByArgument {}
