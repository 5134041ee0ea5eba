import ArgumentParser

/// `vardag import <what> FILE`: reads data from another system, all or nothing.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Läser in data från en fil (allt eller inget).",
        subcommands: [ImportCompetenceCommand.self])
}
