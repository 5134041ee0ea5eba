import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs a program with `posix_spawn` and waits for it with `waitpid`.
///
/// Not `Foundation.Process`: its `waitUntilExit` can hang on `tmux new-session`
/// (the tmux server inherits and keeps the pipe open), and children it starts inherit
/// the test thread's blocked signal mask, so an app in a tmux pane never saw
/// SIGINT/SIGTERM/SIGWINCH. Here the child gets an empty mask and default actions,
/// and output goes to a file, never a pipe a daemon could keep open.
public enum Spawn {
    /// How a spawned program ended.
    public struct Result: Sendable {
        /// The exit code, or 128 + n when killed by signal n (as a shell reports it).
        public var status: Int32
        /// Standard output.
        public var output: String
        /// Standard error.
        public var errorOutput: String
    }

    /// Why running failed.
    public enum Failure: Error, CustomStringConvertible {
        case spawnFailed(String, Int32)
        case timedOut(String, Double)

        public var description: String {
            switch self {
            case .spawnFailed(let program, let errno): return "cannot start \(program): \(String(cString: strerror(errno)))"
            case .timedOut(let program, let seconds): return "\(program) did not end within \(seconds) s"
            }
        }
    }

    /// Runs a program to its end.
    /// - Parameters:
    ///   - arguments: program (looked up in `PATH`) and its arguments.
    ///   - environment: the complete environment; the test process's when nil. Either way
    ///     `VARDAG_TEST_TODAY` is set to `VardagBinary.todayText` unless it is given, so
    ///     every `vardag` run sees the same day.
    ///   - stdinPath: what standard input reads (`/dev/null` by default).
    ///   - timeout: seconds before the program is killed and `Failure.timedOut` thrown.
    ///   - workingDirectory: where relative paths lead (the test process's when nil), so
    ///     a generated `--output xml` lands in a temporary folder, not the checkout.
    /// - Returns: exit status and output.
    /// - Throws: `Failure`.
    @discardableResult
    public static func run(
        _ command: [String], environment: [String: String]? = nil,
        stdinPath: String = "/dev/null", timeout: Double = 10, workingDirectory: String? = nil
    ) throws -> Result {
        // Swift's Glibc lacks posix_spawn_file_actions_addchdir_np; GNU env changes folder.
        let arguments = workingDirectory.map { ["/usr/bin/env", "-C", $0] + command } ?? command
        let dir = FileManager.default.temporaryDirectory
            .appendingPathComponent("vardag-spawn-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let outPath = dir.appendingPathComponent("out").path
        let errPath = dir.appendingPathComponent("err").path

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, stdinPath, O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var emptyMask = sigset_t()
        sigemptyset(&emptyMask)
        posix_spawnattr_setsigmask(&attributes, &emptyMask)
        var defaults = sigset_t()
        sigfillset(&defaults)
        sigdelset(&defaults, SIGKILL)
        sigdelset(&defaults, SIGSTOP)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        var variables = environment ?? ProcessInfo.processInfo.environment
        if variables[VardagBinary.todayVariable] == nil {
            variables[VardagBinary.todayVariable] = VardagBinary.todayText
        }
        let env = variables.map { "\($0.key)=\($0.value)" }
        let argv = arguments.map { strdup($0) } + [nil]
        let envp = env.map { strdup($0) } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }

        var pid: pid_t = 0
        let rc = posix_spawnp(&pid, arguments[0], &actions, &attributes, argv, envp)
        guard rc == 0 else { throw Failure.spawnFailed(arguments[0], rc) }

        let status = try wait(for: pid, program: arguments[0], timeout: timeout)
        let output = (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? ""
        let errorOutput = (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? ""
        return Result(status: status, output: output, errorOutput: errorOutput)
    }

    /// Waits for a child, polling so a hang becomes a test failure, not a stuck run.
    /// - Returns: the exit code, or 128 + signal.
    static func wait(for pid: pid_t, program: String, timeout: Double) throws -> Int32 {
        let deadline = Date().addingTimeInterval(timeout)
        var status: Int32 = 0
        while true {
            let r = waitpid(pid, &status, WNOHANG)
            if r == pid { break }
            if r < 0 && errno != EINTR { return -1 }
            if Date() > deadline {
                kill(pid, SIGKILL)
                _ = waitpid(pid, &status, 0)
                throw Failure.timedOut(program, timeout)
            }
            usleep(5_000)
        }
        return exitStatus(status)
    }

    /// Decodes a `waitpid` status (the W* macros are not imported into Swift).
    static func exitStatus(_ status: Int32) -> Int32 {
        let signal = status & 0x7F
        return signal == 0 ? (status >> 8) & 0xFF : 128 + signal
    }
}
