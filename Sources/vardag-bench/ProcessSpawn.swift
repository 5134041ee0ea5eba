import Foundation
import Glibc

/// Starts a program with `posix_spawn` and waits for it, its output thrown away: the
/// start-up cost a shell pays. Foundation's `Process` adds ~50 ms a start here (it closes
/// every descriptor up to the limit in the child), which would swamp a tool's own time.
enum ProcessSpawn {
    /// Runs `program` with `arguments`, standard input from `input` (or `/dev/null`) and
    /// standard output and error to `/dev/null`.
    /// - Returns: the exit status (128 + the signal when a signal ended it).
    /// - Throws: `POSIXError` when it cannot be started.
    static func runSilently(_ program: String, _ arguments: [String], input: String = "/dev/null") throws -> Int32 {
        try runMeasured(program, arguments, input: input, samplingPrivateMemory: false).status
    }

    /// One run of a program: its exit status and its peak resident size.
    struct Run {
        /// The exit status (128 + the signal when a signal ended it).
        var status: Int32
        /// The child's peak resident size in kB, as the kernel counted it (`ru_maxrss`).
        var peakKilobytes: Int
        /// The child's peak private (anonymous) memory in kB, sampled (`PrivateMemorySampler`);
        /// nil when not sampled or /proc could not be read.
        var privateKilobytes: Int?

        /// Both peaks, as printed.
        var memory: PeakMemory { PeakMemory(residentKilobytes: peakKilobytes, privateKilobytes: privateKilobytes) }
    }

    /// Runs `program` as `runSilently` does and reads its peak memory: the resident size,
    /// and (with `samplingPrivateMemory`) the private part of it, sampled while it runs.
    ///
    /// Linux keeps a process's peak across `execve`, and a spawned child starts from its
    /// parent's: `wait4` on a child of this (large) process reports at least this process's
    /// own size. So the peak is read through GNU `time`, whose child is forked from a small
    /// process, when `/usr/bin/time` is there; else from `wait4` (then only an upper bound).
    /// - Returns: the status and the peaks.
    /// - Throws: `POSIXError` when it cannot be started.
    static func runMeasured(_ program: String, _ arguments: [String], input: String = "/dev/null",
                            samplingPrivateMemory: Bool = true) throws -> Run {
        let time = "/usr/bin/time"
        guard FileManager.default.isExecutableFile(atPath: time) else {
            return try spawn(program, arguments, input: input, sampling: samplingPrivateMemory ? .spawned : nil)
        }
        let report = FileManager.default.temporaryDirectory.appendingPathComponent("vardag-bench-peak-\(getpid())").path
        defer { unlink(report) }
        var run = try spawn(time, ["-f", "%M", "-o", report, program] + arguments, input: input,
                            sampling: samplingPrivateMemory ? .child : nil)
        let text = (try? String(contentsOfFile: report, encoding: .utf8)) ?? ""
        if let kilobytes = text.split(separator: "\n").last.flatMap({ Int($0.trimmingCharacters(in: .whitespaces)) }) {
            run.peakKilobytes = kilobytes
        }
        return run
    }

    /// `program --help` through `runMeasured`, three runs, the largest of each peak: the
    /// program's size before it does any work, to print beside what it reaches.
    /// - Returns: the peaks.
    /// - Throws: `POSIXError` when it cannot be started.
    static func helpBaseline(_ program: String) throws -> PeakMemory {
        var peak: PeakMemory?
        for _ in 0..<3 {
            let run = try runMeasured(program, ["--help"])
            peak = peak.map { $0.merged(with: run.memory) } ?? run.memory
        }
        return peak!
    }

    /// Which process's private memory `spawn` samples.
    private enum Sampled {
        /// The process spawned.
        case spawned
        /// Its child (the program GNU `time` runs).
        case child
    }

    /// Starts a program and waits for it with `wait4`.
    private static func spawn(_ program: String, _ arguments: [String], input: String, sampling: Sampled?) throws -> Run {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, input, O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = ([program] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid = pid_t()
        let started = posix_spawn(&pid, program, &actions, nil, argv, environ)
        guard started == 0 else { throw POSIXError(POSIXErrorCode(rawValue: started) ?? .EINVAL) }
        let sampler = sampling.map { PrivateMemorySampler(pid: pid, throughParent: $0 == .child) }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) == -1 && errno == EINTR {}
        // WIFEXITED / WEXITSTATUS are macros, not imported: the low 7 bits are the signal.
        let signal = status & 0x7f
        return Run(status: signal == 0 ? (status >> 8) & 0xff : 128 + signal, peakKilobytes: usage.ru_maxrss,
                   privateKilobytes: sampler?.finish())
    }
}
