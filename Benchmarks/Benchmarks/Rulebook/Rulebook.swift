import Benchmark
import Commendation
import Foundation
import TdktResources

/// Rulebook evaluations per second (goal ≥ 200 000 on the project's 2-core machine): a mix of
/// nominations of every award, judged alone and in rounds, with the shipped national rulebook.
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(metrics: [.throughput, .wallClock, .mallocCountTotal], maxDuration: .seconds(5))

    let rulebooks = loadRulebooks()
    let rulebook = rulebooks.rulebook(forYear: 2025)!
    let subjects = sampleSubjects()

    // A thousand evaluations per sample, cycling through the mix (one sample is one call).
    Benchmark("Evaluate one nomination alone (mixed awards)",
              configuration: .init(metrics: [.throughput, .wallClock, .mallocCountTotal], scalingFactor: .kilo,
                                   maxDuration: .seconds(5))) { benchmark in
        let evaluator = Evaluator(rulebook: rulebook)
        for index in benchmark.scaledIterations {
            blackHole(evaluator.evaluate(subjects[index % subjects.count]).eligibility)
        }
    }

    let entries = (0..<100).map { index in
        RoundEntry(id: "N\(index)", nomineeID: "P\(index / 3)", subject: subjects[index % subjects.count])
    }
    Benchmark("Evaluate a round of 100 nominations (per round)",
              configuration: .init(metrics: [.throughput, .wallClock], scalingFactor: .one)) { benchmark in
        for _ in benchmark.scaledIterations {
            let round = RoundEvaluator(entries: entries) { _ in rulebook }
            blackHole(round.evaluateAll().count)
        }
    }

    let evaluation = Evaluator(rulebook: rulebook).evaluate(subjects[5])
    Benchmark("Render the Vietnamese reasons of one evaluation") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(evaluation.verdicts.map { $0.reason(.vi) })
        }
    }
}

func loadRulebooks() -> RulebookSet {
    let decoder = JSONDecoder()
    let books = (try? TdktResources.files(in: "rulebooks"))?.compactMap { path in
        try? decoder.decode(Rulebook.self, from: TdktResources.data(path))
    } ?? []
    return RulebookSet(books)
}

func sampleSubjects() -> [EvaluationSubject] {
    let none = PendingMatters(discipline: false, investigation: false, complaint: false)
    func subject(_ award: String, _ type: NomineeType, _ facts: Facts, kind: AwardKind = .congTrang) -> EvaluationSubject {
        EvaluationSubject(award: award, kind: kind, nomineeType: type, year: 2025, hasMovement: true, facts: facts)
    }
    return [
        subject("lao-dong-tien-tien", .person, Facts(rating: .tot, pending: none, attestations: Attestations(list: ["emulation-spirit"]))),
        subject("lao-dong-tien-tien", .person, Facts(rating: .hoanThanh, pending: none, attestations: Attestations(list: ["emulation-spirit"]))),
        subject("lao-dong-tien-tien", .person, Facts(pending: none)),
        subject("chien-si-thi-dua-co-so", .person, Facts(rating: .xuatSac, pending: none,
                                                         initiatives: [Initiative(id: "SK-1", level: "co-so", year: 2025)],
                                                         history: [PastAward(award: "lao-dong-tien-tien", year: 2025)])),
        subject("tap-the-lao-dong-tien-tien", .collective, Facts(rating: .tot, pending: none, attestations: Attestations(list: ["united"]),
                                                                 members: MemberCounts(total: 20, laoDongTienTien: 14, disciplinedWarningOrAbove: 0))),
        subject("giay-khen", .person, Facts(rating: .tot, pending: none,
                                            attestations: Attestations(list: ["law-abiding", "achievement-in-movement"])), kind: .chuyenDe),
        subject("gia-dinh-van-hoa", .household, Facts(attestations: Attestations(list: ["family-law", "family-emulation", "family-harmony"]),
                                                      exclusions: [])),
        subject("bang-khen-tinh", .person, Facts(rating: .xuatSac, pending: none,
                                                 history: [PastAward(award: "chien-si-thi-dua-co-so", year: 2024),
                                                           PastAward(award: "chien-si-thi-dua-co-so", year: 2025)])),
        subject("tap-the-lao-dong-xuat-sac", .collective, Facts(rating: .xuatSac, pending: none,
                                                                attestations: Attestations(list: ["united", "emulation-regular"]),
                                                                members: MemberCounts(total: 20, laoDongTienTien: 15, completedTasks: 20,
                                                                                      chienSiThiDuaCoSo: 1))),
        subject("chien-si-thi-dua-tinh", .person, Facts(pending: none,
                                                        initiatives: [Initiative(id: "SK-2", level: "tinh", year: 2024)],
                                                        history: [2023, 2024, 2025].map { PastAward(award: "chien-si-thi-dua-co-so", year: $0) })),
    ]
}
