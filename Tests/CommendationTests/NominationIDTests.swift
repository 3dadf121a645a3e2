import Testing
import Commendation

@Suite("Nomination ids")
struct NominationIDTests {
    @Test func makePadsTheNumberToFourDigits() {
        #expect(NominationID.make(year: 2026, idCode: "LDTT", number: 3) == "2026-LDTT-0003")
        #expect(NominationID.make(year: 2025, idCode: "GK", number: 42) == "2025-GK-0042")
        #expect(NominationID.make(year: 2025, idCode: "CSTDCS", number: 9999) == "2025-CSTDCS-9999")
        #expect(NominationID.make(year: 2025, idCode: "GK", number: 12345) == "2025-GK-12345")
    }

    @Test func numberReadsTheRunningNumber() {
        #expect(NominationID.number(of: "2026-LDTT-0003") == 3)
        #expect(NominationID.number(of: "2025-GK-0042") == 42)
        #expect(NominationID.number(of: "2025-GK-12345") == 12345)
    }

    @Test func numberOfMalformedIDsIsNil() {
        #expect(NominationID.number(of: "") == nil)
        #expect(NominationID.number(of: "2026-LDTT-") == nil)
        #expect(NominationID.number(of: "2026-LDTT-abcd") == nil)
    }

    /// "The running number at the end of an id, if it has the expected shape" (YEAR-CODE-NNNN).
    @Test(arguments: ["2026", "0003", "abc-5", "LDTT-0003", "2026-LDTT-+3"])
    func numberOfIDsWithoutTheShapeIsNil(_ id: String) {
        #expect(NominationID.number(of: id) == nil, "\(id) read as \(NominationID.number(of: id).map(String.init) ?? "")")
    }

    @Test(arguments: [(2026, "LDTT", 1), (2025, "TTLDXS", 250), (2030, "GDVH", 10000)])
    func roundTrip(_ year: Int, _ code: String, _ number: Int) {
        #expect(NominationID.number(of: NominationID.make(year: year, idCode: code, number: number)) == number)
    }
}
