import Foundation
import Glibc

/// Counts the instructions a program runs under `valgrind --tool=callgrind`: a figure
/// that, unlike time, comes out the same on a busy 2-core machine as on an idle one.
///
/// Valgrind runs a program some 50 times slower, so the counts are taken on small data;
/// a per-operation figure is the difference of two runs that differ only in how many
/// operations they make, divided by that number (start-up and opening cancel out).
struct Callgrind {
    /// The `valgrind` program.
    let program: String

    /// Valgrind from the PATH, or nil when it is not installed.
    static func find() -> Callgrind? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            let candidate = "\(folder)/valgrind"
            if FileManager.default.isExecutableFile(atPath: candidate) { return Callgrind(program: candidate) }
        }
        return nil
    }

    /// Why a counted run failed.
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Runs a program once under callgrind, its output thrown away, and returns how many
    /// instructions it ran (callgrind's `Ir` total, children of the program not counted).
    /// - Parameters:
    ///   - executable: the program.
    ///   - arguments: its arguments.
    ///   - input: the file its standard input reads.
    /// - Returns: the instruction count.
    /// - Throws: `Failure` when the program fails or callgrind wrote no total.
    func instructions(_ executable: String, _ arguments: [String], input: String = "/dev/null") throws -> Int {
        let report = FileManager.default.temporaryDirectory.appendingPathComponent("vardag-bench-callgrind-\(getpid()).out").path
        defer { unlink(report) }
        let status = try ProcessSpawn.runSilently(program, [
            "--tool=callgrind", "--callgrind-out-file=\(report)", "--dump-line=no", "--compress-strings=no", executable,
        ] + arguments, input: input)
        guard status == 0 else { throw Failure(description: "valgrind \(executable) exited with \(status)") }
        let text = (try? String(contentsOfFile: report, encoding: .utf8)) ?? ""
        for line in text.split(separator: "\n") where line.hasPrefix("summary:") || line.hasPrefix("totals:") {
            if let count = line.split(separator: " ").last.flatMap({ Int($0) }) { return count }
        }
        throw Failure(description: "callgrind wrote no total for \(executable)")
    }

    /// The instructions of one operation: runs made with `few` and with `many` operations
    /// (the arguments for a count from `arguments(count)`), their difference per operation.
    /// - Returns: instructions per operation.
    func perOperation(_ executable: String, few: Int = 0, many: Int, input: (Int) throws -> String = { _ in "/dev/null" },
                      arguments: (Int) -> [String]) throws -> Double {
        let small = try instructions(executable, arguments(few), input: try input(few))
        let large = try instructions(executable, arguments(many), input: try input(many))
        return Double(large - small) / Double(max(1, many - few))
    }
}
