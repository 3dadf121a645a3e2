import Commendation
import TerminalUI
import VietnameseText

/// The form's verdict panel: the rulebook's first verdict on what has been entered so far.
extension NominationFormScreen {
    /// The evaluation of the draft, once it names a nominee and an award.
    var evaluation: Evaluation? {
        guard let type = draft.nominee?.type, let award = draft.award, let kind = draft.kind else { return nil }
        let subject = EvaluationSubject(award: award, kind: kind, nomineeType: type,
                                        year: draft.yearValue ?? environment.clock.today().year,
                                        hasMovement: draft.movementID != nil, facts: draft.facts)
        return Evaluator(rulebook: rulebook).evaluate(subject)
    }

    func drawVerdict(in rect: Rect, wrap: Bool, on buffer: inout ScreenBuffer) {
        let s = environment.strings
        let language = environment.language
        guard rect.height >= 2 else { return }
        let rule = String(repeating: "─", count: max(0, rect.width))
        buffer.put(rule, at: rect.origin, style: Style(.frame), limit: rect.width)
        buffer.put(" " + s("verdict.title") + " ", at: Point(x: rect.minX + 2, y: rect.minY), style: Style(.frame, [.bold]), limit: rect.width - 4)
        var y = rect.minY + 1
        guard let evaluation else {
            buffer.put(s("verdict.needsChoice"), at: Point(x: rect.minX, y: y), style: Style(.muted), limit: rect.width)
            return
        }
        let headline = s("verdict.headline", s("verdict." + evaluation.eligibility.rawValue).uppercased())
        let ruleText = " · " + s("verdict.rulebook", evaluation.rulebookID)
        let used = buffer.put(headline, at: Point(x: rect.minX, y: y), style: Style(environment.role(of: evaluation.eligibility), [.bold]), limit: rect.width)
        buffer.put(ruleText, at: Point(x: rect.minX + used, y: y), style: Style(.muted), limit: rect.width - used)
        y += 1
        if evaluation.eligibility == .notAssessed {
            for line in TextWrap.lines(s("verdict.notAssessed"), width: rect.width) where y < rect.maxY {
                buffer.put(line, at: Point(x: rect.minX, y: y), style: Style(.muted), limit: rect.width)
                y += 1
            }
            return
        }
        for verdict in evaluation.verdicts {
            guard y < rect.maxY else { break }
            let (mark, role): (String, ColorRole) = switch verdict.outcome {
            case .pass: ("✓", .ok)
            case .fail: ("✗", .error)
            case .unknown: ("?", .warning)
            }
            let text = verdict.reason(language) + " · " + verdict.basis
            buffer.put(mark, at: Point(x: rect.minX, y: y), style: Style(role, [.bold]))
            let lines = wrap ? TextWrap.lines(text, width: rect.width - 2) : [text.truncated(toWidth: rect.width - 2)]
            for line in lines {
                guard y < rect.maxY else { break }
                buffer.put(line, at: Point(x: rect.minX + 2, y: y), style: Style(verdict.outcome == .pass ? .normal : role), limit: rect.width - 2)
                y += 1
            }
        }
    }
}
