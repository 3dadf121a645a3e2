import Commendation
import Desk
import Foundation
import Testing
import TerminalUI

/// The status bar tells the truth: a walk through every screen and dialog of the desk at
/// 80×24 that reads the keys the bar shows, checks that they all fit, presses each one and
/// checks that something happens (the screen changes, a screen or dialog opens or closes, a
/// message shows, or the desk quits).
@Suite struct StatusBarWalkTests {
    /// A screen or dialog of the desk, and the keys that reach it from the main menu.
    enum Place: String, CaseIterable, CustomStringConvertible, Sendable {
        case menu, nominees, nomineeHistory, formNew, formPicker, formChoice, formText, formBasis, formHelp, formDiscard
        case pending, pendingSearch, pendingFilter, pendingStep, pendingDecision, pendingHelp
        case criteria, criteriaSearch
        case council, councilNewSession, members, memberEdit
        case sessionAgenda, sessionAttendance, sessionBallot, sessionAdd, sessionDocuments, sessionOutcomes
        case honourRoll, honourHistory, auditLog, exemplars, exemplarsRange
        case data, dataImport

        var description: String { rawValue }

        /// Goes there from the main menu.
        func go(_ pilot: Pilot) {
            switch self {
            case .menu: break
            case .nominees: pilot.type("2")
            case .nomineeHistory: pilot.type("2"); pilot.press(.function(3))
            case .formNew: pilot.type("1")
            case .formPicker: pilot.type("1"); pilot.press(.enter)
            case .formChoice: pilot.type("2"); pilot.press(.enter)
            case .formText: pilot.type("2"); pilot.press(.enter, .down, .down)
            case .formBasis: pilot.openPending("2026-LDTT-0001"); pilot.press(.function(3))
            case .formHelp: pilot.type("1"); pilot.press(.function(1))
            case .formDiscard:
                pilot.type("1")
                pilot.press(.enter, .enter)
                pilot.type("Nguyễn")
                pilot.press(.escape)
            case .pending: pilot.type("3")
            case .pendingSearch: pilot.type("3"); pilot.press(.character("/"))
            case .pendingFilter: pilot.type("3"); pilot.press(.function(4))
            case .pendingStep: pilot.type("3"); pilot.press(.function(5))
            case .pendingDecision:
                pilot.type("3")
                pilot.press(.character("/"))
                pilot.type("dang van quy")
                pilot.press(.enter, .character(" "), .function(5))
                pilot.type("ra quyet")
                pilot.press(.enter)
            case .pendingHelp: pilot.type("3"); pilot.press(.function(1))
            case .criteria: pilot.type("4")
            case .criteriaSearch: pilot.type("4"); pilot.press(.character("/"))
            case .council: pilot.type("5")
            case .councilNewSession: pilot.type("5"); pilot.press(.function(5))
            case .members: pilot.type("5"); pilot.press(.function(6))
            case .memberEdit: pilot.type("5"); pilot.press(.function(6), .enter)
            case .sessionAgenda: pilot.type("5"); pilot.press(.enter)
            case .sessionAttendance: pilot.type("5"); pilot.press(.enter, .tab)
            case .sessionBallot: pilot.type("5"); pilot.press(.enter, .enter)
            case .sessionAdd: pilot.type("5"); pilot.press(.enter, .function(7))
            case .sessionDocuments: pilot.type("5"); pilot.press(.enter, .function(9))
            case .sessionOutcomes:
                // Everyone present, one ballot, then F5: the confirmation.
                pilot.type("5")
                pilot.press(.enter, .tab, .function(6), .tab, .enter, .function(2), .function(5))
            case .honourRoll: pilot.type("6")
            case .honourHistory: pilot.type("6"); pilot.press(.enter)
            case .auditLog: pilot.type("6"); pilot.press(.enter, .function(7))
            case .exemplars: pilot.type("7")
            case .exemplarsRange: pilot.type("7"); pilot.press(.function(4))
            case .data: pilot.type("8")
            case .dataImport: pilot.type("8"); pilot.press(.enter)
            }
        }
    }

    /// A fresh desk at `place`, checked to have got there (a dialog or a screen other than
    /// the menu opened).
    private func arrive(_ place: Place, language: Language = .vi, test: String, attempt: Int = 0) throws -> Pilot {
        let pilot = try Pilot("walk-\(test)-\(place)-\(language.rawValue)-\(attempt)", language: language)
        place.go(pilot)
        if place != .menu {
            #expect(pilot.desk.app.screens.count > 1 || !pilot.desk.app.dialogs.isEmpty, "did not reach \(place)")
        }
        return pilot
    }

    /// What the bar shows, as its items would be laid out, and whether they all fit.
    private func shownBindings(_ pilot: Pilot) -> [KeyBinding] {
        pilot.desk.app.statusBarBindings
    }

    @Test("Every key of the bar fits at 80 columns, in both languages", arguments: Place.allCases)
    func everyKeyFits(place: Place) throws {
        for language in [Language.vi, .en] {
            let pilot = try arrive(place, language: language, test: "fits")
            let app = pilot.desk.app
            let (items, gap) = StatusBar.layout(bindings: shownBindings(pilot), strings: app.strings, width: 80)
            #expect(StatusBar.totalWidth(items, gap: gap) <= 80, "\(place) \(language): \(pilot.keyBar)")
            for item in items {
                #expect(pilot.keyBar.contains(item.key + (item.label.isEmpty ? "" : " " + item.label)), "\(place) \(language): \(item.key)")
            }
            #expect(!items.isEmpty)
        }
    }

    @Test("Every key the bar shows does something", arguments: Place.allCases)
    func everyKeyActs(place: Place) throws {
        var pilot = try arrive(place, test: "acts")
        var attempt = 0
        let keys = shownBindings(pilot).compactMap(\.keys.first)
        // F10 last: it may end the desk.
        for key in keys.filter({ $0 != .function(10) }) + keys.filter({ $0 == .function(10) }) {
            let app = pilot.desk.app
            let screens = app.screens.map(ObjectIdentifier.init)
            let dialogs = app.dialogs.map(ObjectIdentifier.init)
            let contexts = app.currentContexts
            let before = pilot.terminal.screen
            pilot.press(key)
            let after = pilot.desk.app
            let happened = !after.isRunning || after.message != nil || after.screens.map(ObjectIdentifier.init) != screens
                || after.dialogs.map(ObjectIdentifier.init) != dialogs || pilot.terminal.screen != before
            #expect(happened, "\(place): \(key.displayName) did nothing\n\(pilot.screen)")
            // Back to the place: close what the key opened, or start again when it left.
            while after.isRunning, after.dialogs.count > dialogs.count { after.dismissDialog() }
            while after.isRunning, after.screens.count > screens.count { after.pop() }
            let same = after.isRunning && after.screens.map(ObjectIdentifier.init) == screens
                && after.dialogs.map(ObjectIdentifier.init) == dialogs && after.currentContexts == contexts
            if !same {
                attempt += 1
                pilot = try arrive(place, test: "acts", attempt: attempt)
            }
        }
    }
}
