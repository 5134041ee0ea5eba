import ArgumentParser
import VardagCommandLine

/// `vardag-bench <area>`: measures speed on generated data and prints the figures.
///
/// Each area has its own subcommand (one file each); `vardag-bench` alone runs the
/// register's. Nothing touches the user's database: every benchmark generates its
/// data in a temporary folder, except `concurrency`, which writes into the demo
/// database it is given. A program of its own, so the `vardag` that users run
/// carries no benchmarks and no generators of benchmark data.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "vardag-bench",
        abstract: HelpText.text("Mäter hastighet på genererade data och skriver ut siffrorna.", en: "Measures speed on generated data and prints the figures."),
        version: VardagVersion.string,
        subcommands: [BenchRegisterCommand.self, BenchDialogueCommand.self, BenchShadowingCommand.self, BenchWorkloadCommand.self, BenchCompetenceCommand.self, BenchReportCommand.self,
                      BenchInstructionsCommand.self, BenchConcurrencyCommand.self, BenchConcurrencyWorkerCommand.self,
                      BenchInstructionsWorkerCommand.self],
        defaultSubcommand: BenchRegisterCommand.self)
}
