import Testing
import TerminalUI
import VietnameseText

@Suite("TextInput")
struct TextInputTests {
    /// Feeds keys to `input`, expecting each to be taken.
    private func press(_ keys: [KeyEvent], into input: inout TextInput) {
        for key in keys {
            let taken = input.handle(key)
            #expect(taken, "key \(key.displayName) not taken")
        }
    }

    private func type(_ text: String, into input: inout TextInput) {
        press(text.unicodeScalars.map { KeyEvent.character(Character($0)) }, into: &input)
    }

    @Test("A new input holds NFC text with the cursor at the end")
    func initial() {
        let input = TextInput("Nguyễn".decomposedForTest)
        #expect(input.text == "Nguyễn")
        #expect(input.text.unicodeScalars.count == 6)
        #expect(input.cursor == 6)
        #expect(TextInput().text.isEmpty)
        #expect(TextInput().cursor == 0)
    }

    @Test("Typing inserts at the cursor")
    func insertAtCursor() {
        var input = TextInput("Nguyn")
        press([.left], into: &input)
        type("e", into: &input)
        #expect(input.text == "Nguyen")
        #expect(input.cursor == 5)
        press([.home], into: &input)
        type("Ô. ", into: &input)
        #expect(input.text == "Ô. Nguyen")
        #expect(input.cursor == 3)
    }

    @Test("Letter and combining marks typed one by one make one character")
    func combiningMarksCompose() {
        var input = TextInput()
        type("Nguy", into: &input)
        press([.character("e"), .character("\u{0302}"), .character("\u{0303}")], into: &input)
        #expect(input.text == "Nguyễ")
        #expect(input.text.unicodeScalars.count == 5)
        #expect(input.text.count == 5)
        #expect(input.cursor == 5)
        type("n", into: &input)
        #expect(input.text == "Nguyễn")
        #expect(input.cursor == 6)
        press([.backspace, .backspace], into: &input)
        #expect(input.text == "Nguy")
        #expect(input.cursor == 4)
    }

    @Test("A combining mark typed after a letter in the middle composes with it and the cursor stays after it")
    func combiningMarkInMiddle() {
        var input = TextInput("Nguyen Van An")
        press([.home, .right, .right, .right, .right, .right], into: &input)
        #expect(input.cursor == 5)
        press([.character("\u{0302}")], into: &input)
        #expect(input.text == "Nguyên Van An")
        #expect(input.cursor == 5)
        press([.character("\u{0303}")], into: &input)
        #expect(input.text == "Nguyễn Van An")
        #expect(input.cursor == 5)
        #expect(input.text == input.text.nfc)
        type("x", into: &input)
        #expect(input.text == "Nguyễxn Van An")
        #expect(input.cursor == 6)
    }

    @Test("One Backspace removes a whole letter with its marks")
    func backspaceRemovesGrapheme() {
        var input = TextInput("Nguyễn")
        press([.left, .backspace], into: &input)
        #expect(input.text == "Nguyn")
        #expect(input.cursor == 4)
        press([.home, .backspace], into: &input)
        #expect(input.text == "Nguyn")
        #expect(input.cursor == 0)
    }

    @Test("Delete removes the letter under the cursor")
    func delete() {
        var input = TextInput("Hồng")
        press([.home, .right, .delete], into: &input)
        #expect(input.text == "Hng")
        #expect(input.cursor == 1)
        press([.control("d")], into: &input)
        #expect(input.text == "Hg")
        press([.end, .delete], into: &input)
        #expect(input.text == "Hg")
        #expect(input.cursor == 2)
    }

    @Test("Left, Right, Home and End move within the text")
    func movement() {
        var input = TextInput("Thị")
        press([.right], into: &input)
        #expect(input.cursor == 3)
        press([.left, .left, .left, .left], into: &input)
        #expect(input.cursor == 0)
        press([.end], into: &input)
        #expect(input.cursor == 3)
        press([.control("a")], into: &input)
        #expect(input.cursor == 0)
        press([.control("e")], into: &input)
        #expect(input.cursor == 3)
        #expect(input.text == "Thị")
    }

    @Test("Ctrl-U deletes before the cursor, Ctrl-K after it")
    func killKeys() {
        var input = TextInput("Nguyễn Thị Hồng")
        press([.home] + Array(repeating: KeyEvent.right, count: 7), into: &input)
        press([.control("u")], into: &input)
        #expect(input.text == "Thị Hồng")
        #expect(input.cursor == 0)
        press([.right, .right, .right, .control("k")], into: &input)
        #expect(input.text == "Thị")
        #expect(input.cursor == 3)
    }

    @Test("Keys that are not for a field are refused")
    func refusedKeys() {
        var input = TextInput("abc")
        for key: KeyEvent in [.enter, .function(2), .up, .escape, .control("l"), .tab, .alt("x")] {
            let taken = input.handle(key)
            #expect(!taken, "key \(key.displayName) taken")
        }
        #expect(input.text == "abc")
    }

    @Test("maxLength is counted in letters and respected")
    func maxLength() {
        var input = TextInput("", maxLength: 5)
        type("Nguyễn", into: &input)
        #expect(input.text == "Nguyễ")
        #expect(input.text.count == 5)
        // A combining mark does not add a letter, so it is still accepted.
        var marks = TextInput("Nguye", maxLength: 5)
        press([.character("\u{0302}")], into: &marks)
        #expect(marks.text == "Nguyê")
        press([.home], into: &marks)
        type("X", into: &marks)
        #expect(marks.text == "Nguyê")
        #expect(marks.cursor == 0)
    }

    @Test("set replaces the text and puts the cursor at the end")
    func set() {
        var input = TextInput("abc")
        press([.home], into: &input)
        input.set("Hồng Nhung".decomposedForTest)
        #expect(input.text == "Hồng Nhung")
        #expect(input.cursor == 10)
    }

    @Test("visible(width:) shows the cursor and never exceeds the width", arguments: [2, 3, 5, 8, 13, 40])
    func visibleKeepsCursor(width: Int) {
        var input = TextInput("Nguyễn Thị Hồng Nhung, tổ 7, khu phố 3, phường Bến Nghé 漢字")
        for position in 0...input.text.count {
            press([.home], into: &input)
            press(Array(repeating: KeyEvent.right, count: position), into: &input)
            let (shown, column) = input.visible(width: width)
            #expect(shown.displayWidth <= width)
            #expect(column >= 0 && column < width)
            // Hidden text on either side shows as "…" (the text itself has none).
            let scrolled = shown.hasPrefix("…")
            let body = shown.dropFirst(scrolled ? 1 : 0)
            let cut = body.hasSuffix("…")
            let piece = String(body.dropLast(cut ? 1 : 0))
            // The text before the cursor, as shown, ends where the cursor stands.
            let beforeCursor = String(input.text.prefix(position))
            var columns = scrolled ? 1 : 0
            var shownPrefix = ""
            for character in piece {
                if columns >= column { break }
                shownPrefix.append(character)
                columns += DisplayWidth.of(character)
            }
            #expect(columns == column)
            #expect(beforeCursor.hasSuffix(shownPrefix))
            // What is shown is a piece of the text, from where the "…" says.
            let start = position - shownPrefix.count
            #expect(scrolled == (start > 0), "\(shown) at \(position)")
            #expect(Array(input.text).dropFirst(start).starts(with: Array(piece)))
            // Cut on the right shows, unless the "…" would stand where the cursor does.
            let hiddenAfter = start + piece.count < input.text.count
            if cut { #expect(hiddenAfter && column < shown.displayWidth - 1, "\(shown) at \(position)") }
            if hiddenAfter, column + 2 < width { #expect(cut, "\(shown) at \(position)") }
        }
    }

    @Test("visible(width:) shows short text whole")
    func visibleShortText() {
        var input = TextInput("Hồng")
        #expect(input.visible(width: 10) == ("Hồng", 4))
        press([.home], into: &input)
        #expect(input.visible(width: 10) == ("Hồng", 0))
        #expect(input.visible(width: 3).text == "Hồ…")
        #expect(input.visible(width: 3).cursorColumn == 0)
    }

    @Test("visible(width:) at the end of long text shows its tail after a \"…\" and the cursor after it")
    func visibleTail() {
        let input = TextInput("Nguyễn Thị Hồng Nhung")
        let (shown, column) = input.visible(width: 10)
        #expect(shown == "…ng Nhung")
        #expect(column == 9)
    }
}
