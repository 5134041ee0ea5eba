import ArgumentParser
import VardagCommandLine

/// `vardag export <what>`: writes data as CSV or JSON.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: HelpText.text("Exporterar data som CSV (semikolon, UTF-8 med BOM) eller JSON.", en: "Exports data as CSV (semicolons, UTF-8 with BOM) or JSON."),
        subcommands: [ExportRegisterCommand.self, ExportDialogueCommand.self, ExportShadowingCommand.self, ExportWorkloadCommand.self, ExportTimeDiaryCommand.self, ExportCompetenceCommand.self,
                      ExportStaffCommand.self, ExportAuditCommand.self])
}
