#ifndef VARDAG_CNCURSESW_SHIM_H
#define VARDAG_CNCURSESW_SHIM_H

// Without these the wide-character API (cchar_t, wget_wch, setcchar, ...) is hidden.
#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1

#include <errno.h>
#include <fcntl.h>
#include <sys/ioctl.h>
#include <langinfo.h>
#include <pthread.h>
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

// MARK: - One write per frame

// ncurses flushes its output buffer after every cursor movement (`_nc_mvcur`), so a
// frame reaches the terminal as one write(2) per run of changed cells. While a frame is
// drawn, the output descriptor points at a memory file instead; afterwards it points at
// the terminal again and the frame goes out in one write.

// Hidden by Swift's Glibc module (it needs _GNU_SOURCE before sys/mman.h).
extern int memfd_create(const char *, unsigned int);

/// A memory file to collect one frame's output in (close-on-exec), or -1.
static inline int vd_frame_file(void) {
    return memfd_create("vardag-frame", 1U /* MFD_CLOEXEC */);
}

/// Points `fd` (where ncurses writes) at the frame file. Stop signals wait until
/// `vd_frame_end`: ncurses' own Ctrl-Z handler would otherwise restore the terminal
/// through a descriptor that is not the terminal for the moment.
/// - Returns: 0, or -1 when `fd` still points at the terminal (draw directly then).
static inline int vd_frame_begin(int fd, int frame, sigset_t *saved) {
    sigset_t hold;
    sigemptyset(&hold);
    sigaddset(&hold, SIGTSTP);
    sigaddset(&hold, SIGTTIN);
    sigaddset(&hold, SIGTTOU);
    pthread_sigmask(SIG_BLOCK, &hold, saved);
    if (dup2(frame, fd) < 0) {
        pthread_sigmask(SIG_SETMASK, saved, NULL);
        return -1;
    }
    return 0;
}

/// Points `fd` back at the terminal (`tty`, a duplicate of it), sends what the frame
/// file collected in one write (more only if the terminal takes part of it), and
/// empties the file.
/// - Returns: the bytes sent, and in `calls` the write calls made; -1 when the
///   terminal refused them (the frame is lost; the next full redraw repairs it).
static inline long vd_frame_end(int fd, int tty, int frame, const sigset_t *saved, int *calls) {
    *calls = 0;
    long sent = 0;
    int restored = dup2(tty, fd);
    off_t size = lseek(frame, 0, SEEK_CUR);
    if (restored >= 0 && size > 0) {
        char *bytes = malloc((size_t)size);
        if (bytes != NULL && pread(frame, bytes, (size_t)size, 0) == size) {
            while (sent < size) {
                ssize_t n = write(fd, bytes + sent, (size_t)(size - sent));
                if (n < 0 && errno == EINTR) continue;
                if (n <= 0) { sent = -1; break; }
                *calls += 1;
                sent += n;
            }
        }
        free(bytes);
    }
    if (ftruncate(frame, 0) != 0 || lseek(frame, 0, SEEK_SET) != 0) sent = -1;
    pthread_sigmask(SIG_SETMASK, saved, NULL);
    return restored < 0 ? -1 : sent;
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
