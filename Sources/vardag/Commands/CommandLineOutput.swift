import Foundation
import TerminalKit
import VardagApp
import VardagStore

/// Lines a command writes to stdout or stderr, each cleaned of control characters and escape
/// sequences (they quote the user's file), sent in pieces of 64 kB as they are made.
///
/// An import that clears a column for 27,000 people prints as many lines: kept as an array,
/// then joined, then copied into `Data`, they were about 10 MB of the import's peak memory.
struct CommandLineOutput {
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private static let pieceSize = 1 << 16

    /// Output to a handle (`.standardOutput` or `.standardError`).
    init(_ handle: FileHandle) {
        self.handle = handle
        buffer.reserveCapacity(Self.pieceSize)
    }

    /// Adds a line (the newline is added); sends the piece when it is full.
    mutating func write(_ line: String) {
        buffer.append(contentsOf: TextSanitizer.clean(line).utf8)
        buffer.append(0x0A)
        if buffer.count >= Self.pieceSize { flush() }
    }

    /// Sends what is waiting.
    mutating func flush() {
        guard !buffer.isEmpty else { return }
        handle.write(Data(buffer))
        buffer.removeAll(keepingCapacity: true)
    }

    /// The most problems an import lists one per line; the rest are counted.
    static let shownProblems = 100

    /// Writes an import's refusal to stderr: one line per problem, each cleaned on its own so
    /// the lines stay lines (at most `shownProblems`, then a count), then the total.
    /// - Parameters:
    ///   - problems: what was wrong, by line.
    ///   - file: the file as given, which starts each line.
    static func writeRefusal(_ problems: [ImportProblem], file: String, _ strings: Strings) {
        var output = CommandLineOutput(.standardError)
        for problem in problems.prefix(shownProblems) {
            let reason = strings.format(problem.key, arguments: problem.arguments)
            let located = problem.line > 0 ? strings.format("import.line", problem.line, reason) : reason
            output.write(strings.format("import.cli.problem", file, located))
        }
        if problems.count > shownProblems {
            output.write(strings.format("import.cli.moreLines", problems.count - shownProblems))
        }
        output.write(strings.format("import.cli.refused", problems.count))
        output.flush()
    }
}
