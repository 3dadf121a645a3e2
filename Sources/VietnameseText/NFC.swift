import Foundation

extension String {
    /// The string in Unicode Normalization Form C (canonical composition).
    ///
    /// Vietnamese text arrives both precomposed ("ễ" as one scalar) and decomposed
    /// ("e" + U+0302 + U+0303), depending on the keyboard, the operating system and the file it
    /// came from. Storing and comparing the NFC form makes both spellings the same string
    /// byte for byte. Pure ASCII strings are returned unchanged without calling Foundation.
    public var nfc: String {
        if utf8.allSatisfy({ $0 < 0x80 }) { return self }
        return precomposedStringWithCanonicalMapping
    }

    /// The string in NFC without leading and trailing white space and line breaks: how names,
    /// numbers and titles typed by the clerk are kept.
    public var nfcTrimmed: String { nfc.trimmingCharacters(in: .whitespacesAndNewlines) }

    /// The text with its first letter in capitals ("trả lại để bổ sung" → "Trả lại để bổ sung").
    public var capitalizedFirst: String {
        guard let first = first else { return self }
        return String(first).uppercased() + dropFirst()
    }

    /// The string in Unicode Normalization Form D (canonical decomposition): every
    /// precomposed letter split into its base letter followed by its combining marks,
    /// the marks in canonical order.
    public var nfd: String {
        if utf8.allSatisfy({ $0 < 0x80 }) { return self }
        return decomposedStringWithCanonicalMapping
    }
}
