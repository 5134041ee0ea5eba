import Foundation
import VardagApp
import VardagCommandLine
import VardagDomain
#if canImport(Glibc)
import Glibc
#endif

/// Asks before `--set-retention` keeps a kind for less than a tenth of its default.
///
/// A retention of `1d` where `1y` was meant would make the next purge delete what the
/// law expects to be kept, and a purge cannot be undone. On a terminal the change is
/// shown with the current value and the default and asked about (`[j/N]`); `--yes`
/// confirms it for scripts; without a terminal and without `--yes` it is refused
/// before the database is opened.
struct ShortRetentionQuestion {
    /// The changes that need confirming.
    let short: [(kind: RetentionKind, duration: RetentionDuration)]
    /// The catalogue.
    let strings: Strings

    /// - Parameters:
    ///   - changes: every `--set-retention` change.
    ///   - strings: the catalogue.
    init(_ changes: [(RetentionKind, RetentionDuration)], _ strings: Strings) {
        short = changes.filter { $0.0.isFarBelowDefault($0.1) }.map { (kind: $0.0, duration: $0.1) }
        self.strings = strings
    }

    /// Refuses a short retention that cannot be asked about: standard input is no terminal and `--yes` is missing.
    /// - Parameter yes: whether `--yes` was given.
    /// - Throws: `CommandFailure` with exit code 64.
    func refuseWithoutTerminal(yes: Bool) throws {
        guard let first = short.first, !yes, isatty(STDIN_FILENO) == 0 else { return }
        throw CommandFailure(message: strings.format("cli.purge.shortRetention.notATerminal",
                                                     "\(first.kind.rawValue)=\(first.duration)", first.kind.defaultRetention.description),
                             exitCode: 64)
    }

    /// Shows each short retention with its current value and default, and asks.
    /// - Parameters:
    ///   - current: the retention settings as stored now.
    ///   - yes: whether `--yes` was given (then nothing is asked).
    /// - Throws: `CommandFailure` (exit 1) unless the answer is j, ja, y or yes.
    func ask(current: [RetentionKind: RetentionDuration], yes: Bool) throws {
        guard !short.isEmpty, !yes else { return }
        for change in short {
            let now = current[change.kind] ?? change.kind.defaultRetention
            print(strings.format("cli.purge.shortRetention.line", change.kind.rawValue, change.duration.description,
                                 now.description, change.kind.defaultRetention.description))
        }
        print(strings["cli.purge.shortRetention.question"], terminator: "")
        fflush(nil)
        guard PurgeCommand.isYes(readLine()) else {
            throw CommandFailure(message: strings["cli.purge.shortRetention.declined"], exitCode: 1)
        }
    }
}
