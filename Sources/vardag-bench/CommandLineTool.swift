import Foundation
import Glibc

/// The database's own command-line tool (`sqlite3` or `psql`) on the same data as a
/// benchmark: the floor each of Vardag's figures is printed next to.
///
/// Two ways of timing, both as the tool itself sees them: statements one after another in
/// one session (psql's `\timing on`; for sqlite3, less an empty session; output thrown away), and whole runs of a new
/// process (start, open or connect, run, write everything to `/dev/null`), timed here.
struct CommandLineTool {
    /// Which tool, for its arguments and its timing lines.
    enum Kind {
        case sqlite3
        case psql
    }

    let kind: Kind
    /// The program's path.
    let program: String
    /// The SQLite file, or the libpq connection string of the server database.
    let database: String

    /// The tool's name as printed: `sqlite3` or `psql`.
    var name: String { kind == .sqlite3 ? "sqlite3" : "psql" }

    /// Whether the program is there to run.
    var isAvailable: Bool { FileManager.default.isExecutableFile(atPath: program) }

    /// Runs a statement `runs` times in one session and returns the times in ms: psql's
    /// `\timing` of each run (which includes the round trip and reading the result), or
    /// for sqlite3 three means per statement of a session's wall time less an empty one's.
    /// - Parameters:
    ///   - sql: one statement, without its `;`.
    ///   - runs: how many times.
    ///   - writes: whether the statement changes data (sqlite3 then opens the file for writing).
    /// - Returns: the times, or nil when the tool is missing or printed none.
    func sessionTimes(_ sql: String, runs: Int, writes: Bool = false) throws -> [Double]? {
        guard isAvailable else { return nil }
        let oneLine = sql.split(separator: "\n").joined(separator: " ")
        var script: String
        let arguments: [String]
        switch kind {
        case .sqlite3:
            arguments = (writes ? [] : ["-readonly"]) + [database]
            script = ".output /dev/null\n"
        case .psql:
            arguments = ["-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", database]
            script = "\\o /dev/null\n\\timing on\n"
        }
        if kind == .sqlite3 {
            // sqlite3's `.timer` counts whole milliseconds, too coarse for statements that
            // take less: each time is a session of `runs` statements less an empty session,
            // per statement (three pairs).
            // Statements that take microseconds are repeated until a session runs 100 ms or more.
            var count = max(1, runs)
            while true {
                let full = script + String(repeating: oneLine + ";\n", count: count)
                var times: [Double] = []
                for _ in 0..<3 {
                    let emptyTime = try sessionWallTime(arguments, script: script)
                    times.append(max(0, try sessionWallTime(arguments, script: full) - emptyTime) / Double(count))
                }
                if BenchStatistics.median(times) * Double(count) >= 100 || count >= 100_000 { return times }
                count *= 10
            }
        }
        for _ in 0..<runs { script += oneLine + ";\n" }
        let text = try run(arguments, input: script, keepOutput: true)
        let times = text.split(separator: "\n").compactMap { line -> Double? in
            guard line.hasPrefix("Time: ") else { return nil }
            return line.dropFirst("Time: ".count).split(separator: " ").first.flatMap { Double($0) }
        }
        return times.isEmpty ? nil : times
    }

    /// Starts the tool `runs` times, each running `sql` once with its rows written to
    /// `/dev/null` (as CSV when `csv`), and returns each process's wall time in ms.
    /// - Parameters:
    ///   - sql: one statement.
    ///   - runs: how many processes.
    ///   - csv: whether the rows are written as CSV (`sqlite3 -csv`, `psql --csv`).
    /// - Returns: the times, or nil when the tool is missing or failed.
    func processTimes(_ sql: String, runs: Int, csv: Bool = false) throws -> [Double]? {
        try processRuns(sql, runs: runs, csv: csv)?.times
    }

    /// Starts the tool `runs` times as `processTimes` does, and returns each process's wall
    /// time in ms and the largest peaks of the runs (resident and private).
    /// - Returns: the times and the peaks, or nil when the tool is missing.
    /// - Parameter checkingFirst: on `sqlite3`, run `PRAGMA quick_check` before the statement, as
    ///   every reading `vardag` command does on opening a file.
    func processRuns(_ sql: String, runs: Int, csv: Bool = false, checkingFirst: Bool = false) throws -> (times: [Double], peak: PeakMemory)? {
        guard isAvailable else { return nil }
        let arguments: [String]
        switch kind {
        case .sqlite3: arguments = ["-readonly"] + (csv ? ["-csv", "-header"] : []) + [database] + (checkingFirst ? ["PRAGMA quick_check;"] : []) + [sql]
        case .psql: arguments = ["-X", "-q", "-v", "ON_ERROR_STOP=1"] + (csv ? ["--csv"] : []) + ["-d", database, "-c", sql]
        }
        var times: [Double] = []
        var peak = PeakMemory(residentKilobytes: 0)
        for _ in 0..<runs {
            let start = DispatchTime.now().uptimeNanoseconds
            let run = try ProcessSpawn.runMeasured(program, arguments)
            times.append(BenchStatistics.milliseconds(since: start))
            guard run.status == 0 else { throw Failure(description: "\(name) exited with \(run.status)") }
            peak = peak.merged(with: run.memory)
        }
        return (times, peak)
    }

    /// The wall time in ms of one session of the tool reading `script` from a file.
    private func sessionWallTime(_ arguments: [String], script: String) throws -> Double {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("vardag-bench-script-\(getpid()).sql")
        try Data(script.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let start = DispatchTime.now().uptimeNanoseconds
        let status = try ProcessSpawn.runSilently(program, arguments, input: file.path)
        let time = BenchStatistics.milliseconds(since: start)
        guard status == 0 else { throw Failure(description: "\(name) exited with \(status)") }
        return time
    }

    /// Runs `psql` for a statement of its own (making or dropping a database) and returns
    /// what it printed, rows only and unaligned.
    /// - Throws: `Failure` with the tool's error output when it exits non-zero.
    @discardableResult
    func command(_ sql: String) throws -> String {
        try run(["-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-d", database, "-c", sql], input: nil, keepOutput: true)
    }

    /// Why a run of the tool failed: its exit status and error output.
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Runs the program once.
    /// - Returns: standard output when `keepOutput`, else an empty string (it went to `/dev/null`).
    /// - Throws: `Failure` when it exits non-zero.
    private func run(_ arguments: [String], input: String?, keepOutput: Bool) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        let output = Pipe(), errors = Pipe()
        process.standardOutput = keepOutput ? output : FileHandle.nullDevice
        process.standardError = errors
        let inputPipe = Pipe()
        process.standardInput = input == nil ? FileHandle.nullDevice : inputPipe
        try process.run()
        if let input {
            inputPipe.fileHandleForWriting.write(Data(input.utf8))
            try inputPipe.fileHandleForWriting.close()
        }
        // Read both to the end before waiting, so a full pipe never stalls the tool.
        let text = keepOutput ? output.fileHandleForReading.readDataToEndOfFile() : Data()
        let errorText = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Failure(description: "\(name) exited with \(process.terminationStatus): "
                + String(decoding: errorText, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
        }
        return String(decoding: text, as: UTF8.self)
    }
}
