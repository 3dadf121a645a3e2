import Testing
import VietnameseText

/// Telex, key by key: each case is the keys typed for one word and the word they must give.
/// The cases follow the rules of the built-in input method (see `VietnameseComposer`).
@Suite("Telex")
struct TelexTests {
    private static let telex = VietnameseComposer(.telex)
    private static let modern = VietnameseComposer(.telex, modernTones: true)

    // MARK: Vowel marks and đ

    static let marks: [(String, String)] = [
        ("aa", "â"), ("aw", "ă"), ("ee", "ê"), ("oo", "ô"), ("ow", "ơ"), ("uw", "ư"),
        // w with no vowel to modify is ư, also after a consonant.
        ("w", "ư"), ("tw", "tư"), ("nhw", "như"), ("cw", "cư"),
        // dd is đ, the first letter of the word.
        ("dd", "đ"), ("dda", "đa"), ("ddi", "đi"), ("ddoongf", "đồng"), ("khoong", "không"), ("tooi", "tôi"),
    ]

    @Test("aa â, aw ă, ee ê, oo ô, ow ơ, uw ư, w ư, dd đ", arguments: marks)
    func vowelMarks(keys: String, word: String) {
        #expect(Self.telex.compose(keys) == word)
    }

    // MARK: Tones

    static let tones: [(String, String)] = [
        ("as", "á"), ("af", "à"), ("ar", "ả"), ("ax", "ã"), ("aj", "ạ"),
        // z removes the tone; another tone key replaces it.
        ("asz", "a"), ("ajz", "a"), ("hoasz", "hoa"), ("asf", "à"), ("asfs", "á"), ("khoers", "khóe"),
        // Tones on marked vowels.
        ("ees", "ế"), ("oowf", "ờ"), ("uwj", "ự"), ("awx", "ẵ"), ("owr", "ở"),
        // A tone key with no vowel yet is a letter.
        ("s", "s"), ("nhs", "nhs"),
    ]

    @Test("s sắc, f huyền, r hỏi, x ngã, j nặng; z removes the tone", arguments: tones)
    func toneKeys(keys: String, word: String) {
        #expect(Self.telex.compose(keys) == word)
    }

    // MARK: Marks typed later in the word

    static let marksLater: [(String, String)] = [
        ("nguyeen", "nguyên"), ("nguyene", "nguyên"), ("caan", "cân"), ("cana", "cân"),
        ("nguyeenx", "nguyễn"), ("nguyeexn", "nguyễn"), ("nguyenex", "nguyễn"),
        ("truongwf", "trường"), ("truongfw", "trường"), ("hieuse", "hiếu"), ("muoons", "muốn"),
        ("luaatj", "luật"),
    ]

    @Test("A mark may be typed later in the word", arguments: marksLater)
    func marksTypedLater(keys: String, word: String) {
        #expect(Self.telex.compose(keys) == word)
    }

    // MARK: ươ, ưa, oă, uơ

    static let hornGroups: [(String, String)] = [
        ("truowngf", "trường"), ("nguoiwf", "người"), ("nuwowcs", "nước"), ("huowngs", "hướng"),
        ("muwa", "mưa"), ("muaw", "mưa"), ("thuaw", "thưa"), ("cuwar", "cửa"),
        ("hoawcj", "hoặc"), ("xoawns", "xoắn"),
        // uơ after h, kh, th with nothing after it; ươ otherwise.
        ("thuowr", "thuở"), ("huow", "huơ"), ("khuow", "khuơ"), ("huowu", "hươu"), ("ruowuj", "rượu"),
        ("thuowngf", "thường"),
        ("huwu", "hưu"), ("cuwuf", "cừu"), ("guwir", "gửi"), ("mowis", "mới"),
        // uu + w is ưu, the tone before or after the w (issue 18): cừu, hưu, mưu, bưu điện.
        ("cuuwf", "cừu"), ("cuufw", "cừu"), ("cuwfu", "cừu"), ("huuw", "hưu"), ("muuw", "mưu"), ("buuw", "bưu"),
        ("uuw", "ưu"), ("cuuww", "cuuw"),
        // The horn typed once on the u of ươ completes itself when letters follow.
        ("truwongf", "trường"), ("nguwoif", "người"), ("ruwouj", "rượu"), ("thuwo", "thưo"),
    ]

    @Test("uo + w is ươ, ua + w is ưa, uu + w is ưu, oa + w is oă, uơ after h/kh/th", arguments: hornGroups)
    func hornAndBreve(keys: String, word: String) {
        #expect(Self.telex.compose(keys) == word)
    }

    // MARK: Where the tone goes

    static let tonePlacement: [(String, String)] = [
        // With a final consonant: the last vowel of the group.
        ("hoans", "hoán"), ("thuyeenf", "thuyền"), ("oanhf", "oành"), ("huynhf", "huỳnh"), ("toans", "toán"),
        // On the vowel with a mark.
        ("chuyeenj", "chuyện"), ("ddieeuf", "điều"), ("yeeus", "yếu"), ("tuooir", "tuổi"), ("tieengs", "tiếng"),
        // Three vowels without a final: the middle one.
        ("khuyur", "khuỷu"), ("ngoaif", "ngoài"), ("xoays", "xoáy"),
        ("ngoeof", "ngoèo"),  // oeo is a Vietnamese group: the later o is a letter, not ô on the first one
        // Two vowels without a final: the first…
        ("muaf", "mùa"), ("kiaf", "kìa"), ("hais", "hái"), ("cuar", "của"), ("mauf", "màu"), ("ngayf", "ngày"),
        ("nghiax", "nghĩa"),
        // …including oa, oe, uy in the traditional style.
        ("hoaf", "hòa"), ("khoer", "khỏe"), ("thuys", "thúy"),
        // The tone typed before or after the final ends the same; it moves as letters are added.
        ("hoasn", "hoán"), ("toasn", "toán"), ("hoas", "hóa"),
        ("truowfng", "trường"), ("thuyeefn", "thuyền"),
    ]

    @Test("The tone lands on the right vowel", arguments: tonePlacement)
    func tonePlacementTraditional(keys: String, word: String) {
        #expect(Self.telex.compose(keys) == word)
    }

    @Test("The tone moves as letters are added")
    func toneMoves() {
        #expect(Self.telex.compose("hoas") == "hóa")
        #expect(Self.telex.compose("hoasn") == "hoán")
        #expect(Self.telex.compose("hoasn") == Self.telex.compose("hoans"))
        #expect(Self.telex.compose("thuys") == "thúy")
        #expect(Self.telex.compose("khuyeens") == "khuyến")
    }

    static let modernPlacement: [(String, String)] = [
        ("hoaf", "hoà"), ("khoer", "khoẻ"), ("thuys", "thuý"), ("thuyr", "thuỷ"), ("hoaj", "hoạ"),
        // Unchanged by the style: finals, marks, other pairs, qu.
        ("hoanf", "hoàn"), ("muaf", "mùa"), ("huynhf", "huỳnh"), ("ngoaif", "ngoài"), ("quyf", "quỳ"),
        ("thuyeenf", "thuyền"),
    ]

    @Test("Modern tone placement puts oa, oe, uy's tone on the second vowel", arguments: modernPlacement)
    func tonePlacementModern(keys: String, word: String) {
        #expect(Self.modern.compose(keys) == word)
    }

    // MARK: gi and qu

    static let giQu: [(String, String)] = [
        ("gif", "gì"), ("giaf", "già"), ("giuwax", "giữa"), ("gieengs", "giếng"), ("giuwowngf", "giường"),
        ("giaos", "giáo"), ("giof", "giò"), ("ginf", "gìn"),
        ("quas", "quá"), ("quyeenf", "quyền"), ("quaan", "quân"), ("quoocs", "quốc"), ("quys", "quý"),
        ("quawng", "quăng"), ("quow", "quơ"),
    ]

    @Test("gi and qu are consonants when a vowel follows", arguments: giQu)
    func giAndQu(keys: String, word: String) {
        #expect(Self.telex.compose(keys) == word)
    }

    @Test("gi and qu take the traditional/modern choice out of the picture")
    func quIsNotUy() {
        #expect(Self.telex.compose("quys") == Self.modern.compose("quys"))
        #expect(Self.telex.compose("quaf") == "quà")
        #expect(Self.modern.compose("quaf") == "quà")
    }

    // MARK: Undo by repeating the key

    static let undo: [(String, String)] = [
        ("ass", "as"), ("asss", "ass"), ("aff", "af"), ("ajj", "aj"), ("hoaff", "hoaf"),
        ("aaa", "aa"), ("aaaa", "aaa"), ("eee", "ee"), ("ooo", "oo"), ("xooong", "xoong"),
        ("aww", "aw"), ("oww", "ow"), ("uww", "uw"), ("ww", "w"),
        ("ddd", "dd"), ("dddd", "ddd"),
    ]

    @Test("Repeating a key right away undoes it; it stays literal for the rest of the word", arguments: undo)
    func undoByRepeating(keys: String, word: String) {
        #expect(Self.telex.compose(keys) == word)
    }

    // MARK: Upper case

    static let upperCase: [(String, String)] = [
        ("DDaij", "Đại"), ("DDAIJ", "ĐẠI"), ("Nguyeenx", "Nguyễn"), ("NGUYEENX", "NGUYỄN"),
        ("Hoaf", "Hòa"), ("HOAF", "HÒA"), ("HOAf", "HÒA"), ("hOAF", "hÒA"),
        ("Quas", "Quá"), ("QUYEENF", "QUYỀN"), ("GIUWAX", "GIỮA"), ("TRUOWNGF", "TRƯỜNG"),
        ("AS", "Á"), ("aS", "á"), ("As", "Á"), ("asZ", "a"),
        ("W", "Ư"), ("TW", "TƯ"), ("Tw", "Tư"), ("uW", "ư"), ("UW", "Ư"),
        ("Aa", "Â"), ("aA", "â"), ("Dd", "Đ"), ("dD", "đ"), ("NguyEenx", "NguyỄn"), ("nguyeEnx", "nguyễn"),
        ("AAA", "AA"), ("Aaa", "Aa"), ("WW", "W"),
        // The letter w that an undone lone ư gives back was typed upper case.
        ("Ww", "W"), ("TWw", "TW"),
    ]

    @Test("The case of each letter follows its first key; upper-case tone keys work", arguments: upperCase)
    func upperCaseKeys(keys: String, word: String) {
        #expect(Self.telex.compose(keys) == word)
    }

    // MARK: Words that are not Vietnamese

    static let foreign: [String] = [
        "windows", "Windows", "case", "email", "print", "hello", "google", "file", "word", "Excel", "online",
        "internet", "Facebook", "Zalo", "USB", "CCCD", "wifi", "zoom", "Linux", "pdf",
        // ư + e is no Vietnamese vowel group.
        "wet",
    ]

    @Test("A word that cannot be Vietnamese stays as typed", arguments: foreign)
    func foreignWords(word: String) {
        #expect(Self.telex.compose(word) == word)
    }

    @Test("A word that is Vietnamese after the rules is changed")
    func validAfterRules() {
        #expect(Self.telex.compose("test") == "tét")
        #expect(Self.telex.compose("xin") == "xin")
        #expect(Self.telex.compose("chao") == "chao")
        #expect(Self.telex.compose("chaof") == "chào")
    }

    @Test("A whole name typed word by word")
    func wholeName() {
        let words = "Nguyeenx Thij Hoongf Nhung".split(separator: " ").map { Self.telex.compose(String($0)) }
        #expect(words.joined(separator: " ") == "Nguyễn Thị Hồng Nhung")
        let other = "Traanf DDuwcs Minh".split(separator: " ").map { Self.telex.compose(String($0)) }
        #expect(other.joined(separator: " ") == "Trần Đức Minh")
    }

    @Test("The output is NFC")
    func outputIsNFC() {
        for keys in ["Nguyeenx", "truowngf", "DDAIJ", "khuyur", "hoawcj"] {
            let word = Self.telex.compose(keys)
            #expect(word == word.nfc)
            #expect(word.unicodeScalars.count == word.count, "\(keys) gave decomposed \(word)")
        }
    }
}
