import Commendation

/// Paragraphs and runs of WordprocessingML.
enum WordRuns {
    /// How a paragraph is set.
    struct ParagraphFormat {
        var style: String? = nil
        var alignment: String? = nil  // "both", "center", "left", "right"
        var firstLine: Int? = nil
        var left: Int? = nil
        var right: Int? = nil
        var before: Int? = nil
        var after: Int? = nil
        var line: Int? = nil
        var keepNext = false
        var bottomBorder = false
        var size: Int? = nil  // the paragraph mark's size (an empty paragraph's height)
    }

    /// How a run is set, on top of its paragraph's style.
    struct RunFormat: Hashable {
        var bold = false
        var italic = false
        var size: Int? = nil
    }

    /// `<w:pPr>` for `format`.
    static func properties(_ format: ParagraphFormat) -> String {
        var xml = ""
        if let style = format.style { xml += "<w:pStyle w:val=\"\(style)\"/>" }
        if format.keepNext { xml += "<w:keepNext/>" }
        if format.bottomBorder {
            xml += "<w:pBdr><w:bottom w:val=\"single\" w:sz=\"6\" w:space=\"0\" w:color=\"000000\"/></w:pBdr>"
        }
        if format.before != nil || format.after != nil || format.line != nil {
            xml += "<w:spacing"
            if let before = format.before { xml += " w:before=\"\(before)\"" }
            if let after = format.after { xml += " w:after=\"\(after)\"" }
            if let line = format.line { xml += " w:line=\"\(line)\" w:lineRule=\"auto\"" }
            xml += "/>"
        }
        if format.left != nil || format.right != nil || format.firstLine != nil {
            xml += "<w:ind"
            if let left = format.left { xml += " w:left=\"\(left)\"" }
            if let right = format.right { xml += " w:right=\"\(right)\"" }
            if let first = format.firstLine { xml += " w:firstLine=\"\(first)\"" }
            xml += "/>"
        }
        if let alignment = format.alignment { xml += "<w:jc w:val=\"\(alignment)\"/>" }
        if let size = format.size { xml += "<w:rPr><w:sz w:val=\"\(size)\"/><w:szCs w:val=\"\(size)\"/></w:rPr>" }
        return xml.isEmpty ? "" : "<w:pPr>\(xml)</w:pPr>"
    }

    /// One run.
    static func run(_ text: String, _ format: RunFormat = RunFormat()) -> String {
        var properties = ""
        if format.bold { properties += "<w:b/><w:bCs/>" }
        if format.italic { properties += "<w:i/><w:iCs/>" }
        if let size = format.size { properties += "<w:sz w:val=\"\(size)\"/><w:szCs w:val=\"\(size)\"/>" }
        let rPr = properties.isEmpty ? "" : "<w:rPr>\(properties)</w:rPr>"
        return "<w:r>\(rPr)<w:t xml:space=\"preserve\">\(unbreakableHyphens(XMLText.escaped(text)))</w:t></w:r>"
    }

    /// `text` (already escaped) with each hyphen that joins two characters written as Word's
    /// non-breaking hyphen, so that a symbol such as "30/2020/NĐ-CP" or "125/QĐ-UBND" is never
    /// split across lines; a hyphen beside a space (a dash in a sentence) is left as it is.
    static func unbreakableHyphens(_ text: String) -> String {
        guard text.contains("-") else { return text }
        let characters = Array(text)
        var result = ""
        for (index, character) in characters.enumerated() {
            if character == "-", index > 0, index + 1 < characters.count,
               !characters[index - 1].isWhitespace, !characters[index + 1].isWhitespace {
                result += "</w:t><w:noBreakHyphen/><w:t xml:space=\"preserve\">"
            } else {
                result.append(character)
            }
        }
        return result
    }

    /// Runs of styled text, at `size` when given.
    static func runs(_ runs: [TextRun], size: Int? = nil) -> String {
        runs.filter { !$0.text.isEmpty }.map {
            run($0.text, RunFormat(bold: $0.style.isBold, italic: $0.style.isItalic, size: size))
        }.joined()
    }

    /// A paragraph of `content` (runs).
    static func paragraph(_ content: String, _ format: ParagraphFormat = ParagraphFormat()) -> String {
        "<w:p>\(properties(format))\(content)</w:p>"
    }

    /// A paragraph of one run.
    static func paragraph(_ text: String, _ format: ParagraphFormat, run: RunFormat) -> String {
        paragraph(text.isEmpty ? "" : Self.run(text, run), format)
    }

    /// A short rule of `length` twips centered in `width`: an empty paragraph 4 points high,
    /// its bottom border the rule, so that it clears the descenders of the line above.
    static func rule(length: Int, in width: Int) -> String {
        let side = max(0, (width - length) / 2)
        return paragraph("", ParagraphFormat(alignment: "center", left: side, right: side, before: 0, after: 0, line: 240,
                                             bottomBorder: true, size: 8))
    }
}
