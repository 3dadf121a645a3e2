import Commendation
import CommendationStore
import Foundation
import VietnameseText

/// `tdkt pending --format json` written as the review is read: the same bytes as
/// `PendingReport.json` (keys sorted, two-space indents), but each group's nominations are read,
/// judged and written a chunk at a time, so that a province's 85 000 pending nominations never
/// sit in memory together with their verdicts and reasons.
public enum PendingJSON {
    /// Writes the review of `store` on `today` under the ward's `rules` to `sink`, labels and
    /// reasons in `language`, ending with a line end.
    /// - Throws: `StoreError` when the store cannot be read; `OutputSink.Failure` when the sink
    ///   cannot be written.
    public static func write(store: Store, rules: WardRules, today: CivilDate, strings: Localizer, language: Language,
                             to sink: OutputSink) throws {
        let awards = try PendingAwards(store: store, rules: rules, today: today)
        let counts = try awards.counts()
        let groups = PendingGroup.allCases.map { (group: $0, count: counts[$0] ?? 0) }
        try sink.write("{\n" + JSONText.member("count", String(groups.reduce(0) { $0 + $1.count }), level: 1) + ",\n")
        let groupObjects = groups.map { group, count in
            JSONText.object([("count", String(count)), ("group", JSONText.quoted(group.rawValue)),
                             ("label", JSONText.quoted(strings("pending.group." + group.rawValue)))], level: 3)
        }
        try sink.write(JSONText.member("groups", JSONText.array(groupObjects, level: 2), level: 1) + ",\n")
        try sink.write(JSONText.indent(1) + "\"pending\" : [")
        // The reasons are not kept with the standings: each chunk is judged again, with every
        // pending nomination of its nominees read for their rounds.
        let judge = NominationJudge(store: store, rulebook: awards.rulebook)
        var awardNames: [String: String] = [:]
        var written = 0
        for (group, count) in groups where count > 0 {
            try awards.forEachChunk(group: group) { items in
                judge.context.forgetNominees()
                try judge.context.preload(nomineesOf: items.map(\.listing))
                var text = ""
                for item in items {
                    text += (written == 0 ? "\n" : ",\n") + JSONText.indent(2)
                        + itemObject(item, evaluation: try judge.judged(item.listing), awards: awards, names: &awardNames,
                                     language: language)
                    written += 1
                }
                try sink.write(text)
            }
        }
        try sink.write(written == 0 ? "\n\n" + JSONText.indent(1) + "],\n" : "\n" + JSONText.indent(1) + "],\n")
        let publications = awards.publications.map { publication in
            JSONText.object([("awards", String(publication.awards)), ("date", JSONText.quoted(publication.decided.iso)),
                             ("daysLeft", String(publication.daysLeft(on: awards.today))),
                             ("decision", JSONText.quoted(publication.decision)), ("publishBy", JSONText.quoted(publication.due.iso))],
                            level: 3)
        }
        try sink.write(JSONText.member("publications", JSONText.array(publications, level: 2), level: 1) + ",\n")
        try sink.write(JSONText.member("store", JSONText.quoted(awards.storePath), level: 1) + ",\n")
        try sink.write(JSONText.member("today", JSONText.quoted(awards.today.iso), level: 1) + "\n}\n")
        try sink.flush()
    }

    /// One pending nomination as an object whose members are at level 3.
    private static func itemObject(_ item: PendingAwards.Item, evaluation: Evaluation, awards: PendingAwards,
                                   names: inout [String: String], language: Language) -> String {
        let n = item.listing.nomination
        let nameKey = String(n.year) + "|" + n.award
        let awardName: String
        if let known = names[nameKey] {
            awardName = known
        } else {
            awardName = JSONText.quoted(awards.rulebook(n.year)?.award(n.award)?.name(language) ?? n.award)
            names[nameKey] = awardName
        }
        let nominee = item.listing.nominee
        let verdicts = evaluation.verdicts.map { verdict in
            JSONText.object([("basis", JSONText.quoted(verdict.basis)), ("criterion", JSONText.quoted(verdict.criterionID)),
                             ("outcome", JSONText.quoted(verdict.outcome.rawValue)), ("reason", JSONText.quoted(verdict.reason(language)))],
                            level: 5)
        }
        return JSONText.object([
            ("ageWorkingDays", item.assessment.ageWorkingDays.map { String($0) }),
            ("award", JSONText.quoted(n.award)),
            ("awardName", awardName),
            ("deadline", item.assessment.deadline.map { JSONText.quoted($0.iso) }),
            ("eligibility", JSONText.quoted(evaluation.eligibility.rawValue)),
            ("group", JSONText.quoted(item.assessment.group.rawValue)),
            ("id", JSONText.quoted(n.id)),
            ("kind", JSONText.quoted(n.kind.rawValue)),
            ("nominee", JSONText.object([("id", JSONText.quoted(nominee.id)), ("name", JSONText.quoted(nominee.name)),
                                         ("type", JSONText.quoted(nominee.type.rawValue))], level: 4)),
            ("receivedOn", n.receivedOn.map { JSONText.quoted($0.iso) }),
            ("rulebook", JSONText.quoted(evaluation.rulebookID)),
            ("status", JSONText.quoted(n.status.rawValue)),
            ("verdicts", JSONText.array(verdicts, level: 4)),
            ("workingDaysLeft", item.assessment.workingDaysLeft.map { String($0) }),
            ("year", String(n.year)),
        ], level: 3)
    }
}
