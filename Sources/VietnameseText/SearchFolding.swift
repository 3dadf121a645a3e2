extension String {
    /// The key under which this text is searched: case, tone marks and vowel marks ignored.
    ///
    /// Steps: canonical decomposition (which also covers NFC input: NFD of NFC is NFD), every
    /// combining mark removed, "đ"/"Đ" turned into "d" (as is "Ð", U+00D0, which legacy
    /// keyboards sometimes type for "Đ"), lowercased, control characters and invisible format
    /// characters such as zero-width spaces and byte-order marks dropped, runs of whitespace collapsed to one
    /// space and the ends trimmed.
    ///
    ///     "Nguyễn Thị Hồng Nhung".foldedForSearch  // "nguyen thi hong nhung"
    ///     "ĐẶNG  Văn Ân ".foldedForSearch          // "dang van an"
    ///
    /// Fold both the haystack and the needle, then compare or use `contains`.
    public var foldedForSearch: String {
        var folded = String.UnicodeScalarView()
        var pendingSpace = false
        var isAllASCII = true

        func append(_ scalar: Unicode.Scalar) {
            if pendingSpace {
                if !folded.isEmpty { folded.append(" ") }
                pendingSpace = false
            }
            if !scalar.isASCII { isAllASCII = false }
            folded.append(scalar)
        }

        for scalar in nfd.unicodeScalars {
            if scalar.isASCII {
                // ASCII answered without Unicode property tables (a look-up per letter was
                // most of the cost of folding the names of an import): the same whitespace
                // (tab to carriage return, space) and controls as the general path below.
                switch scalar.value {
                case 0x09...0x0D, 0x20: pendingSpace = true
                case 0x00...0x1F, 0x7F: break
                case 0x41...0x5A: append(Unicode.Scalar(UInt8(scalar.value + 0x20)))
                default: append(scalar)
                }
                continue
            }
            if scalar.properties.isWhitespace {
                pendingSpace = true
                continue
            }
            if scalar.properties.generalCategory == .control { continue }
            if scalar.isCombiningMark || scalar.isFormatCharacter { continue }
            if scalar.isDWithStroke {
                append("d")
                continue
            }
            // Lowercasing may itself produce marks ("İ" → "i" + U+0307): drop those too.
            for lowered in scalar.properties.lowercaseMapping.unicodeScalars
            where !lowered.isCombiningMark {
                append(lowered)
            }
        }
        let result = String(folded)
        // Removing marks can leave sequences that compose again (Hangul jamo); keep them NFC.
        return isAllASCII ? result : result.nfc
    }
}

extension Unicode.Scalar {
    /// Whether the scalar is a combining mark of any kind (general category M: Mn, Mc, Me).
    var isCombiningMark: Bool {
        switch properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: true
        default: false
        }
    }

    /// Whether the scalar is an invisible format character (general category Cf), such as
    /// U+200B zero-width space, U+200D zero-width joiner or U+FEFF byte-order mark.
    var isFormatCharacter: Bool {
        properties.generalCategory == .format
    }

    /// Whether the scalar is the Vietnamese letter đ in either case (U+0111, U+0110), or the
    /// look-alike U+00D0 "Ð" that some legacy keyboards produce for "Đ".
    var isDWithStroke: Bool {
        value == 0x0111 || value == 0x0110 || value == 0x00D0
    }
}
