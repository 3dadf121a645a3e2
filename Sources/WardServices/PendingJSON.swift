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
    /// reasons in `language`, ending with a line end; `window` nominations at a time on
    /// `workers` threads.
    /// - Throws: `StoreError` when the store cannot be read; `OutputSink.Failure` when the sink
    ///   cannot be written.
    public static func write(store: Store, rules: WardRules, today: CivilDate, strings: Localizer, language: Language,
                             to sink: OutputSink, window: Int = 250, workers: Int = ParallelMap.defaultWorkers) throws {
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
        // The reasons are not kept with the standings: each window is judged again, with every
        // pending nomination of its nominees read for their rounds. The windows are read, judged
        // and written out as bytes on every core, and taken in the review's order (decision 90).
        var windowIDs: [ArraySlice<String>] = []
        let window = max(1, window)
        for (group, count) in groups where count > 0 {
            let ids = try awards.ids(group: group)
            for start in stride(from: 0, to: ids.count, by: window) { windowIDs.append(ids[start..<min(ids.count, start + window)]) }
        }
        var written = 0
        try ParallelMap.run(count: windowIDs.count, chunk: 1, workers: workers,
                            state: { (judge: NominationJudge(store: store, rulebook: awards.rulebook),
                                      writer: ItemWriter(awards: awards, language: language)) },
                            work: { worker, index -> (items: Int, bytes: [UInt8]) in
            let items = try awards.items(ids: Array(windowIDs[index]))
            worker.judge.context.forgetNominees()
            try worker.judge.context.preload(nomineesOf: items.map(\.listing))
            // Each item after a comma, which the review's first item goes without.
            var bytes: [UInt8] = []
            bytes.reserveCapacity(items.count * 2_048)
            for item in items {
                let evaluation = try worker.judge.judged(item.listing)
                bytes.append(UInt8(ascii: ","))
                bytes.append(0x0A)
                JSONText.appendIndent(2, to: &bytes)
                worker.writer.append(item, evaluation: evaluation, to: &bytes)
            }
            return (items.count, bytes)
        }, consume: { _, done in
            guard done.items > 0 else { return }
            try sink.append { out in out.append(contentsOf: written == 0 ? done.bytes.dropFirst() : done.bytes[...]) }
            written += done.items
        })
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

    /// Writes each pending nomination as an object whose members are at level 3, in the
    /// layout of `JSONText.object` (keys sorted), straight into the sink's bytes.
    struct ItemWriter {
        let awards: PendingAwards
        let language: Language
        /// Each award's name, quoted, by year and code.
        private var awardNames: [AwardOfYear: [UInt8]] = [:]
        private var verdicts = VerdictsJSON()

        private struct AwardOfYear: Hashable {
            var year: Int
            var award: String
        }

        init(awards: PendingAwards, language: Language) {
            self.awards = awards
            self.language = language
        }

        mutating func append(_ item: PendingAwards.Item, evaluation: Evaluation, to out: inout [UInt8]) {
            let n = item.listing.nomination
            let assessment = item.assessment
            var object = JSONText.ObjectBytes(level: 3, to: &out)
            if let age = assessment.ageWorkingDays {
                object.member("ageWorkingDays", to: &out)
                JSONText.appendInteger(age, to: &out)
            }
            object.string("award", n.award, to: &out)
            object.member("awardName", to: &out)
            let key = AwardOfYear(year: n.year, award: n.award)
            if let known = awardNames[key] {
                out.append(contentsOf: known)
            } else {
                var name: [UInt8] = []
                JSONText.appendQuoted(awards.rulebook(n.year)?.award(n.award)?.name(language) ?? n.award, to: &name)
                awardNames[key] = name
                out.append(contentsOf: name)
            }
            if let deadline = assessment.deadline {
                object.member("deadline", to: &out)
                Self.appendQuotedISO(deadline, to: &out)
            }
            object.string("eligibility", evaluation.eligibility.rawValue, to: &out)
            object.string("group", assessment.group.rawValue, to: &out)
            object.string("id", n.id, to: &out)
            object.string("kind", n.kind.rawValue, to: &out)
            object.member("nominee", to: &out)
            let nominee = item.listing.nominee
            var nomineeObject = JSONText.ObjectBytes(level: 4, to: &out)
            nomineeObject.string("id", nominee.id, to: &out)
            nomineeObject.string("name", nominee.name, to: &out)
            nomineeObject.string("type", nominee.type.rawValue, to: &out)
            nomineeObject.close(to: &out)
            if let received = n.receivedOn {
                object.member("receivedOn", to: &out)
                Self.appendQuotedISO(received, to: &out)
            }
            object.string("rulebook", evaluation.rulebookID, to: &out)
            object.string("status", n.status.rawValue, to: &out)
            object.member("verdicts", to: &out)
            verdicts.append(evaluation.verdicts, language: language, to: &out)
            if let left = assessment.workingDaysLeft {
                object.member("workingDaysLeft", to: &out)
                JSONText.appendInteger(left, to: &out)
            }
            object.member("year", to: &out)
            JSONText.appendInteger(n.year, to: &out)
            object.close(to: &out)
        }

        /// `date.iso`, quoted.
        private static func appendQuotedISO(_ date: CivilDate, to out: inout [UInt8]) {
            guard date.year >= 0, date.month >= 0, date.day >= 0 else {
                JSONText.appendQuoted(date.iso, to: &out)
                return
            }
            out.append(0x22)
            JSONText.appendDigits(date.year, width: 4, to: &out)
            out.append(UInt8(ascii: "-"))
            JSONText.appendDigits(date.month, width: 2, to: &out)
            out.append(UInt8(ascii: "-"))
            JSONText.appendDigits(date.day, width: 2, to: &out)
            out.append(0x22)
        }
    }
}
