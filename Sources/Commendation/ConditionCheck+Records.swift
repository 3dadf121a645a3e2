/// The checks across records: innovations used once, awards held or nominated in the same
/// round, chains of years, duplicates and quotas.
extension ConditionCheck {
    /// The history: the facts' own and the store's.
    private var history: [PastAward]? {
        let stored = entry.nomineeID.flatMap { round.context?.history(of: $0) }
        switch (facts.history, stored) {
        case (nil, nil): return nil
        case (let given?, nil): return given
        case (nil, let stored?): return stored
        case (let given?, let stored?): return given + stored
        }
    }

    /// Outcome of "one of `awards` in `year`": held, or an eligible nomination of the round.
    private func held(_ awards: [String], in target: Int, yearlyOnly: Bool, history: [PastAward]?) -> (Outcome, String?) {
        if let history, history.contains(where: { awards.contains($0.award) && $0.year == target
                                                  && (!yearlyOnly || $0.kind == nil || $0.kind == .congTrang) }) {
            return (.pass, nil)
        }
        var waiting: String?
        if let nominee = entry.nomineeID {
            for other in round.entries(nomineeID: nominee, year: target) where other != index {
                let candidate = round.entries[other]
                guard awards.contains(candidate.subject.award), !yearlyOnly || candidate.subject.kind == .congTrang else { continue }
                if round.inSameCycle(index, other) || round.isInProgress(other) { waiting = round.label(of: other); continue }
                switch round.evaluation(at: other).eligibility {
                case .eligible: return (.pass, round.label(of: other))
                case .incomplete: waiting = round.label(of: other)
                case .notEligible, .notAssessed: break
                }
            }
        }
        if waiting != nil || history == nil { return (.unknown, waiting) }
        return (.fail, nil)
    }

    func holds(_ awards: [String]) -> (Outcome, Reason) {
        let names = messages.awardNames(awards)
        let yearText = Reason.verbatim(String(year))
        let (outcome, via) = held(awards, in: year, yearlyOnly: false, history: history)
        switch outcome {
        case .pass:
            return via.map { (.pass, messages.reason("holds.round", names, yearText, .verbatim($0))) }
                ?? (.pass, messages.reason("holds.pass", names, yearText))
        case .fail:
            return (.fail, messages.reason("holds.fail", names, yearText))
        case .unknown:
            return via.map { (.unknown, messages.reason("holds.waiting", names, yearText, .verbatim($0))) }
                ?? (.unknown, messages.reason("holds.unknown", names, yearText))
        }
    }

    func chain(_ awards: [String], years: Int) -> (Outcome, Reason) {
        let names = messages.awardNames(awards)
        let history = self.history
        let first = year - max(1, years) + 1
        var held: [Int] = [], missing: [Int] = [], open: [Int] = []
        for target in first...year {
            switch self.held(awards, in: target, yearlyOnly: true, history: history).0 {
            case .pass: held.append(target)
            case .fail: missing.append(target)
            case .unknown: open.append(target)
            }
        }
        let list = { (years: [Int]) -> Reason in .verbatim(years.map(String.init).joined(separator: ", ")) }
        if missing.isEmpty && open.isEmpty {
            return (.pass, messages.reason("chain.pass", names, .verbatim(String(years)), list(held)))
        }
        if !missing.isEmpty {
            return (.fail, messages.reason("chain.fail", names, .verbatim(String(years)), .verbatim(String(year)), list(missing),
                                           held.isEmpty ? messages.reason("chain.none") : list(held)))
        }
        return (.unknown, messages.reason("chain.unknown", names, .verbatim(String(years)), .verbatim(String(year)), list(open)))
    }

    func innovations(_ sources: [InnovationSource], minLevel: RecognitionLevel, years: Int, required: Double) -> (Outcome, Reason) {
        let first = year - max(1, years) + 1
        var qualifying: [String] = [], maybe = 0, sourceUnknown = false
        var notes: [Reason] = []
        if sources.contains(.initiatives) {
            if let initiatives = facts.initiatives {
                for initiative in initiatives {
                    guard let level = RecognitionLevel(rawValue: initiative.level), level >= minLevel else { continue }
                    if let used = initiative.usedFor {
                        notes.append(messages.reason("innovations.usedFor", .verbatim(initiative.id), messages.awardNames([used])))
                        continue
                    }
                    if let claimant = round.initiativeClaimant(initiative.id, besides: index) {
                        notes.append(messages.reason("innovations.claimed", .verbatim(initiative.id), .verbatim(claimant)))
                        continue
                    }
                    guard let when = initiative.year else { maybe += 1; continue }
                    if when >= first && when <= year { qualifying.append(initiative.id) }
                }
            } else {
                sourceUnknown = true
            }
        }
        if sources.contains(.research) {
            if let research = facts.research {
                for project in research {
                    guard let level = RecognitionLevel(rawValue: project.level), level >= minLevel, project.accepted != false else { continue }
                    guard let when = project.year, project.accepted == true else { maybe += 1; continue }
                    if when >= first && when <= year { qualifying.append(project.id) }
                }
            } else {
                sourceUnknown = true
            }
        }
        let what = messages.labels("innovationSources", sources.map(\.rawValue))
        let period: Reason = years <= 1 ? messages.reason("period.year", .verbatim(String(year)))
                                        : messages.reason("period.years", .verbatim(String(first)), .verbatim(String(year)))
        let found = qualifying.isEmpty ? Reason.verbatim("") : .verbatim(" (" + qualifying.joined(separator: ", ") + ")")
        let extra = notes.isEmpty ? Reason.verbatim("") : Reason(.verbatim("; {0}"), [.joined(notes)])
        let arguments: [Reason] = [.verbatim(String(qualifying.count)), what, messages.label("levels", minLevel.rawValue), period,
                                   number(required), found, extra]
        if Double(qualifying.count) >= required { return (.pass, Reason(template("innovations.pass"), arguments)) }
        if sourceUnknown || Double(qualifying.count + maybe) >= required {
            return (.unknown, Reason(template("innovations.unknown"), arguments))
        }
        return (.fail, Reason(template("innovations.fail"), arguments))
    }

    /// The same nominee, award, kind and year nominated twice. Ad hoc awards (đột xuất) are for
    /// separate achievements and may be several in a year.
    func notDuplicated() -> (Outcome, Reason) {
        guard let nominee = entry.nomineeID, subject.kind != .dotXuat else { return (.pass, messages.reason("duplicate.pass")) }
        for other in round.entries(nomineeID: nominee, year: year) where other < index {
            if round.entries[other].subject.award == subject.award && round.entries[other].subject.kind == subject.kind {
                return (.fail, messages.reason("duplicate.fail", .verbatim(round.label(of: other))))
            }
        }
        let stored = round.context?.duplicates(nomineeID: nominee, award: subject.award, kind: subject.kind, year: year,
                                               excluding: entry.id) ?? []
        if let first = stored.first { return (.fail, messages.reason("duplicate.fail", .verbatim(first))) }
        return (.pass, messages.reason("duplicate.pass"))
    }

    func roundQuota(_ relativeTo: [String], share: Double) -> (Outcome, Reason) {
        let counts: [String: Int]
        if let stored = round.context?.roundCounts(year: year) {
            counts = stored
        } else {
            counts = round.tally(year: year)
        }
        let mine = max(1, counts[subject.award] ?? 0)
        let base = relativeTo.reduce(0) { $0 + (counts[$1] ?? 0) }
        let percent = base == 0 ? 100 : Double(mine) * 100 / Double(base)
        let outcome: Outcome = base > 0 && Double(mine) * 100 <= share * Double(base) + 1e-9 ? .pass : .fail
        return (outcome, messages.reason("quota." + outcome.rawValue, .verbatim(String(mine)), Reason(award.shortName),
                                         .verbatim(String(base)), messages.awardNames(relativeTo), number(percent), number(share)))
    }

    private func template(_ key: String) -> LocalizedText {
        messages.rulebook.messages[key] ?? .verbatim("⟦\(key)⟧")
    }
}
