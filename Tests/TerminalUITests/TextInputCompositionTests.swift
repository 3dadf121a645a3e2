import Testing
import TerminalUI
import VietnameseText

/// A text field typed through the built-in Telex / VNI, and through input methods that send
/// decomposed text and correct it by Backspace-and-retype.
@Suite("TextInput composition")
struct TextInputCompositionTests {
    private static let telex = VietnameseComposer(.telex)
    private static let vni = VietnameseComposer(.vni)

    /// Feeds keys, expecting each to be taken.
    private func press(_ keys: [KeyEvent], into input: inout TextInput, composer: VietnameseComposer?) {
        for key in keys {
            let taken = input.handle(key, composer: composer)
            #expect(taken, "key \(key.displayName) not taken")
        }
    }

    /// Types each Unicode scalar of `text` as its own key.
    private func type(_ text: String, into input: inout TextInput, composer: VietnameseComposer?) {
        press(text.unicodeScalars.map { KeyEvent.character(Character($0)) }, into: &input, composer: composer)
    }

    private func typed(_ text: String, composer: VietnameseComposer?, maxLength: Int? = nil) -> TextInput {
        var input = TextInput("", maxLength: maxLength)
        type(text, into: &input, composer: composer)
        return input
    }

    // MARK: Built-in input methods

    @Test("Telex: a word, a space, another word")
    func telexTwoWords() {
        var input = TextInput()
        type("Nguyeenx", into: &input, composer: Self.telex)
        #expect(input.text == "Nguyễn")
        #expect(input.cursor == 6)
        press([.character(" ")], into: &input, composer: Self.telex)
        type("Thij", into: &input, composer: Self.telex)
        #expect(input.text == "Nguyễn Thị")
        #expect(input.cursor == 10)
        #expect(Array(input.text.unicodeScalars) == Array("Nguyễn Thị".nfc.unicodeScalars))
    }

    @Test("A whole name, Telex and VNI")
    func wholeName() {
        #expect(typed("Nguyeenx Thij Hoongf Nhung", composer: Self.telex).text == "Nguyễn Thị Hồng Nhung")
        #expect(typed("Nguye6n4 Thi5 Ho6ng2 Nhung", composer: Self.vni).text == "Nguyễn Thị Hồng Nhung")
        #expect(typed("DDaij tuwowngs Traanf Quoocs Vieejt", composer: Self.telex).text == "Đại tướng Trần Quốc Việt")
        let modern = VietnameseComposer(.telex, modernTones: true)
        #expect(typed("Hoaf Thuys", composer: modern).text == "Hoà Thuý")
        #expect(typed("Hoaf Thuys", composer: Self.telex).text == "Hòa Thúy")
    }

    @Test("Every step of a word shows the word so far")
    func stepByStep() {
        var input = TextInput()
        var shown: [String] = []
        for key in "truowngf" {
            press([.character(key)], into: &input, composer: Self.telex)
            shown.append(input.text)
        }
        #expect(shown == ["t", "tr", "tru", "truo", "trươ", "trươn", "trương", "trường"])
        #expect(input.cursor == 6)
    }

    @Test("Typing in the middle recomposes only the word before the cursor")
    func typingInTheMiddle() {
        var input = TextInput("Nguyen Thi")
        press([.left, .left, .left, .left], into: &input, composer: Self.telex)
        #expect(input.cursor == 6)
        type("ex", into: &input, composer: Self.telex)
        #expect(input.text == "Nguyễn Thi")
        #expect(input.cursor == 6)
        press([.end], into: &input, composer: Self.telex)
        type("j", into: &input, composer: Self.telex)
        #expect(input.text == "Nguyễn Thị")
        #expect(input.cursor == 10)

        var other = TextInput("hoa Binh")
        press([.home, .right, .right, .right], into: &other, composer: Self.telex)
        type("f", into: &other, composer: Self.telex)
        #expect(other.text == "hòa Binh")
        #expect(other.cursor == 3)
        type(" ", into: &other, composer: Self.telex)
        #expect(other.text == "hòa  Binh")
        #expect(other.cursor == 4)
    }

    @Test("A tone key after an existing word recomposes that word")
    func existingWord() {
        var input = TextInput("hoa")
        press([.home, .end], into: &input, composer: Self.telex)
        type("f", into: &input, composer: Self.telex)
        #expect(input.text == "hòa")
        #expect(input.cursor == 3)
        type("n", into: &input, composer: Self.telex)
        #expect(input.text == "hoàn")

        var name = TextInput("Nguyên")
        type("x", into: &name, composer: Self.telex)
        #expect(name.text == "Nguyễn")

        var vni = TextInput("Nguyên")
        type("4", into: &vni, composer: Self.vni)
        #expect(vni.text == "Nguyễn")

        var last = TextInput("Tran Van")
        press([.left, .left, .left, .left], into: &last, composer: Self.telex)
        type("af", into: &last, composer: Self.telex)
        #expect(last.text == "Trần Van")
        #expect(last.cursor == 4)
    }

    @Test("Backspace while composing removes one letter and the next key goes on from what is left")
    func backspaceWhileComposing() {
        var input = TextInput()
        type("vieet", into: &input, composer: Self.telex)
        #expect(input.text == "viêt")
        press([.backspace], into: &input, composer: Self.telex)
        #expect(input.text == "viê")
        #expect(input.cursor == 3)
        type("j", into: &input, composer: Self.telex)
        #expect(input.text == "việ")
        type("t", into: &input, composer: Self.telex)
        #expect(input.text == "việt")

        var road = TextInput()
        type("truowngf", into: &road, composer: Self.telex)
        press([.backspace], into: &road, composer: Self.telex)
        #expect(road.text == "trườn")
        type("g", into: &road, composer: Self.telex)
        #expect(road.text == "trường")
        press([.backspace, .backspace, .backspace], into: &road, composer: Self.telex)
        #expect(road.text == "trư")
        type("a", into: &road, composer: Self.telex)
        #expect(road.text == "trưa")

        var vni = TextInput()
        type("ngu7o7i2", into: &vni, composer: Self.vni)
        #expect(vni.text == "người")
        press([.backspace], into: &vni, composer: Self.vni)
        #expect(vni.text == "ngườ")
        type("n", into: &vni, composer: Self.vni)
        #expect(vni.text == "ngườn")
        type("1", into: &vni, composer: Self.vni)
        #expect(vni.text == "ngướn")
    }

    /// Backspace takes the final consonant of "hoán"; what is left is a word whose tone sits
    /// where the traditional style does not put it. The next tone key must still go on with it.
    @Test("After Backspace takes a final consonant, the next key goes on with the word left")
    func backspaceFinalThenTone() {
        var telex = TextInput()
        type("hoans", into: &telex, composer: Self.telex)
        #expect(telex.text == "hoán")
        press([.backspace], into: &telex, composer: Self.telex)
        #expect(telex.text.count == 3)
        #expect(telex.cursor == 3)
        type("f", into: &telex, composer: Self.telex)
        #expect(telex.text == "hòa")

        var vni = TextInput()
        type("hoan1", into: &vni, composer: Self.vni)
        #expect(vni.text == "hoán")
        press([.backspace], into: &vni, composer: Self.vni)
        #expect(vni.text.count == 3)
        type("2", into: &vni, composer: Self.vni)
        #expect(vni.text == "hòa")

        var three = TextInput()
        type("ngoaif", into: &three, composer: Self.telex)
        #expect(three.text == "ngoài")
        press([.backspace], into: &three, composer: Self.telex)
        type("s", into: &three, composer: Self.telex)
        #expect(three.text == "ngóa")
    }

    /// A word already in the field (typed by another input method, or loaded) goes on being
    /// composed; a key that makes it non-Vietnamese must leave it as it was, plus the key —
    /// not turn it into keys that were never typed.
    @Test("A key that cannot continue an existing word is added as typed")
    func existingWordNotUnComposed() {
        var loaded = TextInput("Nguyễn")
        type("a", into: &loaded, composer: Self.telex)
        #expect(loaded.text == "Nguyễna")
        #expect(loaded.cursor == 7)

        var fromInputMethod = TextInput()
        press([.character("ễ"), .character("w")], into: &fromInputMethod, composer: Self.telex)
        #expect(fromInputMethod.text == "ễw")
        #expect(fromInputMethod.cursor == 2)

        var vni = TextInput("Đường")
        type("k", into: &vni, composer: Self.vni)
        #expect(vni.text == "Đườngk")
    }

    @Test("Repeating a key undoes it in a field too")
    func undoInField() {
        #expect(typed("ass", composer: Self.telex).text == "as")
        #expect(typed("ddd", composer: Self.telex).text == "dd")
        #expect(typed("a11", composer: Self.vni).text == "a1")
    }

    @Test("VNI digits count only inside a word")
    func vniDigits() {
        #expect(typed("To63 12", composer: Self.vni).text == "Tổ 12")
        #expect(typed("Vie6t5 Nam 2024", composer: Self.vni).text == "Việt Nam 2024")
        #expect(typed("1a", composer: Self.vni).text == "1a")
        // Telex keeps digits literal everywhere.
        #expect(typed("a1", composer: Self.telex).text == "a1")
    }

    @Test("Punctuation ends the word")
    func punctuation() {
        #expect(typed("Hoongf, Nhung.", composer: Self.telex).text == "Hồng, Nhung.")
        #expect(typed("xax-hooij", composer: Self.telex).text == "xã-hội")
    }

    @Test("Without a composer the keys go in literally")
    func noComposer() {
        let input = typed("Nguyeenx Thij", composer: nil)
        #expect(input.text == "Nguyeenx Thij")
        #expect(input.cursor == 13)
        #expect(typed("a11 dd w", composer: nil).text == "a11 dd w")
    }

    @Test("maxLength holds while composing")
    func maxLength() {
        let input = typed("Nguyeenx", composer: Self.telex, maxLength: 5)
        #expect(input.text.count <= 5)
        #expect(input.text == "Nguyễ")
        // Recomposing within the limit is allowed; a letter over it is not.
        let hoa = typed("hoanf", composer: Self.telex, maxLength: 3)
        #expect(hoa.text == "hòa")
        var full = TextInput("abc", maxLength: 3)
        type("s", into: &full, composer: Self.telex)
        #expect(full.text == "abc")
        var step = TextInput("", maxLength: 4)
        for key in "truowngf" {
            press([.character(key)], into: &step, composer: Self.telex)
            #expect(step.text.count <= 4)
            #expect(step.cursor <= step.text.count)
        }
    }

    // MARK: Input methods that type decomposed text

    @Test("Backspace takes back a mark typed as its own key, then the letter; retyping doubles nothing")
    func backspaceAndRetype() {
        for composer in [nil, Self.telex] {
            var input = TextInput()
            type("e", into: &input, composer: composer)
            press([.character("\u{0302}")], into: &input, composer: composer)
            #expect(input.text == "ê")
            press([.backspace], into: &input, composer: composer)
            #expect(input.text == "e")
            #expect(input.cursor == 1)
            // The input method took back the two code points it typed, and types ê precomposed.
            press([.backspace], into: &input, composer: composer)
            #expect(input.text == "")
            press([.character("ê")], into: &input, composer: composer)
            #expect(input.text == "ê")
            #expect(input.text.unicodeScalars.count == 1)
            #expect(input.cursor == 1)
        }
    }

    @Test("A precomposed letter goes with one Backspace")
    func precomposedBackspace() {
        for composer in [nil, Self.telex, Self.vni] {
            var input = TextInput()
            press([.character("ễ")], into: &input, composer: composer)
            press([.backspace], into: &input, composer: composer)
            #expect(input.text == "")
            #expect(input.cursor == 0)
        }
    }

    @Test("Marks typed one by one are taken back last first", arguments: [
        ("e", "\u{0302}", "\u{0323}"),  // ệ: the dot below was typed last
        ("a", "\u{0302}", "\u{0323}"),  // ậ
        ("a", "\u{0306}", "\u{0323}"),  // ặ
        ("o", "\u{031B}", "\u{0323}"),  // ợ
        ("e", "\u{0302}", "\u{0301}"),  // ế
        ("u", "\u{031B}", "\u{0300}"),  // ừ
    ])
    func marksTakenBackInOrder(letter: String, mark: String, tone: String) {
        var input = TextInput()
        press([.character(Character(letter)), .character(Character(mark)), .character(Character(tone))],
              into: &input, composer: nil)
        #expect(input.text == (letter + mark + tone).nfc)
        press([.backspace], into: &input, composer: nil)
        #expect(Array(input.text.unicodeScalars) == Array((letter + mark).nfc.unicodeScalars),
                "after \(letter)+\(mark)+\(tone) and Backspace")
        press([.backspace], into: &input, composer: nil)
        #expect(input.text == letter)
        press([.backspace], into: &input, composer: nil)
        #expect(input.text == "")
    }

    @Test("NFD and NFC input give the same text")
    func nfdAndNFC() {
        let name = "Nguyễn Thị Hồng Nhung, Đường Trường Sơn"
        for composer in [nil, Self.telex] {
            var decomposed = TextInput()
            type(name.nfd, into: &decomposed, composer: composer)
            var precomposed = TextInput()
            press(Array(name.nfc).map(KeyEvent.character), into: &precomposed, composer: composer)
            #expect(Array(decomposed.text.unicodeScalars) == Array(precomposed.text.unicodeScalars))
            #expect(Array(decomposed.text.unicodeScalars) == Array(name.nfc.unicodeScalars))
            #expect(decomposed.cursor == precomposed.cursor)
            #expect(decomposed.cursor == name.count)
        }
    }

    @Test("A Telex key after a letter from an input method goes on with the word")
    func mixedInput() {
        var input = TextInput()
        type("vi", into: &input, composer: Self.telex)
        press([.character("ê")], into: &input, composer: Self.telex)
        type("tj", into: &input, composer: Self.telex)
        #expect(input.text == "việt")
        #expect(input.cursor == 4)
    }

    // MARK: Random typing

    /// SplitMix64, so that a failing sequence can be found again.
    private struct Random: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func pick<T>(_ items: [T]) -> T { items[Int.random(in: 0..<items.count, using: &self)] }
    }

    private static let randomCharacters: [Character] =
        Array("aeiouydwsfrxjzAEIOUDWSFRXJZnghctmpqk0123456789 .,-'/")
        + ["ê", "ễ", "Đ", "ư", "ơ", "漢", "👍"]
        + ["\u{0300}", "\u{0301}", "\u{0302}", "\u{0303}", "\u{0306}", "\u{0309}", "\u{031B}", "\u{0323}"]

    @Test("Random typing, then Backspace, always ends empty within as many Backspaces as keys typed")
    func randomTypingThenBackspace() {
        var random = Random(state: 0x7E47_1A9B)
        for composer in [nil, Self.telex, Self.vni, VietnameseComposer(.telex, modernTones: true)] {
            for round in 0..<600 {
                var input = TextInput()
                let count = Int.random(in: 1...24, using: &random)
                var keys: [Character] = []
                for _ in 0..<count {
                    let key = random.pick(Self.randomCharacters)
                    keys.append(key)
                    _ = input.handle(.character(key), composer: composer)
                    #expect(input.cursor >= 0 && input.cursor <= input.text.count)
                    #expect(Array(input.text.unicodeScalars) == Array(input.text.nfc.unicodeScalars))
                }
                var backspaces = 0
                while !input.text.isEmpty, backspaces <= keys.count + 1 {
                    _ = input.handle(.backspace, composer: composer)
                    backspaces += 1
                }
                let label = "\(composer?.kind.rawValue ?? "plain") round \(round): \(String(keys).debugDescription)"
                #expect(input.text.isEmpty, "\(label) left \(input.text.debugDescription)")
                #expect(input.cursor == 0, "\(label)")
                #expect(backspaces <= keys.count, "\(label) needed \(backspaces) Backspaces")
            }
        }
    }

    @Test("Random typing with cursor moves and Backspaces keeps the field consistent")
    func randomEditing() {
        var random = Random(state: 0xED17)
        let moves: [KeyEvent] = [.left, .right, .home, .end, .backspace, .delete]
        for composer in [nil, Self.telex, Self.vni] {
            for round in 0..<400 {
                var input = TextInput("", maxLength: round.isMultiple(of: 3) ? 8 : nil)
                var typedKeys = 0
                for _ in 0..<Int.random(in: 1...30, using: &random) {
                    if Int.random(in: 0..<4, using: &random) == 0 {
                        _ = input.handle(random.pick(moves), composer: composer)
                    } else {
                        _ = input.handle(.character(random.pick(Self.randomCharacters)), composer: composer)
                        typedKeys += 1
                    }
                    #expect(input.cursor >= 0 && input.cursor <= input.text.count)
                    if let maxLength = input.maxLength { #expect(input.text.count <= maxLength) }
                }
                _ = input.handle(.end, composer: composer)
                var backspaces = 0
                while !input.text.isEmpty, backspaces <= typedKeys + 1 {
                    _ = input.handle(.backspace, composer: composer)
                    backspaces += 1
                }
                #expect(input.text.isEmpty)
                #expect(input.cursor == 0)
                #expect(backspaces <= typedKeys)
            }
        }
    }
}
