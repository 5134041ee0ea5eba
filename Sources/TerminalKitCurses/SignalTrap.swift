import CNcursesw
import Glibc

/// Signal handling that keeps the terminal usable on every way out of the app.
///
/// The handlers are C (`CNcursesw/signal_trap.h`): a handler may only call
/// async-signal-safe functions, which rules out `endwin` and any Swift code.
/// - Terminating signals (SIGHUP, SIGINT, SIGTERM, SIGUSR1, SIGUSR2, SIGPIPE, SIGALRM,
///   SIGVTALRM, SIGPROF, SIGIO, SIGPWR, the real-time signals) only set a flag
///   (installed without `SA_RESTART` so a blocked read returns);
///   `CursesTerminal.readEvent` turns it into `.signal(n)`, the loop ends, the caller
///   runs `stop()` and exits `128+n`. A second terminating signal while the first is
///   still unhandled (a hung loop) restores the terminal from the handler and ends the
///   process by that signal. Only signals still at their default action are taken: a
///   handler already in place (the crash drill) or an ignored signal stays as it is.
/// - SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP, SIGSYS, SIGQUIT, SIGXCPU: the
///   handler writes the saved "leave alternate screen, show cursor, plain attributes"
///   bytes and the termios saved before curses started (`write` and `tcsetattr` are
///   async-signal-safe, unlike `endwin`, which may itself crash or deadlock when the
///   fault happened inside ncurses). Then the Swift runtime's backtracer, which had
///   these signals before us, writes its report to stderr with a key already waiting
///   on stdin, so it does not wait 30 s; then the signal is raised again with the
///   default action: the process dies of it (core dump, status 128+n), also when the
///   signal was sent with `kill` or Ctrl-\, after which the backtracer alone would
///   have returned and let the app run on.
/// - The handlers run on an alternate stack (256 KB, installed for the calling
///   thread, the main one), so a stack overflow still restores the terminal.
/// - SIGCONT (after Ctrl-Z and `fg`) sets a flag; `readEvent` then repaints the whole
///   screen and reports a resize. ncurses itself handles SIGTSTP and SIGWINCH.
///
/// The shim's state is `static` in a header, so every Swift object file using it
/// would get its own copy: this file is the only one that calls those functions.
public enum SignalTrap {
    /// Installs the handlers and the alternate stack. Idempotent; call on the main
    /// thread before the terminal starts, so that ncurses, which only installs its own
    /// SIGINT/SIGTERM handlers where the action is still the default, leaves them to
    /// us. `CursesTerminal.init` calls it.
    public static func install() {
        vd_install_signal_trap()
    }

    /// The terminating signal that arrived first (SIGINT, SIGTERM, SIGHUP, ...), if any.
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
