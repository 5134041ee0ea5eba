import Foundation
import TestSupport
import XCTest
#if canImport(Glibc)
import Glibc
#endif

/// The real `vardag` binary in a real terminal (tmux): refusing unusable terminals,
/// starting, quitting, and leaving the terminal as it found it on every exit path.
///
/// Contract with the app: the main screen shows the text `Vardag`, and `q` on the
/// main screen quits with exit code 0.
final class TerminalLifecycleTests: XCTestCase {
    private var binary = ""

    override func setUpWithError() throws {
        binary = try VardagBinary.path()
    }

    // MARK: - Unusable terminals: one line on stderr, exit 2, nothing on the screen

    func testDumbTerminalIsRefusedWithOneLineAndExitCode2() throws {
        try assertRefused(prefix: "TERM=dumb", mentioning: "TERM")
    }

    func testUnsetTermIsRefusedWithOneLineAndExitCode2() throws {
        try assertRefused(prefix: "unset TERM;", mentioning: "TERM")
    }

    func testUnknownTermIsRefusedWithOneLineAndExitCode2() throws {
        try assertRefused(prefix: "TERM=no-such-terminal", mentioning: "no-such-terminal")
    }

    func testNotATerminalIsRefusedWithExitCode2() throws {
        let db = NSTemporaryDirectory() + "vardag-notty-\(UUID().uuidString).sqlite"
        defer { removeDatabase(db) }
        var env = ProcessInfo.processInfo.environment
        env["TERM"] = "xterm-256color"
        let result = try Spawn.run([binary, "--db", db], environment: env, stdinPath: "/dev/null")
        XCTAssertEqual(result.status, 2, "stderr: \(result.errorOutput)")
        XCTAssertEqual(result.output, "", "nothing on stdout")
        assertOneLine(result.errorOutput, mentioning: "terminal")
    }

    // MARK: - Start and quit

    func testStartsShowsMainScreenAndQuitsOnQ() throws {
        let tmux = try startApp()
        defer { tmux.close() }
        try tmux.waitFor(text: "Vardag")
        XCTAssertEqual(try tmux.display("#{alternate_on}"), "1", "the app draws on the alternate screen")
        try tmux.sendKeys("q")
        XCTAssertEqual(try tmux.waitForExit(), 0)
        try assertTerminalRestored(tmux)
    }

    func testSurvivesResizeAndStillQuits() throws {
        let tmux = try startApp()
        defer { tmux.close() }
        try tmux.waitFor(text: "Vardag")
        try tmux.resize(width: 100, height: 30)
        try tmux.waitUntil(description: "a redraw at 100 columns") { _ in
            (try? tmux.screenLines().count) == 30
        }
        try tmux.resize(width: 60, height: 20)
        try tmux.waitFor(text: "Vardag")
        try tmux.sendKeys("q")
        XCTAssertEqual(try tmux.waitForExit(), 0)
        try assertTerminalRestored(tmux)
    }

    // MARK: - Signals: exit 128+n, terminal restored

    func testSIGINTEndsWith130AndRestoresTerminal() throws {
        try assertSignalEndsApp(SIGINT, expectedStatus: 130)
    }

    func testSIGTERMEndsWith143AndRestoresTerminal() throws {
        try assertSignalEndsApp(SIGTERM, expectedStatus: 143)
    }

    func testSIGHUPEndsWith129AndRestoresTerminal() throws {
        try assertSignalEndsApp(SIGHUP, expectedStatus: 129)
    }

    func testCrashSignalSIGSEGVRestoresTerminalAndKeepsStatus139() throws {
        try assertSignalEndsApp(SIGSEGV, expectedStatus: 139, environment: Self.noBacktracer)
    }

    func testCrashSignalSIGABRTRestoresTerminalAndKeepsStatus134() throws {
        try assertSignalEndsApp(SIGABRT, expectedStatus: 134, environment: Self.noBacktracer)
    }

    /// The crash path without the Swift runtime's backtracer; `TerminatingSignalsTests`
    /// runs it with the backtracer as it is by default.
    private static let noBacktracer = ["SWIFT_BACKTRACE": "enable=no"]

    func testCtrlCEndsWith130AndRestoresTerminal() throws {
        // The wrapping shell catches SIGINT itself (which resets it to the default for
        // the app) so that it lives to print the exit code; Ctrl-C goes to both.
        let tmux = try startApp(shellPrefix: "trap : INT;")
        defer { tmux.close() }
        try tmux.waitFor(text: "Vardag")
        try tmux.sendKeys("C-c")
        XCTAssertEqual(try tmux.waitForExit(), 130)
        try assertTerminalRestored(tmux)
    }

    // MARK: - Helpers

    /// Starts the app at 80x24 with `stty -g` saved before and after it runs.
    private func startApp(shellPrefix: String = "", environment: [String: String] = [:]) throws -> TmuxSession {
        let directory = try TmuxSession.makeDirectory()
        let dir = directory.path
        let db = "\(dir)/db.sqlite"
        let command = """
            \(shellPrefix) stty -g > \(q("\(dir)/stty.before")); \
            \(q(binary)) --db \(q(db)); rc=$?; \
            stty -g > \(q("\(dir)/stty.after")); (exit $rc)
            """
        return try TmuxSession(command: command, width: 80, height: 24, environment: environment, directory: directory)
    }

    private func assertTerminalRestored(_ tmux: TmuxSession, file: StaticString = #filePath, line: UInt = #line) throws {
        let before = try String(contentsOfFile: tmux.path("stty.before"), encoding: .utf8)
        let after = try String(contentsOfFile: tmux.path("stty.after"), encoding: .utf8)
        XCTAssertFalse(before.isEmpty, file: file, line: line)
        XCTAssertEqual(before, after, "stty -g before and after the app", file: file, line: line)
        XCTAssertEqual(try tmux.display("#{alternate_on}"), "0", "left the alternate screen", file: file, line: line)
        XCTAssertEqual(try tmux.display("#{cursor_flag}"), "1", "cursor visible again", file: file, line: line)
    }

    private func assertSignalEndsApp(
        _ signal: Int32, expectedStatus: Int32, environment: [String: String] = [:],
        file: StaticString = #filePath, line: UInt = #line
    ) throws {
        let tmux = try startApp(environment: environment)
        defer { tmux.close() }
        try tmux.waitFor(text: "Vardag")
        try tmux.signal(signal, toProcessNamed: "vardag")
        XCTAssertEqual(try tmux.waitForExit(), expectedStatus, file: file, line: line)
        try assertTerminalRestored(tmux, file: file, line: line)
    }

    /// Runs `PREFIX vardag --db X` in a pane with stderr to a file, and checks exit
    /// code 2, exactly one line on stderr, and no output at all on the terminal.
    private func assertRefused(prefix: String, mentioning word: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let directory = try TmuxSession.makeDirectory()
        let dir = directory.path
        let err = "\(dir)/stderr"
        let session = try TmuxSession(
            command: "\(prefix) \(q(binary)) --db \(q("\(dir)/db.sqlite")) 2>\(q(err))", directory: directory)
        defer { session.close() }
        XCTAssertEqual(try session.waitForExit(), 2, file: file, line: line)
        let screen = try session.capture().trimmingCharacters(in: .whitespacesAndNewlines)
        XCTAssertEqual(screen, "__END__2_", "nothing but the end marker on the terminal", file: file, line: line)
        XCTAssertEqual(try session.display("#{alternate_on}"), "0", file: file, line: line)
        let message = try String(contentsOfFile: err, encoding: .utf8)
        assertOneLine(message, mentioning: word, file: file, line: line)
    }

    private func assertOneLine(_ text: String, mentioning word: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertTrue(text.hasSuffix("\n"), "ends with a newline: \(text.debugDescription)", file: file, line: line)
        XCTAssertEqual(text.split(separator: "\n").count, 1, "exactly one line: \(text.debugDescription)", file: file, line: line)
        XCTAssertFalse(text.contains("\u{1B}"), "no escape codes: \(text.debugDescription)", file: file, line: line)
        XCTAssertTrue(text.contains(word), "mentions \(word): \(text.debugDescription)", file: file, line: line)
    }

    private func removeDatabase(_ path: String) {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }

    /// Single-quotes a word for sh.
    private func q(_ s: String) -> String {
        "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
