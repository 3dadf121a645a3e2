import Testing
import TerminalUI

@Suite("KeyEvent")
struct KeyEventTests {
    static let functionKeys: [KeyEvent] = (1...12).map { KeyEvent.function($0) }
    static let controlKeys: [KeyEvent] = "abcdefghijklmnopqrstuvwxyz".map { KeyEvent.control($0) }
    static let namedKeys: [KeyEvent] = [
        .escape, .enter, .tab, .backTab, .up, .down, .left, .right, .pageUp, .pageDown,
        .home, .end, .insert, .delete, .backspace, .character("/"), .character(" "),
        .character("a"), .character("đ"), .alt("x"),
    ]

    @Test("Display names round-trip", arguments: functionKeys + controlKeys + namedKeys)
    func roundTrip(key: KeyEvent) {
        #expect(KeyEvent(name: key.displayName) == key)
    }

    @Test("Display names are the ones people read")
    func displayNames() {
        #expect(KeyEvent.function(1).displayName == "F1")
        #expect(KeyEvent.function(12).displayName == "F12")
        #expect(KeyEvent.control("a").displayName == "Ctrl-A")
        #expect(KeyEvent.control("z").displayName == "Ctrl-Z")
        #expect(KeyEvent.escape.displayName == "Esc")
        #expect(KeyEvent.enter.displayName == "Enter")
        #expect(KeyEvent.tab.displayName == "Tab")
        #expect(KeyEvent.backTab.displayName == "Shift-Tab")
        #expect(KeyEvent.up.displayName == "↑")
        #expect(KeyEvent.down.displayName == "↓")
        #expect(KeyEvent.left.displayName == "←")
        #expect(KeyEvent.right.displayName == "→")
        #expect(KeyEvent.pageUp.displayName == "PgUp")
        #expect(KeyEvent.pageDown.displayName == "PgDn")
        #expect(KeyEvent.home.displayName == "Home")
        #expect(KeyEvent.end.displayName == "End")
        #expect(KeyEvent.character("/").displayName == "/")
        #expect(KeyEvent.character(" ").displayName == "Space")
    }

    @Test("Names parse case-insensitively and with surrounding spaces")
    func parsing() {
        #expect(KeyEvent(name: "f10") == .function(10))
        #expect(KeyEvent(name: " Ctrl-L ") == .control("l"))
        #expect(KeyEvent(name: "ctrl-l") == .control("l"))
        #expect(KeyEvent(name: "ESC") == .escape)
        #expect(KeyEvent(name: "Escape") == .escape)
        #expect(KeyEvent(name: "Return") == .enter)
        #expect(KeyEvent(name: "shift-tab") == .backTab)
        #expect(KeyEvent(name: "Up") == .up)
        #expect(KeyEvent(name: "PageDown") == .pageDown)
        #expect(KeyEvent(name: "space") == .character(" "))
        #expect(KeyEvent(name: "Q") == .character("Q"))
    }

    @Test("Unknown names give nil",
          arguments: ["", "   ", "F0", "F13", "Fx", "Ctrl-", "Ctrl-1", "Ctrl-AB", "Hyper-A", "Spacebar", "PgMiddle", "ab"])
    func unknownNames(name: String) {
        #expect(KeyEvent(name: name) == nil)
    }

    @Test("A single character names that character, not a function key")
    func singleCharacter() {
        #expect(KeyEvent(name: "F") == .character("F"))
        #expect(KeyEvent(name: "ễ") == .character("ễ"))
    }

    @Test("Only characters are printable")
    func printable() {
        #expect(KeyEvent.character("ễ").isPrintable)
        #expect(!KeyEvent.control("a").isPrintable)
        #expect(!KeyEvent.enter.isPrintable)
        #expect(!KeyEvent.function(2).isPrintable)
    }
}
