/// Shapes placed at an exact spot of the page in WordprocessingML (DrawingML `wp:anchor`,
/// relative to the page's corner, not wrapping any text): text boxes for the fields of a
/// certificate, thin rectangles and labelled boxes for the calibration page.
enum WordDrawing {
    /// English Metric Units in a millimetre.
    static let emuPerMillimetre = 36_000.0

    /// The namespaces a part with drawings declares.
    static let namespaces = "xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\" "
        + "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" "
        + "xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\""

    /// A rectangle in millimetres from the page's corner.
    struct Frame {
        var x: Double, y: Double, width: Double, height: Double
    }

    /// A run holding one shape: a rectangle at `frame`, drawn with `line` (an RGB colour, nil
    /// for none) and filled with `fill` (nil for none), holding `paragraphs` (WordprocessingML;
    /// "" for none), vertically centered.
    static func shape(id: Int, frame: Frame, line: String? = nil, lineWidth: Double = 0.3, fill: String? = nil,
                      paragraphs: String = "") -> String {
        func emu(_ millimetres: Double) -> Int { Int((millimetres * emuPerMillimetre).rounded()) }
        let width = max(1, emu(frame.width)), height = max(1, emu(frame.height))
        var xml = "<w:r><w:drawing><wp:anchor distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\" simplePos=\"0\" "
            + "relativeHeight=\"\(1000 + id)\" behindDoc=\"0\" locked=\"1\" layoutInCell=\"1\" allowOverlap=\"1\">"
            + "<wp:simplePos x=\"0\" y=\"0\"/>"
            + "<wp:positionH relativeFrom=\"page\"><wp:posOffset>\(emu(frame.x))</wp:posOffset></wp:positionH>"
            + "<wp:positionV relativeFrom=\"page\"><wp:posOffset>\(emu(frame.y))</wp:posOffset></wp:positionV>"
            + "<wp:extent cx=\"\(width)\" cy=\"\(height)\"/><wp:effectExtent l=\"0\" t=\"0\" r=\"0\" b=\"0\"/><wp:wrapNone/>"
            + "<wp:docPr id=\"\(id)\" name=\"tdkt \(id)\"/><wp:cNvGraphicFramePr/>"
            + "<a:graphic><a:graphicData uri=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\"><wps:wsp>"
            + "<wps:cNvSpPr" + (paragraphs.isEmpty ? "" : " txBox=\"1\"") + "/><wps:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/>"
            + "<a:ext cx=\"\(width)\" cy=\"\(height)\"/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom>"
        xml += fill.map { "<a:solidFill><a:srgbClr val=\"\($0)\"/></a:solidFill>" } ?? "<a:noFill/>"
        xml += line.map { "<a:ln w=\"\(emu(lineWidth))\"><a:solidFill><a:srgbClr val=\"\($0)\"/></a:solidFill></a:ln>" }
            ?? "<a:ln><a:noFill/></a:ln>"
        xml += "</wps:spPr>"
        if !paragraphs.isEmpty { xml += "<wps:txbx><w:txbxContent>\(paragraphs)</w:txbxContent></wps:txbx>" }
        xml += "<wps:bodyPr rot=\"0\" vert=\"horz\" wrap=\"square\" lIns=\"0\" tIns=\"0\" rIns=\"0\" bIns=\"0\" anchor=\"ctr\" "
            + "anchorCtr=\"0\"><a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>"
        return xml
    }
}
