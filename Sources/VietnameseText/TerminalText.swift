/// Text made safe to write to a terminal: control characters and bidirectional overrides are
/// shown as escapes instead of being sent, so that a name holding ESC, BEL, a C1 CSI or
/// U+202E can neither move the cursor, change colours, set the window title nor reorder what
/// the clerk reads. Every command that writes to a terminal, and the desk's cells, pass their
/// text through `escaped(_:style:)`.
public enum TerminalText {
    /// How an escaped character is written.
    public enum Style: Sendable {
        /// For people: `\x1b` for a C0 or C1 control or DEL, `\u{202e}` for an override; line
        /// feeds, CR LF and tabs are kept (they lay out the text).
        case readable
        /// Inside JSON text: `\u001b`, `\u202e` (valid JSON that reads back as the same
        /// string); line feeds, CR LF and tabs are kept (JSON's own layout; inside strings
        /// JSON already escapes them).
        case json
    }

    /// `text` with every control character and bidirectional override (`isTextControl`)
    /// escaped, except line feeds, carriage return + line feed pairs and tabs. Text without
    /// any comes back unchanged.
    public static func escaped(_ text: String, style: Style = .readable) -> String {
        guard needsEscaping(text) else { return text }
        var out = String.UnicodeScalarView()
        var scalars = text.unicodeScalars.makeIterator()
        var next = scalars.next()
        while let scalar = next {
            next = scalars.next()
            if !scalar.isTextControl || scalar == "\n" || scalar == "\t" || (scalar == "\r" && next == "\n") {
                out.append(scalar)
                continue
            }
            for piece in escape(scalar, style: style).unicodeScalars { out.append(piece) }
        }
        return String(out)
    }

    /// Whether `text` holds anything `escaped` would change, looked for among its UTF-8 bytes:
    /// a control other than a line feed, a tab or the CR of a CR LF; DEL; a C1 control (C2 80–9F);
    /// U+202A–202E (E2 80 AA–AE) or U+2066–2069 (E2 81 A6–A9). A line of an export, which ends
    /// with a CR LF, is let through without being taken apart.
    static func needsEscaping(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { needsEscaping(utf8: $0) }
    }

    /// Whether the UTF-8 text `bytes` holds anything `escaped` would change (`needsEscaping(_:)`).
    public static func needsEscaping(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        let count = bytes.count
        var index = 0
        while index < count {
            // Eight bytes at once while none of them is a control, DEL, C2 or E2 (most of a text,
            // and all of a large report's; one at a time they were a tenth of its writing).
            if index + 8 <= count, !mayStartEscape(UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)) {
                index += 8
                continue
            }
            let end = min(count, index + 8)
            while index < end {
                let byte = bytes[index]
                if byte < 0x20 {
                    if byte != 0x0A, byte != 0x09, !(byte == 0x0D && index + 1 < count && bytes[index + 1] == 0x0A) { return true }
                } else if byte == 0x7F {
                    return true
                } else if byte == 0xC2 {
                    if index + 1 < count, (0x80...0x9F).contains(bytes[index + 1]) { return true }
                } else if byte == 0xE2, index + 2 < count {
                    let (second, third) = (bytes[index + 1], bytes[index + 2])
                    if second == 0x80, (0xAA...0xAE).contains(third) { return true }
                    if second == 0x81, (0xA6...0xA9).contains(third) { return true }
                }
                index += 1
            }
        }
        return false
    }

    /// Whether any of the eight bytes of `word` is below 0x20, 0x7F, 0xC2 or 0xE2: the bytes
    /// `needsEscaping` looks at more closely (each test exact, none of them per byte).
    private static func mayStartEscape(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        func hasZeroByte(_ value: UInt64) -> Bool { (value &- ones) & ~value & highs != 0 }
        let hasControl = (word &- ones &* 0x20) & ~word & highs != 0
        return hasControl || hasZeroByte(word ^ (ones &* 0x7F)) || hasZeroByte(word ^ (ones &* 0xC2)) || hasZeroByte(word ^ (ones &* 0xE2))
    }

    /// One character's escape: `\x1b`, `\u{202e}` or `\u001b`.
    public static func escape(_ scalar: Unicode.Scalar, style: Style = .readable) -> String {
        let hex = String(scalar.value, radix: 16)
        switch style {
        case .readable:
            return scalar.value < 0x100 ? "\\x" + (hex.count < 2 ? "0" : "") + hex : "\\u{" + hex + "}"
        case .json:
            return "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        }
    }
}
