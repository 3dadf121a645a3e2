import Commendation
import CommendationStore
import TerminalUI

/// When another desk saved the nomination after this form opened it: both versions side by
/// side, field by field, and the clerk chooses — keep mine (saved over theirs, audited), take
/// theirs (my changes dropped), or decide later. Never a silent overwrite.
extension NominationFormScreen {
    func showConflict(id: String, app: Application) {
        let s = environment.strings
        // The saved version and who saved it: when the store cannot give them, the conflict is
        // said with why they could not be read (nothing was saved; the form keeps its text).
        let stored: NominationListing, changes: [AuditEntry]
        do {
            guard let found = try environment.store.nomination(id: id) else {
                app.show(message: StoreError.conflict(id: id).message(environment.language), role: .error)
                return
            }
            stored = found
            changes = try environment.store.auditEntries(about: [id])
        } catch {
            let trouble = StoreTrouble(error, attempt: .read, environment: environment)!
            app.present(MessageDialog(title: s("conflict.title"),
                                      lines: [StoreError.conflict(id: id).message(environment.language), trouble.why(s), trouble.advice(s),
                                              s("trouble.kept")],
                                      buttons: [.init(s("dialog.ok"), role: .cancel) { app in app.dismissDialog() }]))
            return
        }
        let theirs = NominationDraft(editing: stored.nomination, nominee: stored.nominee)
        let who = changes.last
        var lines = [s("conflict.message", id, who?.osUser ?? "?", who?.profile ?? "?", who.map { AuditLogScreen.localTime($0.at, zone: environment.timeZone) } ?? "?")]
        let differences = differences(mine: draft, theirs: theirs)
        lines += differences.map { "• \($0.field): \($0.mine)  ⇄  \($0.theirs)" }
        if differences.isEmpty { lines.append(s("conflict.same")) }
        let keepMine = MessageDialog.Button(s("conflict.keepMine")) { [weak self] app in
            guard let self else { return }
            self.version = stored.version
            self.save(app: app)
        }
        let takeTheirs = MessageDialog.Button(s("conflict.takeTheirs")) { [weak self] app in
            guard let self else { return }
            self.draft = theirs
            self.baseline = theirs
            self.version = stored.version
            self.rawFacts = [:]
            self.touched = []
            self.rebuild()
            app.show(message: s("conflict.tookTheirs", id))
        }
        let later = MessageDialog.Button(s("conflict.later"), role: .cancel) { app in
            app.show(message: s("conflict.notSaved", id), role: .warning)
        }
        app.present(MessageDialog(title: s("conflict.title"), lines: lines, buttons: [keepMine, takeTheirs, later], focus: 2))
    }

    private static func nomineeName(_ choice: NomineeChoice?) -> String {
        switch choice {
        case .existing(let nominee)?: return nominee.name
        case .new(let draft)?: return draft.type == .person ? draft.personName.fullName : draft.name
        case nil: return ""
        }
    }

    /// The fields in which two drafts differ, as the clerk reads them.
    private func differences(mine: NominationDraft, theirs: NominationDraft) -> [(field: String, mine: String, theirs: String)] {
        let s = environment.strings
        var out: [(String, String, String)] = []
        func compare(_ label: String, _ a: String, _ b: String) { if a != b { out.append((label, a.isEmpty ? "—" : a, b.isEmpty ? "—" : b)) } }
        compare(s("form.year"), mine.year, theirs.year)
        compare(s("form.award"), mine.award.map { environment.awardName($0) } ?? "", theirs.award.map { environment.awardName($0) } ?? "")
        compare(s("form.kind"), mine.kind?.rawValue ?? "", theirs.kind?.rawValue ?? "")
        compare(s("form.nominee"), Self.nomineeName(mine.nominee), Self.nomineeName(theirs.nominee))
        compare(s("form.movement"), mine.movementID ?? "", theirs.movementID ?? "")
        compare(s("form.note"), mine.note, theirs.note)
        compare(s("form.rating"), mine.facts.rating.map { environment.label("ratings", $0.rawValue) } ?? "", theirs.facts.rating.map { environment.label("ratings", $0.rawValue) } ?? "")
        var other = mine.facts, theirsOther = theirs.facts
        other.rating = nil
        theirsOther.rating = nil
        if other != theirsOther { out.append((s("conflict.otherFacts"), s("conflict.yours"), s("conflict.theirs"))) }
        return out
    }
}
