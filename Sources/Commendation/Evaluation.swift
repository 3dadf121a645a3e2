import VietnameseText

/// The outcome of one criterion.
public enum Outcome: String, Sendable, Hashable, Codable {
    /// The facts meet the criterion.
    case pass
    /// The facts fail it.
    case fail
    /// A fact it needs is missing.
    case unknown
}

/// The verdict on a whole nomination.
public enum Eligibility: String, Sendable, Hashable, Codable {
    /// Every criterion passes.
    case eligible
    /// At least one criterion fails.
    case notEligible = "not-eligible"
    /// None fails, but some are unknown (facts missing).
    case incomplete
    /// The award has no criteria tdkt can check (a council award defined without any); the
    /// clerk checks it by hand.
    case notAssessed = "not-assessed"
}

/// Why a criterion came out as it did: a template of the rulebook and its arguments, rendered
/// in either language only when someone reads it (evaluation itself builds no sentences).
public struct Reason: Sendable, Hashable {
    /// The template, with `{0}`, `{1}` … for the arguments.
    public var template: LocalizedText
    /// The arguments, each itself a reason (a label, a number, a nested sentence).
    public var arguments: [Reason]

    /// A reason from a template and its arguments.
    public init(_ template: LocalizedText, _ arguments: [Reason] = []) {
        self.template = template
        self.arguments = arguments
    }

    /// A text the same in both languages (a number, an id).
    public static func verbatim(_ text: String) -> Reason { Reason(.verbatim(text)) }

    /// Several reasons in one sentence, separated by "; ".
    public static func joined(_ parts: [Reason]) -> Reason {
        let template = (0..<parts.count).map { "{\($0)}" }.joined(separator: "; ")
        return Reason(.verbatim(template), parts)
    }

    /// The reason in `language`.
    public func callAsFunction(_ language: Language) -> String {
        template(language).fillingPlaceholders(arguments.map { $0(language) })
    }

    /// Appends the reason in `language` as UTF-8: the bytes of `self(language)`, without a
    /// string made for it or for any of its arguments (a review writes a reason per criterion
    /// of tens of thousands of nominations). Placeholders are read as `fillingPlaceholders` reads them.
    public func append(_ language: Language, to out: inout [UInt8]) {
        // The template's bytes are read in place (a walk of its `utf8` view copied them a
        // byte at a time: a twentieth of a check's time).
        var text = template(language)
        text.withUTF8 { bytes in
            var plain = 0
            var open = 0
            while let found = Self.index(of: UInt8(ascii: "{"), in: bytes, from: open) {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[plain..<found]))
                if let close = Self.index(of: UInt8(ascii: "}"), in: bytes, from: found + 1),
                   let index = Int(String(decoding: UnsafeBufferPointer(rebasing: bytes[(found + 1)..<close]), as: UTF8.self)),
                   arguments.indices.contains(index) {
                    arguments[index].append(language, to: &out)
                    open = close + 1
                } else {
                    out.append(UInt8(ascii: "{"))
                    open = found + 1
                }
                plain = open
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[plain...]))
        }
    }

    private static func index(of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var index = start
        while index < bytes.count {
            if bytes[index] == byte { return index }
            index += 1
        }
        return nil
    }

    /// The reason in Vietnamese.
    public var vi: String { self(.vi) }
    /// The reason in English.
    public var en: String { self(.en) }
}

/// The verdict on one criterion, with the reason in words and the legal basis.
public struct CriterionVerdict: Sendable, Hashable {
    /// The criterion's id.
    public var criterionID: String
    /// What the criterion says.
    public var text: LocalizedText
    /// Pass, fail or unknown.
    public var outcome: Outcome
    /// Why, naming the fact and the threshold.
    public var reason: Reason
    /// Legal basis.
    public var basis: String
    /// How sure we are of the rule.
    public var certainty: Certainty
    /// National or the council's own.
    public var origin: CriterionOrigin

    /// Creates a verdict.
    public init(criterionID: String, text: LocalizedText, outcome: Outcome, reason: Reason, basis: String,
                certainty: Certainty, origin: CriterionOrigin = .national) {
        self.criterionID = criterionID
        self.text = text
        self.outcome = outcome
        self.reason = reason
        self.basis = basis
        self.certainty = certainty
        self.origin = origin
    }
}

/// A nomination judged against a rulebook.
public struct Evaluation: Sendable, Hashable {
    /// Overall verdict.
    public var eligibility: Eligibility
    /// Per criterion, in the rulebook's order.
    public var verdicts: [CriterionVerdict]
    /// The rulebook used.
    public var rulebookID: String

    /// Creates an evaluation.
    public init(eligibility: Eligibility, verdicts: [CriterionVerdict], rulebookID: String) {
        self.eligibility = eligibility
        self.verdicts = verdicts
        self.rulebookID = rulebookID
    }

    /// The overall verdict of a list of criterion verdicts: not eligible if any fails;
    /// otherwise incomplete if any is unknown; otherwise eligible.
    public static func eligibility(of verdicts: [CriterionVerdict]) -> Eligibility {
        if verdicts.contains(where: { $0.outcome == .fail }) { return .notEligible }
        if verdicts.contains(where: { $0.outcome == .unknown }) { return .incomplete }
        return .eligible
    }
}
