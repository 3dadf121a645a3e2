import TerminalUI

/// An escape sequence a terminal sends for a key, and the key it means to tdkt.
struct KeySequence: Sendable {
    /// The bytes after ESC, as typed ("[1~" is ESC [ 1 ~).
    let afterEscape: String
    /// The key; nil for a key tdkt has no use for, which is read whole and dropped.
    let key: KeyEvent?
    /// Which terminals send it (for people reading the table, and for test messages).
    let sentBy: String

    init(_ afterEscape: String, _ key: KeyEvent?, _ sentBy: String) {
        self.afterEscape = afterEscape
        self.key = key
        self.sentBy = sentBy
    }

    /// The whole sequence, ESC included.
    var bytes: String { "\u{1B}" + afterEscape }
}

/// The key sequences of the terminals clerks use, registered with ncurses (`define_key`)
/// whatever `TERM` says: a PuTTY session announces itself as `xterm` yet sends ESC [ 1 ~ for
/// Home and ESC [ 1 1 ~ for F1, which xterm's terminfo entry does not list.
///
/// Sources: the terminfo entries of xterm, linux, rxvt, rxvt-unicode, screen, tmux, vt100 and
/// vt220 (ncurses 6.4); PuTTY's keyboard modes (ESC[n~ — its default —, Linux, Xterm R6, VT400,
/// VT100+, Xterm 216+); Windows Terminal's VT input; the Linux console's keymap. Sequences that
/// mean one key to one terminal and another to another are given the meaning most terminals
/// use (ESC [ 1 ~ is Home, not rxvt's Find; ESC O P is F1, not PuTTY's keypad NumLock; ESC [ 2 3 ~
/// is F11, not Shift-F1); PuTTY's VT400 and SCO modes, which reuse the common sequences for other
/// keys, cannot be told apart and are not supported.
///
/// A sequence that is in no table is still never typed: `EscapeSequenceScanner` finds its end
/// and the whole of it is dropped.
enum KeySequences {
    static let all: [KeySequence] = arrows + editingKeys + functionKeys + keypad + unusedKeys

    /// Arrows: ESC [ in normal cursor mode (Linux console; rxvt, whose keypad mode leaves the
    /// cursor keys alone; PuTTY's Ctrl-arrows), ESC O in application mode (xterm, VTE, PuTTY,
    /// Windows Terminal, tmux, screen once ncurses has sent smkx).
    static let arrows: [KeySequence] = [
        KeySequence("[A", .up, "normal cursor mode: Linux console, rxvt, PuTTY Ctrl-↑"),
        KeySequence("[B", .down, "normal cursor mode"),
        KeySequence("[C", .right, "normal cursor mode"),
        KeySequence("[D", .left, "normal cursor mode"),
        KeySequence("OA", .up, "application cursor mode: xterm, VTE, PuTTY, Windows Terminal, tmux, screen"),
        KeySequence("OB", .down, "application cursor mode"),
        KeySequence("OC", .right, "application cursor mode"),
        KeySequence("OD", .left, "application cursor mode"),
    ]

    /// Home, End, Insert, Delete, Page Up, Page Down.
    static let editingKeys: [KeySequence] = [
        KeySequence("[H", .home, "xterm, VTE, Windows Terminal (normal mode), PuTTY rxvt Home/End mode"),
        KeySequence("OH", .home, "xterm, VTE, Windows Terminal (application mode)"),
        KeySequence("[1~", .home, "PuTTY (default), Linux console, tmux, screen, VT220 Find"),
        KeySequence("[7~", .home, "rxvt, urxvt"),
        KeySequence("[F", .end, "xterm, VTE, Windows Terminal (normal mode)"),
        KeySequence("OF", .end, "xterm, VTE, Windows Terminal (application mode)"),
        KeySequence("[4~", .end, "PuTTY (default), Linux console, tmux, screen, VT220 Select"),
        KeySequence("[8~", .end, "rxvt, urxvt"),
        KeySequence("[2~", .insert, "every terminal"),
        KeySequence("[3~", .delete, "every terminal"),
        KeySequence("[5~", .pageUp, "every terminal"),
        KeySequence("[6~", .pageDown, "every terminal"),
        KeySequence("[Z", .backTab, "xterm, VTE, Windows Terminal, PuTTY, rxvt, tmux, screen"),
    ]

    /// F1–F12 in the three styles terminals use for F1–F5, and the common F6–F12.
    static let functionKeys: [KeySequence] = [
        KeySequence("OP", .function(1), "xterm, VTE, Windows Terminal, tmux, screen, PuTTY Xterm R6 / VT100+, VT220 PF1"),
        KeySequence("OQ", .function(2), "xterm style"),
        KeySequence("OR", .function(3), "xterm style"),
        KeySequence("OS", .function(4), "xterm style"),
        KeySequence("[11~", .function(1), "PuTTY (default ESC[n~ mode), rxvt, xterm-r6"),
        KeySequence("[12~", .function(2), "PuTTY, rxvt"),
        KeySequence("[13~", .function(3), "PuTTY, rxvt"),
        KeySequence("[14~", .function(4), "PuTTY, rxvt"),
        KeySequence("[[A", .function(1), "Linux console, PuTTY Linux mode"),
        KeySequence("[[B", .function(2), "Linux console"),
        KeySequence("[[C", .function(3), "Linux console"),
        KeySequence("[[D", .function(4), "Linux console"),
        KeySequence("[[E", .function(5), "Linux console"),
        KeySequence("[15~", .function(5), "everyone else"),
        KeySequence("[17~", .function(6), "every terminal"),
        KeySequence("[18~", .function(7), "every terminal"),
        KeySequence("[19~", .function(8), "every terminal"),
        KeySequence("[20~", .function(9), "every terminal"),
        KeySequence("[21~", .function(10), "every terminal"),
        KeySequence("[23~", .function(11), "every terminal (Shift-F1 on PuTTY, rxvt, Linux)"),
        KeySequence("[24~", .function(12), "every terminal (Shift-F2 on PuTTY, rxvt, Linux)"),
        KeySequence("OT", .function(5), "PuTTY VT100+ mode"),
        KeySequence("OU", .function(6), "PuTTY VT100+ mode"),
        KeySequence("OV", .function(7), "PuTTY VT100+ mode"),
        KeySequence("OW", .function(8), "PuTTY VT100+ mode"),
        KeySequence("OX", .function(9), "PuTTY VT100+ mode"),
        KeySequence("OY", .function(10), "PuTTY VT100+ mode"),
        KeySequence("OZ", .function(11), "PuTTY VT100+ mode"),
        KeySequence("O[", .function(12), "PuTTY VT100+ mode"),
    ]

    /// The numeric keypad in application mode (smkx turns it on for xterm, PuTTY, rxvt, tmux,
    /// screen): its keys type what is written on them.
    static let keypad: [KeySequence] = [
        KeySequence("OM", .enter, "keypad Enter"),
        KeySequence("Op", .character("0"), "keypad 0"),
        KeySequence("Oq", .character("1"), "keypad 1"),
        KeySequence("Or", .character("2"), "keypad 2"),
        KeySequence("Os", .character("3"), "keypad 3"),
        KeySequence("Ot", .character("4"), "keypad 4 (vt100's terminfo calls it F5)"),
        KeySequence("Ou", .character("5"), "keypad 5"),
        KeySequence("Ov", .character("6"), "keypad 6"),
        KeySequence("Ow", .character("7"), "keypad 7 (End in PuTTY's rxvt Home/End mode)"),
        KeySequence("Ox", .character("8"), "keypad 8"),
        KeySequence("Oy", .character("9"), "keypad 9"),
        KeySequence("On", .character("."), "keypad ."),
        KeySequence("Ok", .character("+"), "keypad + (xterm, PuTTY Xterm R6)"),
        KeySequence("Ol", .character("+"), "keypad + (PuTTY, Linux console; xterm's keypad comma)"),
        KeySequence("Om", .character("-"), "keypad -"),
        KeySequence("Oj", .character("*"), "keypad *"),
        KeySequence("Oo", .character("/"), "keypad /"),
        KeySequence("OE", nil, "keypad 5 without NumLock: xterm"),
        KeySequence("[E", nil, "keypad 5 without NumLock: xterm normal mode"),
        KeySequence("[G", nil, "keypad 5 without NumLock: Linux console, PuTTY"),
    ]

    /// Keys tdkt has no use for whose sequences do not end the way ECMA-48 says (an
    /// intermediate byte, $, last): listed so that they are read whole.
    static let unusedKeys: [KeySequence] = [
        KeySequence("[1$", nil, "urxvt Shift-Find"),
        KeySequence("[2$", nil, "rxvt Shift-Insert"),
        KeySequence("[3$", nil, "rxvt Shift-Delete"),
        KeySequence("[5$", nil, "rxvt Shift-PgUp"),
        KeySequence("[6$", nil, "rxvt Shift-PgDn"),
        KeySequence("[7$", nil, "rxvt Shift-Home"),
        KeySequence("[8$", nil, "rxvt Shift-End"),
        KeySequence("[23$", nil, "rxvt Shift-F11"),
        KeySequence("[24$", nil, "rxvt Shift-F12"),
    ]
}
