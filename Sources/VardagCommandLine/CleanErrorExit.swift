import ArgumentParser
import Foundation
import TerminalKit
import VardagApp

/// Ends the process for an error as ArgumentParser's `main()` would, with every line
/// of the message cleaned of control characters and escape sequences.
///
/// Usage errors echo the values a person typed (`The value '…' is invalid for
/// '--lang'`), and those must not reach the terminal as escape sequences any more
/// than text on the app's screens may.
public enum CleanErrorExit {
    /// Prints the error's message (help and version to stdout, the rest to stderr)
    /// and exits with its code.
    /// - Parameters:
    ///   - error: what parsing or running the command threw.
    ///   - root: the root command (`vardag`, `vardag-bench`), whose help a help request shows.
    public static func exit<Root: ParsableCommand>(withError error: any Error, root: Root.Type) -> Never {
        let code = root.exitCode(for: error)
        var message = root.fullMessage(for: error)
        if let strings = try? Strings.load(UsageMessage.language(in: CommandLine.arguments)) {
            if code != .success {
                message = UsageMessage.translate(message, strings)
            } else if message.hasPrefix("OVERVIEW: ") || message.hasPrefix("USAGE: ") {
                message = HelpPage.translate(message, strings, width: HelpWidth.current())
            }
        }
        if !message.isEmpty {
            let cleaned = cleanLines(message)
            let text = cleaned.hasSuffix("\n") ? cleaned : cleaned + "\n"
            let handle = code == .success ? FileHandle.standardOutput : FileHandle.standardError
            handle.write(Data(text.utf8))
        }
        Foundation.exit(code.rawValue)
    }

    /// The text with each line cleaned by `TextSanitizer`, line breaks kept.
    static func cleanLines(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { TextSanitizer.clean(String($0)) }
            .joined(separator: "\n")
    }
}
