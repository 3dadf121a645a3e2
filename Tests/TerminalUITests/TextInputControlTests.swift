import Testing
@testable import TerminalUI

/// A text field never takes a control character or a bidirectional override, typed or pasted.
@Suite struct TextInputControlTests {
    @Test func controlCharactersAreLeftOut() {
        var input = TextInput("Lan")
        for c: Character in ["\u{9B}", "\u{7}", "\u{202E}", "\u{0}", "\u{85}"] {
            let handled = input.handle(.character(c))
            #expect(handled)
        }
        #expect(input.text == "Lan")
        input.insert("\u{1B}[31mđỏ\u{2066}")
        #expect(input.text == "Lan[31mđỏ")
        input.insert("\u{7}")
        #expect(input.text == "Lan[31mđỏ")
    }
}
