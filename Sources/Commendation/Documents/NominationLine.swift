import VietnameseText

/// One row of a list of nominations (danh sách đề nghị, the list attached to a decision):
/// who, where, which award, and optionally the ballot, honour-roll number and money.
/// Rows are numbered (STT) in the order given.
public struct NominationLine: Sendable, Hashable {
    /// Họ và tên, or the name of the collective, household or residential group.
    public var name: String
    /// What is nominated: it decides the word used when lines are counted ("2 cá nhân",
    /// "1 tập thể", "1 hộ gia đình", "1 thôn, tổ dân phố").
    public var nomineeType: NomineeType
    /// Chức vụ – đơn vị for a person ("Công chức Văn phòng – Thống kê, UBND phường"); the
    /// address or residential group for a household ("Tổ dân phố 3"); "" when none.
    public var detail: String
    /// The award's name as printed ("Lao động tiên tiến", "Bằng khen của Chủ tịch UBND tỉnh").
    public var award: String
    /// The council's ballot, when the list shows it.
    public var ballot: LineBallot?
    /// Số sổ vàng as printed ("15/2026"), on the list attached to a decision.
    public var honourRollNumber: String?
    /// Money in đồng, on the list attached to a decision.
    public var amount: Int?
    /// Ghi chú; "" when none.
    public var note: String

    /// A line. Text is kept in NFC.
    public init(name: String, nomineeType: NomineeType, detail: String = "", award: String, ballot: LineBallot? = nil,
                honourRollNumber: String? = nil, amount: Int? = nil, note: String = "") {
        self.name = name.nfc
        self.nomineeType = nomineeType
        self.detail = detail.nfc
        self.award = award.nfc
        self.ballot = ballot
        self.honourRollNumber = honourRollNumber?.nfc
        self.amount = amount
        self.note = note.nfc
    }
}

/// The agreeing votes of a ballot and the number they are counted against: "12/14 (85,7 %)".
public struct LineBallot: Sendable, Hashable {
    /// Votes in favour.
    public var agree: Int
    /// The number the share is counted against (all members who may vote, or the voters,
    /// as the award's ballot rule says).
    public var base: Int

    /// A ballot result.
    public init(agree: Int, base: Int) {
        self.agree = agree
        self.base = base
    }

    /// The result of a ballot as the council's rule counted it.
    public init(_ outcome: BallotOutcome) {
        self.init(agree: outcome.tally.agree, base: outcome.base)
    }

    /// The share in per cent (0 when `base` is 0).
    public var percent: Double { base == 0 ? 0 : Double(agree) * 100 / Double(base) }

    /// "85,7": one decimal with a decimal comma, dropped when zero ("100").
    public var percentText: String { BallotOutcome.format(percent, comma: true) }

    /// "12/14 (85,7 %)", the sign kept with its number.
    public var text: String { "\(agree)/\(base) (\(BallotOutcome.percentage(percent, comma: true)))" }
}

/// Words documents use for nominee types.
public enum NomineeWords {
    /// The noun for counting: "cá nhân", "tập thể", "hộ gia đình", "thôn, tổ dân phố".
    public static func countNoun(_ type: NomineeType) -> String {
        switch type {
        case .person: return "cá nhân"
        case .collective: return "tập thể"
        case .household: return "hộ gia đình"
        case .residentialGroup: return "thôn, tổ dân phố"
        }
    }

    /// The order types are listed in when counted: collectives, persons, households,
    /// residential groups ("các tập thể, cá nhân").
    static let countOrder: [NomineeType] = [.collective, .person, .household, .residentialGroup]

    /// "2 cá nhân", "1 tập thể, 2 cá nhân": how many lines of each type, in `countOrder`.
    public static func counts(of lines: [NominationLine]) -> String {
        countOrder.compactMap { type in
            let count = lines.filter { $0.nomineeType == type }.count
            return count == 0 ? nil : "\(count) \(countNoun(type))"
        }.joined(separator: ", ")
    }

    /// "các tập thể, cá nhân": the types present, for sentences such as "khen thưởng cho
    /// các tập thể, cá nhân có tên trong danh sách kèm theo". "" for no lines.
    public static func kinds(of lines: [NominationLine]) -> String {
        let present = countOrder.filter { type in lines.contains { $0.nomineeType == type } }
        guard !present.isEmpty else { return "" }
        return "các " + present.map(countNoun).joined(separator: ", ")
    }

    /// The awards of `lines` in the order they first appear, each with its count:
    /// [("Lao động tiên tiến", "2 cá nhân"), …].
    public static func awardCounts(of lines: [NominationLine]) -> [(award: String, count: String)] {
        var order: [String] = []
        var byAward: [String: [NominationLine]] = [:]
        for line in lines {
            if byAward[line.award] == nil { order.append(line.award) }
            byAward[line.award, default: []].append(line)
        }
        return order.map { ($0, counts(of: byAward[$0] ?? [])) }
    }
}
