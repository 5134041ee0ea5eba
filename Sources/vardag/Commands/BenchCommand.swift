import ArgumentParser

/// `vardag bench <area>`: measures speed on generated data and prints the figures.
///
/// Each area has its own subcommand (one file each); `vardag bench` alone runs the
/// register's. Nothing touches the user's database: every benchmark generates its
/// data in a temporary folder.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: HelpText.text("Mäter hastighet på genererade data och skriver ut siffrorna.", en: "Measures speed on generated data and prints the figures."),
        subcommands: [BenchRegisterCommand.self, BenchDialogueCommand.self, BenchShadowingCommand.self, BenchWorkloadCommand.self, BenchCompetenceCommand.self],
        defaultSubcommand: BenchRegisterCommand.self)
}
