import Testing
import VietnameseText

/// `keys(for:)`: the keys that compose a word already in the text, so that typing can go on
/// from it; and `isWordKey(_:wordStarted:)`.
@Suite("Composer keys")
struct ComposerKeysTests {
    private static let telex = VietnameseComposer(.telex)
    private static let vni = VietnameseComposer(.vni)

    /// Real words with every vowel, mark and tone, both cases, đ, gi, qu, ươ, uơ.
    static let words: [String] = [
        "người", "Đường", "thuở", "hòa", "quyền", "giữa", "khuỷu", "nghiêng", "Nguyễn", "việt", "trường", "mưa",
        "hoặc", "khỏe", "thúy", "ngoài", "mùa", "kìa", "hái", "gì", "già", "quá", "quân", "cân", "nguyên",
        "huơ", "hươu", "rượu", "cừu", "gửi", "mới", "xoắn", "thưa", "quốc", "giường", "giếng", "giáo",
        "ấy", "ở", "ừ", "ơi", "ăn", "yêu", "ủy", "Ủy", "ĐẠI", "NGUYỄN", "Thị", "Hồng", "Nhung", "Phường", "Xã",
        "Huyện", "Tỉnh", "khen", "thưởng", "thi", "đua", "động", "tiên", "tiến", "Chiến", "sĩ", "Bằng",
        "Giấy", "Tập", "thể", "Sở", "ban", "nhân", "dân", "Đảng", "bộ", "Quận", "Khối", "Trưởng", "ấp",
        "khuya", "tuyết", "hoàng", "toán", "xuân", "chuyện", "luật", "nghĩa", "đẹp", "điều", "kiện", "cấp",
        "phép", "Tổ", "tộc", "Hà", "Nội", "Sài", "Gòn", "Đà", "Nẵng", "Huế", "Quảng", "Ngãi", "Bắc", "Trung",
        "Nam", "sạch", "xanh", "giỏi", "tốt", "bảy", "chín", "mười", "ngoằn", "tuổi", "của", "nước", "Ươm",
    ]

    @Test("Telex: the keys for a word compose it again", arguments: words)
    func telexRoundTrip(word: String) throws {
        let keys = try #require(Self.telex.keys(for: word), "no Telex keys for \(word)")
        #expect(Self.telex.compose(keys) == word)
    }

    @Test("VNI: the keys for a word compose it again", arguments: words)
    func vniRoundTrip(word: String) throws {
        let keys = try #require(Self.vni.keys(for: word), "no VNI keys for \(word)")
        #expect(Self.vni.compose(keys) == word)
    }

    @Test("Words with oeo round-trip in Telex", arguments: ["ngoèo", "khoèo"])
    func oeoRoundTrip(word: String) throws {
        let keys = try #require(Self.telex.keys(for: word), "no Telex keys for \(word)")
        #expect(Self.telex.compose(keys) == word)
    }

    @Test("Modern-style words round-trip with a modern composer")
    func modernRoundTrip() throws {
        for kind in InputMethodKind.allCases {
            let composer = VietnameseComposer(kind, modernTones: true)
            for word in ["hoà", "khoẻ", "thuý", "uỷ", "hoạ", "người", "hoàn", "khuỷu", "Nguyễn"] {
                let keys = try #require(composer.keys(for: word), "no \(kind) keys for \(word)")
                #expect(composer.compose(keys) == word, "\(kind) \(word)")
            }
        }
    }

    @Test("Decomposed words give the same keys as precomposed ones")
    func decomposedWords() {
        for word in ["Nguyễn", "người", "Đường", "khuỷu", "hoặc"] {
            #expect(Self.telex.keys(for: word.nfd) == Self.telex.keys(for: word))
            #expect(Self.vni.keys(for: word.nfd) == Self.vni.keys(for: word))
            #expect(Self.telex.keys(for: word.nfd) != nil)
        }
    }

    @Test("The keys themselves")
    func exactKeys() {
        #expect(Self.telex.keys(for: "người") == "nguwowif")
        #expect(Self.telex.keys(for: "Đường") == "Dduwowngf")
        #expect(Self.telex.keys(for: "hòa") == "hoaf")
        #expect(Self.telex.keys(for: "nhung") == "nhung")
        #expect(Self.vni.keys(for: "người") == "ngu7o7i2")
        #expect(Self.vni.keys(for: "Đường") == "D9u7o7ng2")
        #expect(Self.vni.keys(for: "hoặc") == "hoa8c5")
        #expect(Self.telex.keys(for: "") == "")
        #expect(Self.vni.keys(for: "") == "")
    }

    @Test("No keys for text that is not a word", arguments: ["123", "a-b", "漢", "a b", "a1", "x.y", "👍", "áá", "ñ"])
    func notAWord(text: String) {
        #expect(Self.telex.keys(for: text) == nil)
        #expect(Self.vni.keys(for: text) == nil)
    }

    @Test("A word written in the other tone style is continued in the composer's own style")
    func styleMismatch() throws {
        let modernTelex = VietnameseComposer(.telex, modernTones: true)
        let modernVNI = VietnameseComposer(.vni, modernTones: true)
        #expect(modernTelex.compose(try #require(modernTelex.keys(for: "hòa"))) == "hoà")
        #expect(modernVNI.compose(try #require(modernVNI.keys(for: "thúy"))) == "thuý")
        #expect(Self.telex.compose(try #require(Self.telex.keys(for: "hoà"))) == "hòa")
        #expect(Self.vni.compose(try #require(Self.vni.keys(for: "thuý"))) == "thúy")
        // Different letters or a different tone are not the same word.
        #expect(Self.telex.keys(for: "hoà") != Self.telex.keys(for: "hoá"))
    }

    @Test("isWordKey: ASCII letters always; VNI digits once a word has begun")
    func wordKeys() {
        for composer in [Self.telex, Self.vni] {
            for key: Character in ["a", "z", "A", "Z", "w", "d"] {
                #expect(composer.isWordKey(key, wordStarted: false))
                #expect(composer.isWordKey(key, wordStarted: true))
            }
            for key: Character in [" ", "-", ".", ",", "'", "ê", "Đ", "\u{0302}", "漢"] {
                #expect(!composer.isWordKey(key, wordStarted: true), "\(composer.kind) \(key)")
            }
        }
        for digit: Character in ["0", "1", "5", "6", "9"] {
            #expect(!Self.telex.isWordKey(digit, wordStarted: true))
            #expect(!Self.telex.isWordKey(digit, wordStarted: false))
            #expect(Self.vni.isWordKey(digit, wordStarted: true))
            #expect(!Self.vni.isWordKey(digit, wordStarted: false))
        }
    }
}
