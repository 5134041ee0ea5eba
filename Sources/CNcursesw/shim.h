#ifndef VARDAG_CNCURSESW_SHIM_H
#define VARDAG_CNCURSESW_SHIM_H

// Without these the wide-character API (cchar_t, wget_wch, setcchar, ...) is hidden.
#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1

#include <errno.h>
#include <langinfo.h>
#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>
#include <wchar.h>
#include <ncurses.h>
#include <term.h>

// Swift's Glibc module hides wcwidth; ncurses measures with it, so we must too.
extern int wcwidth(wchar_t);

// MARK: - Things Swift cannot import (macros, and C globals Swift 6 rejects)

static inline attr_t vd_attr_bold(void) { return A_BOLD; }
static inline attr_t vd_attr_reverse(void) { return A_REVERSE; }
static inline attr_t vd_attr_underline(void) { return A_UNDERLINE; }
static inline attr_t vd_attr_dim(void) { return A_DIM; }

static inline WINDOW *vd_stdscr(void) { return stdscr; }
static inline WINDOW *vd_curscr(void) { return curscr; }
static inline int vd_lines(void) { return LINES; }
static inline int vd_cols(void) { return COLS; }
static inline int vd_colors(void) { return COLORS; }
static inline int vd_color_pairs(void) { return COLOR_PAIRS; }
static inline FILE *vd_stdin(void) { return stdin; }
static inline FILE *vd_stdout(void) { return stdout; }
static inline int vd_key_f(int n) { return KEY_F(n); }

/// The locale's character set name ("UTF-8", "ANSI_X3.4-1968", ...).
static inline const char *vd_codeset(void) { return nl_langinfo(CODESET); }

/// Whether the current terminfo entry (after setupterm) has a string capability.
/// tigetstr answers NULL when absent and (char *)-1 when the name is no string cap.
static inline int vd_has_string_cap(const char *name) {
    const char *s = tigetstr(name);
    return s != NULL && s != (const char *)-1;
}

/// A string capability of the current terminfo entry, or NULL.
static inline const char *vd_string_cap(const char *name) {
    const char *s = tigetstr(name);
    return (s == NULL || s == (const char *)-1) ? NULL : s;
}

// MARK: - Signal trap
//
// Why C: a signal handler may only touch `volatile sig_atomic_t` data and call
// async-signal-safe functions, and Swift 6 has no safe global mutable state to give
// it. The state below is `static`, so every Swift object file that uses these inline
// functions would get its own copy: Swift code must call them from ONE source file
// only (TerminalKitCurses/SignalTrap.swift), which owns all signal handling.

/// The termination signal that arrived (SIGINT, SIGTERM, SIGHUP), or 0.
static volatile sig_atomic_t vd_pending_signal = 0;
/// Set by SIGCONT: the process was stopped and resumed, the screen needs a redraw.
static volatile sig_atomic_t vd_continued = 0;

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

/// The actions that were installed before ours, for re-raising crash signals.
static struct sigaction *vd_previous_actions_storage(void) {
    static struct sigaction actions[65];
    return actions;
}
#define vd_previous_actions (vd_previous_actions_storage())

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

/// Restores the terminal, puts back the action that was there before ours (the
/// default, or the Swift runtime's backtracer) and raises the signal again, so the
/// process ends exactly as it would have without us (core dump, backtrace, status).
static void vd_restore_and_reraise(int sig) {
    int saved_errno = errno;
    vd_emergency_restore();
    struct sigaction previous = vd_previous_actions[sig];
    if (previous.sa_handler == SIG_IGN) previous.sa_handler = SIG_DFL;
    sigaction(sig, &previous, NULL);
    raise(sig);  // Blocked while we run; delivered when this handler returns.
    errno = saved_errno;
}

/// SIGINT, SIGTERM, SIGHUP: record the signal; the input loop sees it and ends the
/// app in order. A second one while the first is still recorded means the loop is
/// not reading (hung or busy), so the terminal is restored and the process ends.
static void vd_on_terminate(int sig) {
    if (vd_pending_signal != 0) {
        int saved_errno = errno;
        vd_emergency_restore();
        signal(sig, SIG_DFL);
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

static void vd_on_crash(int sig) { vd_restore_and_reraise(sig); }

/// Installs `handler` for `sig` without SA_RESTART (so a blocking read returns
/// EINTR), remembering the previous action. A signal the parent set to be ignored
/// (nohup, a background job) stays ignored, as is the convention.
/// Returns 0 on success, -1 when left alone or on error.
static inline int vd_install_handler(int sig, void (*handler)(int), int keep_ignored) {
    struct sigaction old;
    if (sigaction(sig, NULL, &old) != 0) return -1;
    if (sig > 0 && sig < 65) vd_previous_actions[sig] = old;
    if (keep_ignored && old.sa_handler == SIG_IGN) return -1;
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = handler;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = 0;
    return sigaction(sig, &sa, NULL);
}

/// Installs all handlers: termination (flag), SIGCONT (flag), crash (restore, re-raise).
static inline void vd_install_signal_trap(void) {
    vd_install_handler(SIGINT, vd_on_terminate, 1);
    vd_install_handler(SIGTERM, vd_on_terminate, 1);
    vd_install_handler(SIGHUP, vd_on_terminate, 1);
    vd_install_handler(SIGCONT, vd_on_continue, 0);
    const int crash[] = { SIGSEGV, SIGABRT, SIGILL, SIGTRAP, SIGBUS, SIGFPE, SIGQUIT, SIGSYS };
    for (size_t i = 0; i < sizeof crash / sizeof crash[0]; i++) {
        vd_install_handler(crash[i], vd_on_crash, 0);
    }
}

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
