import Foundation

/// Where each field of a certificate is printed on a kind of pre-printed blank, in
/// millimetres from the page's top-left corner, and with what type. Kept as JSON (a default per
/// blank shipped in `Resources/data/certificates`, a ward's own copy in its configuration
/// folder); `offset` moves every field at once, to match the office printer as the
/// calibration page shows it.
public struct CertificateLayout: Sendable, Hashable, Codable {
    /// A field's box.
    public struct Box: Sendable, Hashable, Codable {
        /// The field printed in it.
        public var field: CertificateField
        /// Left edge and top edge, in millimetres from the page's corner (before `offset`).
        public var x: Double
        public var y: Double
        /// Width and height in millimetres.
        public var width: Double
        public var height: Double
        /// Points.
        public var size: Double
        public var bold: Bool
        public var italic: Bool
        /// "left", "center" or "right".
        public var align: String

        /// A box.
        public init(field: CertificateField, x: Double, y: Double, width: Double, height: Double, size: Double,
                    bold: Bool = false, italic: Bool = false, align: String = "center") {
            self.field = field
            self.x = x
            self.y = y
            self.width = width
            self.height = height
            self.size = size
            self.bold = bold
            self.italic = italic
            self.align = align
        }

        private enum CodingKeys: String, CodingKey { case field, x, y, width, height, size, bold, italic, align }

        /// Reads a box; `bold`, `italic` (false) and `align` ("center") may be left out.
        public init(from decoder: Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            field = try container.decode(CertificateField.self, forKey: .field)
            x = try container.decode(Double.self, forKey: .x)
            y = try container.decode(Double.self, forKey: .y)
            width = try container.decode(Double.self, forKey: .width)
            height = try container.decode(Double.self, forKey: .height)
            size = try container.decode(Double.self, forKey: .size)
            bold = try container.decodeIfPresent(Bool.self, forKey: .bold) ?? false
            italic = try container.decodeIfPresent(Bool.self, forKey: .italic) ?? false
            align = try container.decodeIfPresent(String.self, forKey: .align) ?? "center"
        }
    }

    /// A shift of every field, in millimetres (right and down are positive).
    public struct Offset: Sendable, Hashable, Codable {
        public var x: Double
        public var y: Double

        /// An offset.
        public init(x: Double, y: Double) {
            self.x = x
            self.y = y
        }
    }

    /// The blank's id, also its file's name ("giay-khen").
    public var blank: String
    /// What the blank is, for people ("Giấy khen, phôi A4 ngang").
    public var name: String
    /// The awards printed on this blank (codes).
    public var awards: [String]
    /// The page in millimetres.
    public var pageWidth: Double
    public var pageHeight: Double
    /// The printer's correction.
    public var offset: Offset
    /// The fields printed, each in its box; a field without a box is not printed (the blank
    /// has it already).
    public var boxes: [Box]

    /// A layout.
    public init(blank: String, name: String, awards: [String], pageWidth: Double, pageHeight: Double,
                offset: Offset = Offset(x: 0, y: 0), boxes: [Box]) {
        self.blank = blank
        self.name = name
        self.awards = awards
        self.pageWidth = pageWidth
        self.pageHeight = pageHeight
        self.offset = offset
        self.boxes = boxes
    }

    /// Why a layout file cannot be used.
    public struct Problem: Error, Sendable, Hashable, CustomStringConvertible {
        /// What is wrong, in Vietnamese.
        public var description: String

        /// A problem.
        public init(description: String) {
            self.description = description
        }
    }

    /// Reads a layout from its JSON, and checks that the page is a real page and every box
    /// (moved by the offset) lies on it.
    public init(json: Data) throws {
        let decoded: CertificateLayout
        do { decoded = try JSONDecoder().decode(CertificateLayout.self, from: json) } catch {
            throw Problem(description: "không đọc được tệp bố cục giấy khen: \(error)")
        }
        self = decoded
        try check()
    }

    /// Throws when the page is not between 50 and 600 mm a side or a box leaves the page.
    public func check() throws {
        guard (50...600).contains(pageWidth), (50...600).contains(pageHeight) else {
            throw Problem(description: "\(blank): khổ giấy \(pageWidth) × \(pageHeight) mm không hợp lý")
        }
        for box in boxes {
            let left = box.x + offset.x, top = box.y + offset.y
            guard box.width > 0, box.height > 0, box.size > 0, left >= 0, top >= 0, left + box.width <= pageWidth + 0.01,
                  top + box.height <= pageHeight + 0.01 else {
                throw Problem(description: "\(blank): ô «\(box.field.rawValue)» nằm ngoài trang (kể cả độ lệch \(offset.x), \(offset.y) mm)")
            }
        }
    }
}
