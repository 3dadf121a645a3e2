import Testing
import VietnameseText

/// VNI, key by key: 6 circumflex, 7 horn, 8 breve, 9 đ; 1 sắc, 2 huyền, 3 hỏi, 4 ngã, 5 nặng,
/// 0 removes the tone.
@Suite("VNI")
struct VNITests {
    private static let vni = VietnameseComposer(.vni)
    private static let modern = VietnameseComposer(.vni, modernTones: true)

    static let marks: [(String, String)] = [
        ("a6", "â"), ("e6", "ê"), ("o6", "ô"), ("a8", "ă"), ("o7", "ơ"), ("u7", "ư"),
        ("uo7", "ươ"), ("u7o7", "ươ"), ("tho7", "thơ"), ("nhu7", "như"),
        ("d9", "đ"), ("d9a", "đa"), ("d9i", "đi"), ("d9o6ng2", "đồng"), ("kho6ng", "không"),
        // 8 is breve on a only; 7 is horn on o and u only.
        ("a7", "a7"),
    ]

    @Test("6 â ê ô, 7 ơ ư ươ, 8 ă, 9 đ", arguments: marks)
    func vowelMarks(keys: String, word: String) {
        #expect(Self.vni.compose(keys) == word)
    }

    static let tones: [(String, String)] = [
        ("a1", "á"), ("a2", "à"), ("a3", "ả"), ("a4", "ã"), ("a5", "ạ"),
        ("a10", "a"), ("a50", "a"), ("hoa10", "hoa"), ("a12", "à"), ("a121", "á"),
        ("e61", "ế"), ("o75", "ợ"), ("a84", "ẵ"), ("u72", "ừ"), ("o63", "ổ"),
    ]

    @Test("1 sắc, 2 huyền, 3 hỏi, 4 ngã, 5 nặng; 0 removes the tone", arguments: tones)
    func toneKeys(keys: String, word: String) {
        #expect(Self.vni.compose(keys) == word)
    }

    static let marksLater: [(String, String)] = [
        ("Nguye6n4", "Nguyễn"), ("Nguyen64", "Nguyễn"), ("Nguyen46", "Nguyễn"), ("Nguye4n6", "Nguyễn"),
        ("ca6n", "cân"), ("can6", "cân"), ("truong72", "trường"), ("truong27", "trường"),
        ("hieu61", "hiếu"), ("luat65", "luật"), ("muon61", "muốn"),
    ]

    @Test("Marks and tones may be typed later in the word", arguments: marksLater)
    func marksTypedLater(keys: String, word: String) {
        #expect(Self.vni.compose(keys) == word)
    }

    static let hornGroups: [(String, String)] = [
        ("tru7o7ng2", "trường"), ("truo7ng2", "trường"), ("nguoi72", "người"), ("nuoc71", "nước"),
        ("mua7", "mưa"), ("mu7a", "mưa"), ("cua73", "cửa"), ("hoa8c5", "hoặc"), ("xoa8n1", "xoắn"),
        ("thuo73", "thuở"), ("huo7", "huơ"), ("khuo7", "khuơ"), ("huo7u", "hươu"), ("ruo7u5", "rượu"),
        ("hu7u", "hưu"), ("gu7i3", "gửi"), ("mo7i1", "mới"),
        ("huu7", "hưu"), ("cuu72", "cừu"), ("cuu27", "cừu"), ("buu7", "bưu"), ("tru7ong2", "trường"),
    ]

    @Test("uo7 ươ, ua7 ưa, oa8 oă, uơ after h/kh/th", arguments: hornGroups)
    func hornAndBreve(keys: String, word: String) {
        #expect(Self.vni.compose(keys) == word)
    }

    static let tonePlacement: [(String, String)] = [
        ("hoan1", "hoán"), ("hoa1n", "hoán"), ("thuye6n2", "thuyền"), ("thuye62n", "thuyền"), ("huynh2", "huỳnh"),
        ("chuye6n5", "chuyện"), ("d9ie6u2", "điều"), ("tuo6i3", "tuổi"),
        ("khuyu3", "khuỷu"), ("ngoai2", "ngoài"), ("xoay1", "xoáy"), ("ngoeo2", "ngoèo"),
        ("mua2", "mùa"), ("kia2", "kìa"), ("hai1", "hái"), ("cua3", "của"), ("nghia4", "nghĩa"),
        ("hoa2", "hòa"), ("khoe3", "khỏe"), ("thuy1", "thúy"), ("hoa1", "hóa"),
    ]

    @Test("The tone lands on the right vowel", arguments: tonePlacement)
    func tonePlacementTraditional(keys: String, word: String) {
        #expect(Self.vni.compose(keys) == word)
    }

    static let modernPlacement: [(String, String)] = [
        ("hoa2", "hoà"), ("khoe3", "khoẻ"), ("thuy1", "thuý"), ("hoa5", "hoạ"),
        ("hoan2", "hoàn"), ("mua2", "mùa"), ("quy2", "quỳ"),
    ]

    @Test("Modern tone placement", arguments: modernPlacement)
    func tonePlacementModern(keys: String, word: String) {
        #expect(Self.modern.compose(keys) == word)
    }

    static let giQu: [(String, String)] = [
        ("gi2", "gì"), ("gia2", "già"), ("giu7a4", "giữa"), ("gie6ng1", "giếng"), ("giuo7ng2", "giường"),
        ("qua1", "quá"), ("quye6n2", "quyền"), ("qua6n", "quân"), ("quo6c1", "quốc"), ("quy1", "quý"),
    ]

    @Test("gi and qu are consonants when a vowel follows", arguments: giQu)
    func giAndQu(keys: String, word: String) {
        #expect(Self.vni.compose(keys) == word)
    }

    static let undo: [(String, String)] = [
        ("a11", "a1"), ("a111", "a11"), ("a22", "a2"), ("a55", "a5"),
        ("a66", "a6"), ("a88", "a8"), ("o77", "o7"), ("u77", "u7"), ("uo77", "uo7"), ("d99", "d9"),
    ]

    @Test("Repeating a key right away undoes it", arguments: undo)
    func undoByRepeating(keys: String, word: String) {
        #expect(Self.vni.compose(keys) == word)
    }

    static let upperCase: [(String, String)] = [
        ("D9ai5", "Đại"), ("D9AI5", "ĐẠI"), ("NGUYE6N4", "NGUYỄN"), ("HOA2", "HÒA"), ("TRUO7NG2", "TRƯỜNG"),
        ("Qua1", "Quá"), ("GIU7A4", "GIỮA"),
    ]

    @Test("The case of each letter follows its key", arguments: upperCase)
    func upperCaseKeys(keys: String, word: String) {
        #expect(Self.vni.compose(keys) == word)
    }

    static let foreign: [String] = [
        "windows", "case", "email", "print", "test", "data", "wet", "hello", "Excel", "Zalo",
    ]

    @Test("Words without VNI keys stay as typed", arguments: foreign)
    func foreignWords(word: String) {
        #expect(Self.vni.compose(word) == word)
    }

    /// VNI has no rule for a lone 7 (Telex's lone w is another matter): with no o or u to take
    /// the horn it stays a digit, as in the addresses Q7 (Quận 7), P7 (Phường 7), lô B7 and T7 (thứ Bảy).
    @Test("7 with no vowel to take the horn stays a digit", arguments: ["Q7", "P7", "B7", "T7"])
    func sevenWithoutVowel(keys: String) {
        #expect(Self.vni.compose(keys) == keys)
    }

    @Test("A whole name typed word by word")
    func wholeName() {
        let words = "Nguye6n4 Thi5 Ho6ng2 Nhung".split(separator: " ").map { Self.vni.compose(String($0)) }
        #expect(words.joined(separator: " ") == "Nguyễn Thị Hồng Nhung")
        let other = "Tra6n2 D9u7c1 Minh".split(separator: " ").map { Self.vni.compose(String($0)) }
        #expect(other.joined(separator: " ") == "Trần Đức Minh")
    }

    @Test("Telex keys mean nothing to VNI, and VNI digits nothing to Telex")
    func methodsApart() {
        #expect(Self.vni.compose("aa") == "aa")
        #expect(Self.vni.compose("as") == "as")
        #expect(Self.vni.compose("dd") == "dd")
        #expect(VietnameseComposer(.telex).compose("a1") == "a1")
        #expect(VietnameseComposer(.telex).compose("a6") == "a6")
    }
}
