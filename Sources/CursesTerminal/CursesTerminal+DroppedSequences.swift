import CNcursesw

/// Escape sequences nobody recognised, read to their end and dropped so that none of their
/// bytes is typed into a field (see `EscapeSequenceScanner`).
extension CursesTerminal {
    /// How long a byte inside an escape sequence may lag behind the one before it (a sequence
    /// split across two reads of a slow link), in milliseconds.
    static let sequenceByteWait: Int32 = 25

    /// Reads the rest of an escape sequence whose first characters after ESC (`[` or `O`, and
    /// what followed) were `prefix`, already read. Returns false when nothing followed (then ESC
    /// and a lone `[` or `O` were Alt-[ or Alt-O); true when a sequence was read and dropped — to
    /// its final byte, or to where it stopped arriving, or to a character that cannot belong to
    /// it, which is put back.
    func dropSequence(after prefix: [UInt32]) -> Bool {
        var scanner = EscapeSequenceScanner()
        for character in prefix { _ = scanner.feed(character) }
        wtimeout(window, Self.sequenceByteWait)
        defer { wtimeout(window, Self.readTimeout) }
        var read = 0
        while true {
            var code: wint_t = 0
            let status = wget_wch(window, &code)
            if status == ERR { return read > 0 }
            read += 1
            let step: EscapeSequenceScanner.Step =
                status == KEY_CODE_YES ? .malformed : scanner.feed(UInt32(code))
            switch step {
            case .more:
                continue
            case .complete:
                return true
            case .malformed:
                pushBack(status: status, code: UInt32(code))
                return read > 1
            }
        }
    }

    /// What follows ESC in the mouse report the terminfo entry names (kmous): `[<` for SGR
    /// reports (xterm), `[M` for X10 ones (linux, rxvt, screen); nil when it names none.
    func mouseReportPrefix() -> [UInt32]? {
        if key_defined("\u{1B}[<") == KEY_MOUSE { return [0x5B, 0x3C] }
        if key_defined("\u{1B}[M") == KEY_MOUSE { return [0x5B, 0x4D] }
        return nil
    }
}
