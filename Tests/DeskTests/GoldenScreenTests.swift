import Commendation
import CommendationStore
import WardServices
import Desk
import Foundation
import Testing
import TerminalUI

/// Every screen and every dialog of the desk at 80×24, compared whole with its golden file
/// (`__Snapshots__/NAME-80x24.txt`; `UPDATE_SNAPSHOTS=1` records them again).
@Suite struct GoldenScreenTests {
    /// A screen or dialog, and how a clerk gets there from the main menu.
    enum Golden: String, CaseIterable, Sendable, CustomTestStringConvertible {
        // Screens
        case nominees, nomineeHistory, formEdit, pendingSearch, criteria, council, members, sessionAgenda, sessionAttendance
        case honourRoll, exemplars, data, auditLog, help
        // Dialogs of the desk's start
        case onboarding, readOnly, configProblems
        // The form's dialogs
        case quitUnsaved, discard, nomineePicker, nomineeReplace, basis, conflict
        // The pending review's dialogs
        case pendingFilter, pendingStep, returnReason, decision, sessionChoice, publication, stepPartly, helpOverDialog
        // The council's dialogs
        case newSession, memberEdit, ballot, outcomes, agendaAdd, documents, documentFormat
        // The honour roll's, the exemplars', the audit log's
        case revoke, honourDocuments, exemplarsRange, auditEntry
        // The criteria screen's
        case criteriaOption, criteriaProvince, criteriaBaseSalary, criteriaAdjustment, criteriaNational, criteriaAward
        case criteriaAddCriterion, criteriaAddAward
        // The data screen's
        case dataImport, dataImportReport, dataPublication, dataVerify
        // A store that fails
        case menuDamaged, pendingLocked, formTrouble, notSaved, notSavedInDialog, cannotRead

        var testDescription: String { rawValue }

        /// The golden file's name: "nominee-history-80x24".
        var fileName: String {
            rawValue.reduce(into: "") { name, character in
                if character.isUppercase { name += "-" + character.lowercased() } else { name.append(character) }
            } + "-80x24"
        }
    }

    /// A desk on the demo ward at 80×24, taken to `golden`. The returned values keep alive
    /// what the desk needs (a second desk, a failing store).
    private func open(_ golden: Golden) throws -> (Pilot, [AnyObject]) {
        let name = "golden-" + golden.rawValue
        switch golden {
        case .onboarding:
            return (try Pilot(name, demo: false), [])
        case .readOnly:
            let writer = try Pilot(name)
            return (try Pilot(sameStoreAs: writer, size: Size(width: 80, height: 24), readOnly: true), [writer])
        case .configProblems:
            var configuration = DeskConfiguration()
            configuration.folder = "~/.config/tdkt"
            configuration.read(settings: "backup-keep = không\ninput-method = unikey\n")
            configuration.read(keys: "pending.search = Ctrl-Q, F99\n")
            return (try Pilot(name, configuration: configuration), [])
        case .conflict:
            let pilot = try Pilot(name)
            let other = try Pilot(sameStoreAs: pilot)
            pilot.openPending("2026-LDTT-0001")
            let listing = try #require(try other.store.nomination(id: "2026-LDTT-0001"))
            var draft = NominationDraft(editing: listing.nomination, nominee: listing.nominee)
            draft.note = "Bổ sung minh chứng ngày 28/11"
            _ = try other.store.save(draft, rulebook: try #require(try Shipped.rulebooks().rulebook(forYear: 2026)), expectedVersion: listing.version)
            pilot.press(.function(2))
            return (pilot, [other])
        case .menuDamaged, .cannotRead:
            let failing = try FailingStore(.damaged, name, damaged: golden == .menuDamaged ? ["nomination"] : ["audit"])
            if golden == .cannotRead { failing.pilot.type("8"); failing.pilot.type("6") }
            return (failing.pilot, [failing])
        case .pendingLocked, .notSaved, .notSavedInDialog:
            let failing = try FailingStore(.locked, name)
            let pilot = failing.pilot
            switch golden {
            case .pendingLocked: pilot.type("3")
            case .notSaved:
                pilot.type("5")
                pilot.press(.enter, .tab, .enter)
            default:
                pilot.type("5")
                pilot.press(.function(5), .function(2))
            }
            return (pilot, [failing])
        case .formTrouble:
            let failing = try FailingStore(.damaged, name, damaged: ["movement"])
            failing.pilot.type("1")
            return (failing.pilot, [failing])
        default:
            let pilot = try Pilot(name)
            go(golden, pilot)
            return (pilot, [])
        }
    }

    /// Takes a desk on the demo ward from the main menu to `golden`.
    private func go(_ golden: Golden, _ pilot: Pilot) {
        switch golden {
        case .nominees: pilot.type("2")
        case .nomineeHistory: pilot.type("2"); pilot.type("dang van quy"); pilot.press(.function(3))
        case .formEdit: pilot.openPending("2026-LDTT-0001")
        case .pendingSearch:
            pilot.type("3")
            pilot.press(.character("/"))
            pilot.type("nguyen")
        case .criteria: pilot.type("4")
        case .council: pilot.type("5")
        case .members: pilot.type("5"); pilot.press(.function(6))
        case .sessionAgenda: pilot.type("5"); pilot.press(.enter)
        case .sessionAttendance: pilot.type("5"); pilot.press(.enter, .tab)
        case .honourRoll: pilot.type("6")
        case .exemplars: pilot.type("7")
        case .data: pilot.type("8")
        case .auditLog: pilot.type("2"); pilot.type("dang van quy"); pilot.press(.function(3), .function(7))
        case .help: pilot.type("3"); pilot.press(.function(1))
        case .quitUnsaved, .discard:
            pilot.type("1")
            pilot.press(.enter, .enter)
            pilot.type("Nguyễn")
            pilot.press(golden == .quitUnsaved ? .function(10) : .escape)
        case .nomineePicker: pilot.type("1"); pilot.press(.enter)
        case .nomineeReplace:
            pilot.type("1")
            pilot.press(.enter)
            pilot.type("Lê Văn Tám")
            pilot.press(.enter)
            pilot.focus(field: "Ngày sinh")
            pilot.type("02/09/1985")
            pilot.focus(field: "Đối tượng")
            pilot.press(.enter)
            pilot.type("dang van quy")
            pilot.press(.enter)
        case .basis: pilot.openPending("2026-LDTT-0001"); pilot.press(.function(3))
        case .pendingFilter: pilot.type("3"); pilot.press(.function(4))
        case .pendingStep: pilot.type("3"); pilot.press(.function(5))
        case .returnReason:
            pilot.openPending("2026-LDTT-0001")
            pilot.press(.escape, .function(5))
            pilot.type("tra lai")
            pilot.press(.enter)
        case .decision:
            pilot.type("3")
            pilot.press(.character("/"))
            pilot.type("dang van quy")
            pilot.press(.enter, .character(" "), .function(5))
            pilot.type("ra quyet")
            pilot.press(.enter)
        case .sessionChoice:
            pilot.openPending("2026-LDTT-0001")
            pilot.press(.escape, .function(5))
            pilot.type("dua vao")
            pilot.press(.enter)
        case .publication: pilot.type("3"); pilot.press(.function(7))
        case .stepPartly:
            pilot.type("3")
            pilot.press(.character(" "), .character(" "), .function(5))
            pilot.type("tiep nhan")
            pilot.press(.enter)
        case .helpOverDialog: pilot.type("3"); pilot.press(.function(4), .function(1))
        case .newSession: pilot.type("5"); pilot.press(.function(5))
        case .memberEdit: pilot.type("5"); pilot.press(.function(6), .enter)
        case .ballot: pilot.type("5"); pilot.press(.enter, .enter)
        case .outcomes:
            pilot.type("5")
            pilot.press(.enter, .tab, .function(6), .tab, .enter, .function(2), .function(5))
        case .agendaAdd: pilot.type("5"); pilot.press(.enter, .function(7))
        case .documents: pilot.type("5"); pilot.press(.enter, .function(9))
        case .documentFormat: pilot.type("5"); pilot.press(.enter, .function(9), .enter)
        case .revoke: pilot.type("6"); pilot.press(.function(5))
        case .honourDocuments: pilot.type("6"); pilot.press(.function(9))
        case .exemplarsRange: pilot.type("7"); pilot.press(.function(4))
        case .auditEntry: pilot.type("2"); pilot.type("dang van quy"); pilot.press(.function(3), .function(7), .enter)
        case .criteriaOption: pilot.type("4"); pilot.press(.enter)
        case .criteriaProvince: pilot.type("4"); pilot.press(.down, .enter)
        case .criteriaBaseSalary: pilot.type("4"); pilot.press(.down, .down, .enter)
        case .criteriaAdjustment, .criteriaNational, .criteriaAward:
            pilot.type("4")
            pilot.press(.character("/"))
            pilot.type(golden == .criteriaAdjustment ? "10 thang" : golden == .criteriaNational ? "khong vi pham" : "chien si thi dua co so")
            pilot.press(.escape, .enter)
        case .criteriaAddCriterion:
            pilot.type("4")
            pilot.press(.character("/"))
            pilot.type("lao dong tien tien")
            pilot.press(.escape, .function(5))
        case .criteriaAddAward: pilot.type("4"); pilot.press(.function(6))
        case .dataImport: pilot.type("8"); pilot.press(.enter)
        case .dataImportReport:
            let file = pilot.folder + "/ho.csv"
            try? "STT;Chủ hộ;Tổ dân phố;Số nhân khẩu\n1;Lê Văn Thắng;Khu phố Bình Minh;4\n2;Hoàng Thị Xuân;Khu phố Lê Lợi;x\n"
                .write(toFile: file, atomically: true, encoding: .utf8)
            pilot.type("8")
            pilot.press(.enter)
            pilot.type(file)
            pilot.press(.function(2))
        case .dataPublication: pilot.type("8"); pilot.type("4")
        case .dataVerify: pilot.type("8"); pilot.type("6")
        default: break
        }
    }

    @Test(arguments: Golden.allCases)
    func atEightyByTwentyFour(golden: Golden) throws {
        let (pilot, kept) = try open(golden)
        defer { withExtendedLifetime(kept) {} }
        #expect(pilot.desk.app.screens.count > 1 || !pilot.desk.app.dialogs.isEmpty || golden == .menuDamaged, "did not reach \(golden)")
        assertSnapshot(pilot.screen, named: golden.fileName)
    }
}
