import Foundation

/// A running `concurrency-worker` process: its pipes for the start signal and the report.
final class ConcurrencyWorker {
    /// The process.
    let process = Process()
    private let input = Pipe()
    private let output = Pipe()

    /// Starts the program; its standard error is this process's.
    /// - Parameters:
    ///   - executable: the program's path.
    ///   - arguments: its arguments.
    /// - Throws: when it cannot be started.
    init(executable: String, arguments: [String]) throws {
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.standardInput = input
        process.standardOutput = output
        try process.run()
    }

    /// Waits for the worker's `ready` line.
    /// - Returns: false when it ended first.
    func waitForReady() throws -> Bool {
        var line = Data()
        while !line.contains(UInt8(ascii: "\n")) {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { return false }
            line.append(chunk)
        }
        return String(decoding: line, as: UTF8.self).hasPrefix("ready")
    }

    /// Tells the worker to begin.
    func go() {
        input.fileHandleForWriting.write(Data("go\n".utf8))
    }

    /// Reads the worker's report and waits for it to end.
    /// - Returns: the report, or nil when it printed none.
    func report() -> ConcurrencyWorkerReport? {
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let last = data.split(separator: UInt8(ascii: "\n")).last.map { Data($0) } ?? Data()
        return try? JSONDecoder().decode(ConcurrencyWorkerReport.self, from: last)
    }

    /// Ends a worker that is no longer wanted.
    func stop() {
        if process.isRunning { process.terminate() }
    }
}
