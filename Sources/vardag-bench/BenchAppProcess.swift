import Foundation
import Glibc
import TerminalKitCurses

/// The real `vardag` program run on a pseudo-terminal of the bench's own, typed into as a
/// person would, for the app's peak memory on a screen: GNU `time` starts it (so the peak
/// is the app's own, see `ProcessSpawn.runMeasured`; its private part is sampled from /proc,
/// see `PrivateMemorySampler`), each key waits until the screen has settled, and the last
/// keys quit it.
enum BenchAppProcess {
    /// What one run of the app gave.
    struct Run {
        /// The exit status (128 + the signal when a signal ended it).
        var status: Int32
        /// The app's peak resident size in kB (nil without GNU `time`).
        var peakKilobytes: Int?
        /// The app's peak private (anonymous) memory in kB, sampled (`PrivateMemorySampler`);
        /// nil when /proc could not be read.
        var privateKilobytes: Int?
        /// Whether the output held `expect` after the keys before the quitting ones.
        var sawExpected: Bool
    }

    /// One byte sequence typed, then the wait for the screen to settle (and, with `until`,
    /// for a text to have come).
    enum Input {
        case keys(String, until: String? = nil)
        case escape
    }

    /// Runs `vardag ARGS` on a pty of `width` × `height`, types `inputs`, then `quit`.
    /// - Parameters:
    ///   - program: the `vardag` binary.
    ///   - arguments: its arguments (`--db PATH`).
    ///   - inputs: what to type to reach the screen measured, each waited out.
    ///   - expect: a text the screen measured shows (checked in the output, as sent).
    ///   - quit: what to type to quit from there.
    ///   - width: columns.
    ///   - height: rows.
    /// - Returns: the run.
    /// - Throws: `PseudoTerminal.Failure`, `POSIXError` when it cannot be started.
    static func run(_ program: String, _ arguments: [String], inputs: [Input], expect: String, quit: [Input],
                    width: Int = 120, height: Int = 40) throws -> Run {
        let (master, slavePath) = try PseudoTerminal.openPair(width: width, height: height)
        defer { close(master) }
        // A slave descriptor of our own, held until the app has exited: with no slave side
        // open, reading the master fails at once (EIO), and the reader would stop before the
        // app had opened its side; the app's writes would then block on a full pty.
        let heldSlave = open(slavePath, O_RDWR | O_NOCTTY)
        defer { if heldSlave >= 0 { close(heldSlave) } }
        let output = Output()
        let reader = Thread {
            var chunk = [UInt8](repeating: 0, count: 65536)
            while true {
                let n = chunk.withUnsafeMutableBytes { read(master, $0.baseAddress, $0.count) }
                if n < 0 && errno == EINTR { continue }
                guard n > 0 else { break }
                output.append(chunk[0..<n])
            }
            output.finish()
        }
        reader.start()

        let time = "/usr/bin/time"
        let measured = FileManager.default.isExecutableFile(atPath: time)
        let report = FileManager.default.temporaryDirectory.appendingPathComponent("vardag-bench-app-peak-\(getpid())").path
        defer { unlink(report) }
        let argv = measured ? [time, "-f", "%M", "-o", report, program] + arguments : [program] + arguments
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, slavePath, O_RDWR, 0)
        posix_spawn_file_actions_adddup2(&actions, 0, 1)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // A session of its own, with the pty as its controlling terminal, and default signals.
        var defaults = sigset_t()
        sigfillset(&defaults)
        var empty = sigset_t()
        sigemptyset(&empty)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setsigmask(&attributes, &empty)
        // glibc's POSIX_SPAWN_SETSID (0x80), a GNU extension Swift's Glibc module does not show.
        let setSession: Int32 = 0x80
        posix_spawnattr_setflags(&attributes, Int16(setSession | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))
        var environment = ProcessInfo.processInfo.environment
        environment["TERM"] = "xterm-256color"
        environment["LANG"] = environment["LANG"] ?? "C.UTF-8"
        environment.removeValue(forKey: "NO_COLOR")
        let cArguments = argv.map { strdup($0) } + [nil]
        let cEnvironment = environment.map { strdup("\($0)=\($1)") } + [nil]
        defer {
            cArguments.forEach { free($0) }
            cEnvironment.forEach { free($0) }
        }
        var pid = pid_t()
        let started = posix_spawn(&pid, argv[0], &actions, &attributes, cArguments, cEnvironment)
        guard started == 0 else { throw POSIXError(POSIXErrorCode(rawValue: started) ?? .EINVAL) }
        let sampler = PrivateMemorySampler(pid: pid, throughParent: measured)

        func type(_ input: Input) {
            let bytes: [UInt8]
            var until: String?
            switch input {
            case .keys(let text, let wanted): bytes = Array(text.utf8); until = wanted
            case .escape: bytes = [0x1B]
            }
            let sent = DispatchTime.now().uptimeNanoseconds
            let before = output.count
            _ = bytes.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
            if let until { output.waitFor(until, from: before, atMost: 30_000) }
            output.waitForQuiet(after: sent, milliseconds: 300, atMost: 5_000)
        }
        // The first frame (the main menu names the Kompetenstrappa), then the keys.
        output.waitFor("Kompetenstrappa", from: 0, atMost: 30_000)
        output.waitForQuiet(after: 0, milliseconds: 300, atMost: 5_000)
        for input in inputs { type(input) }
        let saw = output.contains(expect)
        for input in quit { type(input) }

        var status: Int32 = 0
        let deadline = DispatchTime.now().uptimeNanoseconds + 20_000_000_000
        while true {
            let done = waitpid(pid, &status, WNOHANG)
            if done == pid || (done == -1 && errno != EINTR) { break }
            if DispatchTime.now().uptimeNanoseconds > deadline {
                kill(pid, SIGTERM)
                while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
                break
            }
            usleep(20_000)
        }
        let signal = status & 0x7f
        var run = Run(status: signal == 0 ? (status >> 8) & 0xff : 128 + signal, peakKilobytes: nil,
                      privateKilobytes: sampler.finish(), sawExpected: saw)
        if measured, let text = try? String(contentsOfFile: report, encoding: .utf8),
           let kilobytes = text.split(separator: "\n").last.flatMap({ Int($0.trimmingCharacters(in: .whitespaces)) }) {
            run.peakKilobytes = kilobytes
        }
        return run
    }

    /// The app's output so far and when it last came, shared with the reader thread.
    private final class Output: @unchecked Sendable {
        private let condition = NSCondition()
        private var bytes: [UInt8] = []
        private var last = DispatchTime.now().uptimeNanoseconds
        private var ended = false

        func append(_ chunk: ArraySlice<UInt8>) {
            condition.lock()
            bytes.append(contentsOf: chunk)
            last = DispatchTime.now().uptimeNanoseconds
            condition.unlock()
        }

        func finish() {
            condition.lock()
            ended = true
            condition.unlock()
        }

        /// Waits until something came after `after` (an uptime in ns) and then nothing for
        /// `milliseconds`, or the output ended; at most `atMost` ms.
        func waitForQuiet(after: UInt64, milliseconds: Int, atMost: Int) {
            let start = DispatchTime.now().uptimeNanoseconds
            let quiet = UInt64(milliseconds) * 1_000_000
            while true {
                condition.lock()
                let came = last > after && !bytes.isEmpty
                let since = DispatchTime.now().uptimeNanoseconds - last
                let over = ended
                condition.unlock()
                if over || (came && since >= quiet) || DispatchTime.now().uptimeNanoseconds - start > UInt64(atMost) * 1_000_000 { return }
                usleep(20_000)
            }
        }

        /// How many bytes came so far.
        var count: Int {
            condition.lock()
            defer { condition.unlock() }
            return bytes.count
        }

        /// Whether the output from byte `from` on holds a text (as UTF-8 bytes in a row).
        func contains(_ text: String, from: Int = 0) -> Bool {
            condition.lock()
            defer { condition.unlock() }
            let needle = Array(text.utf8)
            guard !needle.isEmpty, bytes.count - from >= needle.count else { return needle.isEmpty }
            return (from...(bytes.count - needle.count)).contains { start in
                bytes[start] == needle[0] && bytes[start..<(start + needle.count)].elementsEqual(needle)
            }
        }

        /// Waits until the output from byte `from` on holds a text, or ended; at most `atMost` ms.
        func waitFor(_ text: String, from: Int, atMost: Int) {
            let start = DispatchTime.now().uptimeNanoseconds
            while !contains(text, from: from) {
                condition.lock()
                let over = ended
                condition.unlock()
                if over || DispatchTime.now().uptimeNanoseconds - start > UInt64(atMost) * 1_000_000 { return }
                usleep(20_000)
            }
        }
    }
}
