import Testing
import VietnameseText

/// Keys taken from the memo are the keys made afresh, also once the memo has started again.
@Suite struct CollationKeyMemoTests {
    @Test func aMemosKeysAreTheCollationsKeys() {
        let memo = CollationKeyMemo(capacity: 3)
        let names = [PersonName(family: "Nguyễn", middle: "Thị", given: "Lan"), PersonName(family: "Trần", middle: "Văn", given: "Đức"),
                     PersonName(family: "Nguyễn", middle: "Thị", given: "Lân"), PersonName(family: "Lê", middle: "", given: "Ánh"),
                     PersonName(family: "NGUYỄN", middle: "thị", given: "lan"), PersonName(family: "Nguyễn", middle: "Thị", given: "Lan")]
        for _ in 0..<3 {
            for name in names {
                #expect(name.sortKey(memo: memo) == name.sortKey, "\(name.fullName)")
            }
        }
        #expect(memo.key("Đặng") == VietnameseCollation.key("Đặng"))
        #expect(memo.key("Đặng") != memo.key("Dặng"))
    }
}
