import Testing
import Commendation
import VietnameseText

@Suite("Nominees")
struct NomineeTests {
    static func person(_ id: String, _ fullName: String) -> Nominee {
        Nominee.person(id: id, name: PersonName(parsing: fullName), sex: nil)
    }

    @Test func peopleSortByGivenThenMiddleThenFamilyName() {
        let an = Self.person("P-1", "Trần Văn An")
        let leBinh = Self.person("P-2", "Lê Thị Bình")
        let nguyenBinh = Self.person("P-3", "Nguyễn Văn Bình")
        #expect(an.sortKey < leBinh.sortKey)
        #expect(leBinh.sortKey < nguyenBinh.sortKey)
        #expect([nguyenBinh, an, leBinh].sorted { $0.sortKey < $1.sortKey }.map(\.id) == ["P-1", "P-2", "P-3"])
    }

    @Test func middleNameComesBeforeFamilyName() {
        // Family names alone would put Lê first; the middle names decide.
        let nguyenThi = Self.person("P-1", "Nguyễn Thị Bình")
        let leVan = Self.person("P-2", "Lê Văn Bình")
        #expect(nguyenThi.sortKey < leVan.sortKey)
        // Same given and middle names: the family name decides.
        #expect(Self.person("P-3", "Lê Văn Bình").sortKey < Self.person("P-4", "Phạm Văn Bình").sortKey)
    }

    @Test func householdSortsByItsHeadsName() {
        let household = Nominee.named(id: "H-1", type: .household, name: "Hộ gia đình ông Trần",
                                      head: PersonName(family: "Trần", middle: "Văn", given: "An"))
        let binh = Self.person("P-1", "Lê Thị Bình")
        // By its own name ("Hộ…") the household would come after "Bình"; by its head ("An") before.
        #expect(household.sortKey < binh.sortKey)
        #expect(household.sortKey == PersonName(family: "Trần", middle: "Văn", given: "An").sortKey)
    }

    @Test func collectivesSortByName() {
        let a = Nominee.named(id: "C-1", type: .collective, name: "Công an phường")
        let b = Nominee.named(id: "C-2", type: .collective, name: "Đoàn Thanh niên")
        let c = Nominee.named(id: "C-3", type: .collective, name: "Văn phòng UBND")
        #expect(a.sortKey < b.sortKey)
        #expect(b.sortKey < c.sortKey)
    }

    @Test func personNameIsTheFullName() {
        let nominee = Self.person("P-1", "Nguyễn  Thị Hồng Nhung")
        #expect(nominee.name == "Nguyễn Thị Hồng Nhung")
        #expect(nominee.type == .person)
        #expect(nominee.personName?.given == "Nhung")
    }

    @Test func searchKeyIsAccentFolded() {
        let nominee = Nominee.person(id: "P-1", name: PersonName(family: "Đặng", middle: "Thị Hồng", given: "Nhung"), sex: .female,
                                     position: "Công chức Văn phòng – Thống kê")
        #expect(nominee.searchKey.hasPrefix("dang thi hong nhung"))
        #expect(nominee.searchKey.contains("cong chuc van phong"))
        #expect(nominee.searchKey.contains("thong ke"))
        #expect(nominee.searchKey == nominee.searchKey.lowercased())
        #expect(!nominee.searchKey.contains("Đ") && !nominee.searchKey.contains("ặ"))
    }

    @Test func searchKeyIncludesThePersonalID() {
        var nominee = Self.person("P-1", "Lê Văn Tám")
        nominee.personalID = "001084012345"
        #expect(nominee.searchKey == "le van tam 001084012345")
    }

    @Test func namedNomineeSearchKey() {
        let group = Nominee.named(id: "G-1", type: .residentialGroup, name: "Tổ dân phố Số 3")
        #expect(group.searchKey == "to dan pho so 3")
    }
}
