import WardServices
import VietnameseText
import Commendation
import CommendationStore
import Foundation
import Papers
import TerminalUI
import VietnameseText

/// F9 in a session or the honour roll: choose a document and a format — Word first for a
/// document, Excel first for a list — and tdkt writes it into the documents folder
/// (`documents.folder` in the store's settings, else `~/tdkt-van-ban`), never replacing a file
/// that is there; after a decision, also its certificates.
struct DocumentExportDialogs {
    let environment: DeskEnvironment

    private var s: Localizer { environment.strings }

    /// The folder documents are written to.
    /// - Throws: the store's error (never the default folder for a setting that could not be
    ///   read: a document would land where the clerk does not look).
    func folder() throws -> String {
        try environment.store.setting("documents.folder").flatMap { $0.isEmpty ? nil : $0 } ?? DocumentOutput.defaultFolder
    }

    /// The forms a document is written in.
    enum Format: String, CaseIterable {
        case docx, xlsx, markdown, plainText = "plain-text", csv

        /// The format as the services name it.
        var paperFormat: PaperOutputFormat {
            switch self {
            case .docx: return .docx
            case .xlsx: return .xlsx
            case .markdown: return .text(.markdown)
            case .plainText: return .text(.plainText)
            case .csv: return .text(.csv)
            }
        }

        /// "docx", "xlsx", "md", "txt", "csv".
        var fileExtension: String { paperFormat.fileExtension }
    }

    /// The formats offered for `kind`, the default first: Excel for a list, Word for a
    /// document; a tờ trình has no spreadsheet.
    static func formats(_ kind: DocumentKind) -> [Format] {
        switch kind {
        case .nominationList, .paymentList, .posting: return [.xlsx, .docx, .markdown, .plainText, .csv]
        case .submission: return [.docx, .markdown, .plainText]
        case .minutes, .decision: return [.docx, .markdown, .plainText, .xlsx, .csv]
        }
    }

    /// Offers `choices` (a document kind with what it is written from), and the certificates of
    /// `certificatesOf` (an issued decision) when given, then the format.
    func choose(_ choices: [(kind: DocumentKind, request: PaperRequest)], certificatesOf decision: String? = nil, app: Application) {
        let folder: String
        do { folder = try self.folder() } catch {
            return app.present(environment.troubleDialog(StoreTrouble(error, attempt: .read, environment: environment)!))
        }
        var entries = choices.enumerated().map { offset, choice in
            PickerDialog.Entry(id: String(offset), label: s("document.kind." + choice.kind.rawValue),
                               detail: choice.kind.vietnamese)
        }
        if decision != nil { entries.append(PickerDialog.Entry(id: "certificates", label: s("document.certificates"), detail: "giấy-khen")) }
        app.present(PickerDialog(title: s("document.choose", folder), filterLabel: s("picker.filter"), entries: entries) { app, entry in
            if entry.id == "certificates", let decision {
                writeCertificates(decision, app: app)
                return
            }
            guard let index = Int(entry.id), choices.indices.contains(index) else { return }
            chooseFormat(choices[index], app: app)
        })
    }

    private func chooseFormat(_ choice: (kind: DocumentKind, request: PaperRequest), app: Application) {
        let entries = Self.formats(choice.kind).map {
            PickerDialog.Entry(id: $0.rawValue, label: s("document.format." + $0.rawValue), detail: "." + $0.fileExtension)
        }
        app.present(PickerDialog(title: s("document.kind." + choice.kind.rawValue), filterLabel: s("picker.filter"), entries: entries) { app, entry in
            guard let format = Format(rawValue: entry.id) else { return }
            write(choice, format: format, app: app)
        })
    }

    /// Writes the certificates of `decision`, a page each, on the blanks' layouts.
    private func writeCertificates(_ decision: String, app: Application) {
        do {
            let layouts = try CertificateLayouts.load()
            let certificates = try environment.store.certificates(decision: decision, rules: environment.wardRules)
                .filter { certificate in layouts.contains { $0.awards.contains(certificate.award) } }
            guard !certificates.isEmpty else {
                app.show(message: s("document.noCertificates", decision), role: .warning)
                return
            }
            let scope = decision.foldedForSearch.uppercased().map { $0.isLetter || $0.isNumber || $0 == "-" ? $0 : "-" }
            let path = try DocumentOutput.write(try CertificateRenderer.document(certificates, layouts: layouts),
                                                fileName: "giay-khen-\(String(scope)).docx", folder: try folder())
            app.show(message: s("document.written", path), role: .ok)
        } catch let problem as PaperProblem {
            app.show(message: environment.language == .vi ? problem.message.vi : problem.message.en, role: .warning)
        } catch let problem as CertificateLayout.Problem {
            app.show(message: problem.description, role: .error)
        } catch DocumentOutput.Failure.folder(let path) {
            app.show(message: s("document.folderFailed", path), role: .error)
        } catch {
            app.show(message: s("document.failed", environment.describe(error)), role: .error)
        }
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
        guard !present.isEmpty else {
            // Nobody is marked present: a picker would offer nothing to pick.
            app.show(message: s("session.standIn.nobodyPresent", id), role: .warning)
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
    func write(_ choice: (kind: DocumentKind, request: PaperRequest), format: Format, app: Application) {
        do {
            let input = try environment.store.documentInput(choice.kind, choice.request, rules: environment.wardRules)
            let scope = try environment.store.paperScope(choice.kind, choice.request)
            let data = try format.paperFormat.fileBytes(input)
            let path = try DocumentOutput.write(data, fileName: choice.kind.fileName(scope: scope, extension: format.fileExtension),
                                                folder: try folder())
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
