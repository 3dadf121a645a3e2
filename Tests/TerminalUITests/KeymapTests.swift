import Testing
import TerminalUI

@Suite("Keymap")
struct KeymapTests {
    static let field: KeyContext = "field"

    func keymap() -> Keymap {
        Keymap([
            KeyBinding(.save, [.function(2)], label: "key.save", help: "help.save", inStatusBar: true),
            KeyBinding(.back, [.escape], label: "key.back", help: "help.back", inStatusBar: true),
            KeyBinding(.choose, [.enter], label: "key.choose", help: "help.choose"),
            KeyBinding(.deleteRow, [.delete, .control("d")], context: .list, label: "key.delete", help: "help.delete"),
            KeyBinding(.choose, [.enter, .character(" ")], context: .list, label: "key.open", help: "help.open"),
            KeyBinding(.nextField, [.enter, .tab], context: .form, label: "key.next", help: "help.next"),
            KeyBinding(.back, [.control("g")], context: Self.field, label: "key.cancel", help: "help.cancel"),
            KeyBinding(.nextField, [.down], context: Self.field, label: "key.next", help: "help.next"),
        ])
    }

    @Test("The most specific context wins over the global one")
    func specificWins() {
        let map = keymap()
        #expect(map.action(for: .enter, in: []) == .choose)
        #expect(map.action(for: .enter, in: [.list]) == .choose)
        #expect(map.action(for: .enter, in: [.form]) == .nextField)
        #expect(map.action(for: .character(" "), in: [.list]) == .choose)
        // First context in the list is the most specific.
        #expect(map.action(for: .down, in: [Self.field, .form]) == .nextField)
        #expect(map.action(for: .enter, in: [Self.field, .form]) == .nextField)
        #expect(map.action(for: .enter, in: [.list, .form]) == .choose)
        #expect(map.action(for: .enter, in: [.form, .list]) == .nextField)
    }

    @Test("The global bindings apply when no context binds the key")
    func globalFallback() {
        let map = keymap()
        #expect(map.action(for: .function(2), in: [.list]) == .save)
        #expect(map.action(for: .escape, in: [Self.field, .form]) == .back)
        #expect(map.action(for: .control("g"), in: [Self.field]) == .back)
        #expect(map.action(for: .control("g"), in: [.form]) == nil)
        #expect(map.action(for: .delete, in: [.form]) == nil)
        #expect(map.action(for: .character(" "), in: []) == nil)
    }

    @Test("bindings(in:) lists each action once, specific contexts first")
    func bindingsInContexts() {
        let map = keymap()
        let list = map.bindings(in: [.list])
        #expect(list.map(\.action) == [.deleteRow, .choose, .save, .back])
        #expect(list.map(\.context) == [.list, .list, .global, .global])
        #expect(list[1].label == "key.open")

        let field = map.bindings(in: [Self.field, .form])
        #expect(field.map(\.action) == [.back, .nextField, .save, .choose])
        #expect(field.map(\.context) == [Self.field, Self.field, .global, .global])
        #expect(Set(field.map(\.action)).count == field.count)

        #expect(map.bindings(in: []).map(\.action) == [.save, .back, .choose])
    }

    @Test("key(for:) gives the first key of the most specific binding")
    func keyForAction() {
        let map = keymap()
        #expect(map.key(for: .save) == .function(2))
        #expect(map.key(for: .choose) == .enter)
        #expect(map.key(for: .back, in: [Self.field]) == .control("g"))
        #expect(map.key(for: .back) == .escape)
        #expect(map.key(for: .deleteRow) == nil)
        #expect(map.key(for: .deleteRow, in: [.list]) == .delete)
        #expect(map.key(for: .quit, in: [.list]) == nil)
    }

    @Test("rebind replaces the keys of one binding")
    func rebind() {
        var map = keymap()
        let savedRebound = map.rebind(.save, in: .global, to: [.control("s"), .function(2)])
        #expect(savedRebound)
        #expect(map.action(for: .control("s"), in: []) == .save)
        #expect(map.action(for: .function(2), in: []) == .save)
        #expect(map.key(for: .save) == .control("s"))

        let deleteRebound = map.rebind(.deleteRow, in: .list, to: [.function(8)])
        #expect(deleteRebound)
        #expect(map.action(for: .delete, in: [.list]) == nil)
        #expect(map.action(for: .control("d"), in: [.list]) == nil)
        #expect(map.action(for: .function(8), in: [.list]) == .deleteRow)

        let wrongContext = map.rebind(.deleteRow, in: .global, to: [.function(9)])
        #expect(!wrongContext)
        let unknown = map.rebind(.quit, in: .global, to: [.function(10)])
        #expect(!unknown)
        #expect(map.action(for: .function(9), in: [.list]) == nil)
        #expect(map.bindings.count == 8)
    }

    @Test("Actions and contexts are their identifiers")
    func identifiers() {
        #expect(Action.nextField.rawValue == "next-field")
        #expect(Action(rawValue: "save") == .save)
        #expect(Action.quit.description == "quit")
        #expect(KeyContext.global.rawValue == "global")
        #expect(KeyContext(rawValue: "form") == .form)
    }
}
