import CNcursesw
import Glibc

/// Signal handling that keeps the terminal usable on every way out of the app.
///
/// - SIGINT, SIGTERM, SIGHUP only set a flag (C `sig_atomic_t` in the shim, installed
///   without `SA_RESTART` so a blocked read returns); `CursesTerminal.readEvent` turns
///   it into `.signal(n)`, the loop ends, the caller runs `stop()` and exits `128+n`.
///   A second termination signal while the first is still unhandled (a hung loop)
///   restores the terminal from the handler and ends the process by that signal.
/// - SIGSEGV, SIGABRT, SIGILL, SIGTRAP, SIGBUS, SIGFPE, SIGQUIT, SIGSYS: the handler
///   writes the saved "leave alternate screen, show cursor, plain attributes" bytes
///   and the termios saved before curses started (`write` and `tcsetattr` are
///   async-signal-safe, unlike `endwin`, which may itself crash or deadlock when the
///   fault happened inside ncurses), then re-raises with the previous action (the
///   default, or the Swift runtime's backtracer), so the exit status is unchanged.
/// - SIGCONT (after Ctrl-Z and `fg`) sets a flag; `readEvent` then repaints the whole
///   screen and reports a resize. ncurses itself handles SIGTSTP and SIGWINCH.
///
/// The shim's state is `static` in a header, so every Swift object file using it
/// would get its own copy: this file is the only one that calls those functions.
public enum SignalTrap {
    /// Installs the handlers. Idempotent; call before the terminal starts, so that
    /// ncurses, which only installs its own SIGINT/SIGTERM handlers where the action
    /// is still the default, leaves them to us. `CursesTerminal.init` calls it too.
    public static func install() {
        vd_install_signal_trap()
    }

    /// The termination signal that arrived (SIGINT, SIGTERM or SIGHUP), if any.
    /// It stays set: every later `readEvent` reports it again.
    public static var pendingTermination: Int32? {
        let s = vd_pending_termination()
        return s == 0 ? nil : s
    }

    /// Whether the process was resumed (SIGCONT) since the last call; clears it.
    static func takeContinued() -> Bool {
        vd_take_continued() != 0
    }

    /// The exit status for ending because of a signal: `128 + n`, the shell's convention.
    public static func exitStatus(for signal: Int32) -> Int32 { 128 + signal }

    /// Saves the terminal modes of `fd` before curses changes them, and arms the
    /// crash restore with the given bytes (more can be set later with `setRestoreSequence`).
    static func armRestore(fd: Int32, sequence: String = "") {
        _ = vd_arm_restore(fd, sequence)
    }

    /// Sets the bytes the crash restore writes before the saved modes.
    static func setRestoreSequence(_ sequence: String) {
        vd_set_restore_sequence(sequence)
    }

    /// Turns the crash restore off once the terminal has been restored normally.
    static func disarmRestore() {
        vd_disarm_restore()
    }
}
