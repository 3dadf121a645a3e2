import Testing
@testable import VietnameseText

@Suite("Vietnamese collation")
struct CollationTests {
    /// Expects every element of `texts` to sort strictly before the next one.
    func expectStrictlyAscending(_ texts: [String], sourceLocation: SourceLocation = #_sourceLocation) {
        for (earlier, later) in zip(texts, texts.dropFirst()) {
            #expect(
                VietnameseCollation.key(earlier) < VietnameseCollation.key(later),
                "\(earlier) should sort before \(later)", sourceLocation: sourceLocation)
        }
    }

    @Test func alphabetOrder() {
        let alphabet = ["a", "ă", "â", "b", "c", "d", "đ", "e", "ê", "f", "g", "h", "i", "j", "k", "l", "m",
            "n", "o", "ô", "ơ", "p", "q", "r", "s", "t", "u", "ư", "v", "w", "x", "y", "z"]
        expectStrictlyAscending(alphabet)
        expectStrictlyAscending(alphabet.map { $0.uppercased() })
        // Case is only tertiary: an uppercase letter still sorts before the next lowercase one.
        expectStrictlyAscending(alphabet.map { $0 + "a" }.enumerated().map { $0.offset % 2 == 0 ? $0.element.uppercased() : $0.element })
    }

    @Test func toneOrder() {
        expectStrictlyAscending(["ba", "bà", "bả", "bã", "bá", "bạ", "bă"])
        expectStrictlyAscending(["ma", "mà", "mả", "mã", "má", "mạ"])
        expectStrictlyAscending(["e", "è", "ẻ", "ẽ", "é", "ẹ", "ê", "ề", "ể", "ễ", "ế", "ệ", "f"])
    }

    @Test func lettersComeBeforeTones() {
        // The primary level (letters) decides before tones do.
        expectStrictlyAscending(["an", "anh", "ân"])
        expectStrictlyAscending(["án", "anh"])
        expectStrictlyAscending(["Nguyễn Văn An", "Nguyễn Văn Ánh", "Nguyễn Văn Bình"])
        expectStrictlyAscending(["hạ", "hải", "hân"])
    }

    @Test func dWithStrokeIsItsOwnLetter() {
        expectStrictlyAscending(["Dung", "Dũng", "Dương", "Dzũng", "Đào", "Đặng", "Đinh", "Em"])
        expectStrictlyAscending(["dz", "đ"])
    }

    @Test func caseIsTertiary() {
        expectStrictlyAscending(["an", "An", "AN", "anh"])
        expectStrictlyAscending(["đào", "Đào", "đảo"])
        #expect(VietnameseCollation.key("An") != VietnameseCollation.key("an"))
    }

    @Test func spacePunctuationDigitsLettersOthers() {
        let middles = [" ", "!", "-", ".", "/", "@", "~", "«", "–", "0", "1", "9", "a", "z", "ø", "Ω", "漢"]
        expectStrictlyAscending(middles.map { "x" + $0 + "x" })
        expectStrictlyAscending(["Tổ 1", "Tổ 2", "Tổ dân phố"])
        expectStrictlyAscending(["Lê Văn", "Lê Văn A", "Lê Văn Á", "Lê-Văn", "LêVăn"])
        expectStrictlyAscending(["١", "2"])  // Arabic-Indic one weighs as the digit 1
    }

    @Test func foreignLatinLettersFoldToTheirBase() {
        expectStrictlyAscending(["c", "ç", "ca", "d"])
        expectStrictlyAscending(["u", "ü", "ua", "ư"])
        expectStrictlyAscending(["Muller", "Müller", "Mullet"])
    }

    @Test func nfcAndNfdGiveTheSameKey() {
        let pairs = [
            ("Nguyễn Thị Hồng Nhung", "Nguye\u{0302}\u{0303}n Thi\u{0323} Ho\u{0302}\u{0300}ng Nhung"),
            ("Trường Tiểu học Lê Quý Đôn", "Tru\u{031B}o\u{031B}\u{0300}ng Tie\u{0302}\u{0309}u ho\u{0323}c Le\u{0302} Quy\u{0301} \u{0110}o\u{0302}n"),
            ("ặ", "a\u{0306}\u{0323}"),
            ("ặ", "a\u{0323}\u{0306}"),
            ("ợ", "o\u{0323}\u{031B}"),
        ]
        for (composed, decomposed) in pairs {
            #expect(composed.unicodeScalars.count != decomposed.unicodeScalars.count)
            #expect(VietnameseCollation.key(composed) == VietnameseCollation.key(decomposed), "\(composed)")
            #expect(CollationKey(composed) == CollationKey(decomposed))
        }
    }

    @Test func whitespaceAndInvisiblesDoNotChangeTheKey() {
        #expect(CollationKey("Nguyễn  Văn\tAn ") == CollationKey("Nguyễn Văn An"))
        #expect(CollationKey("\u{FEFF}Lan\u{200B}") == CollationKey("Lan"))
    }

    @Test func keyLayout() {
        // "Bà": primary b, a | secondary none, huyền | tertiary upper, lower.
        #expect(CollationKey("Bà").bytes == [0x43, 0x40, 0x00, 0x02, 0x03, 0x00, 0x03, 0x02])
        #expect(CollationKey("").bytes == [0x00, 0x00])
        let keys = ["", "a", "Nguyễn Văn An", "漢字 ü", "Tổ 3 – khu phố 2"].map(CollationKey.init)
        for key in keys {
            #expect(key.bytes.filter { $0 == 0x00 }.count == 2)
            #expect(!key.bytes.contains(0x01))  // kept free for chaining keys
        }
    }

    @Test func hexPreservesOrderAndRoundTrips() {
        let texts = ["Đào", "an", "Ánh", "anh", "ba", "bà", "漢", "Bình", "0", "z"]
        let keys = texts.map(CollationKey.init)
        #expect(keys.sorted().map(\.hex) == keys.map(\.hex).sorted())
        #expect(CollationKey(bytes: [0x00, 0x0f, 0xa0, 0xff]).hex == "000fa0ff")
        for key in keys {
            #expect(CollationKey(hex: key.hex) == key)
            #expect(key.hex.allSatisfy { "0123456789abcdef".contains($0) })
        }
        #expect(CollationKey(hex: "0A0b")?.bytes == [0x0a, 0x0b])
        #expect(CollationKey(hex: "abc") == nil)
        #expect(CollationKey(hex: "zz") == nil)
    }

    @Test func sortingCollectiveNames() {
        let expected = [
            "Chi bộ Khu phố 1",
            "Chi bộ Khu phố 2",
            "Chi đoàn Thanh niên",
            "Hội Cựu chiến binh",
            "Hội Liên hiệp Phụ nữ",
            "Hội Người cao tuổi",
            "Tổ dân phố 5",
            "Trường Mầm non Hoa Sen",
            "Trường Tiểu học Lê Văn Tám",
            "Ủy ban Mặt trận Tổ quốc",
        ]
        let shuffled = [expected[7], expected[2], expected[9], expected[0], expected[5],
            expected[3], expected[8], expected[1], expected[6], expected[4]]
        #expect(shuffled.sorted { CollationKey($0) < CollationKey($1) } == expected)
    }

    /// Every ASCII character weighs as its Unicode properties say: whitespace as one space,
    /// controls as nothing, capitals after small letters at the third level, the rest as
    /// themselves.
    @Test func everyASCIICharacterWeighsByItsProperties() {
        for value in UInt8(0)...UInt8(127) {
            let scalar = Unicode.Scalar(value)
            let key = VietnameseCollation.key("a" + String(scalar) + "b")
            if scalar.properties.isWhitespace {
                #expect(key == VietnameseCollation.key("a b"), "U+\(String(value, radix: 16))")
            } else if scalar.properties.generalCategory == .control {
                #expect(key == VietnameseCollation.key("ab"), "U+\(String(value, radix: 16))")
            } else {
                #expect(key != VietnameseCollation.key("ab"), "U+\(String(value, radix: 16))")
                let lower = String(scalar).lowercased()
                if scalar.properties.changesWhenLowercased {
                    #expect(key > VietnameseCollation.key("a" + lower + "b"))
                } else {
                    #expect(key == VietnameseCollation.key("a" + lower + "b"))
                }
            }
        }
    }
}
