import TerminalUI

extension KeyContext {
    /// The main menu.
    static let menu: KeyContext = "menu"
    /// A list one can filter by typing.
    static let filterList: KeyContext = "filter-list"
    /// The F1 screen.
    static let help: KeyContext = "help"
    /// The "Tiêu chí" screen.
    static let criteria: KeyContext = "criteria"
    /// A list's search line while it takes the typing.
    static let searchLine: KeyContext = "search-line"
}

extension Action {
    /// F3 in the form: the criteria with their reasons and legal bases.
    static let basis: Action = "basis"
    /// "/" in a list: search as you type.
    static let search: Action = "search"
    /// F4 in the pending list: show only one standing (eligible, not eligible, incomplete).
    static let filterStanding: Action = "filter-standing"
    /// In the "Tiêu chí" screen: the previous / next year's rulebook.
    static let previousYear: Action = "previous-year"
    static let nextYear: Action = "next-year"
    /// In the "Tiêu chí" screen: add a council criterion to the selected award.
    static let addCriterion: Action = "add-criterion"
    /// In the "Tiêu chí" screen: add a council award.
    static let addAward: Action = "add-award"
    /// In the "Tiêu chí" screen: remove the selected council rule.
    static let remove: Action = "remove"
}

/// The desk's key table: every action, its keys, where it applies, its label and its help.
/// The status bar and the F1 help screen are generated from this table and nowhere else
/// binds a key.
public enum DeskKeymap {
    /// The default table.
    public static let standard = Keymap([
        // Everywhere
        KeyBinding(.help, [.function(1)], label: "key.help", help: "key.help.help", inStatusBar: true),
        KeyBinding(.back, [.escape], label: "key.back", help: "key.back.help", inStatusBar: true),
        KeyBinding(.quit, [.function(10)], label: "key.quit", help: "key.quit.help", inStatusBar: true),
        KeyBinding(.interrupt, [.control("c")], label: "key.quit", help: "key.interrupt.help"),
        KeyBinding(.redraw, [.control("l")], label: "key.redraw", help: "key.redraw.help"),
        KeyBinding(.suspend, [.control("z")], label: "key.suspend", help: "key.suspend.help"),
        KeyBinding(.toggleInputMethod, [.control("t")], label: "key.inputMethod", help: "key.inputMethod.help"),
        // Main menu
        KeyBinding(.choose, [.enter], context: .menu, label: "key.open", help: "key.menu.choose.help", inStatusBar: true),
        KeyBinding(.up, [.up], context: .menu, label: "key.up", help: "key.up.help"),
        KeyBinding(.down, [.down], context: .menu, label: "key.down", help: "key.down.help"),
        KeyBinding(.first, [.home], context: .menu, label: "key.first", help: "key.first.help"),
        KeyBinding(.last, [.end], context: .menu, label: "key.last", help: "key.last.help"),
        // Lists
        KeyBinding(.choose, [.enter], context: .list, label: "key.open", help: "key.list.choose.help", inStatusBar: true),
        KeyBinding(.filterStanding, [.function(4)], context: .list, label: "key.filterStanding", help: "key.filterStanding.help", inStatusBar: true),
        KeyBinding(.search, [.character("/")], context: .list, label: "key.search", help: "key.search.help", inStatusBar: true),
        KeyBinding(.choose, [.enter], context: .searchLine, label: "key.searchDone", help: "key.searchDone.help", inStatusBar: true),
        KeyBinding(.back, [.escape], context: .searchLine, label: "key.searchClear", help: "key.searchClear.help", inStatusBar: true),
        KeyBinding(.up, [.up], context: .list, label: "key.up", help: "key.up.help"),
        KeyBinding(.down, [.down], context: .list, label: "key.down", help: "key.down.help"),
        KeyBinding(.pageUp, [.pageUp], context: .list, label: "key.pageUp", help: "key.pageUp.help"),
        KeyBinding(.pageDown, [.pageDown], context: .list, label: "key.pageDown", help: "key.pageDown.help"),
        KeyBinding(.first, [.home], context: .list, label: "key.first", help: "key.first.help"),
        KeyBinding(.last, [.end], context: .list, label: "key.last", help: "key.last.help"),
        KeyBinding(.choose, [.enter], context: .filterList, label: "key.propose", help: "key.nominees.choose.help", inStatusBar: true),
        KeyBinding(.search, [.character("/")], context: .filterList, label: "key.search", help: "key.nominees.search.help"),
        KeyBinding(.up, [.up], context: .filterList, label: "key.up", help: "key.up.help"),
        KeyBinding(.down, [.down], context: .filterList, label: "key.down", help: "key.down.help"),
        KeyBinding(.pageUp, [.pageUp], context: .filterList, label: "key.pageUp", help: "key.pageUp.help"),
        KeyBinding(.pageDown, [.pageDown], context: .filterList, label: "key.pageDown", help: "key.pageDown.help"),
        KeyBinding(.first, [.home], context: .filterList, label: "key.first", help: "key.first.help"),
        KeyBinding(.last, [.end], context: .filterList, label: "key.last", help: "key.last.help"),
        // Forms
        KeyBinding(.save, [.function(2)], context: .form, label: "key.save", help: "key.save.help", inStatusBar: true),
        KeyBinding(.basis, [.function(3)], context: .form, label: "key.basis", help: "key.basis.help", inStatusBar: true),
        KeyBinding(.nextField, [.tab], context: .form, label: "key.next", help: "key.next.help"),
        KeyBinding(.previousField, [.backTab], context: .form, label: "key.previous", help: "key.previous.help"),
        KeyBinding(.down, [.down], context: .form, label: "key.next", help: "key.form.down.help"),
        KeyBinding(.up, [.up], context: .form, label: "key.previous", help: "key.form.up.help"),
        KeyBinding(.pageDown, [.pageDown], context: .form, label: "key.pageDown", help: "key.form.pageDown.help"),
        KeyBinding(.pageUp, [.pageUp], context: .form, label: "key.pageUp", help: "key.form.pageUp.help"),
        KeyBinding(.choose, [.enter], context: .form, label: "key.choose", help: "key.form.choose.help", inStatusBar: true),
        // The "Tiêu chí" screen
        KeyBinding(.choose, [.enter], context: .criteria, label: "key.change", help: "key.criteria.choose.help", inStatusBar: true),
        KeyBinding(.addCriterion, [.function(5)], context: .criteria, label: "key.addCriterion", help: "key.addCriterion.help", inStatusBar: true),
        KeyBinding(.addAward, [.function(6)], context: .criteria, label: "key.addAward", help: "key.addAward.help", inStatusBar: true),
        KeyBinding(.remove, [.function(8)], context: .criteria, label: "key.remove", help: "key.remove.help", inStatusBar: true),
        KeyBinding(.search, [.character("/")], context: .criteria, label: "key.search", help: "key.criteria.search.help"),
        KeyBinding(.previousYear, [.left], context: .criteria, label: "key.previousYear", help: "key.previousYear.help"),
        KeyBinding(.nextYear, [.right], context: .criteria, label: "key.nextYear", help: "key.nextYear.help"),
        KeyBinding(.up, [.up], context: .criteria, label: "key.up", help: "key.up.help"),
        KeyBinding(.down, [.down], context: .criteria, label: "key.down", help: "key.down.help"),
        KeyBinding(.pageUp, [.pageUp], context: .criteria, label: "key.pageUp", help: "key.pageUp.help"),
        KeyBinding(.pageDown, [.pageDown], context: .criteria, label: "key.pageDown", help: "key.pageDown.help"),
        KeyBinding(.first, [.home], context: .criteria, label: "key.first", help: "key.first.help"),
        KeyBinding(.last, [.end], context: .criteria, label: "key.last", help: "key.last.help"),
        // Lists to pick from
        KeyBinding(.choose, [.enter], context: .picker, label: "key.choose", help: "key.picker.choose.help", inStatusBar: true),
        KeyBinding(.up, [.up], context: .picker, label: "key.up", help: "key.up.help"),
        KeyBinding(.down, [.down], context: .picker, label: "key.down", help: "key.down.help"),
        KeyBinding(.pageUp, [.pageUp], context: .picker, label: "key.pageUp", help: "key.pageUp.help"),
        KeyBinding(.pageDown, [.pageDown], context: .picker, label: "key.pageDown", help: "key.pageDown.help"),
        // Dialogs
        KeyBinding(.choose, [.enter], context: .dialog, label: "key.choose", help: "key.dialog.choose.help", inStatusBar: true),
        KeyBinding(.nextField, [.tab], context: .dialog, label: "key.next", help: "key.dialog.next.help"),
        KeyBinding(.previousField, [.backTab], context: .dialog, label: "key.previous", help: "key.dialog.previous.help"),
        // Help
        KeyBinding(.up, [.up], context: .help, label: "key.up", help: "key.up.help"),
        KeyBinding(.down, [.down], context: .help, label: "key.down", help: "key.down.help"),
        KeyBinding(.pageUp, [.pageUp], context: .help, label: "key.pageUp", help: "key.pageUp.help"),
        KeyBinding(.pageDown, [.pageDown], context: .help, label: "key.pageDown", help: "key.pageDown.help"),
    ])
}
