import Commendation
import TerminalUI
import VietnameseText

/// The form's verdict panel: the rulebook's first verdict on what has been entered so far.
extension NominationFormScreen {
    /// The evaluation of the draft, once it names a nominee and an award (computed once per
    /// change of the draft, not per frame).
    var evaluation: Evaluation? {
        if let cache = evaluationCache, cache.draft == draft { return cache.evaluation }
        do {
            let result = try evaluateDraft()
            evaluationCache = (draft, result, nil)
            return result
        } catch {
            evaluationCache = (draft, nil, environment.describe(error))
            return nil
        }
    }

    /// Why the draft could not be judged: the store failed while reading what the verdict needs.
    var verdictTrouble: String? {
        _ = evaluation
        return evaluationCache?.trouble
    }

    private func evaluateDraft() throws -> Evaluation? {
        guard let type = draft.nominee?.type, let award = draft.award, let kind = draft.kind else { return nil }
        let subject = EvaluationSubject(award: award, kind: kind, nomineeType: type,
                                        year: draft.yearValue ?? environment.clock.today().year,
                                        hasMovement: draft.movementID != nil, facts: draft.facts)
        var nomineeID: String?
        if case .existing(let nominee)? = draft.nominee { nomineeID = nominee.id }
        return try environment.judge.judged(subject, id: draft.id, nomineeID: nomineeID)
    }

    func drawVerdict(in rect: Rect, wrap: Bool, on buffer: inout ScreenBuffer) {
        let s = environment.strings
        let language = environment.language
        guard rect.height >= 2 else { return }
        let rule = String(repeating: "─", count: max(0, rect.width))
        buffer.put(rule, at: rect.origin, style: Style(.frame), limit: rect.width)
        buffer.put(" " + s("verdict.title") + " ", at: Point(x: rect.minX + 2, y: rect.minY), style: Style(.frame, [.bold]), limit: rect.width - 4)
        var y = rect.minY + 1
        if let trouble = verdictTrouble {
            for line in TextWrap.lines(s("verdict.storeFailed", trouble), width: rect.width) where y < rect.maxY {
                buffer.put(line, at: Point(x: rect.minX, y: y), style: Style(.error), limit: rect.width)
                y += 1
            }
            return
        }
        guard let evaluation else {
            buffer.put(s("verdict.needsChoice"), at: Point(x: rect.minX, y: y), style: Style(.muted), limit: rect.width)
            return
        }
        let headline = s("verdict.headline", s("verdict." + evaluation.eligibility.rawValue).uppercased())
        let ruleText = " · " + s("verdict.rulebook", evaluation.rulebookID)
        let used = buffer.put(headline, at: Point(x: rect.minX, y: y), style: Style(environment.role(of: evaluation.eligibility), [.bold]), limit: rect.width)
        if wrap, used + ruleText.displayWidth > rect.width {
            y += 1
            buffer.put(s("verdict.rulebook", evaluation.rulebookID), at: Point(x: rect.minX, y: y), style: Style(.muted), limit: rect.width)
        } else {
            buffer.put(ruleText, at: Point(x: rect.minX + used, y: y), style: Style(.muted), limit: rect.width - used)
        }
        y += 1
        if evaluation.eligibility == .notAssessed {
            for line in TextWrap.lines(s("verdict.notAssessed"), width: rect.width) where y < rect.maxY {
                buffer.put(line, at: Point(x: rect.minX, y: y), style: Style(.muted), limit: rect.width)
                y += 1
            }
            return
        }
        // Failing and unknown criteria first: they are what the clerk must act on.
        let ordered = evaluation.verdicts.filter { $0.outcome == .fail } + evaluation.verdicts.filter { $0.outcome == .unknown }
            + evaluation.verdicts.filter { $0.outcome == .pass }
        for verdict in ordered {
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

extension NominationFormScreen {
    /// F3: every criterion with its outcome, reason, legal basis (and the text it comes from)
    /// and how sure tdkt is of the rule.
    func showBasis(app: Application) {
        let s = environment.strings
        let language = environment.language
        guard let evaluation else {
            app.present(TextDialog(title: s("basis.title"), paragraphs: [.init(s("verdict.needsChoice"), role: .muted)]))
            return
        }
        let sources = rulebook.sources
        var paragraphs: [TextDialog.Paragraph] = [
            .init(s("basis.rulebook", rulebook.title(language)), role: .muted),
            .init(""),
        ]
        for verdict in evaluation.verdicts {
            let (mark, role): (String, ColorRole) = switch verdict.outcome {
            case .pass: ("✓", .ok)
            case .fail: ("✗", .error)
            case .unknown: ("?", .warning)
            }
            paragraphs.append(.init(mark + " " + verdict.text(language), role: role, bold: true))
            paragraphs.append(.init(verdict.reason(language), indent: 2))
            if !verdict.basis.isEmpty {
                let source = sources.first { verdict.basis.hasPrefix($0.citedAs) }
                paragraphs.append(.init(s("basis.basis", verdict.basis) + (source.map { " — " + $0.title(language) } ?? ""), role: .muted, indent: 2))
            }
            let origin = s("basis.origin." + verdict.origin.rawValue)
            paragraphs.append(.init(s("basis.certainty." + verdict.certainty.rawValue) + " · " + origin, role: .muted, indent: 2))
            paragraphs.append(.init(""))
        }
        app.present(TextDialog(title: s("basis.title"), paragraphs: paragraphs))
    }
}
