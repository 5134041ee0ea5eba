import CNcursesw
import Glibc

/// Checks, before any curses call, that the process runs on a terminal curses can drive.
///
/// `initscr` exits inside the library on an unknown `TERM`, and `TERM=dumb` starts
/// fine and then draws garbage, so the app asks here first and can print one clear
/// line and exit with status 2 instead.
public struct TerminalProbe: Sendable {
    /// The terminal type from `TERM`.
    public let termName: String
    /// Whether the locale's character set is UTF-8 (after the `C.UTF-8` fallback).
    public let isUTF8: Bool
    /// The locale in effect after the check (`setlocale(LC_ALL, nil)`).
    public let locale: String

    /// Why the terminal cannot be used.
    public enum Failure: Error, Equatable, Sendable, CustomStringConvertible {
        /// Standard input is not a terminal (a pipe, a file, /dev/null).
        case stdinNotATerminal
        /// Standard output is not a terminal.
        case stdoutNotATerminal
        /// `TERM` is not set or empty.
        case termNotSet
        /// `TERM=dumb`: no cursor movement.
        case dumbTerminal
        /// No terminfo description for `TERM` (or no terminfo database at all).
        case unknownTerminal(String)
        /// The description has no cursor addressing (`cup`).
        case noCursorAddressing(String)

        /// One line for stderr, without the program name.
        public var description: String {
            switch self {
            case .stdinNotATerminal:
                return "standard input is not a terminal; vardag is an interactive program, run it in a terminal"
            case .stdoutNotATerminal:
                return "standard output is not a terminal; vardag is an interactive program, run it in a terminal"
            case .termNotSet:
                return "TERM is not set; set it to your terminal type, e.g. TERM=xterm-256color"
            case .dumbTerminal:
                return "TERM=dumb cannot move the cursor; set TERM to your terminal type, e.g. TERM=xterm-256color"
            case .unknownTerminal(let name):
                return "unknown terminal type '\(name)' (no terminfo entry); try TERM=xterm-256color"
            case .noCursorAddressing(let name):
                return "terminal type '\(name)' cannot address the cursor; try TERM=xterm-256color"
            }
        }
    }

    /// Sets the locale and checks the terminal.
    ///
    /// Safe to call more than once; it leaves no curses state behind.
    /// - Parameter environment: the environment to read `TERM` from (the process's by default).
    /// - Returns: what was found.
    /// - Throws: `TerminalProbe.Failure` when curses must not be started.
    @discardableResult
    public static func check(environment: [String: String]? = nil) throws(Failure) -> TerminalProbe {
        let utf8 = setUTF8Locale()
        let locale = setlocale(LC_ALL, nil).map { String(cString: $0) } ?? "C"

        guard isatty(STDIN_FILENO) == 1 else { throw .stdinNotATerminal }
        guard isatty(STDOUT_FILENO) == 1 else { throw .stdoutNotATerminal }

        let term: String?
        if let environment { term = environment["TERM"] } else { term = getenv("TERM").map { String(cString: $0) } }
        guard let term, !term.isEmpty else { throw .termNotSet }
        guard term != "dumb" else { throw .dumbTerminal }

        // setupterm with an error pointer reports instead of exiting; it loads the
        // description into cur_term, which is freed again below.
        var err: Int32 = 0
        let rc = setupterm(term, STDOUT_FILENO, &err)
        guard rc == OK, err == 1 else { throw .unknownTerminal(term) }
        let canAddress = vd_has_string_cap("cup") != 0
        if let loaded = set_curterm(nil) { del_curterm(loaded) }
        guard canAddress else { throw .noCursorAddressing(term) }
        return TerminalProbe(termName: term, isUTF8: utf8, locale: locale)
    }

    /// `setlocale(LC_ALL, "")`, falling back to `C.UTF-8` when the codeset is not
    /// UTF-8: ncursesw otherwise draws `lqqk` for box lines and drops å ä ö.
    /// - Returns: whether the resulting codeset is UTF-8.
    @discardableResult
    public static func setUTF8Locale() -> Bool {
        setlocale(LC_ALL, "")
        if isUTF8Codeset() { return true }
        for name in ["C.UTF-8", "C.utf8", "en_US.UTF-8", "sv_SE.UTF-8"] where setlocale(LC_ALL, name) != nil {
            if isUTF8Codeset() { return true }
        }
        return false
    }

    private static func isUTF8Codeset() -> Bool {
        guard let cs = vd_codeset() else { return false }
        let name = String(cString: cs).uppercased()
        return name == "UTF-8" || name == "UTF8"
    }
}
