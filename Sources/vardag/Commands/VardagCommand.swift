import ArgumentParser
import VardagCommandLine

/// The `vardag` command: opens the app, or runs one of the subcommands.
struct VardagCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "vardag",
        abstract: HelpText.text("Vardag – verktyg för socialtjänstens vardag: Fyrfältaren, Delaktighetsmodellen, Skuggning, Kompetenstrappa.", en: "Vardag – tools for social services' everyday work: Fyrfältaren, Delaktighetsmodellen, Skuggning, Kompetenstrappa."),
        discussion: HelpText.text("""
            Utan underkommando öppnas appen. Databasen väljs med --db, annars VARDAG_DB, \
            annars $XDG_DATA_HOME/vardag/vardag.sqlite (~/.local/share/vardag/vardag.sqlite).
            """, en: """
            Without a subcommand the app opens. The database is chosen with --db, else VARDAG_DB, \
            else $XDG_DATA_HOME/vardag/vardag.sqlite (~/.local/share/vardag/vardag.sqlite).
            """),
        version: VardagVersion.string,
        subcommands: [
            OpenCommand.self, DemoCommand.self, ExportCommand.self, ImportCommand.self, CheckCommand.self,
            BackupCommand.self, PurgeCommand.self, CopyCommand.self, AccessCommand.self, ReportCommand.self,
        ],
        defaultSubcommand: OpenCommand.self
    )
}
