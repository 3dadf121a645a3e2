import Foundation
import Testing
import Commendation

@Suite("Facts in JSON")
struct FactsCodingTests {
    /// The `facts` of the example in NOMINATION-FORMAT.md.
    static let specExample = """
    {
      "rating": "xuat-sac",
      "pending": { "discipline": false, "investigation": false, "complaint": false },
      "discipline": [ { "level": "khien-trach", "decided": "2023-05-02", "until": "2024-05-02" } ],
      "initiatives": [ { "id": "SK-2025-07", "level": "co-so", "year": 2025, "usedFor": null } ],
      "research": [ { "id": "DT-2024-01", "level": "co-so", "year": 2024, "accepted": true } ],
      "history": [ { "award": "lao-dong-tien-tien", "year": 2025, "kind": "cong-trang" } ],
      "attested": [ "achievement-in-movement" ]
    }
    """

    @Test func decodesTheSpecExample() throws {
        let facts = try Fixtures.decode(Facts.self, Self.specExample)
        #expect(facts.rating == .xuatSac)
        #expect(facts.pending == Fixtures.nothingPending)
        #expect(facts.discipline == [DisciplineRecord(level: "khien-trach", decided: Fixtures.date(2023, 5, 2),
                                                      until: Fixtures.date(2024, 5, 2))])
        #expect(facts.initiatives == [Initiative(id: "SK-2025-07", level: "co-so", year: 2025, usedFor: nil)])
        #expect(facts.research == [ResearchProject(id: "DT-2024-01", level: "co-so", year: 2024, accepted: true)])
        #expect(facts.history == [PastAward(award: "lao-dong-tien-tien", year: 2025, kind: .congTrang)])
        let attestations = try #require(facts.attestations)
        #expect(attestations.isExhaustive)
        #expect(attestations.attestedCodes == ["achievement-in-movement"])
        #expect(facts.members == nil)
        #expect(facts.exclusions == nil)
        #expect(facts.monthsWorked == nil)
    }

    @Test func attestedListIsExhaustive() throws {
        let facts = try Fixtures.decode(Facts.self, #"{"attested": ["law-abiding", "united"]}"#)
        let attestations = try #require(facts.attestations)
        #expect(attestations.status(of: "law-abiding") == true)
        #expect(attestations.status(of: "united") == true)
        #expect(attestations.status(of: "contribution") == false)
        #expect(attestations.status(of: "achievement-in-movement") == false)
    }

    @Test func emptyAttestedListMeansNothingAttested() throws {
        let facts = try Fixtures.decode(Facts.self, #"{"attested": []}"#)
        let attestations = try #require(facts.attestations)
        #expect(attestations.isExhaustive)
        #expect(attestations.status(of: "law-abiding") == false)
        #expect(attestations.attestedCodes.isEmpty)
    }

    @Test func absentAttestedMeansUnknown() throws {
        let facts = try Fixtures.decode(Facts.self, #"{"rating": "tot"}"#)
        #expect(facts.attestations == nil)
        #expect(facts.attestations?.status(of: "law-abiding") == nil)
        #expect(facts.rating == .tot)
    }

    @Test func attestationsMapIsNotExhaustive() throws {
        let facts = try Fixtures.decode(Facts.self, #"{"attestations": {"law-abiding": true, "united": false}}"#)
        let attestations = try #require(facts.attestations)
        #expect(!attestations.isExhaustive)
        #expect(attestations.status(of: "law-abiding") == true)
        #expect(attestations.status(of: "united") == false)
        #expect(attestations.status(of: "contribution") == nil)
        #expect(attestations.attestedCodes == ["law-abiding"])
    }

    @Test func emptyObjectKnowsNothing() throws {
        let facts = try Fixtures.decode(Facts.self, "{}")
        #expect(facts == Facts())
    }

    @Test func pendingMattersWithSomeKeysMissing() throws {
        let facts = try Fixtures.decode(Facts.self, #"{"pending": {"discipline": true}}"#)
        let pending = try #require(facts.pending)
        #expect(pending.discipline == true)
        #expect(pending.investigation == nil)
        #expect(pending.complaint == nil)
        #expect(!pending.isComplete)
        #expect(pending.anyUnderWay)

        let quiet = try Fixtures.decode(PendingMatters.self, #"{"investigation": false}"#)
        #expect(quiet == PendingMatters(investigation: false))
        #expect(!quiet.isComplete)
        #expect(!quiet.anyUnderWay)
    }

    @Test func pendingMattersCompleteness() {
        #expect(Fixtures.nothingPending.isComplete)
        #expect(!Fixtures.nothingPending.anyUnderWay)
        #expect(PendingMatters(discipline: false, investigation: false, complaint: true).anyUnderWay)
        #expect(!PendingMatters().isComplete)
    }

    @Test func pendingMattersEncodeOnlyKnownKeys() throws {
        let object = try Fixtures.jsonObject(PendingMatters(discipline: false))
        #expect(Set(object.keys) == ["discipline"])
        #expect(object["discipline"] as? Bool == false)
    }

    @Test func badRatingCodeThrows() {
        #expect(throws: DecodingError.self) {
            _ = try Fixtures.decode(Facts.self, #"{"rating": "gioi"}"#)
        }
    }

    @Test func badDateInsideFactsThrows() {
        #expect(throws: DecodingError.self) {
            _ = try Fixtures.decode(Facts.self, #"{"discipline": [{"level": "canh-cao", "decided": "31/02/2024"}]}"#)
        }
    }

    @Test func exhaustiveRoundTripUsesTheAttestedList() throws {
        let facts = Facts(rating: .tot, pending: PendingMatters(discipline: false),
                          attestations: Attestations(list: ["united", "law-abiding"]))
        let object = try Fixtures.jsonObject(facts)
        #expect(object["attested"] as? [String] == ["law-abiding", "united"])
        #expect(object["attestations"] == nil)
        let decoded = try JSONDecoder().decode(Facts.self, from: JSONEncoder().encode(facts))
        #expect(decoded == facts)
        #expect(decoded.attestations?.status(of: "contribution") == false)
    }

    @Test func nonExhaustiveRoundTripUsesTheAttestationsMap() throws {
        let facts = Facts(attestations: Attestations(answers: ["law-abiding": true, "united": false]))
        let object = try Fixtures.jsonObject(facts)
        #expect(object["attested"] == nil)
        let map = try #require(object["attestations"] as? [String: Bool])
        #expect(map == ["law-abiding": true, "united": false])
        let decoded = try JSONDecoder().decode(Facts.self, from: JSONEncoder().encode(facts))
        #expect(decoded == facts)
        #expect(decoded.attestations?.status(of: "contribution") == nil)
        #expect(decoded.attestations?.status(of: "united") == false)
    }

    @Test func fullFactsRoundTrip() throws {
        let facts = Facts(
            rating: .hoanThanh,
            pending: PendingMatters(discipline: false, investigation: nil, complaint: true),
            discipline: [DisciplineRecord(level: "canh-cao", decided: Fixtures.date(2024, 1, 2), until: nil)],
            initiatives: [Initiative(id: "SK-1", level: "tinh", year: 2025, usedFor: "chien-si-thi-dua-co-so")],
            research: [ResearchProject(id: "DT-1", level: "co-so", year: nil, accepted: false)],
            history: [PastAward(award: "giay-khen", year: 2024, kind: .dotXuat)],
            attestations: Attestations(list: ["family-law"]),
            members: MemberCounts(total: 12, laoDongTienTien: 9, completedTasks: 12, chienSiThiDuaCoSo: 1,
                                  disciplinedWarningOrAbove: 0),
            exclusions: ["tax"],
            monthsWorked: 11)
        let decoded = try JSONDecoder().decode(Facts.self, from: JSONEncoder().encode(facts))
        #expect(decoded == facts)
    }

    @Test func emptyFactsEncodeAsEmptyObject() throws {
        let object = try Fixtures.jsonObject(Facts())
        #expect(object.isEmpty)
    }

    @Test func specExampleRoundTrips() throws {
        let facts = try Fixtures.decode(Facts.self, Self.specExample)
        let again = try JSONDecoder().decode(Facts.self, from: JSONEncoder().encode(facts))
        #expect(again == facts)
    }

    @Test func attestationsFromList() {
        let attestations = Attestations(list: ["b", "a", "a"])
        #expect(attestations.isExhaustive)
        #expect(attestations.attestedCodes == ["a", "b"])
        #expect(attestations.status(of: "c") == false)
        let open = Attestations(answers: ["a": false])
        #expect(open.status(of: "a") == false)
        #expect(open.status(of: "b") == nil)
        #expect(open.attestedCodes.isEmpty)
    }
}
