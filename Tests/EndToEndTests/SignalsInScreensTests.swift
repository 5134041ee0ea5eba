import Foundation
import TestSupport
import XCTest
#if canImport(Glibc)
import Glibc
#endif

/// The exit paths of `TerminalLifecycleTests`, taken while a screen deeper than the
/// main menu is open: a register form with text typed into it, and each tool's first
/// screen. SIGINT, SIGTERM, SIGHUP and SIGSEGV all leave the terminal as it was
/// (`stty -g` before equals after, main screen, cursor visible) with exit 128+n.
final class SignalsInScreensTests: XCTestCase {
    /// A place in the app, reached by tmux key names, and a text that shows it is open.
    struct Place {
        let name: String
        let keys: [String]
        let shows: String
    }

    static let registerForm = Place(name: "register add form", keys: ["5", "a"], shows: "Ny medarbetare")
    /// Each tool's first screen, by its menu number (the title line shows the tool's name
    /// after "Vardag ›"; the main menu lists the names without it).
    static let tools = [
        Place(name: "Fyrfältaren", keys: ["1"], shows: "Vardag › Fyrfältaren"),
        Place(name: "Delaktighetsmodellen", keys: ["2"], shows: "Vardag › Delaktighetsmodellen"),
        Place(name: "Skuggning", keys: ["3"], shows: "Vardag › Skuggning"),
        Place(name: "Kompetenstrappa", keys: ["4"], shows: "Vardag › Kompetenstrappa"),
    ]
    /// A tool's form with text typed into it: Fyrfältaren's new case in a person's grid.
    static let toolForm = Place(name: "Fyrfältaren new case form", keys: ["1", "Enter", "Enter", "a"], shows: "Vardag › Fyrfältaren")
    static let signals: [(signal: Int32, status: Int32)] = [(SIGINT, 130), (SIGTERM, 143), (SIGHUP, 129), (SIGSEGV, 139)]

    private var binary = ""
    /// A demo database made once per test and copied for each start of the app.
    private var template: TemporaryDatabase?

    override func setUpWithError() throws {
        binary = try VardagBinary.path()
        let database = try TemporaryDatabase()
        let demo = try Spawn.run([binary, "demo", "--db", database.path], timeout: 60)
        XCTAssertEqual(demo.status, 0, demo.errorOutput)
        template = database
    }

    override func tearDown() {
        template = nil
    }

    func testEverySignalInTheRegisterFormRestoresTheTerminal() throws {
        for (signal, status) in Self.signals {
            try assertSignal(signal, endsWith: status, at: Self.registerForm, typing: "Åsa Öberg")
        }
    }

    func testEverySignalInAToolFormRestoresTheTerminal() throws {
        for (signal, status) in Self.signals {
            try assertSignal(signal, endsWith: status, at: Self.toolForm, typing: "Å-17")
        }
    }

    func testEverySignalOnEveryToolScreenRestoresTheTerminal() throws {
        for place in Self.tools {
            for (signal, status) in Self.signals {
                try assertSignal(signal, endsWith: status, at: place, typing: nil)
            }
        }
    }

    /// A real fault inside the running app (debug builds' crash drill, see
    /// `CrashDrill`), not a signal sent from outside: the terminal is restored and
    /// the process still dies of the fault.
    func testSegmentationFaultInsideTheAppRestoresTheTerminal() throws {
        try assertSignal(SIGUSR1, endsWith: [139], at: Self.registerForm, typing: "Åsa")
        for place in Self.tools { try assertSignal(SIGUSR1, endsWith: [139], at: place, typing: nil) }
    }

    /// A Swift runtime trap (a failed precondition) inside the running app.
    func testSwiftTrapInsideTheAppRestoresTheTerminal() throws {
        // The trap is SIGILL on x86-64 and SIGTRAP on arm64.
        try assertSignal(SIGUSR2, endsWith: [128 + SIGILL, 128 + SIGTRAP], at: Self.registerForm, typing: "Åsa")
    }

    // MARK: - Helpers

    private func assertSignal(
        _ signal: Int32, endsWith status: Int32, at place: Place, typing text: String?,
        file: StaticString = #filePath, line: UInt = #line
    ) throws {
        try assertSignal(signal, endsWith: [status], at: place, typing: text, file: file, line: line)
    }

    private func assertSignal(
        _ signal: Int32, endsWith statuses: Set<Int32>, at place: Place, typing text: String?,
        file: StaticString = #filePath, line: UInt = #line
    ) throws {
        let tmux = try startApp()
        defer { tmux.close() }
        try tmux.waitFor(text: "Vardag")
        for key in place.keys { try tmux.sendKeys(key) }
        try tmux.waitFor(text: place.shows)
        if let text {
            try tmux.type(text)
            try tmux.waitFor(text: text)
        }
        try tmux.signal(signal, toProcessNamed: "vardag")
        let what = "signal \(signal) at \(place.name)"
        let status = try tmux.waitForExit()
        XCTAssertTrue(statuses.contains(status), "exit status \(status), expected one of \(statuses.sorted()): \(what)", file: file, line: line)
        let before = try String(contentsOfFile: tmux.path("stty.before"), encoding: .utf8)
        let after = try String(contentsOfFile: tmux.path("stty.after"), encoding: .utf8)
        XCTAssertFalse(before.isEmpty, what, file: file, line: line)
        XCTAssertEqual(before, after, "stty -g before and after: \(what)", file: file, line: line)
        XCTAssertEqual(try tmux.display("#{alternate_on}"), "0", "left the alternate screen: \(what)", file: file, line: line)
        XCTAssertEqual(try tmux.display("#{cursor_flag}"), "1", "cursor visible again: \(what)", file: file, line: line)
    }

    /// Starts the app at 80x24 on a demo database, with `stty -g` saved before and after.
    private func startApp() throws -> TmuxSession {
        let directory = try TmuxSession.makeDirectory()
        let dir = directory.path
        let db = "\(dir)/db.sqlite"
        try FileManager.default.copyItem(atPath: try XCTUnwrap(template).path, toPath: db)
        let command = """
            stty -g > \(q("\(dir)/stty.before")); \
            \(q(binary)) --db \(q(db)); rc=$?; \
            stty -g > \(q("\(dir)/stty.after")); (exit $rc)
            """
        // Without the Swift backtracer (TerminatingSignalsTests runs crashes with it).
        return try TmuxSession(command: command, width: 80, height: 24,
                               environment: ["SWIFT_BACKTRACE": "enable=no", "VARDAG_CRASH_DRILL": "1"], directory: directory)
    }

    /// Single-quotes a word for sh.
    private func q(_ s: String) -> String {
        "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
