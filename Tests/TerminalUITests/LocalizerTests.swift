import VietnameseText
import Foundation
import Testing
import TerminalUI

@Suite("Localizer")
struct LocalizerTests {
    @Test("Placeholders are filled in by number, in any order and more than once")
    func placeholders() {
        let strings = Localizer(language: "vi", table: [
            "saved": "Đã lưu hồ sơ của {0}.",
            "count": "{1} trên {0} hồ sơ đủ điều kiện; {1} đã duyệt.",
            "plain": "Không có gì",
        ])
        #expect(strings("saved", "Nguyễn Văn An") == "Đã lưu hồ sơ của Nguyễn Văn An.")
        #expect(strings("count", 12, 5) == "5 trên 12 hồ sơ đủ điều kiện; 5 đã duyệt.")
        #expect(strings("plain") == "Không có gì")
        #expect(strings("plain", "unused") == "Không có gì")
        #expect(strings("saved") == "Đã lưu hồ sơ của {0}.")
        #expect(strings("count", Size(width: 60, height: 20), "x") == "x trên 60×20 hồ sơ đủ điều kiện; x đã duyệt.")
    }

    @Test("An argument is inserted as it is, even when it looks like a placeholder")
    func argumentsAreLiteral() {
        let strings = Localizer(language: "vi", table: ["pair": "{0} / {1}"])
        #expect(strings("pair", "{1}", "B") == "{1} / B")
    }

    @Test("A missing key shows as ⟦key⟧")
    func missingKey() {
        let strings = Localizer(language: "vi", table: ["a": "A"])
        #expect(strings("ui.nothing") == "⟦ui.nothing⟧")
        #expect(strings("ui.nothing", 1, 2) == "⟦ui.nothing⟧")
        #expect(strings.has("a"))
        #expect(!strings.has("ui.nothing"))
        #expect(strings.keys == ["a"])
        #expect(strings.language == "vi")
    }

    @Test("A table loads from JSON")
    func loadsJSON() throws {
        let json = Data("""
            {"ui.quit.title": "Thoát chương trình", "ui.saved": "Đã lưu {0} hồ sơ"}
            """.utf8)
        let strings = try Localizer(language: "vi", json: json)
        #expect(strings.language == "vi")
        #expect(strings.keys == ["ui.quit.title", "ui.saved"])
        #expect(strings("ui.quit.title") == "Thoát chương trình")
        #expect(strings("ui.saved", 3) == "Đã lưu 3 hồ sơ")
        #expect(strings("ui.other") == "⟦ui.other⟧")
    }

    @Test("JSON that is not an object of strings is refused", arguments: [
        "not json", "[\"a\", \"b\"]", "{\"a\": 1}", "{\"a\": {\"b\": \"c\"}}", "",
    ])
    func refusesBadJSON(text: String) {
        #expect(throws: (any Error).self) { try Localizer(language: "vi", json: Data(text.utf8)) }
    }
}
