import VietnameseText

/// The ward, commune or township a document speaks for, from its name in the store
/// ("Phường Đầm Hà"): its level word ("phường") and its place name ("Đầm Hà").
public struct WardIdentity: Sendable, Hashable {
    /// The full name ("Phường Đầm Hà").
    public var name: String
    /// The level in lower case ("phường", "xã", "thị trấn").
    public var level: String
    /// The place name without the level ("Đầm Hà"), for the date line.
    public var place: String

    /// Reads the level from the start of `name`; a name without one is taken as a "xã".
    public init(name: String) {
        let name = name.nfcTrimmed
        self.name = name
        for level in ["thị trấn", "phường", "xã", "đặc khu"] where name.lowercased().hasPrefix(level + " ") {
            self.level = level
            place = String(name.dropFirst(level.count + 1)).nfcTrimmed
            return
        }
        level = "xã"
        place = name
    }

    /// "UBND phường Đầm Hà".
    public var committeeShort: String { "UBND \(level) \(place)" }
    /// "Ủy ban nhân dân phường Đầm Hà".
    public var committee: String { "Ủy ban nhân dân \(level) \(place)" }
    /// "Chủ tịch Ủy ban nhân dân phường Đầm Hà".
    public var chair: String { "Chủ tịch \(committee)" }
    /// "Hội đồng Thi đua – Khen thưởng phường Đầm Hà".
    public var council: String { "Hội đồng Thi đua – Khen thưởng \(level) \(place)" }
    /// The header of the committee's documents: "ỦY BAN NHÂN DÂN" / "PHƯỜNG ĐẦM HÀ".
    public func committeeHeader(number: String?, symbol: String?, date: CivilDate?, year: Int) -> DocumentHeader {
        DocumentHeader(parentBody: "Ủy ban nhân dân", issuingBody: "\(level.capitalizedFirst) \(place)", number: number,
                       symbol: symbol, place: place, date: date, year: year)
    }
    /// The header of the council's documents: "UBND PHƯỜNG ĐẦM HÀ" / "HỘI ĐỒNG THI ĐUA – KHEN THƯỞNG".
    public func councilHeader(number: String?, symbol: String, date: CivilDate?, year: Int) -> DocumentHeader {
        DocumentHeader(parentBody: committeeShort, issuingBody: "Hội đồng Thi đua – Khen thưởng", number: number, symbol: symbol,
                       place: place, date: date, year: year)
    }
}

