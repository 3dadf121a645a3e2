import Testing
@testable import VietnameseText

@Suite("Search folding")
struct SearchFoldingTests {
    @Test(arguments: [
        ("Nguyễn Thị Hồng Nhung", "nguyen thi hong nhung"),
        ("ĐẶNG  Văn Ân ", "dang van an"),
        ("Hồ Chí Minh", "ho chi minh"),
        ("đường Điện Biên Phủ", "duong dien bien phu"),
        ("  Phạm\tThị\n\nƯớc  ", "pham thi uoc"),
        ("TRƯƠNG ĐỊNH", "truong dinh"),
        ("Ngô Quyền", "ngo quyen"),
        ("Quận 3, TP.HCM", "quan 3, tp.hcm"),
        ("", ""),
        ("   ", ""),
    ])
    func examples(input: String, expected: String) {
        #expect(input.foldedForSearch == expected)
    }

    @Test func decomposedInputFoldsLikePrecomposed() {
        let decomposed = "Nguye\u{0302}\u{0303}n Tho\u{031B}\u{0300}i \u{0110}a\u{0323}i"
        #expect(decomposed.foldedForSearch == "nguyen thoi dai")
        #expect(decomposed.foldedForSearch == "Nguyễn Thời Đại".foldedForSearch)
    }

    @Test func everyVietnameseVowelFoldsToItsBase() {
        let vowels = "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ"
        let expected = String(repeating: "a", count: 17) + String(repeating: "e", count: 11)
            + String(repeating: "i", count: 5) + String(repeating: "o", count: 17)
            + String(repeating: "u", count: 11) + String(repeating: "y", count: 5)
        #expect(vowels.foldedForSearch == expected)
        #expect(vowels.uppercased().foldedForSearch == expected)
    }

    @Test func invisibleCharactersAreDropped() {
        #expect("\u{FEFF}Lê\u{200B} Lợi".foldedForSearch == "le loi")
        #expect("Lê\u{00A0}Lợi".foldedForSearch == "le loi")
    }

    @Test func foldedTextMatchesTypedWithoutAccents() {
        let haystack = "Ủy ban nhân dân Phường Đa Kao".foldedForSearch
        #expect(haystack.contains("da kao"))
        #expect(haystack.contains("uy ban"))
        #expect(!haystack.contains("đa"))
    }

    @Test func otherScriptsSurvive() {
        #expect("Ärger Çelik".foldedForSearch == "arger celik")
        #expect(Array("한국".foldedForSearch.unicodeScalars) == ["\u{D55C}", "\u{AD6D}"])
    }

    /// Every ASCII character folds as the Unicode properties say: whitespace separates (runs
    /// collapse, none at the ends), controls vanish, capitals become small, the rest stays.
    @Test func everyASCIICharacterFoldsByItsProperties() {
        for value in UInt8(0)...UInt8(127) {
            let scalar = Unicode.Scalar(value)
            let text = "a" + String(scalar) + String(scalar) + "B"
            let middle: String
            if scalar.properties.isWhitespace {
                middle = " "
            } else if scalar.properties.generalCategory == .control {
                middle = ""
            } else {
                middle = String(repeating: String(scalar).lowercased(), count: 2)
            }
            #expect(text.foldedForSearch == "a" + middle + "b", "U+\(String(value, radix: 16))")
            #expect((String(scalar) + "x").foldedForSearch == (scalar.properties.isWhitespace || scalar.properties.generalCategory == .control
                ? "x" : String(scalar).lowercased() + "x"))
        }
    }
}
