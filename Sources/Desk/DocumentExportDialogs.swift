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
        } catch let problem as PaperProblem {
            app.show(message: environment.language == .vi ? problem.message.vi : problem.message.en, role: .warning)
        } catch DocumentOutput.Failure.folder(let path) {
            app.show(message: s("document.folderFailed", path), role: .error)
        } catch {
            app.show(message: s("document.failed", environment.describe(error)), role: .error)
        }
    }
}
