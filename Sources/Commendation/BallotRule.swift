/// Who the share of a ballot is counted against.
public enum BallotBase: String, Sendable, Hashable, Codable {
    /// Every member of the council who may vote on the nomination (in term on the session's
    /// date, not conflicted), present or not: "80 % of all council members".
    case members
    /// The members who voted: present, or absent with a written opinion.
    case voters
}

/// The share of votes a nomination needs in the council: data of the rulebook, with its
/// basis, so that "CSTĐCS: at least 80 % of all members" and "majority otherwise" are not
/// written in Swift.
public struct BallotRule: Sendable, Hashable, Codable {
    /// The share in per cent (80, 50).
    public var percent: Double
    /// What the share is counted against.
    public var of: BallotBase
    /// True for "at least" (≥), false for "more than" (>).
    public var atLeast: Bool
    /// Whether the law asks for a secret ballot.
    public var secret: Bool
    /// The legal basis.
    public var basis: String
    /// How sure we are of it.
    public var certainty: Certainty

    /// Creates a rule.
    public init(percent: Double, of: BallotBase, atLeast: Bool, secret: Bool, basis: String, certainty: Certainty) {
        self.percent = percent
        self.of = of
        self.atLeast = atLeast
        self.secret = secret
        self.basis = basis
        self.certainty = certainty
    }

    /// The outcome of `tally` under this rule, with `members` the number of members who may
    /// vote on the nomination.
    public func outcome(of tally: Tally, members: Int) -> BallotOutcome {
        let base = of == .members ? members : tally.total
        let passed: Bool
        if base == 0 {
            passed = false
        } else if atLeast {
            // agree / base ≥ percent / 100, in integers (no rounding at the boundary).
            passed = Double(tally.agree) * 100 >= percent * Double(base) - 1e-9
        } else {
            passed = Double(tally.agree) * 100 > percent * Double(base) + 1e-9
        }
        return BallotOutcome(tally: tally, base: base, rule: self, passed: passed)
    }
}

/// A ballot's result and why.
public struct BallotOutcome: Sendable, Hashable {
    /// The votes.
    public let tally: Tally
    /// The number the share is counted against.
    public let base: Int
    /// The rule applied.
    public let rule: BallotRule
    /// Whether the nomination passed.
    public let passed: Bool

    /// The share of agreeing votes, in per cent (0 when nobody could vote).
    public var percent: Double { base == 0 ? 0 : Double(tally.agree) * 100 / Double(base) }

    /// "11/14 = 78,6 %; cần ≥ 80 %" — the arithmetic a council secretary writes in the minutes.
    public var explanation: LocalizedText {
        let comparison = rule.atLeast ? "≥" : ">"
        let vi = "\(tally.agree)/\(base) = \(Self.percentage(percent, comma: true)); cần \(comparison) \(Self.percentage(rule.percent, comma: true))"
        let en = "\(tally.agree)/\(base) = \(Self.percentage(percent, comma: false)); needs \(comparison) \(Self.percentage(rule.percent, comma: false))"
        return LocalizedText(vi: vi, en: en)
    }

    /// One decimal, dropped when zero; a decimal comma in Vietnamese.
    /// "85,7 %" (a no-break space before the sign, so that it never starts a line), one decimal
    /// dropped when zero; a decimal comma with `comma`.
    public static func percentage(_ value: Double, comma: Bool) -> String {
        format(value, comma: comma) + "\u{00A0}%"
    }

    static func format(_ value: Double, comma: Bool) -> String {
        let tenths = Int((value * 10).rounded())
        let text = tenths % 10 == 0 ? "\(tenths / 10)" : "\(tenths / 10).\(abs(tenths % 10))"
        return comma ? text.replacingOccurrences(of: ".", with: ",") : text
    }
}

/// A member's vote.
public enum Vote: String, Sendable, Hashable, Codable, CaseIterable {
    /// Đồng ý.
    case agree
    /// Không đồng ý.
    case disagree
    /// Không biểu quyết / phiếu trắng.
    case abstain
}

/// Votes counted: agree, disagree, abstain.
public struct Tally: Sendable, Hashable, Codable {
    /// Đồng ý.
    public var agree: Int
    /// Không đồng ý.
    public var disagree: Int
    /// Không biểu quyết.
    public var abstain: Int

    /// A tally.
    public init(agree: Int, disagree: Int, abstain: Int) {
        self.agree = agree
        self.disagree = disagree
        self.abstain = abstain
    }

    /// Everyone who voted.
    public var total: Int { agree + disagree + abstain }

    /// The tally of per-member votes.
    public init<Votes: Sequence>(votes: Votes) where Votes.Element == Vote {
        var tally = Tally(agree: 0, disagree: 0, abstain: 0)
        for vote in votes {
            switch vote {
            case .agree: tally.agree += 1
            case .disagree: tally.disagree += 1
            case .abstain: tally.abstain += 1
            }
        }
        self = tally
    }
}
