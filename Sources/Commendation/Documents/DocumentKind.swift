import VietnameseText

/// The documents tdkt writes from the record, as the clerk names them on the command line.
public enum DocumentKind: String, Sendable, Hashable, CaseIterable {
    /// Tờ trình of the council to the chair (structure of Mẫu 01, NĐ 152/2025).
    case submission = "to-trinh"
    /// Danh sách đề nghị khen thưởng, with ballot results.
    case nominationList = "danh-sach"
    /// Biên bản họp Hội đồng Thi đua – Khen thưởng.
    case minutes = "bien-ban"
    /// Dự thảo quyết định khen thưởng (or an issued decision) with its list.
    case decision = "quyet-dinh"
    /// Danh sách niêm yết công khai the households proposed for Gia đình văn hóa.
    case posting = "niem-yet"
    /// Danh sách chi tiền thưởng of a decision (or of the draft decision of a session).
    case paymentList = "chi-tien"

    /// The Vietnamese name, as written on the command line ("tờ-trình").
    public var vietnamese: String {
        switch self {
        case .submission: return "tờ-trình"
        case .nominationList: return "danh-sách"
        case .minutes: return "biên-bản"
        case .decision: return "quyết-định"
        case .posting: return "niêm-yết"
        case .paymentList: return "chi-tiền"
        }
    }

    /// English aliases.
    private var english: [String] {
        switch self {
        case .submission: return ["submission"]
        case .nominationList: return ["list", "nomination-list"]
        case .minutes: return ["minutes"]
        case .decision: return ["decision", "decision-draft"]
        case .posting: return ["posting", "posting-list"]
        case .paymentList: return ["payments", "payment-list", "danh-sach-chi-tien"]
        }
    }

    /// The kind named by `argument`: the Vietnamese name with or without accents, with a
    /// hyphen, a space or nothing between the words ("tờ-trình", "to-trinh", "totrinh",
    /// "TỜ TRÌNH"), or an English alias ("minutes"). Nil when nothing matches.
    public init?(argument: String) {
        let folded = argument.foldedForSearch.replacingOccurrences(of: " ", with: "-").replacingOccurrences(of: "_", with: "-")
        let squeezed = folded.replacingOccurrences(of: "-", with: "")
        for kind in Self.allCases {
            let names = [kind.rawValue] + kind.english
            if names.contains(folded) || names.map({ $0.replacingOccurrences(of: "-", with: "") }).contains(squeezed) {
                self = kind
                return
            }
        }
        return nil
    }

    /// A file name for this document of `scope` ("bien-ban-PH-2026-02.md").
    public func fileName(scope: String, format: DocumentFormat) -> String {
        fileName(scope: scope, extension: format.fileExtension)
    }

    /// A file name for this document of `scope` with the extension `ext` ("quyet-dinh-125-QD-UBND.docx").
    public func fileName(scope: String, extension ext: String) -> String {
        let safe = scope.foldedForSearch.uppercased().map { $0.isLetter || $0.isNumber || $0 == "-" ? $0 : "-" }
        return "\(rawValue)-\(String(safe)).\(ext)"
    }
}
