import ArgumentParser

/// The `vardag` command: opens the app, or runs one of the subcommands.
struct VardagCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "vardag",
        abstract: "Vardag – verktyg för socialtjänstens vardag: Fyrfältaren, Delaktighetsmodellen, Skuggning, Kompetenstrappa.",
        discussion: """
            Utan underkommando öppnas appen. Databasen väljs med --db, annars VARDAG_DB, \
            annars $XDG_DATA_HOME/vardag/vardag.sqlite (~/.local/share/vardag/vardag.sqlite).
            """,
        version: VardagVersion.string,
        subcommands: [OpenCommand.self, DemoCommand.self, ExportCommand.self, ImportCommand.self, CheckCommand.self, BenchCommand.self],
        defaultSubcommand: OpenCommand.self
    )
}
