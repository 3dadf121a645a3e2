import Commendation

/// An evaluation's verdicts as JSON bytes, as the pending review (`tdkt pending --format json`)
/// and the check report (`tdkt check --format json`) both write them: an array whose brackets
/// are at level 3, each verdict an object at level 5 with its basis, criterion, outcome and
/// reason, in the layout of `JSONText.array` and `JSONText.object`.
struct VerdictsJSON {
    /// A verdict's reason before it is quoted (kept between verdicts).
    private var reason: [UInt8] = []

    /// Appends `verdicts`, their reasons in `language`, to `out`.
    mutating func append(_ verdicts: [CriterionVerdict], language: Language, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "["))
        for (index, verdict) in verdicts.enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            out.append(0x0A)
            JSONText.appendIndent(4, to: &out)
            var object = JSONText.ObjectBytes(level: 5, to: &out)
            object.string("basis", verdict.basis, to: &out)
            object.string("criterion", verdict.criterionID, to: &out)
            object.string("outcome", verdict.outcome.rawValue, to: &out)
            object.member("reason", to: &out)
            reason.removeAll(keepingCapacity: true)
            verdict.reason.append(language, to: &reason)
            reason.withUnsafeBufferPointer { JSONText.appendQuoted(utf8: $0, to: &out) }
            object.close(to: &out)
        }
        // An empty array is "[", an empty line and "]", as the encoder writes it.
        out.append(0x0A)
        if verdicts.isEmpty { out.append(0x0A) }
        JSONText.appendIndent(3, to: &out)
        out.append(UInt8(ascii: "]"))
    }
}
