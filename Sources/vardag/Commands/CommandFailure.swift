import ArgumentParser
import Foundation
import TerminalKit

/// An error that ends a command with one line on stderr and a chosen exit code.
struct CommandFailure: Error, CustomStringConvertible {
    var message: String
    var exitCode: Int32
    var description: String { message }

    /// Prints the message to stderr (cleaned: it may quote a typed path or a value
    /// from a file) and returns the exit code to throw.
    func report() -> ExitCode {
        FileHandle.standardError.write(Data((TextSanitizer.clean(message) + "\n").utf8))
        return ExitCode(exitCode)
    }
}

/// Runs a command body, turning a `CommandFailure` into its message and exit code.
func reportingFailures(_ body: () throws -> Void) throws {
    do {
        try body()
    } catch let failure as CommandFailure {
        throw failure.report()
    }
}
