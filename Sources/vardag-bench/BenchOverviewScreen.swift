import TerminalKit
import VardagApp
import VardagDomain

/// A team's overview open in a runner that stays, as the app keeps its own: what one
/// reload of the open screen costs a team leader.
///
/// Each `measuredReload()` is the key that steps the period, `p` and `n` by turns, which
/// reloads the whole screen (settings, aggregate, overall ratings, people) and draws its
/// frame at 120x40 into the kept buffers. Opening the screen and its first frame happen
/// in `init`, outside what is measured; before, every sample made a new terminal, runner
/// and model, which the app does once a session.
final class BenchOverviewScreen {
    /// The team shown.
    let teamId: Int64
    private let runner: AppRunner
    private let period: WorkloadPeriod
    private var keysPressed = 0

    /// Opens the overview and draws its first frame.
    /// - Parameters:
    ///   - context: the app's context.
    ///   - teamId: the team.
    ///   - period: the latest period shown (the week the data ends in; `n` never goes past it).
    init(context: AppContext, teamId: Int64, period: WorkloadPeriod) {
        self.teamId = teamId
        self.period = period
        let terminal = InMemoryTerminal(width: 120, height: 40)
        // A real terminal keeps no log of the texts it was sent (the tests' terminal does).
        terminal.recordsOutput = false
        runner = AppRunner(model: AppModel(context: context, root: WorkloadOverviewScreen(teamId: teamId, teamName: "Team", period: period)),
                           terminal: terminal)
        runner.drawFrame()
    }

    /// One reload: `p` or `n` (by turns, so the period goes back and forth), its reload and
    /// frame. A function of its own so callgrind can count just this
    /// (`--toggle-collect='*measuredReload*'`; the name has no word of the type's, which
    /// Swift's mangling would abbreviate and the pattern would then miss).
    @inline(never)
    func measuredReload() {
        runner.step(.key(.char(keysPressed % 2 == 0 ? "p" : "n")))
        keysPressed += 1
    }

    /// Checks, outside the timed part, that the last key reloaded what it should: a key
    /// that was refused (or a read that failed) would reload nothing and time as fast.
    /// - Throws: `CommandLineTool.Failure` when the screen shows another period or an error.
    func checkLastReload() throws {
        let expected = keysPressed % 2 == 1 ? period.previous : period
        let shown = (runner.model.top as? WorkloadOverviewScreen)?.period
        guard shown == expected, runner.model.statusMessage?.isError != true else {
            throw CommandLineTool.Failure(description: "the overview shows \(shown?.description ?? "no overview"), not \(expected)"
                                          + (runner.model.statusMessage.map { ": \($0.text)" } ?? ""))
        }
    }
}
