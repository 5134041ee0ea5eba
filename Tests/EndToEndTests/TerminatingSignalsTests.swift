import Foundation
import TestSupport
import XCTest
#if canImport(Glibc)
import Glibc
#endif

/// Every signal that ends the app leaves the terminal as it was, at once.
///
/// The real binary runs in tmux with the Swift runtime's backtracer as it is by
/// default (on a terminal it is interactive: it would print its report over the
/// screen and wait 30 s for a key). A signal is sent with `kill` (or Ctrl-\ typed),
/// and then: the exit status is 128+n (a crash signal kills the process, which the
/// shell reports as 128+n too), `stty -g` after equals before, the alternate screen
/// is left and the cursor shown, the pane shows nothing but the shell's end marker
/// (no frame of the app, no report over it), and all of it within a few seconds.
/// Terminating signals end quietly (nothing on stderr); the crash signals that the
/// backtracer handles leave its report on stderr, written after the restore.
/// An export into a pipe that was closed ends quietly too.
final class TerminatingSignalsTests: XCTestCase {
    private var binary = ""
    /// How long an ending may take: far below the backtracer's 30 s wait for a key.
    private static let promptly: TimeInterval = 5
    /// A crash takes longer: Swift's backtracer symbolicates the whole stack before
    /// the process dies (6.2 s once for a stack overflow on a loaded CI machine).
    private static let promptlyAfterACrash: TimeInterval = 15

    override func setUpWithError() throws {
        binary = try VardagBinary.path()
    }

    // MARK: - Terminating signals: exit 128+n, nothing on stderr

    func testSIGHUPEndsWith129() throws { try assertEnds(by: SIGHUP, crash: false) }
    func testSIGINTEndsWith130() throws { try assertEnds(by: SIGINT, crash: false) }
    func testSIGUSR1EndsWith138() throws { try assertEnds(by: SIGUSR1, crash: false) }
    func testSIGUSR2EndsWith140() throws { try assertEnds(by: SIGUSR2, crash: false) }
    func testSIGPIPEEndsWith141() throws { try assertEnds(by: SIGPIPE, crash: false) }
    func testSIGALRMEndsWith142() throws { try assertEnds(by: SIGALRM, crash: false) }
    func testSIGTERMEndsWith143() throws { try assertEnds(by: SIGTERM, crash: false) }
    func testSIGVTALRMEndsWith154() throws { try assertEnds(by: SIGVTALRM, crash: false) }
    func testSIGPROFEndsWith155() throws { try assertEnds(by: SIGPROF, crash: false) }
    func testSIGIOEndsWith157() throws { try assertEnds(by: SIGIO, crash: false) }
    func testSIGPWREndsWith158() throws { try assertEnds(by: SIGPWR, crash: false) }
    func testRealTimeSignalEndsWith128PlusN() throws {
        try assertEnds(by: __libc_current_sigrtmin() + 3, crash: false)
    }

    // MARK: - Crash signals sent from outside: restored, then the process dies of it

    func testSIGQUITRestoresAndDiesWith131() throws { try assertEnds(by: SIGQUIT, crash: true) }
    func testSIGILLRestoresAndDiesWith132() throws { try assertEnds(by: SIGILL, crash: true) }
    func testSIGTRAPRestoresAndDiesWith133() throws { try assertEnds(by: SIGTRAP, crash: true) }
    func testSIGABRTRestoresAndDiesWith134() throws { try assertEnds(by: SIGABRT, crash: true) }
    func testSIGBUSRestoresAndDiesWith135() throws { try assertEnds(by: SIGBUS, crash: true) }
    func testSIGFPERestoresAndDiesWith136() throws { try assertEnds(by: SIGFPE, crash: true) }
    func testSIGSEGVRestoresAndDiesWith139() throws { try assertEnds(by: SIGSEGV, crash: true) }
    /// Not one of the backtracer's signals: no report, the same restore and death.
    func testSIGXCPURestoresAndDiesWith152() throws { try assertEnds(by: SIGXCPU, crash: nil) }
    func testSIGSYSRestoresAndDiesWith159() throws { try assertEnds(by: SIGSYS, crash: nil) }

    /// Ctrl-\ typed in the app: the terminal sends SIGQUIT (the app keeps `isig`).
    func testCtrlBackslashRestoresAndDiesWith131() throws {
        // The pane's shell gets SIGQUIT too; it ignores it to live on and print the code.
        try assertEnds(status: 128 + SIGQUIT, crash: true, shellPrefix: "trap : QUIT;") { tmux, _ in
            try tmux.sendKeys("C-\\")
        }
    }

    // MARK: - Crashes inside the app (the crash drill of debug and test builds)

    func testSegmentationFaultInsideRestoresAndDiesWith139() throws {
        try assertDrill("segv", signal: SIGUSR1, endsWith: [128 + SIGSEGV])
    }

    func testAbortInsideRestoresAndDiesWith134() throws {
        try assertDrill("abort", signal: SIGUSR1, endsWith: [128 + SIGABRT])
    }

    /// No stack is left on the thread that overflowed: the handler runs on its own.
    func testStackOverflowRestoresAndDiesWith139() throws {
        try assertDrill("overflow", signal: SIGUSR1, endsWith: [128 + SIGSEGV])
    }

    func testSwiftTrapInsideRestoresAndDies() throws {
        // The trap is SIGILL on x86-64 and SIGTRAP on arm64.
        try assertDrill("segv", signal: SIGUSR2, endsWith: [128 + SIGILL, 128 + SIGTRAP])
    }

    // MARK: - An export into a closed pipe

    func testExportIntoAClosedPipeEndsQuietly() throws {
        try assertExportIntoClosedPipeIsQuiet(shellPrefix: "")
    }

    /// A parent that ignores SIGPIPE (some process supervisors, a `trap '' PIPE`)
    /// would turn every write into an EPIPE error and a message.
    func testExportIntoAClosedPipeEndsQuietlyWhenSIGPIPEWasIgnored() throws {
        try assertExportIntoClosedPipeIsQuiet(shellPrefix: "trap '' PIPE;")
    }

    // MARK: - Helpers

    /// Sends `signal` to the running app with `kill` and checks the ending.
    /// - Parameter crash: whether the backtracer's report is expected on stderr (nil: a
    ///   death by a signal it does not handle; stderr then holds only the shell's word).
    private func assertEnds(by signal: Int32, crash: Bool?, file: StaticString = #filePath, line: UInt = #line) throws {
        try assertEnds(status: 128 + signal, crash: crash, file: file, line: line) { tmux, _ in
            try tmux.signal(signal, toProcessNamed: "vardag")
        }
    }

    private func assertDrill(
        _ drill: String, signal: Int32, endsWith statuses: Set<Int32>,
        file: StaticString = #filePath, line: UInt = #line
    ) throws {
        try assertEnds(statuses: statuses, crash: true, environment: ["VARDAG_CRASH_DRILL": drill], file: file, line: line) { tmux, _ in
            try tmux.signal(signal, toProcessNamed: "vardag")
        }
    }

    private func assertEnds(
        status: Int32, crash: Bool?, shellPrefix: String = "",
        file: StaticString = #filePath, line: UInt = #line,
        trigger: (TmuxSession, pid_t) throws -> Void
    ) throws {
        try assertEnds(statuses: [status], crash: crash, shellPrefix: shellPrefix, file: file, line: line, trigger: trigger)
    }

    /// Starts the app on the main menu, runs `trigger`, and checks every promise.
    private func assertEnds(
        statuses: Set<Int32>, crash: Bool?, shellPrefix: String = "", environment: [String: String] = [:],
        file: StaticString = #filePath, line: UInt = #line,
        trigger: (TmuxSession, pid_t) throws -> Void
    ) throws {
        let tmux = try startApp(shellPrefix: shellPrefix, environment: environment)
        defer { tmux.close() }
        try tmux.waitFor(text: "Vardag")
        XCTAssertEqual(try tmux.display("#{alternate_on}"), "1", "the app draws on the alternate screen", file: file, line: line)
        let pid = try tmux.processID(named: "vardag")

        let limit = crash == true ? Self.promptlyAfterACrash : Self.promptly
        let start = Date()
        try trigger(tmux, pid)
        let status = try tmux.waitForExit(timeout: 2 * limit)
        let took = Date().timeIntervalSince(start)

        XCTAssertTrue(statuses.contains(status), "exit status \(status), expected \(statuses.sorted())", file: file, line: line)
        XCTAssertLessThan(took, limit, "ended within a few seconds, no wait for a key", file: file, line: line)
        XCTAssertNotEqual(kill(pid, 0), 0, "the process is gone", file: file, line: line)

        let before = try String(contentsOfFile: tmux.path("stty.before"), encoding: .utf8)
        let after = try String(contentsOfFile: tmux.path("stty.after"), encoding: .utf8)
        XCTAssertFalse(before.isEmpty, file: file, line: line)
        XCTAssertEqual(before, after, "stty -g before and after the app", file: file, line: line)
        XCTAssertEqual(try tmux.display("#{alternate_on}"), "0", "left the alternate screen", file: file, line: line)
        XCTAssertEqual(try tmux.display("#{cursor_flag}"), "1", "cursor visible again", file: file, line: line)
        let screen = try tmux.screenLines().filter { !$0.isEmpty }
        XCTAssertEqual(screen, ["\(TmuxSession.endMarker)\(status)_"], "nothing on the screen but the shell's end marker", file: file, line: line)

        let errors = (try? String(contentsOfFile: tmux.path("stderr"), encoding: .utf8)) ?? ""
        switch crash {
        case true?:
            XCTAssertTrue(errors.contains("crashed"), "the backtracer's report on stderr: \(errors.prefix(300).debugDescription)", file: file, line: line)
        case false?:
            XCTAssertEqual(errors, "", "nothing on stderr", file: file, line: line)
        case nil:
            XCTAssertFalse(errors.contains("crashed"), "no report: \(errors.prefix(300).debugDescription)", file: file, line: line)
        }
    }

    /// Starts the app at 80x24 on a new database, with `stty -g` saved before and
    /// after it runs, and stderr (the app's and the shell's) into a file.
    private func startApp(shellPrefix: String, environment: [String: String]) throws -> TmuxSession {
        let directory = try TmuxSession.makeDirectory()
        let dir = directory.path
        let command = """
            exec 2>\(q("\(dir)/stderr")); \(shellPrefix) stty -g > \(q("\(dir)/stty.before")); \
            \(q(binary)) --db \(q("\(dir)/db.sqlite")); rc=$?; \
            stty -g > \(q("\(dir)/stty.after")); (exit $rc)
            """
        return try TmuxSession(command: command, width: 80, height: 24, environment: environment, directory: directory)
    }

    /// Runs `export audit` into a pipe whose reader has already gone, and checks that
    /// it ends with 141 (SIGPIPE) or 0 and writes nothing to stderr.
    private func assertExportIntoClosedPipeIsQuiet(shellPrefix: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let database = try TemporaryDatabase()
        defer { database.remove() }
        _ = try database.open()
        let dir = database.directory.path
        // The reader (`:`) ends at once; the export needs far longer to open the
        // database before its first write, which then meets a closed pipe.
        let script = """
            \(shellPrefix) { \(q(binary)) export audit --db \(q(database.path)) 2>\(q("\(dir)/stderr")); \
            echo $? > \(q("\(dir)/status")); } | :
            """
        let result = try Spawn.run(["/bin/sh", "-c", script], timeout: 30)
        XCTAssertEqual(result.status, 0, result.errorOutput, file: file, line: line)
        let status = try String(contentsOfFile: "\(dir)/status", encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
        XCTAssertTrue(["141", "0"].contains(status), "export status \(status)", file: file, line: line)
        let errors = try String(contentsOfFile: "\(dir)/stderr", encoding: .utf8)
        XCTAssertEqual(errors, "", "no message", file: file, line: line)
    }

    /// Single-quotes a word for sh.
    private func q(_ s: String) -> String {
        "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
