import ArgumentParser
import Foundation
import TerminalKit
import TerminalKitCurses
import VardagApp
import VardagCommandLine
import VardagDomain
import VardagStore

/// `vardag [--db PATH] [--lang sv|en] [--no-color]`: opens the app as the login running it.
struct OpenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open",
        abstract: HelpText.text("Öppnar appen (standard när inget underkommando ges).", en: "Opens the app (the default when no subcommand is given)."))

    @OptionGroup var common: CommonOptions

    /// Gone: who is working is the login, never a typed name. Kept hidden so that an old
    /// habit gets a sentence saying so instead of "unknown option".
    @Option(name: .long, help: .hidden)
    var user: String?

    @Option(name: .customLong("as"), help: HelpText.help("Bara SQLite, för filens ägare: öppna appen som denna inloggning ser den (loggen namnger ändå din OS-inloggning).", en: "SQLite only, for the file's owner: open the app as this login sees it (the audit still names your OS login).", valueName: "login"))
    var previewLogin: String?

    @Flag(name: .long, help: HelpText.help("Inga färger (också när NO_COLOR är satt).", en: "No colours (also when NO_COLOR is set)."))
    var noColor = false

    func run() throws {
        try reportingFailures {
            let strings = try common.strings()
            let environment = ProcessInfo.processInfo.environment
            if user != nil { throw CommandFailure(message: strings["cli.user.gone"], exitCode: 64) }
            // A bad name is a bad argument: refused before the terminal is even looked at.
            let actor = try workingLogin(strings)
            // Check the terminal before touching the database, so a bad TERM leaves no file behind.
            do {
                _ = try TerminalProbe.check()
            } catch {
                throw CommandFailure(message: Self.terminalMessage(error, strings), exitCode: 2)
            }
            let store = try common.openStore(user: actor)
            // On quitting, fold the WAL back so the file alone is the whole database again.
            defer { try? store.close() }
            // Checkpoints run when no key came for a moment, not inside a key press.
            try? store.deferCheckpointsToIdle()
            let viewer: Viewer
            do {
                if let previewLogin {
                    if store.isOnServer { throw CommandFailure(message: strings["cli.as.server"], exitCode: 64) }
                    viewer = try store.viewer(previewing: previewLogin)
                } else {
                    viewer = try store.viewer()
                }
            } catch let error as AccessFailure {
                throw AccessCommand.failure(error, strings)
            } catch let failure as CommandFailure {
                throw failure
            } catch {
                throw try common.storeFailure(error)
            }
            let colorless = noColor || environment["NO_COLOR"].map { !$0.isEmpty } == true
            var context = AppContext(
                store: store, strings: strings, theme: colorless ? .monochrome : .color,
                user: store.login, databasePath: common.databaseDescription, clock: try CommandDay.clock(), viewer: viewer)
            context.version = VardagVersion.string
            let outcome: AppRunner.Outcome
            CrashDrill.armIfRequested()
            do {
                var model = AppModel(context: context, root: StartScreen.root(for: context.viewer))
                if let backup = store.migrationBackupPath {
                    model.apply(.status(strings.format("trust.migrationBackup", backup)))
                }
                outcome = try CursesTerminal.withTerminal(noColor: colorless) { [model] terminal in
                    AppRunner(model: model, terminal: terminal).run()
                }
            } catch let failure as TerminalProbe.Failure {
                throw CommandFailure(message: Self.terminalMessage(failure, strings), exitCode: 2)
            } catch let failure as CursesTerminal.StartError {
                throw CommandFailure(message: Self.terminalMessage(failure, strings), exitCode: 2)
            }
            if case .signal(let n) = outcome { throw ExitCode(SignalTrap.exitStatus(for: n)) }
        }
    }

    /// Why the terminal cannot be used, in the language of `--lang`.
    static func terminalMessage(_ error: any Error, _ s: Strings) -> String {
        switch error {
        case TerminalProbe.Failure.stdinNotATerminal: return s["cli.terminal.stdin"]
        case TerminalProbe.Failure.stdoutNotATerminal: return s["cli.terminal.stdout"]
        case TerminalProbe.Failure.termNotSet: return s["cli.terminal.termNotSet"]
        case TerminalProbe.Failure.dumbTerminal: return s["cli.terminal.dumb"]
        case TerminalProbe.Failure.unknownTerminal(let name): return s.format("cli.terminal.unknown", name)
        case TerminalProbe.Failure.noCursorAddressing(let name): return s.format("cli.terminal.noCursor", name)
        case CursesTerminal.StartError.newtermFailed(let name): return s.format("cli.terminal.start", name)
        default: return s.format("cli.error", ErrorText.describe(error, s))
        }
    }
}
