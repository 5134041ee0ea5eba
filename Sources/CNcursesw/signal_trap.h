#ifndef VARDAG_CNCURSESW_SIGNAL_TRAP_H
#define VARDAG_CNCURSESW_SIGNAL_TRAP_H

// The signal trap: every signal that would end the app leaves the terminal as it was.
//
// Why C: a signal handler may only touch `volatile sig_atomic_t` data and call
// async-signal-safe functions, and Swift 6 has no safe global mutable state to give
// it. The state below is `static`, so every Swift object file that uses these inline
// functions would get its own copy: Swift code must call them from ONE source file
// only (TerminalKitCurses/SignalTrap.swift), which owns all signal handling.
//
// Two kinds of signal:
// - Terminating (SIGHUP, SIGINT, SIGTERM, SIGUSR1/2, SIGPIPE, SIGALRM, ... and the
//   real-time signals): the handler records the signal; the input loop sees it, the
//   app stops curses in order and exits 128+n. A second one while the first is still
//   unhandled (a hung loop) restores the terminal here and ends the process by it.
// - Crashes (SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGQUIT, SIGTRAP, SIGSYS,
//   SIGXCPU): the handler restores the terminal at once, hands over to the Swift
//   runtime's backtracer if it was installed (its report then goes to stderr, below the
//   restored screen, and it does not wait for a key), and raises the signal again with
//   the default action, so the process dies of it (core dump, status 128+n).
// Handlers run on an alternate stack, so a stack overflow (SIGSEGV) is handled too.

#include <errno.h>
#include <signal.h>
#include <string.h>
#include <sys/mman.h>
#include <termios.h>
#include <unistd.h>

/// The terminating signal that arrived first, or 0.
static volatile sig_atomic_t vd_pending_signal = 0;
/// Set by SIGCONT: the process was stopped and resumed, the screen needs a redraw.
static volatile sig_atomic_t vd_continued = 0;
/// Whether the handlers are in place (installing twice would chain to ourselves).
static volatile sig_atomic_t vd_trap_installed = 0;

/// Whether the emergency restore below is armed (a curses screen is active).
static volatile sig_atomic_t vd_restore_armed = 0;
static int vd_restore_fd = -1;
static size_t vd_restore_sequence_length = 0;

/// The saved terminal modes. Aggregates live in function-local statics: Swift's Clang
/// importer emits file-level static scalars but not file-level static structs/arrays.
static struct termios *vd_restore_termios_storage(void) {
    static struct termios saved;
    return &saved;
}
#define vd_restore_termios (*vd_restore_termios_storage())

/// The bytes written on the emergency path.
static char *vd_restore_sequence_storage(void) {
    static char bytes[512];
    return bytes;
}
#define vd_restore_sequence (vd_restore_sequence_storage())
#define VD_RESTORE_SEQUENCE_CAPACITY 512

/// The actions that were installed before ours (index = signal number), for handing
/// a crash over to the Swift runtime's backtracer.
#define VD_SIGNAL_SLOTS 65
static struct sigaction *vd_previous_actions_storage(void) {
    static struct sigaction actions[VD_SIGNAL_SLOTS];
    return actions;
}
#define vd_previous_actions (vd_previous_actions_storage())

/// The alternate signal stack's size: room for our handler and the backtracer's,
/// which runs on it too (it needs ~24 KB; PLT lookups on the first call need more).
#define VD_ALTERNATE_STACK_SIZE (256 * 1024)

/// Puts the terminal back as it was before curses started, using only
/// async-signal-safe calls: write the saved "leave alternate screen, show cursor,
/// reset attributes" bytes, then the saved termios. Runs at most once.
static void vd_emergency_restore(void) {
    if (!vd_restore_armed) return;
    vd_restore_armed = 0;
    const char *p = vd_restore_sequence;
    size_t left = vd_restore_sequence_length;
    while (left > 0) {
        ssize_t n = write(vd_restore_fd, p, left);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) break;
        p += n; left -= (size_t)n;
    }
    tcsetattr(vd_restore_fd, TCSANOW, &vd_restore_termios);
}

/// Sets the default action for `sig`.
static void vd_set_default_action(int sig) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = SIG_DFL;
    sigemptyset(&sa.sa_mask);
    sigaction(sig, &sa, NULL);
}

/// Prepares the process for the Swift runtime's backtracer, which reads its settings
/// before `main`: with a terminal on stdin and stdout it is "interactive", prints its
/// report to stdout and then waits 30 s for a key. Standard input becomes a pipe that
/// already holds a key ("q": quit at once), standard output becomes standard error, so
/// the report goes where errors go, after the terminal has been restored.
/// Returns 0 when stdin could not be replaced (then the backtracer must be skipped).
static int vd_prepare_for_backtracer(void) {
    int fds[2];
    if (pipe(fds) != 0) return 0;
    ssize_t n;
    do { n = write(fds[1], "q", 1); } while (n < 0 && errno == EINTR);
    close(fds[1]);
    if (n != 1 || dup2(fds[0], STDIN_FILENO) < 0) {
        close(fds[0]);
        return 0;
    }
    if (fds[0] != STDIN_FILENO) close(fds[0]);
    dup2(STDERR_FILENO, STDOUT_FILENO);
    return 1;
}

/// Crash signals: restore the terminal, let the backtracer (if any) write its report,
/// then end the process by the signal with the default action. The backtracer returns
/// when it is done, expecting a fault to happen again; a signal sent with `kill` (or
/// Ctrl-\) would not, and the app would carry on in a restored, cooked terminal. So the
/// signal is raised again here: blocked while this handler runs, it is delivered, with
/// the default action, as soon as the handler returns.
static void vd_on_crash(int sig, siginfo_t *info, void *context) {
    int saved_errno = errno;
    vd_emergency_restore();
    struct sigaction previous = vd_previous_actions[sig];
    vd_set_default_action(sig);
    int chained = (previous.sa_flags & SA_SIGINFO)
        ? previous.sa_sigaction != NULL
        : (previous.sa_handler != SIG_DFL && previous.sa_handler != SIG_IGN);
    if (chained && vd_prepare_for_backtracer()) {
        // The backtracer's handler runs with its signal unblocked (SA_NODEFER), and the
        // thread it starts to read this process's memory inherits the mask: blocked,
        // a fault there while reading would end the process before the report.
        sigset_t this_signal;
        sigemptyset(&this_signal);
        sigaddset(&this_signal, sig);
        sigprocmask(SIG_UNBLOCK, &this_signal, NULL);
        if (previous.sa_flags & SA_SIGINFO) {
            previous.sa_sigaction(sig, info, context);
        } else {
            previous.sa_handler(sig);
        }
        vd_set_default_action(sig);
    }
    raise(sig);  // Still blocked unless unblocked above: then delivered on return.
    errno = saved_errno;
}

/// Terminating signals: record the signal; the input loop sees it and ends the app in
/// order. A second one while the first is still recorded means the loop is not
/// reading (hung or busy), so the terminal is restored and the process ends by it.
static void vd_on_terminate(int sig) {
    if (vd_pending_signal != 0) {
        int saved_errno = errno;
        vd_emergency_restore();
        vd_set_default_action(sig);
        raise(sig);
        errno = saved_errno;
        return;
    }
    vd_pending_signal = sig;
}

static void vd_on_continue(int sig) {
    (void)sig;
    vd_continued = 1;
}

/// When a handler replaces the action already in place.
enum vd_replace {
    /// Only the default action (another handler, or "ignore", is left alone).
    VD_REPLACE_DEFAULT,
    /// Anything but "ignore": a signal the parent set to be ignored (nohup, a
    /// background job) stays ignored, as is the convention.
    VD_REPLACE_UNLESS_IGNORED,
    /// Anything: a fault or abort() ends the process even when "ignored".
    VD_REPLACE_ALWAYS,
};

/// Installs `handler` for `sig` on the alternate stack, without SA_RESTART (so a
/// blocking read returns EINTR), remembering the previous action.
/// Returns 0 on success, -1 when left alone or on error.
static int vd_install(int sig, void (*handler)(int), void (*crash_handler)(int, siginfo_t *, void *), enum vd_replace replace) {
    if (sig <= 0 || sig >= VD_SIGNAL_SLOTS) return -1;
    struct sigaction old;
    if (sigaction(sig, NULL, &old) != 0) return -1;
    int is_default = !(old.sa_flags & SA_SIGINFO) && old.sa_handler == SIG_DFL;
    int is_ignored = !(old.sa_flags & SA_SIGINFO) && old.sa_handler == SIG_IGN;
    if (replace == VD_REPLACE_DEFAULT && !is_default) return -1;
    if (replace == VD_REPLACE_UNLESS_IGNORED && is_ignored) return -1;
    vd_previous_actions[sig] = old;
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_ONSTACK;
    if (crash_handler != NULL) {
        sa.sa_sigaction = crash_handler;
        sa.sa_flags |= SA_SIGINFO;
    } else {
        sa.sa_handler = handler;
    }
    return sigaction(sig, &sa, NULL);
}

/// Gives this thread (the app's main thread) an alternate signal stack of its own
/// size, unless one at least as large is in place: without it a stack overflow's
/// SIGSEGV could not run any handler, and the terminal would stay as curses left it.
/// A guard page below it turns an overflow of the handler itself into a plain fault.
static void vd_install_alternate_stack(void) {
    stack_t current;
    if (sigaltstack(NULL, &current) == 0 && current.ss_sp != NULL
        && !(current.ss_flags & SS_DISABLE) && current.ss_size >= VD_ALTERNATE_STACK_SIZE) return;
    long page = sysconf(_SC_PAGESIZE);
    if (page <= 0) page = 4096;
    size_t total = VD_ALTERNATE_STACK_SIZE + (size_t)page;
    char *base = mmap(NULL, total, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (base == MAP_FAILED) return;
    mprotect(base, (size_t)page, PROT_NONE);
    stack_t stack;
    memset(&stack, 0, sizeof stack);
    stack.ss_sp = base + page;
    stack.ss_size = VD_ALTERNATE_STACK_SIZE;
    if (sigaltstack(&stack, NULL) != 0) munmap(base, total);
}

/// Installs all handlers (once): terminating signals (flag), SIGCONT (flag), crash
/// signals (restore, backtrace, re-raise), and the alternate stack they run on.
static inline void vd_install_signal_trap(void) {
    if (vd_trap_installed) return;
    vd_trap_installed = 1;
    vd_install_alternate_stack();

    // Every signal whose default action ends the process without a core dump. Only
    // where the action is still the default: a handler already in place (the debug
    // builds' crash drill on SIGUSR1/2) and SIGXFSZ, which main() ignores, stay.
    const int terminating[] = {
        SIGHUP, SIGINT, SIGTERM, SIGUSR1, SIGUSR2, SIGPIPE, SIGALRM, SIGVTALRM, SIGPROF,
#ifdef SIGIO
        SIGIO,
#endif
#ifdef SIGPWR
        SIGPWR,
#endif
#ifdef SIGSTKFLT
        SIGSTKFLT,
#endif
    };
    for (size_t i = 0; i < sizeof terminating / sizeof terminating[0]; i++) {
        vd_install(terminating[i], vd_on_terminate, NULL, VD_REPLACE_DEFAULT);
    }
    for (int sig = SIGRTMIN; sig <= SIGRTMAX; sig++) {
        vd_install(sig, vd_on_terminate, NULL, VD_REPLACE_DEFAULT);
    }
    vd_install(SIGCONT, vd_on_continue, NULL, VD_REPLACE_ALWAYS);

    // Signals whose default action dumps core. The Swift runtime's backtracer handles
    // the first seven; ours replaces it and hands over to it after the restore.
    const int faults[] = { SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP, SIGSYS };
    for (size_t i = 0; i < sizeof faults / sizeof faults[0]; i++) {
        vd_install(faults[i], NULL, vd_on_crash, VD_REPLACE_ALWAYS);
    }
    // Sent, not faults: left ignored when the parent ignored them.
    vd_install(SIGQUIT, NULL, vd_on_crash, VD_REPLACE_UNLESS_IGNORED);
    vd_install(SIGXCPU, NULL, vd_on_crash, VD_REPLACE_UNLESS_IGNORED);
}

/// The terminating signal that arrived, or 0.
static inline int vd_pending_termination(void) { return (int)vd_pending_signal; }

/// Whether SIGCONT arrived since the last call (and forgets it).
static inline int vd_take_continued(void) {
    if (!vd_continued) return 0;
    vd_continued = 0;
    return 1;
}

/// Saves what the emergency restore writes: the terminal modes of `fd` now (call
/// before curses changes them) and the bytes that undo curses' screen setup.
static inline int vd_arm_restore(int fd, const char *sequence) {
    vd_restore_armed = 0;
    if (tcgetattr(fd, &vd_restore_termios) != 0) return -1;
    size_t n = strlen(sequence);
    if (n >= VD_RESTORE_SEQUENCE_CAPACITY) n = VD_RESTORE_SEQUENCE_CAPACITY - 1;
    memcpy(vd_restore_sequence, sequence, n);
    vd_restore_sequence[n] = 0;
    vd_restore_sequence_length = n;
    vd_restore_fd = fd;
    vd_restore_armed = 1;
    return 0;
}

/// Replaces the restore bytes, keeping the saved termios (the bytes are only known
/// once curses has loaded the terminal description).
static inline void vd_set_restore_sequence(const char *sequence) {
    vd_restore_armed = 0;
    size_t n = strlen(sequence);
    if (n >= VD_RESTORE_SEQUENCE_CAPACITY) n = VD_RESTORE_SEQUENCE_CAPACITY - 1;
    memcpy(vd_restore_sequence, sequence, n);
    vd_restore_sequence[n] = 0;
    vd_restore_sequence_length = n;
    if (vd_restore_fd >= 0) vd_restore_armed = 1;
}

/// Turns the emergency restore off (after a normal `endwin`).
static inline void vd_disarm_restore(void) { vd_restore_armed = 0; }

#endif
