import ArgumentParser
import Foundation
import TerminalKit
import VardagApp
import VardagDomain
import VardagStore

/// `vardag-bench instructions-worker`: what `vardag-bench instructions` runs under
/// callgrind; not for people (hidden from the help).
///
/// Opens the database, draws the screen and makes a few warm-up operations (so caches,
/// catalogues and first-time work are counted in every run alike), then `--count` more:
/// two runs with different counts differ by those operations alone.
struct BenchInstructionsWorkerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "instructions-worker", abstract: "One counted run of `vardag-bench instructions`.", shouldDisplay: false)

    /// What is repeated.
    enum Operation: String, ExpressibleByArgument {
        /// The open team overview reloaded and drawn (120x40), as its period keys do.
        case overview
        /// An arrow key on the register's staff list (80x24).
        case registerKey = "register-key"
        /// A key that changes a rating in the grid (write, audit, reload, frame; 80x24).
        case ratingKey = "rating-key"
    }

    @Option(name: .long, help: "The SQLite database.")
    var db: String

    @Option(name: .long, help: "What to repeat.")
    var what: Operation

    @Option(name: .long, help: "How many times, after the warm-up.")
    var count: Int

    @Option(name: .long, help: "The team of the overview.")
    var team: Int64 = 1

    @Option(name: .long, help: "The person whose grid is rated.")
    var person: Int64 = 1

    @Option(name: .long, help: "The week (YYYY-Www) of the overview and the grid.")
    var period: String

    func run() throws {
        let week = try WorkloadPeriod.parse(period)
        let store = try AppDatabase.open(path: db, user: "bench")
        defer { try? store.close() }
        // As the app does: a checkpoint waits for an idle moment, not a key.
        try store.deferCheckpointsToIdle()
        let context = AppContext(store: store, strings: try Strings.load(.sv), theme: .color, user: "bench",
                                 databasePath: db, today: LocalDate.today())
        let warmUp = 3
        switch what {
        case .overview:
            let screen = BenchOverviewScreen(context: context, teamId: team, period: week)
            for _ in 0..<(warmUp + count) {
                screen.measuredReload()
                try screen.checkLastReload()
            }
        case .registerKey:
            let runner = AppRunner(model: AppModel(context: context, root: MainMenuScreen()), terminal: InMemoryTerminal(width: 80, height: 24))
            runner.drawFrame()
            runner.step(.key(.char("5")))  // Register, staff list.
            // Down and up by turns, so every key moves the cursor and none scrolls past the list.
            for i in 0..<(warmUp + count) { runner.step(.key(i % 2 == 0 ? .down : .up)) }
        case .ratingKey:
            let runner = AppRunner(model: AppModel(context: context, root: WorkloadGridScreen(medarbetareId: person, period: week)),
                                   terminal: InMemoryTerminal(width: 80, height: 24))
            runner.drawFrame()
            // s and S by turns: the rating moves back and forth, every key a write.
            for i in 0..<(warmUp + count) { runner.step(.key(.char(i % 2 == 0 ? "s" : "S"))) }
        }
    }
}
