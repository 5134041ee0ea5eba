import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A program running in a pane of a private tmux server, for end-to-end tests.
///
/// Follows what proved reliable here (130 runs in a row): a private server
/// (`-S DIR/sock -f /dev/null`), `remain-on-exit` set in the same call that creates
/// the session, the command wrapped as `CMD; echo __END__$?_` so its exit code can be
/// read from the screen, `capture-pane -p -J -S -` polled every 20 ms up to a
/// deadline, and `kill-server` at the end. Every tmux call goes through `Spawn`.
public final class TmuxSession {
    /// A private temporary directory for the socket and the test's files.
    public let directory: URL
    /// The tmux socket.
    public let socketPath: String
    /// The session name.
    public let name = "vardag-test"
    private var closed = false
    private let environment: [String: String]

    /// Why a wait failed; carries the last screen to make the failure readable.
    public enum Failure: Error, CustomStringConvertible {
        case timedOut(waitingFor: String, screen: String)
        case tmuxFailed([String], String)
        case notFound(String)
        case exitedEarly(waitingFor: String, status: Int32, screen: String)

        public var description: String {
            switch self {
            case .timedOut(let what, let screen): return "timed out waiting for \(what); screen was:\n\(screen)"
            case .tmuxFailed(let args, let err): return "tmux \(args.joined(separator: " ")) failed: \(err)"
            case .notFound(let what): return "not found: \(what)"
            case .exitedEarly(let what, let status, let screen):
                return "the command ended (status \(status)) without showing '\(what)'; screen was:\n\(screen)"
            }
        }
    }

    /// The marker printed after the command ends, followed by its exit code.
    public static let endMarker = "__END__"
    /// How often screens are polled.
    public static let pollInterval: useconds_t = 20_000

    /// Starts `command` (a `sh` command line) in a new detached session.
    /// - Parameters:
    ///   - command: run by `/bin/sh -c`; its exit code is printed after `__END__`.
    ///   - width: pane columns.
    ///   - height: pane rows.
    ///   - term: `TERM` inside the pane.
    ///   - environment: extra variables for the command. `VARDAG_TEST_TODAY` is
    ///     `VardagBinary.todayText` unless given here, so the app sees the same day each run.
    ///   - directory: the session's directory (from `makeDirectory()`, when the
    ///     command needs to name files in it); a new one when nil. `close()` removes it.
    /// - Throws: when the directory or the session cannot be created.
    public init(
        command: String, width: Int = 80, height: Int = 24, term: String = "screen",
        environment extra: [String: String] = [:], directory: URL? = nil
    ) throws {
        self.directory = try directory ?? Self.makeDirectory()
        socketPath = self.directory.appendingPathComponent("sock").path

        // A small, fixed environment: the pane must not depend on the test runner's
        // (TMUX would make tmux think it is nested; LANG pins UTF-8; SHELL runs sh; the
        // day is fixed, see `VardagBinary.today`).
        let inherited = ProcessInfo.processInfo.environment
        environment = [
            "PATH": inherited["PATH"] ?? "/usr/local/bin:/usr/bin:/bin",
            "HOME": inherited["HOME"] ?? self.directory.path,
            "LANG": "C.UTF-8",
            "TZ": "Europe/Stockholm",
            "SHELL": "/bin/sh",
            "TERM": "xterm-256color",  // the tmux client's own terminal
            VardagBinary.todayVariable: VardagBinary.todayText,
        ]
        var sessionEnv: [String] = ["-e", "TERM=\(term)"]
        for (key, value) in extra.sorted(by: { $0.key < $1.key }) { sessionEnv += ["-e", "\(key)=\(value)"] }
        // The shell then stays (a while) so the pane keeps the state the program left:
        // a dead pane gets tmux's "Pane is dead" line and a hidden cursor.
        // The code is closed by "_" because a killed app leaves old screen text right
        // after the cursor, and digits there would run into the code.
        let wrapped = "\(command); echo \(Self.endMarker)$?_; exec sleep 600"
        // remain-on-exit before new-session, in the same call: the pane stays even
        // when the command ends at once, so its output can still be captured.
        let start = ["set-option", "-g", "remain-on-exit", "on", ";",
                     "new-session", "-d", "-s", name, "-x", "\(width)", "-y", "\(height)"] + sessionEnv + [wrapped]
        do {
            try tmux(start)
        } catch Failure.tmuxFailed(_, let message) where message.contains("server exited unexpectedly") {
            // Seen once in a clean-clone CI run under heavy load: the new server died while
            // starting, before the command ran. Nothing of the test has happened yet; start again
            // after a pause for the load (there is no screen yet to wait on).
            usleep(200_000)
            try? FileManager.default.removeItem(atPath: socketPath)
            try tmux(start)
        }
    }

    deinit { close() }

    /// A new private temporary directory (short: socket paths are limited to ~100 bytes).
    public static func makeDirectory() throws -> URL {
        let url = URL(fileURLWithPath: "/tmp", isDirectory: true)
            .appendingPathComponent("vardag-tmux-\(UUID().uuidString.prefix(8))", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Ends the tmux server (and with it the program) and removes the directory.
    public func close() {
        guard !closed else { return }
        closed = true
        _ = try? tmux(["kill-server"])
        try? FileManager.default.removeItem(at: directory)
    }

    /// Runs a tmux command against this server.
    /// - Returns: its standard output.
    @discardableResult
    public func tmux(_ arguments: [String]) throws -> String {
        let args = ["tmux", "-S", socketPath, "-f", "/dev/null"] + arguments
        let result = try Spawn.run(args, environment: environment, timeout: 10)
        guard result.status == 0 else { throw Failure.tmuxFailed(arguments, result.errorOutput) }
        return result.output
    }

    /// Everything the pane shows and has scrolled off, wrapped lines joined,
    /// trailing spaces removed (and tmux's own "Pane is dead" line left out).
    public func capture() throws -> String {
        let raw = try tmux(["capture-pane", "-p", "-J", "-S", "-", "-t", name])
        return raw.split(separator: "\n", omittingEmptySubsequences: false)
            .map { String($0).trimmingTrailingSpacesForTmux() }
            .filter { !$0.hasPrefix("Pane is dead") }
            .joined(separator: "\n")
    }

    /// The visible rows only (no history), trailing spaces removed.
    public func screenLines() throws -> [String] {
        let raw = try tmux(["capture-pane", "-p", "-t", name])
        var lines = raw.split(separator: "\n", omittingEmptySubsequences: false).map { String($0).trimmingTrailingSpacesForTmux() }
        if lines.last == "" { lines.removeLast() }
        return lines
    }

    /// Waits until the pane shows `text`; gives up at once when the command has ended
    /// without showing it.
    ///
    /// tmux may show a frame half drawn (a large frame reaches it in several reads), so
    /// once `text` is there the pane is captured again until two captures agree (at most a
    /// second): the rest of that frame is then on the screen too.
    /// - Returns: the settled capture that contains it (or, for text that was only there
    ///   for a moment, the capture that had it).
    /// - Throws: `Failure.exitedEarly` or `Failure.timedOut`, with the last screen.
    @discardableResult
    public func waitFor(text: String, timeout: Double = 10) throws -> String {
        var screen = try waitUntil(timeout: timeout, description: "'\(text)'") {
            $0.contains(text) || Self.exitCode(in: $0) != nil
        }
        if !screen.contains(text), let status = Self.exitCode(in: screen) {
            throw Failure.exitedEarly(waitingFor: text, status: status, screen: screen)
        }
        let settleBy = Date().addingTimeInterval(1)
        while Date() < settleBy {
            usleep(Self.pollInterval)
            let again = try capture()
            if again == screen || !again.contains(text) { break }
            screen = again
        }
        return screen
    }

    /// Waits until the pane's capture satisfies a condition.
    @discardableResult
    public func waitUntil(timeout: Double = 10, description: String, _ condition: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while true {
            last = try capture()
            if condition(last) { return last }
            if Date() > deadline { throw Failure.timedOut(waitingFor: description, screen: last) }
            usleep(Self.pollInterval)
        }
    }

    /// Waits until `find` answers for the visible rows and the cursor's row (polled like
    /// `waitUntil`): for what only the rows can tell, such as which field has the focus.
    /// - Returns: what `find` answered.
    /// - Throws: `Failure.timedOut` with the last rows.
    @discardableResult
    public func waitForRows<T>(timeout: Double = 10, description: String, _ find: (_ rows: [String], _ cursorRow: Int) -> T?) throws -> T {
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            let rows = try screenLines()
            let cursorRow = Int(try display("#{cursor_y}")) ?? -1
            if let found = find(rows, cursorRow) { return found }
            if Date() > deadline { throw Failure.timedOut(waitingFor: description, screen: rows.joined(separator: "\n")) }
            usleep(Self.pollInterval)
        }
    }

    /// Waits for the command to end.
    /// - Returns: its exit code (from the `__END__` marker).
    public func waitForExit(timeout: Double = 10) throws -> Int32 {
        let screen = try waitUntil(timeout: timeout, description: "the command to end") { Self.exitCode(in: $0) != nil }
        return Self.exitCode(in: screen)!
    }

    /// The exit code after the end marker, if the command has ended.
    public static func exitCode(in screen: String) -> Int32? {
        guard let range = screen.range(of: endMarker, options: .backwards) else { return nil }
        let digits = screen[range.upperBound...].prefix { $0.isNumber }
        return Int32(digits)
    }

    /// Sends keys by tmux name (`"q"`, `"Enter"`, `"Up"`, `"C-c"`, `"M-x"`, `"Escape"`).
    public func sendKeys(_ keys: String...) throws {
        try tmux(["send-keys", "-t", name] + keys)
    }

    /// Types text literally (å ä ö, spaces, anything), not as key names.
    public func type(_ text: String) throws {
        try tmux(["send-keys", "-t", name, "-l", text])
    }

    /// Resizes the window (the app gets SIGWINCH).
    public func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", name, "-x", "\(width)", "-y", "\(height)"])
    }

    /// A format value of the pane (`"#{pane_pid}"`, `"#{alternate_on}"`, `"#{cursor_x}"`).
    public func display(_ format: String) throws -> String {
        try tmux(["display-message", "-p", "-t", name, format]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The pid of the pane's shell.
    public func panePID() throws -> pid_t {
        guard let pid = pid_t(try display("#{pane_pid}")) else { throw Failure.notFound("pane pid") }
        return pid
    }

    /// The pid of a process named `name` started by the pane's shell (at any depth).
    /// - Parameter name: the process name as in `/proc/PID/comm` (at most 15 bytes).
    public func processID(named name: String, timeout: Double = 5) throws -> pid_t {
        let root = try panePID()
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            if let pid = Self.descendant(of: root, named: name) { return pid }
            if Date() > deadline { throw Failure.notFound("process \(name) under pid \(root)") }
            usleep(Self.pollInterval)
        }
    }

    /// Sends a signal to the process `name` in the pane, as `kill` would.
    public func signal(_ signal: Int32, toProcessNamed name: String) throws {
        let pid = try processID(named: name)
        guard kill(pid, signal) == 0 else { throw Failure.notFound("process \(pid) for kill") }
    }

    /// A path inside this session's directory (for the database, stty dumps, logs).
    public func path(_ file: String) -> String {
        directory.appendingPathComponent(file).path
    }

    private static func descendant(of root: pid_t, named name: String) -> pid_t? {
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: "/proc") else { return nil }
        var parent: [pid_t: pid_t] = [:]
        var comm: [pid_t: String] = [:]
        for entry in entries {
            guard let pid = pid_t(entry),
                  let stat = try? String(contentsOfFile: "/proc/\(entry)/stat", encoding: .utf8),
                  let close = stat.lastIndex(of: ")") else { continue }
            // stat: "pid (comm) state ppid ..."; comm may contain spaces, so cut at ")".
            if let open = stat.firstIndex(of: "(") {
                comm[pid] = String(stat[stat.index(after: open)..<close])
            }
            let fields = stat[stat.index(after: close)...].split(separator: " ")
            if fields.count > 1, let ppid = pid_t(fields[1]) { parent[pid] = ppid }
        }
        for (pid, processName) in comm where processName == name {
            var p = pid
            while let up = parent[p], up > 1 {
                if up == root { return pid }
                p = up
            }
        }
        return nil
    }
}

extension String {
    fileprivate func trimmingTrailingSpacesForTmux() -> String {
        var s = Substring(self)
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }
}
