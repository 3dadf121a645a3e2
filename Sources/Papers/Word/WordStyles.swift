/// `word/styles.xml`: Times New Roman everywhere, black, Vietnamese; the body at 14 pt; the
/// paragraph styles the renderer names.
enum WordStyles {
    private static func paragraphStyle(_ id: String, _ name: String, pPr: String, rPr: String = "") -> String {
        "<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"\(id)\"><w:name w:val=\"\(name)\"/>"
            + "<w:basedOn w:val=\"Normal\"/><w:qFormat/><w:pPr>\(pPr)</w:pPr>" + (rPr.isEmpty ? "" : "<w:rPr>\(rPr)</w:rPr>")
            + "</w:style>"
    }

    private static func size(_ halfPoints: Int) -> String {
        "<w:sz w:val=\"\(halfPoints)\"/><w:szCs w:val=\"\(halfPoints)\"/>"
    }

    static let xml: String = {
        let font = WordLayout.font
        var xml = XMLText.declaration + "<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
        xml += "<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"\(font)\" w:hAnsi=\"\(font)\" w:eastAsia=\"\(font)\" "
            + "w:cs=\"\(font)\"/><w:color w:val=\"000000\"/>\(size(WordLayout.bodySize))<w:lang w:val=\"vi-VN\" w:eastAsia=\"vi-VN\" "
            + "w:bidi=\"ar-SA\"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after=\"0\" w:line=\"240\" "
            + "w:lineRule=\"auto\"/></w:pPr></w:pPrDefault></w:docDefaults>"
        xml += "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/></w:style>"
        xml += "<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal Table\"/><w:tblPr>"
            + "<w:tblInd w:w=\"0\" w:type=\"dxa\"/><w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/><w:left w:w=\"108\" w:type=\"dxa\"/>"
            + "<w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style>"
        // Body: justified, first line 1 cm, 6 pt after, single spacing.
        xml += paragraphStyle("tdktBody", "tdkt Nội dung",
                              pPr: "<w:spacing w:before=\"0\" w:after=\"\(WordLayout.paragraphSpacing)\" w:line=\"\(WordLayout.lineSpacing)\" "
                                + "w:lineRule=\"auto\"/><w:ind w:firstLine=\"\(WordLayout.firstLineIndent)\"/><w:jc w:val=\"both\"/>")
        xml += paragraphStyle("tdktCenter", "tdkt Giữa",
                              pPr: "<w:spacing w:before=\"0\" w:after=\"\(WordLayout.paragraphSpacing)\"/><w:jc w:val=\"center\"/>")
        xml += paragraphStyle("tdktTitle", "tdkt Tên loại và trích yếu",
                              pPr: "<w:keepNext/><w:spacing w:before=\"0\" w:after=\"0\"/><w:jc w:val=\"center\"/>",
                              rPr: "<w:b/><w:bCs/>")
        xml += paragraphStyle("tdktHeader", "tdkt Đầu văn bản",
                              pPr: "<w:spacing w:before=\"0\" w:after=\"0\"/><w:jc w:val=\"center\"/>", rPr: size(WordLayout.bodyNameSize))
        xml += paragraphStyle("tdktRecipients", "tdkt Nơi nhận",
                              pPr: "<w:spacing w:before=\"0\" w:after=\"0\"/><w:jc w:val=\"left\"/>", rPr: size(WordLayout.recipientsSize))
        xml += paragraphStyle("tdktTable", "tdkt Bảng",
                              pPr: "<w:spacing w:before=\"40\" w:after=\"40\"/>", rPr: size(WordLayout.tableSize))
        xml += paragraphStyle("Header", "header", pPr: "<w:jc w:val=\"center\"/>", rPr: size(WordLayout.pageNumberSize))
        return xml + "</w:styles>"
    }()
}
