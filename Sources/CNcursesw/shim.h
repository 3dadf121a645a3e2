/*
 * CNcursesw — the C side of tdkt's ncurses backend.
 *
 * Only the CursesTerminal module imports this. Swift 6 cannot use C mutable globals
 * (stdscr, curscr, COLS, LINES, COLOR_PAIRS…) nor function-like macros (A_BOLD,
 * COLOR_PAIR, getmaxyx, KEY_F…), so each one tdkt needs has a `static inline`
 * wrapper here, prefixed `tdkt_`.
 *
 * The signal helpers below are also C on purpose: a signal handler must not run Swift
 * code (no allocation, no runtime locks).
 */
#ifndef TDKT_CNCURSESW_SHIM_H
#define TDKT_CNCURSESW_SHIM_H

#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif

#include <locale.h>
#include <langinfo.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>
#include <wchar.h>
#include <ncursesw/curses.h>

/* ---- Globals ----------------------------------------------------------------------- */

/** The standard screen of the current SCREEN. */
static inline WINDOW *tdkt_stdscr(void) { return stdscr; }
/** ncurses' idea of what the physical screen shows (for clearok). */
static inline WINDOW *tdkt_curscr(void) { return curscr; }
/** Number of columns of the current SCREEN. */
static inline int tdkt_cols(void) { return COLS; }
/** Number of lines of the current SCREEN. */
static inline int tdkt_lines(void) { return LINES; }
/** Number of colour pairs the terminal supports (after start_color). */
static inline int tdkt_color_pairs(void) { return COLOR_PAIRS; }
/** Number of colours the terminal supports (after start_color). */
static inline int tdkt_colors(void) { return COLORS; }
/** The C library's standard input and output streams (for newterm on the real terminal). */
static inline FILE *tdkt_stdin(void) { return stdin; }
static inline FILE *tdkt_stdout(void) { return stdout; }
/** The mouse events tdkt asks for: left button press, release and click. */
static inline mmask_t tdkt_click_mask(void) { return BUTTON1_PRESSED | BUTTON1_RELEASED | BUTTON1_CLICKED; }
/** Whether a mouse event is a left click (or press, which a terminal may send alone). */
static inline int tdkt_mouse_is_click(mmask_t state) { return (state & (BUTTON1_CLICKED | BUTTON1_PRESSED)) != 0; }
/** Size of `win` in cells (getmaxyx). */
static inline void tdkt_getmaxyx(const WINDOW *win, int *rows, int *cols) {
    int y, x;
    getmaxyx(win, y, x);
    *rows = y;
    *cols = x;
}
/** The most characters (one spacing plus combining marks) a cchar_t holds. */
static inline int tdkt_ccharw_max(void) { return CCHARW_MAX; }

/* ---- Attributes -------------------------------------------------------------------- */

static inline attr_t tdkt_a_normal(void) { return A_NORMAL; }
static inline attr_t tdkt_a_bold(void) { return A_BOLD; }
static inline attr_t tdkt_a_reverse(void) { return A_REVERSE; }
static inline attr_t tdkt_a_underline(void) { return A_UNDERLINE; }
static inline attr_t tdkt_a_dim(void) { return A_DIM; }
/** COLOR_PAIR(n) as attribute bits. */
static inline attr_t tdkt_color_pair(int n) { return (attr_t)COLOR_PAIR(n); }

/* ---- Keys -------------------------------------------------------------------------- */

/** KEY_F(n), the key code of function key n. */
static inline int tdkt_key_f(int n) { return KEY_F(n); }

/* ---- Characters ------------------------------------------------------------------ */

/* wcwidth is declared by <wchar.h> only under _XOPEN_SOURCE, which the C library module
 * Swift builds does not define; declare it here (it is in every glibc). */
extern int wcwidth(wchar_t);

/** Columns the C library (and so ncurses) gives a wide character: 0, 1, 2, or -1. */
static inline int tdkt_wcwidth(wchar_t c) { return wcwidth(c); }

/* ---- Pseudo-terminals (tests) ------------------------------------------------------ */

/* XSI functions hidden the same way; CursesTerminal's tests type keys into a pty. */
extern int posix_openpt(int);
extern int grantpt(int);
extern int unlockpt(int);
extern char *ptsname(int);

/* ---- Locale ------------------------------------------------------------------------ */

/** nl_langinfo(CODESET) for the current LC_CTYPE ("UTF-8", "ANSI_X3.4-1968"…). */
static inline const char *tdkt_codeset(void) { return nl_langinfo(CODESET); }

/* ---- Signals ----------------------------------------------------------------------- */

/* The signals after which the terminal is restored. */
#define TDKT_RESTORE_SIGNAL_COUNT 4
static inline int tdkt_restore_signal(int i) {
    switch (i) {
    case 0: return SIGTERM;
    case 1: return SIGHUP;
    case 2: return SIGQUIT;
    default: return SIGINT;
    }
}

/* The actions replaced by tdkt_install_restore_handlers. Function-local statics: Swift
 * emits static inline functions with their local statics, but not file-scope statics.
 * Only the CursesTerminal module calls these, so its copy is the only one. */
static inline struct sigaction *tdkt_saved_actions(void) {
    static struct sigaction saved[TDKT_RESTORE_SIGNAL_COUNT];
    return saved;
}
static inline volatile sig_atomic_t *tdkt_saved_valid(void) {
    static volatile sig_atomic_t valid[TDKT_RESTORE_SIGNAL_COUNT];
    return valid;
}

/*
 * The handler for a signal that ends the process: leave curses mode (endwin is what
 * ncurses' own handlers call too; it is as async-signal-safe as ncurses allows), put the
 * default disposition back and raise the signal again, so the process dies of it exactly
 * as it would have, and the shell gets its terminal back in cooked mode.
 */
static void tdkt_restore_and_reraise(int sig) {
    if (!isendwin()) {
        endwin();
    }
    signal(sig, SIG_DFL);
    /* The signal is blocked while its handler runs: it is delivered (with the default
     * action) as soon as the handler returns. */
    raise(sig);
}

/**
 * Installs tdkt_restore_and_reraise for SIGTERM, SIGHUP, SIGQUIT and SIGINT. A signal
 * the process ignores (nohup, background job) stays ignored. The previous actions are
 * kept for tdkt_remove_restore_handlers. Calling it twice is harmless.
 */
static inline void tdkt_install_restore_handlers(void) {
    struct sigaction *saved = tdkt_saved_actions();
    volatile sig_atomic_t *valid = tdkt_saved_valid();
    for (int i = 0; i < TDKT_RESTORE_SIGNAL_COUNT; i++) {
        if (valid[i]) continue;
        struct sigaction old;
        if (sigaction(tdkt_restore_signal(i), NULL, &old) != 0) continue;
        if (old.sa_handler == SIG_IGN) continue;
        struct sigaction action;
        memset(&action, 0, sizeof action);
        action.sa_handler = tdkt_restore_and_reraise;
        sigemptyset(&action.sa_mask);
        /* Block the other terminating signals while one is being handled. */
        for (int j = 0; j < TDKT_RESTORE_SIGNAL_COUNT; j++) {
            sigaddset(&action.sa_mask, tdkt_restore_signal(j));
        }
        action.sa_flags = 0;
        if (sigaction(tdkt_restore_signal(i), &action, &saved[i]) == 0) {
            valid[i] = 1;
        }
    }
}

/** Puts back the actions tdkt_install_restore_handlers replaced. */
static inline void tdkt_remove_restore_handlers(void) {
    struct sigaction *saved = tdkt_saved_actions();
    volatile sig_atomic_t *valid = tdkt_saved_valid();
    for (int i = 0; i < TDKT_RESTORE_SIGNAL_COUNT; i++) {
        if (!valid[i]) continue;
        sigaction(tdkt_restore_signal(i), &saved[i], NULL);
        valid[i] = 0;
    }
}

/**
 * Stops the process as Ctrl-Z does in a cooked terminal, and returns once it has been
 * continued (fg, SIGCONT). Call endwin() first. Whatever SIGTSTP handler is installed
 * (ncurses has one) is set aside for the moment so that the default action — stop —
 * happens, and SIGTSTP is unblocked in case it was blocked. Returns kill()'s result.
 * In an orphaned process group the kernel discards the signal and this returns at once.
 */
static inline int tdkt_stop_process(void) {
    struct sigaction dfl, old;
    memset(&dfl, 0, sizeof dfl);
    dfl.sa_handler = SIG_DFL;
    sigemptyset(&dfl.sa_mask);
    if (sigaction(SIGTSTP, &dfl, &old) != 0) return -1;

    sigset_t tstp, oldmask;
    sigemptyset(&tstp);
    sigaddset(&tstp, SIGTSTP);
    pthread_sigmask(SIG_UNBLOCK, &tstp, &oldmask);

    int rc = kill(getpid(), SIGTSTP);
    /* Stopped here until SIGCONT. */

    pthread_sigmask(SIG_SETMASK, &oldmask, NULL);
    sigaction(SIGTSTP, &old, NULL);
    return rc;
}

#endif /* TDKT_CNCURSESW_SHIM_H */
