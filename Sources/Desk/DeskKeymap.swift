import TerminalUI

extension KeyContext {
    /// The main menu.
    static let menu: KeyContext = "menu"
    /// A list one can filter by typing.
    static let filterList: KeyContext = "filter-list"
    /// The "Tiêu chí" screen.
    static let criteria: KeyContext = "criteria"
    /// A list's search line while it takes the typing.
    static let searchLine: KeyContext = "search-line"
    /// The "Tiêu chí" screen's search line (Enter finds the next match).
    static let criteriaSearch: KeyContext = "criteria-search"
    /// The pending review.
    static let pending: KeyContext = "pending"
    /// The council's sessions.
    static let council: KeyContext = "council"
    /// One session.
    static let session: KeyContext = "session"
    /// A session's agenda (its pane has the keys).
    static let agenda: KeyContext = "session-agenda"
    /// A session's attendance (its pane has the keys).
    static let attendance: KeyContext = "session-attendance"
    /// The nomination form (F2 saves, F3 the criteria, F7 the log), over the form's own keys.
    static let nominationForm: KeyContext = "nomination-form"
    /// The council's members.
    static let members: KeyContext = "members"
    /// The honour roll.
    static let honourRoll: KeyContext = "honour-roll"
    /// The exemplars of a period.
    static let exemplars: KeyContext = "exemplars"
    /// A nominee's history.
    static let history: KeyContext = "history"
}

extension Action {
    /// F3 in the form: the criteria with their reasons and legal bases.
    static let basis: Action = "basis"
    /// "/" in a list: search as you type.
    static let search: Action = "search"
    /// F4 in the pending list: narrow it (year, award, unit, residential group, status, standing).
    static let filter: Action = "filter"
    /// F6 in the pending list: the next order (name, date received).
    static let sort: Action = "sort"
    /// Space in the pending list: mark a nomination for a bulk action.
    static let mark: Action = "mark"
    /// F5 in the pending list: take the selected (or marked) nominations a step further.
    static let process: Action = "process"
    /// F7 in the pending list: the day a decision's list was published.
    static let publish: Action = "publish"
    /// F5 in the sessions list, F5 in the members list: a new session / member.
    static let new: Action = "new"
    /// F6 in the sessions list: the council's members.
    static let members: Action = "members"
    /// Tab in a session: agenda or attendance.
    static let switchPane: Action = "switch-pane"
    /// F5 in a session: record the outcomes of the ballots.
    static let recordOutcomes: Action = "record-outcomes"
    /// F7 in a session: put received nominations on its agenda.
    static let addToAgenda: Action = "add-to-agenda"
    /// F6 in a session's attendance: every member in term present (then Enter on the few who
    /// are not).
    static let allPresent: Action = "all-present"
    /// F3 in the nominee list, Enter in the honour roll: the nominee's history.
    static let history: Action = "history"
    /// F9 in a session or the honour roll: write documents.
    static let documents: Action = "documents"
    /// F7 in a nominee's history or the form: the audit trail of the record.
    static let auditLog: Action = "audit-log"
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
        // Long work that can be stopped (an export)
        KeyBinding(.stop, [.escape], context: .progress, label: "key.stop", help: "key.stop.help", inStatusBar: true),
        // Main menu
        KeyBinding(.choose, [.enter], context: .menu, label: "key.open", help: "key.menu.choose.help", inStatusBar: true),
        KeyBinding(.up, [.up], context: .menu, label: "key.up", help: "key.up.help"),
        KeyBinding(.down, [.down], context: .menu, label: "key.down", help: "key.down.help"),
        KeyBinding(.first, [.home], context: .menu, label: "key.first", help: "key.first.help"),
        KeyBinding(.last, [.end], context: .menu, label: "key.last", help: "key.last.help"),
        // Lists
        KeyBinding(.choose, [.enter], context: .list, label: "key.open", help: "key.list.choose.help", inStatusBar: true),
        KeyBinding(.search, [.character("/")], context: .pending, label: "key.search", help: "key.search.help", inStatusBar: true),
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
        // The pending review
        KeyBinding(.process, [.function(5)], context: .pending, label: "key.process", help: "key.process.help", inStatusBar: true),
        KeyBinding(.mark, [.character(" ")], context: .pending, label: "key.mark", help: "key.mark.help", inStatusBar: true),
        KeyBinding(.filter, [.function(4)], context: .pending, label: "key.filter", help: "key.filter.help", inStatusBar: true),
        KeyBinding(.sort, [.function(6)], context: .pending, label: "key.sort", help: "key.sort.help", inStatusBar: true),
        KeyBinding(.publish, [.function(7)], context: .pending, label: "key.publish", help: "key.publish.help", inStatusBar: false),
        // The council's sessions and members
        KeyBinding(.choose, [.enter], context: .council, label: "key.open", help: "key.council.choose.help", inStatusBar: true),
        KeyBinding(.new, [.function(5)], context: .council, label: "key.newSession", help: "key.newSession.help", inStatusBar: true),
        KeyBinding(.members, [.function(6)], context: .council, label: "key.members", help: "key.members.help", inStatusBar: true),
        KeyBinding(.choose, [.enter], context: .members, label: "key.change", help: "key.members.choose.help", inStatusBar: true),
        KeyBinding(.new, [.function(5)], context: .members, label: "key.newMember", help: "key.newMember.help", inStatusBar: true),
        // One session: its agenda or its attendance has the keys (Tab)
        KeyBinding(.choose, [.enter], context: .agenda, label: "key.record", help: "key.session.choose.help", inStatusBar: true),
        KeyBinding(.switchPane, [.tab], context: .agenda, label: "key.toAttendance", help: "key.toAttendance.help", inStatusBar: true),
        KeyBinding(.addToAgenda, [.function(7)], context: .agenda, label: "key.addToAgenda", help: "key.addToAgenda.help", inStatusBar: true),
        KeyBinding(.remove, [.function(8)], context: .agenda, label: "key.takeOff", help: "key.takeOff.help"),
        KeyBinding(.documents, [.function(9)], context: .agenda, label: "key.documents", help: "key.session.documents.help", inStatusBar: true),
        KeyBinding(.choose, [.enter], context: .attendance, label: "key.attendance", help: "key.attendance.help", inStatusBar: true),
        KeyBinding(.switchPane, [.tab], context: .attendance, label: "key.toAgenda", help: "key.toAgenda.help", inStatusBar: true),
        KeyBinding(.allPresent, [.function(6)], context: .attendance, label: "key.allPresent", help: "key.allPresent.help", inStatusBar: true),
        KeyBinding(.recordOutcomes, [.function(5)], context: .session, label: "key.recordOutcomes", help: "key.recordOutcomes.help", inStatusBar: true),
        // The honour roll
        KeyBinding(.previousYear, [.left], context: .honourRoll, label: "key.previousYear", help: "key.honourRoll.previousYear.help"),
        KeyBinding(.nextYear, [.right], context: .honourRoll, label: "key.nextYear", help: "key.honourRoll.nextYear.help"),
        KeyBinding(.process, [.function(5)], context: .honourRoll, label: "key.process", help: "key.honourRoll.process.help", inStatusBar: true),
        KeyBinding(.documents, [.function(9)], context: .honourRoll, label: "key.documents", help: "key.honourRoll.documents.help", inStatusBar: true),
        // A nominee's history (also from the honour roll and the exemplars)
        KeyBinding(.process, [.function(5)], context: .history, label: "key.process", help: "key.history.process.help", inStatusBar: true),
        KeyBinding(.auditLog, [.function(7)], context: .history, label: "key.auditLog", help: "key.auditLog.help", inStatusBar: true),
        KeyBinding(.history, [.function(3)], context: .filterList, label: "key.history", help: "key.history.help", inStatusBar: true),
        KeyBinding(.history, [.enter], context: .honourRoll, label: "key.history", help: "key.history.help", inStatusBar: true),
        KeyBinding(.history, [.enter], context: .exemplars, label: "key.history", help: "key.history.help", inStatusBar: true),
        // The exemplars of a period
        KeyBinding(.previousYear, [.left], context: .exemplars, label: "key.previousPeriod", help: "key.previousPeriod.help", inStatusBar: true),
        KeyBinding(.nextYear, [.right], context: .exemplars, label: "key.nextPeriod", help: "key.nextPeriod.help", inStatusBar: true),
        KeyBinding(.filter, [.function(4)], context: .exemplars, label: "key.period", help: "key.period.help", inStatusBar: true),
        // The nomination form
        KeyBinding(.save, [.function(2)], context: .nominationForm, label: "key.save", help: "key.save.help", inStatusBar: true),
        KeyBinding(.basis, [.function(3)], context: .nominationForm, label: "key.basis", help: "key.basis.help", inStatusBar: true),
        KeyBinding(.auditLog, [.function(7)], context: .nominationForm, label: "key.auditLog", help: "key.auditLog.form.help"),
        // Forms (the nomination form and the forms in dialogs)
        KeyBinding(.nextField, [.tab], context: .form, label: "key.next", help: "key.next.help"),
        KeyBinding(.previousField, [.backTab], context: .form, label: "key.previous", help: "key.previous.help"),
        KeyBinding(.down, [.down], context: .form, label: "key.next", help: "key.form.down.help"),
        KeyBinding(.up, [.up], context: .form, label: "key.previous", help: "key.form.up.help"),
        KeyBinding(.pageDown, [.pageDown], context: .form, label: "key.pageDown", help: "key.form.pageDown.help"),
        KeyBinding(.pageUp, [.pageUp], context: .form, label: "key.pageUp", help: "key.form.pageUp.help"),
        KeyBinding(.choose, [.enter], context: .form, label: "key.choose", help: "key.form.choose.help", inStatusBar: true),
        KeyBinding(.save, [.function(2)], context: .formDialog, label: "key.done", help: "key.formDialog.save.help", inStatusBar: true),
        // A text field with the focus (a form's, a list's search or filter line, a picker's)
        KeyBinding(.cursorLeft, [.left], context: .textField, label: "key.cursorLeft", help: "key.cursorLeft.help"),
        KeyBinding(.cursorRight, [.right], context: .textField, label: "key.cursorRight", help: "key.cursorRight.help"),
        KeyBinding(.lineStart, [.home, .control("a")], context: .textField, label: "key.lineStart", help: "key.lineStart.help"),
        KeyBinding(.lineEnd, [.end, .control("e")], context: .textField, label: "key.lineEnd", help: "key.lineEnd.help"),
        KeyBinding(.deleteBackward, [.backspace], context: .textField, label: "key.deleteBackward", help: "key.deleteBackward.help"),
        KeyBinding(.deleteForward, [.delete, .control("d")], context: .textField, label: "key.deleteForward", help: "key.deleteForward.help"),
        KeyBinding(.deleteToStart, [.control("u")], context: .textField, label: "key.deleteToStart", help: "key.deleteToStart.help"),
        KeyBinding(.deleteToEnd, [.control("k")], context: .textField, label: "key.deleteToEnd", help: "key.deleteToEnd.help"),
        // A choice or a button with the focus
        KeyBinding(.previousOption, [.left], context: .choice, label: "key.previousOption", help: "key.previousOption.help"),
        KeyBinding(.nextOption, [.right, .character(" ")], context: .choice, label: "key.nextOption", help: "key.nextOption.help"),
        KeyBinding(.choose, [.enter], context: .choice, label: "key.choose", help: "key.choice.choose.help", inStatusBar: true),
        KeyBinding(.choose, [.enter, .character(" ")], context: .button, label: "key.choose", help: "key.button.choose.help", inStatusBar: true),
        // The "Tiêu chí" screen
        KeyBinding(.choose, [.enter], context: .criteria, label: "key.change", help: "key.criteria.choose.help", inStatusBar: true),
        KeyBinding(.addCriterion, [.function(5)], context: .criteria, label: "key.addCriterion", help: "key.addCriterion.help", inStatusBar: true),
        KeyBinding(.addAward, [.function(6)], context: .criteria, label: "key.addAward", help: "key.addAward.help", inStatusBar: true),
        KeyBinding(.remove, [.function(8)], context: .criteria, label: "key.remove", help: "key.remove.help", inStatusBar: true),
        KeyBinding(.search, [.character("/")], context: .criteria, label: "key.search", help: "key.criteria.search.help"),
        KeyBinding(.choose, [.enter], context: .criteriaSearch, label: "key.findNext", help: "key.findNext.help", inStatusBar: true),
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
        // Dialogs with buttons
        KeyBinding(.choose, [.enter], context: .dialog, label: "key.choose", help: "key.dialog.choose.help", inStatusBar: true),
        KeyBinding(.nextField, [.tab, .right], context: .dialog, label: "key.nextButton", help: "key.dialog.next.help"),
        KeyBinding(.previousField, [.backTab, .left], context: .dialog, label: "key.previousButton", help: "key.dialog.previous.help"),
        // Pages of text (the F1 help, the criteria and their bases, reports)
        KeyBinding(.close, [.enter], context: .textPage, label: "key.close", help: "key.close.help", inStatusBar: true),
        KeyBinding(.pageDown, [.pageDown, .character(" ")], context: .reading, label: "key.pageDown", help: "key.reading.pageDown.help", inStatusBar: true),
        KeyBinding(.pageUp, [.pageUp], context: .reading, label: "key.pageUp", help: "key.reading.pageUp.help", inStatusBar: true),
        KeyBinding(.down, [.down], context: .reading, label: "key.down", help: "key.reading.down.help"),
        KeyBinding(.up, [.up], context: .reading, label: "key.up", help: "key.reading.up.help"),
        KeyBinding(.first, [.home], context: .reading, label: "key.first", help: "key.reading.first.help"),
        KeyBinding(.last, [.end], context: .reading, label: "key.last", help: "key.reading.last.help"),
    ])
}
