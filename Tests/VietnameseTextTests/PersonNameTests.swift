import Foundation
import Testing
@testable import VietnameseText

/// A small deterministic random number generator (SplitMix64) for reproducible shuffles.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 31)
    }
}

@Suite("Person names")
struct PersonNameTests {
    @Test func parsingSplitsFamilyMiddleGiven() {
        let name = PersonName(parsing: "Nguyễn Thị Hồng Nhung")
        #expect(name.family == "Nguyễn")
        #expect(name.middle == "Thị Hồng")
        #expect(name.given == "Nhung")
        #expect(name.fullName == "Nguyễn Thị Hồng Nhung")
    }

    @Test func parsingShortAndMessyInput() {
        #expect(PersonName(parsing: "  Lan ") == PersonName(family: "", middle: "", given: "Lan"))
        #expect(PersonName(parsing: "  Lan ").fullName == "Lan")
        #expect(PersonName(parsing: "Trần   Hưng") == PersonName(family: "Trần", middle: "", given: "Hưng"))
        #expect(PersonName(parsing: "\tLê  Văn\u{00A0}Tám\n") == PersonName(family: "Lê", middle: "Văn", given: "Tám"))
        #expect(PersonName(parsing: "Tôn Nữ Thị Minh Khai").middle == "Nữ Thị Minh")
        #expect(PersonName(parsing: "   ") == PersonName(family: "", middle: "", given: ""))
    }

    @Test func partsAreStoredInNFCTrimmedAndCollapsed() {
        let name = PersonName(family: " Nguye\u{0302}\u{0303}n ", middle: "Thi\u{0323}   Ho\u{0302}\u{0300}ng", given: "Nhung\n")
        #expect(Array(name.family.unicodeScalars) == Array("Nguy\u{1EC5}n".unicodeScalars))
        #expect(Array(name.middle.unicodeScalars) == Array("Th\u{1ECB} H\u{1ED3}ng".unicodeScalars))
        #expect(name.given == "Nhung")
        #expect(Array(name.fullName.utf8) == Array("Nguy\u{1EC5}n Th\u{1ECB} H\u{1ED3}ng Nhung".utf8))
        let parsed = PersonName(parsing: "Nguye\u{0302}\u{0303}n Lan")
        #expect(Array(parsed.family.unicodeScalars) == Array("Nguy\u{1EC5}n".unicodeScalars))
    }

    @Test func assignedPartsAreNormalizedToo() {
        var name = PersonName(parsing: "Lê Lợi")
        name.middle = "  Va\u{0306}n  "
        #expect(Array(name.middle.unicodeScalars) == Array("V\u{0103}n".unicodeScalars))
        #expect(name.fullName == "Lê Văn Lợi")
    }

    @Test func fullNameSkipsEmptyParts() {
        #expect(PersonName(family: "Nguyễn", middle: "", given: "Bình").fullName == "Nguyễn Bình")
        #expect(PersonName(family: "", middle: "", given: "").fullName == "")
    }

    @Test func codableRoundTripAndNormalizingDecode() throws {
        let name = PersonName(parsing: "Phạm Thị Đào")
        let data = try JSONEncoder().encode(name)
        #expect(try JSONDecoder().decode(PersonName.self, from: data) == name)

        let messy = Data(#"{"family":" Ho\u00e0ng ","given":"D\u0169ng","middle":" V\u0103n  "}"#.utf8)
        let decoded = try JSONDecoder().decode(PersonName.self, from: messy)
        #expect(decoded == PersonName(family: "Hoàng", middle: "Văn", given: "Dũng"))
        let noMiddle = Data(#"{"family":"Lê","given":"Lan"}"#.utf8)
        #expect(try JSONDecoder().decode(PersonName.self, from: noMiddle).middle == "")
    }

    @Test func briefExampleOrder() {
        let names = ["Trần Văn An", "Lê Thị Ánh", "Nguyễn Bình", "Phạm Thị Đào", "Hoàng Văn Dũng"]
            .map(PersonName.init(parsing:))
        let sorted = names.sorted { $0.sortKey < $1.sortKey }.map(\.given)
        #expect(sorted == ["An", "Ánh", "Bình", "Dũng", "Đào"])
        #expect(PersonName(parsing: "Nguyễn Văn An").sortKey < PersonName(parsing: "Trần Văn An").sortKey)
    }

    /// Official-list order: given name, then middle, then family.
    static let officialOrder = [
        "Lê Thị An",
        "Nguyễn Văn An",
        "Trần Văn An",
        "Phạm Anh",
        "Lê Thị Ánh",
        "Võ Thị Ân",
        "Nguyễn Bình",
        "Đỗ Văn Bình",
        "Hoàng Văn Dũng",
        "Phạm Thị Đào",
        "Bùi Thị Hà",
        "Ngô Thị Hạ",
        "Đặng Văn Hải",
        "Trương Ngọc Hân",
        "Trần Hồng Nhung",
        "Nguyễn Thị Hồng Nhung",
        "Nguyễn Văn Tuấn",
        "Nguyễn Văn Tùng",
        "Phan Văn Út",
        "Ngô Thị Ước",
        "Trần Thị Yến",
    ]

    @Test(arguments: [1, 2, 3, 42, 2024] as [UInt64])
    func shuffledNamesSortIntoOfficialOrder(seed: UInt64) {
        var generator = SeededGenerator(state: seed)
        let shuffled = Self.officialOrder.shuffled(using: &generator)
        #expect(shuffled != Self.officialOrder)
        let sorted = shuffled.map(PersonName.init(parsing:)).sorted { $0.sortKey < $1.sortKey }
        #expect(sorted.map(\.fullName) == Self.officialOrder)
    }

    @Test func decomposedNamesSortTheSame() {
        let decomposed = Self.officialOrder.reversed().map { $0.decomposedStringWithCanonicalMapping }
        #expect(decomposed.contains { $0.unicodeScalars.count != $0.nfc.unicodeScalars.count })
        let sorted = decomposed.map(PersonName.init(parsing:)).sorted { $0.sortKey < $1.sortKey }
        #expect(sorted.map { Array($0.fullName.utf8) } == Self.officialOrder.map { Array($0.nfc.utf8) })
        for text in Self.officialOrder {
            #expect(PersonName(parsing: text).sortKey == PersonName(parsing: text.decomposedStringWithCanonicalMapping).sortKey)
        }
    }

    @Test func sortKeyBreaksTiesAndIsDistinctForDistinctNames() {
        let upper = PersonName(parsing: "Lê Văn An")
        let lower = PersonName(parsing: "lê văn an")
        #expect(lower.sortKey < upper.sortKey)
        let keys = Set(Self.officialOrder.map { PersonName(parsing: $0).sortKey })
        #expect(keys.count == Self.officialOrder.count)
        // Only the last field (the tie-breaking full name) differs: still distinct keys.
        let spaced = PersonName(family: "Lê", middle: "Văn", given: "An")
        #expect(spaced.sortKey == upper.sortKey)
    }
}
