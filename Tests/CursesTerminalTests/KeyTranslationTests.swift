import CNcursesw
import TerminalUI
import Testing
@testable import CursesTerminal

extension CursesTerminalTests {
    private func keyCode(_ code: Int32) -> KeyTranslation.Outcome {
        KeyTranslation.event(status: KEY_CODE_YES, code: UInt32(code))
    }

    private func character(_ code: UInt32) -> KeyTranslation.Outcome {
        KeyTranslation.event(status: OK, code: code)
    }

    @Test func keyCodesTranslate() {
        #expect(keyCode(KEY_UP) == .key(.up))
        #expect(keyCode(KEY_DOWN) == .key(.down))
        #expect(keyCode(KEY_LEFT) == .key(.left))
        #expect(keyCode(KEY_RIGHT) == .key(.right))
        #expect(keyCode(KEY_HOME) == .key(.home))
        #expect(keyCode(KEY_END) == .key(.end))
        #expect(keyCode(KEY_PPAGE) == .key(.pageUp))
        #expect(keyCode(KEY_NPAGE) == .key(.pageDown))
        #expect(keyCode(KEY_IC) == .key(.insert))
        #expect(keyCode(KEY_DC) == .key(.delete))
        #expect(keyCode(KEY_BTAB) == .key(.backTab))
        #expect(keyCode(KEY_ENTER) == .key(.enter))
        #expect(keyCode(KEY_BACKSPACE) == .key(.backspace))
        #expect(keyCode(tdkt_key_f(2)) == .key(.function(2)))
        #expect(keyCode(tdkt_key_f(1)) == .key(.function(1)))
        #expect(keyCode(tdkt_key_f(12)) == .key(.function(12)))
        #expect(keyCode(tdkt_key_f(13)) == .ignored)
        #expect(keyCode(KEY_RESIZE) == .resize)
        #expect(keyCode(KEY_MOUSE) == .mouse)
    }

    @Test func charactersTranslate() {
        #expect(character(0x7F) == .key(.backspace))
        #expect(character(0x08) == .key(.backspace))
        #expect(character(0x03) == .key(.control("c")))
        #expect(character(0x01) == .key(.control("a")))
        #expect(character(0x1A) == .key(.control("z")))
        #expect(character(0x0D) == .key(.enter))
        #expect(character(0x0A) == .key(.enter))
        #expect(character(0x09) == .key(.tab))
        #expect(character(0x1B) == .escape)
        #expect(character(0x20) == .key(.character(" ")))
        #expect(character(UInt32(("ễ" as Unicode.Scalar).value)) == .key(.character("ễ")))
        #expect(character(UInt32(("Đ" as Unicode.Scalar).value)) == .key(.character("Đ")))
        #expect(character(0x0303) == .key(.character("\u{303}")))  // combining tilde
        #expect(character(0x00) == .ignored)
        #expect(character(0x9B) == .ignored)  // C1 control
        #expect(KeyTranslation.event(status: ERR, code: 0) == .failed)
    }

    @Test func escapeFollowers() {
        #expect(KeyTranslation.afterEscape(status: OK, code: 0x78) == .alt("x"))
        #expect(KeyTranslation.afterEscape(status: OK, code: 0x1EC5) == .alt("ễ"))
        #expect(KeyTranslation.afterEscape(status: ERR, code: 0) == .escapeAlone)
        #expect(KeyTranslation.afterEscape(status: OK, code: 0x1B) == .escapeThenPushBack)
        #expect(KeyTranslation.afterEscape(status: KEY_CODE_YES, code: UInt32(KEY_UP)) == .escapeThenPushBack)
    }
}
