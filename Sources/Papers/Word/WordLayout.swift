/// The page and type of an administrative document (Nghị định 30/2020/NĐ-CP, Phụ lục I), in
/// Word's units: lengths in twentieths of a point (twips; 1 mm = 56.7), font sizes in half
/// points. Where the decree gives a range, the value chosen is said.
public enum WordLayout {
    /// A4, 210 × 297 mm.
    public static let pageWidth = 11906, pageHeight = 16838

    /// Portrait margins: top and bottom 20 mm (20–25), left 30 mm (30–35), right 15 mm (15–20).
    public static let top = 1134, bottom = 1134, left = 1701, right = 850
    /// Landscape (a wide list): the binding edge is at the top, 30 mm; bottom 15 mm, sides 20 mm.
    public static let landscapeTop = 1701, landscapeBottom = 850, landscapeSide = 1134
    /// The page number sits 10 mm from the top edge, inside the top margin.
    public static let headerDistance = 567

    /// The width of the text on a portrait page (165 mm).
    public static let textWidth = pageWidth - left - right
    /// The width of the text on a landscape page (257 mm).
    public static let landscapeTextWidth = pageHeight - 2 * landscapeSide

    /// The font: Times New Roman (Unicode), black.
    public static let font = "Times New Roman"
    /// Body text 14 pt (13–14).
    public static let bodySize = 28
    /// Quốc hiệu 12 pt (12–13), bold capitals.
    public static let nationalTitleSize = 24
    /// Tiêu ngữ 13 pt (13–14), bold.
    public static let mottoSize = 26
    /// The issuing body and its parent 13 pt (12–13); "Số:" 13 pt.
    public static let bodyNameSize = 26
    /// "Nơi nhận:" 12 pt, bold italic.
    public static let recipientsLabelSize = 24
    /// The recipients 11 pt.
    public static let recipientsSize = 22
    /// Tables 13 pt.
    public static let tableSize = 26
    /// Page numbers 14 pt (13–14), upright.
    public static let pageNumberSize = 28

    /// The first line of a body paragraph is indented 1 cm (1 or 1.27 cm).
    public static let firstLineIndent = 567
    /// At least 6 pt between paragraphs: 6 pt after each.
    public static let paragraphSpacing = 120
    /// Line spacing: single (single to 1.5 lines), in 240ths of a line.
    public static let lineSpacing = 240

    /// The header's left column (issuing body, number): 82 mm; the right one 95 mm. Together
    /// 12 mm wider than the text, the table reaches that far into the left margin, so that
    /// "HỘI ĐỒNG THI ĐUA – KHEN THƯỞNG" stands on one line (12 pt when 13 pt is too wide).
    public static let headerLeftColumn = 4650
    /// How far the header reaches into the left margin.
    public static let headerOutdent = 680
    /// The closing's left column (Nơi nhận): 75 mm; the signer takes the rest.
    public static let closingLeftColumn = 4252
}
