import CNcursesw
import TerminalUI

extension CursesTerminal {
    /// Registers every sequence of `KeySequences` with the current ncurses screen
    /// (`define_key`), over what the terminfo entry says for the same bytes. Must run after
    /// `keypad(…, true)`, which loads the entry's keys and would overwrite these. Returns the
    /// sequences ncurses refused: those that begin, or are the beginning of, a longer sequence
    /// the entry defines.
    static func registerKeySequences() -> [KeySequence] {
        KeySequences.all.filter { define_key($0.bytes, KeyTranslation.code(for: $0.key)) == ERR }
    }
}
