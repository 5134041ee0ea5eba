import ArgumentParser
import VardagCommandLine

/// `vardag import <what> FILE`: reads data from another system, all or nothing.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: HelpText.text("Läser in data från en fil (allt eller inget).", en: "Reads data from a file (all or nothing)."),
        subcommands: [ImportCompetenceCommand.self, ImportStaffCommand.self])
}
