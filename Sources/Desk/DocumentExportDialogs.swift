import WardServices
import VietnameseText
import Commendation
import CommendationStore
import Foundation
import TerminalUI

/// F9 in a session or the honour roll: choose a document and a format, and tdkt writes it into
/// the documents folder (`documents.folder` in the store's settings, else `~/tdkt-van-ban`),
/// never replacing a file that is there.
struct DocumentExportDialogs {
    let environment: DeskEnvironment

    private var s: Localizer { environment.strings }

    /// The folder documents are written to.
    var folder: String {
        ((try? environment.store.setting("documents.folder")) ?? nil).flatMap { $0.isEmpty ? nil : $0 } ?? DocumentOutput.defaultFolder
    }

    /// Offers `choices` (a document kind with what it is written from), then the format.
    func choose(_ choices: [(kind: DocumentKind, request: PaperRequest)], app: Application) {
        let entries = choices.enumerated().map { offset, choice in
            PickerDialog.Entry(id: String(offset), label: s("document.kind." + choice.kind.rawValue),
                               detail: choice.kind.vietnamese)
        }
        app.present(PickerDialog(title: s("document.choose", folder), filterLabel: s("picker.filter"), entries: entries) { app, entry in
            guard let index = Int(entry.id), choices.indices.contains(index) else { return }
            chooseFormat(choices[index], app: app)
        })
    }

    private func chooseFormat(_ choice: (kind: DocumentKind, request: PaperRequest), app: Application) {
        let formats: [DocumentFormat] = choice.kind == .submission ? [.markdown, .plainText] : DocumentFormat.allCases
        let entries = formats.map { PickerDialog.Entry(id: $0.rawValue, label: s("document.format." + $0.rawValue), detail: "." + $0.fileExtension) }
        app.present(PickerDialog(title: s("document.kind." + choice.kind.rawValue), filterLabel: s("picker.filter"), entries: entries) { app, entry in
            guard let format = DocumentFormat(rawValue: entry.id) else { return }
            write(choice, format: format, app: app)
        })
    }

    /// Asks which present member chaired (or kept the minutes of) `session` in place of the
    /// absent holder, records it (audited), then goes on.
    private func askStandIn(_ office: SessionOfficers.Office, session id: String, because problem: PaperProblem, app: Application,
                            then: @escaping (Application) -> Void) {
        let present: [CouncilMember]
        do {
            guard let session = try environment.store.session(id: id) else { throw StoreError.missing(id: id) }
            present = try environment.store.councilMembers().filter {
                $0.isInTerm(on: session.date) && session.attendance(of: $0.id) == .present
            }
        } catch {
            app.show(message: environment.describe(error), role: .error)
            return
        }
        let entries = present.map { PickerDialog.Entry(id: String($0.id), label: $0.name.fullName, detail: $0.title) }
        app.show(message: environment.language == .vi ? problem.message.vi : problem.message.en, role: .warning)
        app.present(PickerDialog(title: s("session.standIn." + office.rawValue), filterLabel: s("picker.filter"),
                                 entries: entries) { app, entry in
            guard let member = Int(entry.id) else { return }
            do {
                try environment.store.setStandIn(office, member: member, session: id)
            } catch {
                app.show(message: environment.describe(error), role: .error)
                return
            }
            then(app)
        })
    }

    /// Writes one document and says where, or why not.
    func write(_ choice: (kind: DocumentKind, request: PaperRequest), format: DocumentFormat, app: Application) {
        do {
            let text = try environment.store.paper(choice.kind, choice.request, format: format, rules: environment.wardRules)
            let scope = try environment.store.paperScope(choice.kind, choice.request)
            let path = try DocumentOutput.write(text, fileName: choice.kind.fileName(scope: scope, format: format),
                                                folder: folder)
            if choice.kind == .posting {
                // The list written is the list posted from the day it says: no decision until it ends.
                try environment.store.recordPosting(award: "gia-dinh-van-hoa", year: choice.request.year ?? choice.request.today.year,
                                                    from: choice.request.postedFrom ?? choice.request.today, rules: environment.wardRules)
            }
            app.show(message: s("document.written", path), role: .ok)
        } catch PaperProblem.officers(let session, let problem) {
            // An absent chair or secretary: ask who stood in, then write the document again.
            let office: SessionOfficers.Office
            switch problem {
            case .needsStandIn(let absent, _), .standInAbsent(let absent, _): office = absent
            }
            askStandIn(office, session: session, because: PaperProblem.officers(session: session, problem), app: app) { app in
                write(choice, format: format, app: app)
            }
        } catch let problem as PaperProblem {
            app.show(message: environment.language == .vi ? problem.message.vi : problem.message.en, role: .warning)
        } catch DocumentOutput.Failure.folder(let path) {
            app.show(message: s("document.folderFailed", path), role: .error)
        } catch {
            app.show(message: s("document.failed", environment.describe(error)), role: .error)
        }
    }
}
