/// An award a decision grants, as the money sees it.
public struct PaymentCandidate: Sendable, Hashable {
    /// The nomination.
    public var nominationID: String
    /// Who receives it.
    public var nomineeID: String
    /// What kind of nominee (the multiple depends on it).
    public var nomineeType: NomineeType
    /// The award's code.
    public var award: String
    /// The year it is for: the period of a yearly title.
    public var year: Int

    /// A candidate.
    public init(nominationID: String, nomineeID: String, nomineeType: NomineeType, award: String, year: Int) {
        self.nominationID = nominationID
        self.nomineeID = nomineeID
        self.nomineeType = nomineeType
        self.award = award
        self.year = year
    }
}

/// A title's money already paid by an earlier decision, which a later title of the same
/// nominee and period must take into account.
public struct EarlierTitlePayment: Sendable, Hashable {
    /// Who received it.
    public var nomineeID: String
    /// The period.
    public var year: Int
    /// The award's code.
    public var award: String
    /// Đồng paid.
    public var amount: Int
    /// The decision that paid it ("12/QĐ-UBND").
    public var decision: String

    /// An earlier payment.
    public init(nomineeID: String, year: Int, award: String, amount: Int, decision: String) {
        self.nomineeID = nomineeID
        self.year = year
        self.award = award
        self.amount = amount
        self.decision = decision
    }
}

/// Why an award is paid less than its multiple, or nothing.
public enum PaymentNote: Sendable, Hashable, Codable {
    /// The award carries no money for this kind of nominee.
    case noReward
    /// A higher title of the same period, granted in the same decision, is paid instead.
    case higherTitlePaid(award: String)
    /// A title of the same period was paid `amount` by an earlier decision: a higher title
    /// now pays the difference, an equal or lower one nothing.
    case earlierTitlePaid(award: String, decision: String, amount: Int)
}

/// One award's money.
public struct Payment: Sendable, Hashable {
    /// What is paid for.
    public var candidate: PaymentCandidate
    /// The multiple of the base salary the award carries for the nominee (before the
    /// one-period rule); nil when it carries none.
    public var multiple: Double?
    /// Đồng paid; nil when nothing is paid.
    public var amount: Int?
    /// Why nothing (or less) is paid.
    public var note: PaymentNote?
    /// The clause of the multiple.
    public var basis: String?

    /// A payment.
    public init(candidate: PaymentCandidate, multiple: Double?, amount: Int?, note: PaymentNote?, basis: String?) {
        self.candidate = candidate
        self.multiple = multiple
        self.amount = amount
        self.note = note
        self.basis = basis
    }
}

/// The money of one decision, computed in one place for the decision, its list, the payment
/// list and the desk: each award's multiple of the base salary in force on the decision's day,
/// rounded up to the rulebook's unit (NĐ 152/2025/NĐ-CP, Điều 49), with the rule of one period:
/// several titles of one nominee for the same year pay only the highest; a title and a form of
/// award are both paid. Pure: the store supplies the awards and the earlier payments.
public struct PaymentPlan: Sendable, Hashable {
    /// The base salary used; nil when none is known (every amount is then nil).
    public var baseSalary: AppliedBaseSalary?
    /// One payment per candidate, in the candidates' order.
    public var payments: [Payment]

    /// The plan for `candidates`.
    /// - Parameters:
    ///   - baseSalary: the base salary on the decision's day (`AppliedBaseSalary(on:table:override:)`).
    ///   - earlier: titles' money already paid to the same nominees by earlier decisions.
    ///   - rulebook: the rulebook of a year (the award's multiples, category and rounding).
    public init(candidates: [PaymentCandidate], baseSalary: AppliedBaseSalary?, earlier: [EarlierTitlePayment] = [],
                rulebook: (Int) -> Rulebook?) {
        self.baseSalary = baseSalary
        var payments = candidates.map { candidate -> Payment in
            let book = rulebook(candidate.year)
            let reward = book?.award(candidate.award)?.reward
            let multiple = reward?.multiple(for: candidate.nomineeType)
            let amount = baseSalary.flatMap { salary in
                reward?.amount(for: candidate.nomineeType, baseSalary: salary.amount,
                               roundingUnit: book?.procedure?.roundingUnit ?? 10_000)
            }
            return Payment(candidate: candidate, multiple: multiple, amount: amount, note: multiple == nil ? .noReward : nil,
                           basis: reward?.basis(for: candidate.nomineeType))
        }
        // One period, one payment: among a nominee's titles of a year, the highest amount is
        // paid (the first of equals), the others nothing. A title of that period already paid by
        // an earlier decision counts too: as high or higher, every new one is unpaid; lower, the
        // new highest pays the difference, so that the period never pays more than its highest
        // title (tdkt's reading of the rule across decisions, decision 40).
        func isTitle(_ payment: Payment) -> Bool {
            rulebook(payment.candidate.year)?.award(payment.candidate.award)?.category == .title && payment.multiple != nil
        }
        var periods: [PeriodKey: [Int]] = [:]
        for (index, payment) in payments.enumerated() where isTitle(payment) {
            periods[PeriodKey(nomineeID: payment.candidate.nomineeID, year: payment.candidate.year), default: []].append(index)
        }
        for (key, indices) in periods {
            let ranked = indices.sorted { (payments[$0].multiple ?? 0) > (payments[$1].multiple ?? 0) }
            let best = ranked[0]
            let paidBefore = earlier.filter {
                $0.nomineeID == key.nomineeID && $0.year == key.year && rulebook($0.year)?.award($0.award)?.category == .title
            }.max { $0.amount < $1.amount }
            if let paidBefore, paidBefore.amount >= (payments[best].amount ?? 0) {
                for index in indices {
                    payments[index].amount = nil
                    payments[index].note = .earlierTitlePaid(award: paidBefore.award, decision: paidBefore.decision,
                                                             amount: paidBefore.amount)
                }
                continue
            }
            if let paidBefore, let amount = payments[best].amount {
                payments[best].amount = amount - paidBefore.amount
                payments[best].note = .earlierTitlePaid(award: paidBefore.award, decision: paidBefore.decision,
                                                         amount: paidBefore.amount)
            }
            for index in ranked.dropFirst() {
                payments[index].amount = nil
                payments[index].note = .higherTitlePaid(award: payments[best].candidate.award)
            }
        }
        self.payments = payments
    }

    /// A plan made of payments already computed (an issued decision, as stored).
    public init(baseSalary: AppliedBaseSalary?, payments: [Payment]) {
        self.baseSalary = baseSalary
        self.payments = payments
    }

    /// The total in đồng.
    public var total: Int { payments.compactMap(\.amount).reduce(0, +) }

    /// The payment of a nomination.
    public func payment(for nominationID: String) -> Payment? {
        payments.first { $0.candidate.nominationID == nominationID }
    }

    private struct PeriodKey: Hashable {
        var nomineeID: String
        var year: Int
    }
}
