import CNcursesw
import Foundation
import TerminalKit

/// The real terminal, driven by ncursesw: the one backend that touches the screen.
///
/// Start it with `withTerminal` (or `init` and a later `stop()`); read events with
/// `readEvent`, which also reports termination signals as `.signal(n)` (see
/// `SignalTrap`). Drawing is handed to ncurses cell by cell and sent in one
/// `wrefresh` per frame in `present()`, which reaches the terminal as one `write`
/// (ncurses' own output is collected in a memory file meanwhile: it would otherwise
/// flush after every cursor movement, 8–44 writes a frame).
///
/// ```swift
/// do { try TerminalProbe.check() } catch { /* one line to stderr */ exit(2) }
/// SignalTrap.install()                      // early: a Ctrl-C while opening the DB counts
/// let status = try CursesTerminal.withTerminal(noColor: noColor) { term -> Int32 in
///     let renderer = Renderer(terminal: term)
///     while true {
///         switch term.readEvent(timeoutMilliseconds: 200) {
///         case .signal(let n)?: return SignalTrap.exitStatus(for: n)   // 128 + n
///         case .resize?: renderer.invalidate()                         // also after fg
///         ...
///         }
///     }
/// }                                         // stop() (endwin) has run here
/// exit(status)
/// ```
public final class CursesTerminal: Terminal {
    /// Why the terminal could not start (besides `TerminalProbe.Failure`).
    public enum StartError: Error, CustomStringConvertible {
        /// `newterm` answered NULL.
        case newtermFailed(String)

        public var description: String {
            switch self {
            case .newtermFailed(let term): return "could not start the terminal '\(term)'"
            }
        }
    }

    /// How colours are shown.
    public let colorMode: ColorMode
    /// What the probe found (terminal name, locale).
    public let probe: TerminalProbe
    /// Bytes sent to the terminal so far, measured (0 when the platform cannot tell).
    public private(set) var bytesWritten = 0
    /// `write` calls that carried them so far, measured (0 when the platform cannot tell).
    public private(set) var writeCalls = 0
    /// The `write` calls the last `present()` made: one for a frame with changes, none
    /// for a frame without.
    public private(set) var lastPresentWriteCalls = 0
    /// Whether `stop()` has run.
    public private(set) var isStopped = false

    /// ncurses' SCREEN.
    private let screen: OpaquePointer
    private let window: UnsafeMutablePointer<WINDOW>
    private let colors: CursesColors
    private let counter = WriteCounter()
    /// Where ncurses writes: standard output's descriptor.
    private let outputFD: Int32
    /// A second descriptor for the terminal, which stays the terminal while `outputFD`
    /// points at the frame file (and what the crash restore writes to).
    private let terminalFD: Int32
    /// The memory file a frame's output is collected in, or -1 (then ncurses writes directly).
    private let frameFD: Int32
    /// Turns what curses reads into events (Alt keys, unknown sequences, graphemes).
    private var decoder = CursesInputDecoder()
    private var cursor: Point?
    private var cursorVisible: Bool?
    private var currentTimeout: Int32 = .min

    /// The longest a single wait inside `readEvent` blocks, so a signal whose
    /// interruption ncurses swallowed is still noticed promptly.
    private static let pollSliceMilliseconds = 100
    /// Escape delay when `ESCDELAY` is not set: Esc must answer at once, and 25 ms
    /// still joins the bytes of a key sequence sent over ssh.
    private static let defaultEscapeDelay: Int32 = 25

    /// Probes the terminal, installs the signal trap and starts curses.
    /// - Parameter noColor: draw with attributes only (`--no-color`); `NO_COLOR`
    ///   in the environment (non-empty) has the same effect.
    /// - Throws: `TerminalProbe.Failure` when the terminal is unusable (exit 2),
    ///   `StartError` when ncurses refuses to start.
    public init(noColor: Bool = false) throws {
        probe = try TerminalProbe.check()
        SignalTrap.install()
        outputFD = STDOUT_FILENO
        terminalFD = fcntl(STDOUT_FILENO, F_DUPFD_CLOEXEC, 3)
        frameFD = terminalFD >= 0 ? vd_frame_file() : -1
        // The modes before curses touches them, for the crash-path restore (through the
        // duplicate, which is the terminal also while a frame is being collected).
        SignalTrap.armRestore(fd: terminalFD >= 0 ? terminalFD : STDOUT_FILENO)

        // Setup sends bytes too (keypad mode, colours): count them from here.
        let startMark = counter.mark()
        // newterm, unlike initscr, reports failure instead of exiting.
        guard let screen = newterm(nil, vd_stdout(), vd_stdin()) else {
            SignalTrap.disarmRestore()
            if frameFD >= 0 { close(frameFD) }
            if terminalFD >= 0 { close(terminalFD) }
            throw StartError.newtermFailed(probe.termName)
        }
        self.screen = screen
        window = vd_stdscr()

        // cbreak, not raw: Ctrl-C stays SIGINT and takes the signal path.
        cbreak()
        noecho()
        nonl()
        keypad(window, true)
        intrflush(window, false)
        // A frame is always drawn whole; do not stop mid-frame for pending input.
        typeahead(-1)
        if getenv("ESCDELAY") == nil { set_escdelay(Self.defaultEscapeDelay) }

        let noColorEnv = getenv("NO_COLOR").map { String(cString: $0).isEmpty == false } ?? false
        colors = CursesColors(noColor: noColor || noColorEnv)
        colorMode = colors.mode

        SignalTrap.setRestoreSequence(Self.restoreSequence())
        let setup = counter.written(since: startMark)
        bytesWritten = setup.bytes
        writeCalls = setup.calls
    }

    deinit { stop() }

    /// Runs `body` with a started terminal and stops it afterwards, also when `body`
    /// throws. A crash signal is covered by `SignalTrap`; `defer` is not run then.
    /// - Parameters:
    ///   - noColor: see `init(noColor:)`.
    ///   - body: the app loop.
    /// - Returns: what `body` returns.
    /// - Throws: the start errors of `init`, or what `body` throws.
    public static func withTerminal<R>(noColor: Bool = false, _ body: (CursesTerminal) throws -> R) throws -> R {
        let terminal = try CursesTerminal(noColor: noColor)
        defer { terminal.stop() }
        return try body(terminal)
    }

    /// Restores the terminal (`endwin`) and frees the screen. Idempotent.
    public func stop() {
        guard !isStopped else { return }
        isStopped = true
        let written = counter.measure { endwin() }
        bytesWritten += written.bytes
        writeCalls += written.calls
        delscreen(screen)
        SignalTrap.disarmRestore()
        if frameFD >= 0 { close(frameFD) }
        if terminalFD >= 0 { close(terminalFD) }
    }

    // MARK: - Terminal

    public var size: Size {
        guard !isStopped else { return .zero }
        return Size(width: Int(getmaxx(window)), height: Int(getmaxy(window)))
    }

    public func readEvent(timeoutMilliseconds: Int) -> Event? {
        if let signal = SignalTrap.pendingTermination { return .signal(signal) }
        guard !isStopped else { return nil }
        if let event = continuedEvent() { return event }

        let clock = ContinuousClock()
        let start = clock.now
        while true {
            let elapsed = Self.milliseconds(clock.now - start)
            let remaining = timeoutMilliseconds < 0 ? Self.pollSliceMilliseconds : max(0, timeoutMilliseconds - elapsed)
            if let raw = decoder.read(timeout: min(remaining, Self.pollSliceMilliseconds), from: readCurses) {
                if let event = decode(raw) { return event }
                continue  // A key the app has no use for: keep waiting.
            }
            if let signal = SignalTrap.pendingTermination { return .signal(signal) }
            if let event = continuedEvent() { return event }
            if timeoutMilliseconds >= 0 && Self.milliseconds(clock.now - start) >= timeoutMilliseconds { return nil }
        }
    }

    public func draw(_ runs: [CellRun]) {
        guard !isStopped else { return }
        let limit = size
        // Neighbouring cells mostly share a style: look its attributes up once.
        var lastStyle: Style?
        var attributes: (attr: attr_t, pair: Int16) = (attr_t(A_NORMAL), 0)
        for run in runs {
            let y = run.origin.y
            guard y >= 0, y < limit.height else { continue }
            var x = run.origin.x
            for cell in run.cells {
                defer { x += 1 }
                // The first cell of a wide character draws both columns.
                guard !cell.isContinuation, x >= 0, x < limit.width else { continue }
                if cell.style != lastStyle {
                    attributes = colors.attributes(for: cell.style)
                    lastStyle = cell.style
                }
                put(cell, x: x, y: y, attr: attributes.attr, pair: attributes.pair)
            }
        }
    }

    public func clear() {
        guard !isStopped else { return }
        werase(window)
        // The next refresh repaints everything, also what curses thinks is shown.
        clearok(window, true)
    }

    public func setCursor(_ position: Point?) {
        cursor = position
    }

    public func present() {
        guard !isStopped else { return }
        let placeCursor = {
            let limit = self.size
            if let p = self.cursor, p.x >= 0, p.y >= 0, p.x < limit.width, p.y < limit.height {
                leaveok(self.window, false)
                wmove(self.window, Int32(p.y), Int32(p.x))
                self.setCursorVisible(true)
            } else {
                leaveok(self.window, true)
                self.setCursorVisible(false)
            }
        }
        var saved = sigset_t()
        // After an endwin (ncurses' Ctrl-Z) the refresh also sets the terminal's modes
        // again, which needs the real terminal: draw directly then.
        if frameFD >= 0, !isendwin(), vd_frame_begin(outputFD, frameFD, &saved) == 0 {
            placeCursor()
            wrefresh(window)
            var calls: Int32 = 0
            let sent = vd_frame_end(outputFD, terminalFD, frameFD, &saved, &calls)
            bytesWritten += max(0, sent)
            writeCalls += Int(calls)
            lastPresentWriteCalls = Int(calls)
        } else {
            let written = counter.measure {
                placeCursor()
                wrefresh(window)
            }
            bytesWritten += written.bytes
            writeCalls += written.calls
            lastPresentWriteCalls = written.calls
        }
    }

    // MARK: - Output

    /// Draws one cell, keeping the toolkit's column layout even where the C
    /// library measures a character differently (it decides how curses moves).
    private func put(_ cell: Cell, x: Int, y: Int, attr: attr_t, pair: Int16) {
        if cell.isPrintableASCII {
            // Most cells: one printable ASCII byte, one column, nothing to check or measure.
            var cc = cchar_t()
            let scalar = cell.withUTF8 { wchar_t($0[0]) }
            withUnsafeTemporaryAllocation(of: wchar_t.self, capacity: 2) { text in
                text[0] = scalar
                text[1] = 0
                _ = setcchar(&cc, text.baseAddress, attr, pair, nil)
            }
            _ = mvwadd_wch(window, Int32(y), Int32(x), &cc)
            return
        }
        // Never a control character from cell text, however the cell was filled.
        var scalars = CellTextGuard.drawable(cell.text).unicodeScalars.map { wchar_t(bitPattern: $0.value) }
        let measured = wcwidth(scalars[0])
        var padRight = false
        if measured <= 0 || (measured == 2 && cell.width != 2) {
            // Unprintable for libc, a lone combining mark, or wider than its cell.
            scalars = [cell.width == 2 ? 0xFF1F : 0xFFFD]  // "？" or "�"
            if wcwidth(scalars[0]) <= 0 { scalars = [0x3F] }  // locale is not UTF-8
        } else if measured == 1 && cell.width == 2 {
            padRight = true
        }
        // setcchar takes one spacing character and at most CCHARW_MAX - 1 marks.
        if scalars.count > Int(CCHARW_MAX) { scalars = Array(scalars.prefix(Int(CCHARW_MAX))) }
        scalars.append(0)
        var cc = cchar_t()
        _ = setcchar(&cc, scalars, attr, pair, nil)
        _ = mvwadd_wch(window, Int32(y), Int32(x), &cc)
        if padRight {
            var blank = cchar_t()
            _ = setcchar(&blank, [0x20, 0], attr, pair, nil)
            _ = mvwadd_wch(window, Int32(y), Int32(x + 1), &blank)
        }
    }

    /// Shows or hides the cursor (only on a change); `present` counts what it writes.
    private func setCursorVisible(_ visible: Bool) {
        guard cursorVisible != visible else { return }
        cursorVisible = visible
        curs_set(visible ? 1 : 0)
    }

    /// The bytes that undo curses' screen setup, for the crash path: keypad off,
    /// plain attributes, visible cursor, leave the alternate screen.
    private static func restoreSequence() -> String {
        var s = ""
        for cap in ["rmkx", "sgr0", "cnorm", "rmcup"] {
            if let value = vd_string_cap(cap) { s += stripPadding(String(cString: value)) }
        }
        return s
    }

    /// Removes terminfo delay specifications (`$<5>`), which only tputs understands.
    private static func stripPadding(_ cap: String) -> String {
        var out = ""
        var rest = Substring(cap)
        while let r = rest.range(of: "$<") {
            out += rest[..<r.lowerBound]
            if let close = rest[r.upperBound...].firstIndex(of: ">") {
                rest = rest[rest.index(after: close)...]
            } else {
                rest = rest[r.upperBound...]
            }
        }
        return out + rest
    }

    // MARK: - Input

    private func continuedEvent() -> Event? {
        guard SignalTrap.takeContinued() else { return nil }
        // After Ctrl-Z and fg the screen may show anything: repaint it all.
        clearok(vd_curscr(), true)
        return .resize(size)
    }

    /// One unit straight from `wget_wch`, waiting at most `timeout` milliseconds.
    private func readCurses(timeout: Int) -> CursesInput? {
        let t = Int32(clamping: timeout)
        if t != currentTimeout {
            wtimeout(window, t)
            currentTimeout = t
        }
        var wch: wint_t = 0
        switch wget_wch(window, &wch) {
        case OK: return .character(UInt32(wch))
        case KEY_CODE_YES: return .keyCode(Int32(bitPattern: UInt32(wch)))
        default: return nil  // ERR: timeout, or a signal interrupted the wait
        }
    }

    private func decode(_ unit: CursesInput) -> Event? {
        if case .keyCode(KEY_RESIZE) = unit { return .resize(size) }
        return decoder.decode(unit, from: readCurses)
    }

    private static func milliseconds(_ d: Duration) -> Int {
        let (seconds, attoseconds) = d.components
        return Int(seconds) * 1000 + Int(attoseconds / 1_000_000_000_000_000)
    }
}
