import ArgumentParser
import Foundation
import TerminalKit

/// An error that ends a command with one line on stderr and a chosen exit code.
public struct CommandFailure: Error, CustomStringConvertible {
    public var message: String
    public var exitCode: Int32
    public var description: String { message }

    /// Makes a failure.
    /// - Parameters:
    ///   - message: the line for stderr.
    ///   - exitCode: the process's exit code.
    public init(message: String, exitCode: Int32) {
        self.message = message
        self.exitCode = exitCode
    }

    /// Prints the message to stderr (cleaned: it may quote a typed path or a value
    /// from a file) and returns the exit code to throw.
    public func report() -> ExitCode {
        FileHandle.standardError.write(Data((TextSanitizer.clean(message) + "\n").utf8))
        return ExitCode(exitCode)
    }
}

/// Runs a command body, turning a `CommandFailure` into its message and exit code.
public func reportingFailures(_ body: () throws -> Void) throws {
    do {
        try body()
    } catch let failure as CommandFailure {
        throw failure.report()
    }
}
