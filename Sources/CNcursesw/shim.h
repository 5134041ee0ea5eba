#ifndef VARDAG_CNCURSESW_SHIM_H
#define VARDAG_CNCURSESW_SHIM_H

// Without these the wide-character API (cchar_t, wget_wch, setcchar, ...) is hidden.
#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1

#include <errno.h>
#include <fcntl.h>
#include <sys/ioctl.h>
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

// The pseudo-terminal calls are hidden too (they need _XOPEN_SOURCE before stdlib.h).
extern int posix_openpt(int);
extern int grantpt(int);
extern int unlockpt(int);
extern int ptsname_r(int, char *, size_t);

/// A new pseudo-terminal's master side, unlocked, with its slave side's path in `name`;
/// -1 on failure (errno set).
static inline int vd_open_pty(char *name, size_t size) {
    int master = posix_openpt(O_RDWR | O_NOCTTY);
    if (master < 0) return -1;
    if (grantpt(master) != 0 || unlockpt(master) != 0 || ptsname_r(master, name, size) != 0) {
        int saved = errno;
        close(master);
        errno = saved;
        return -1;
    }
    return master;
}

/// Sets a terminal's size in cells (TIOCSWINSZ); 0 on success.
static inline int vd_set_window_size(int fd, unsigned short height, unsigned short width) {
    struct winsize size = { height, width, 0, 0 };
    return ioctl(fd, TIOCSWINSZ, &size);
}

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

// MARK: - Signal trap (restores the terminal on every signal that ends the app)

#include "signal_trap.h"

#endif
