import Foundation
import VietnameseText

/// The head of an administrative document (Nghị định 30/2020/NĐ-CP): top left the issuing
/// body under its parent body, with the number and symbol; top right the national title and
/// motto, with the place and date.
///
///     UBND PHƯỜNG ĐẦM HÀ                       CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
///     HỘI ĐỒNG THI ĐUA – KHEN THƯỞNG                Độc lập - Tự do - Hạnh phúc
///     Số: 01/TTr-HĐTĐKT                       Đầm Hà, ngày 12 tháng 11 năm 2026
public struct DocumentHeader: Sendable, Hashable {
    /// The parent body, first line top left ("UBND PHƯỜNG ĐẦM HÀ", "ỦY BAN NHÂN DÂN"); ""
    /// for none. Printed in capitals.
    public var parentBody: String
    /// The issuing body, second line top left ("HỘI ĐỒNG THI ĐUA – KHEN THƯỞNG",
    /// "PHƯỜNG ĐẦM HÀ"). Printed in capitals, in bold in Markdown.
    public var issuingBody: String
    /// The number ("125"), or nil for a draft: "Số:      /QĐ-UBND".
    public var number: String?
    /// The symbol after the slash ("QĐ-UBND", "TTr-HĐTĐKT", "BB-HĐTĐKT"), or nil for a
    /// document without a number line (a posted list).
    public var symbol: String?
    /// The place name of the date line ("Đầm Hà").
    public var place: String
    /// The date of issue, or nil for a draft: "ngày      tháng      năm 2026".
    public var date: CivilDate?
    /// The year printed when `date` is nil; ignored otherwise.
    public var year: Int?

    /// A header. Text is kept in NFC; `parentBody` and `issuingBody` may be given in any case.
    public init(parentBody: String, issuingBody: String, number: String?, symbol: String?, place: String,
                date: CivilDate?, year: Int? = nil) {
        self.parentBody = parentBody.nfc
        self.issuingBody = issuingBody.nfc
        self.number = number?.nfc
        self.symbol = symbol?.nfc
        self.place = place.nfc
        self.date = date
        self.year = year ?? date?.year
    }

    /// A header from a full number and symbol as the store keeps it ("125/QĐ-UBND"): the part
    /// before the first slash is the number, the rest the symbol. Text without a slash is
    /// taken as the symbol of an unnumbered draft.
    public init(parentBody: String, issuingBody: String, numberAndSymbol: String, place: String, date: CivilDate?,
                year: Int? = nil) {
        let parts = numberAndSymbol.nfc.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false)
        let number = parts.count == 2 ? String(parts[0]).trimmingCharacters(in: .whitespaces) : ""
        let symbol = String(parts.count == 2 ? parts[1] : parts[0]).trimmingCharacters(in: .whitespaces)
        self.init(parentBody: parentBody, issuingBody: issuingBody, number: number.isEmpty ? nil : number,
                  symbol: symbol, place: place, date: date, year: year)
    }

    /// "125/QĐ-UBND", or "/QĐ-UBND" for a draft; nil without a symbol.
    public var reference: String? {
        symbol.map { "\(number ?? "")/\($0)" }
    }

    /// The number line: "Số: 125/QĐ-UBND"; a draft leaves room for the number: "Số:      /QĐ-UBND".
    public func numberLine(blank: String = "      ") -> String? {
        guard let symbol else { return nil }
        if let number { return "Số: \(number)/\(symbol)" }
        return "Số:\(blank)/\(symbol)"
    }

    /// The place and date line (`AdministrativeDate.line`).
    public func dateLine(blank: String = "     ") -> String {
        AdministrativeDate.line(place: place, date: date, year: year, blank: blank)
    }

    /// "ngày 20 tháng 11 năm 2026" when dated, "ngày … tháng … năm 2026" otherwise: for
    /// references such as "(Kèm theo Quyết định số 125/QĐ-UBND ngày …)".
    public var longDate: String {
        if let date { return AdministrativeDate.long(date) }
        return "ngày … tháng … năm \(year.map(String.init) ?? "…")"
    }

    /// The national title (Quốc hiệu).
    public static let nationalTitle = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    /// The motto (Tiêu ngữ).
    public static let motto = "Độc lập - Tự do - Hạnh phúc"
}

/// Who signs, bottom right: the authority lines in capitals, then the name.
///
///     TM. ỦY BAN NHÂN DÂN        KT. CHỦ TỊCH          CHỦ TỊCH
///     CHỦ TỊCH                   PHÓ CHỦ TỊCH
///     (signature)                (signature)           (signature)
///     Nguyễn Văn Hải             Lê Thị Thu            Nguyễn Văn Hải
public struct DocumentSigner: Sendable, Hashable {
    /// The authority lines, top to bottom ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"); printed in
    /// capitals and in bold in Markdown.
    public var authority: [String]
    /// The signer's full name, printed in bold in Markdown; "" leaves the line empty.
    public var name: String

    /// A signer.
    public init(authority: [String], name: String) {
        self.authority = authority.map(\.nfc)
        self.name = name.nfc
    }

    /// Signing for a collective body: "TM. ỦY BAN NHÂN DÂN" / "CHỦ TỊCH".
    public static func onBehalf(of body: String, title: String, name: String) -> DocumentSigner {
        DocumentSigner(authority: ["TM. \(body)", title], name: name)
    }

    /// Signing in place of the head: "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH".
    public static func deputy(of head: String, title: String, name: String) -> DocumentSigner {
        DocumentSigner(authority: ["KT. \(head)", title], name: name)
    }

    /// Signing in one's own office: "CHỦ TỊCH".
    public static func inOwnName(title: String, name: String) -> DocumentSigner {
        DocumentSigner(authority: [title], name: name)
    }
}
