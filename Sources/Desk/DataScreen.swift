import WardServices
import Commendation
import CommendationStore
import Foundation
import TerminalUI
import VietnameseText

/// "Dữ liệu": bringing lists in (CSV from residential groups and units, TCVN3 and VNI files
/// too, or the exchange format) after a dry run, and out (CSV for Excel, JSON, the publication
/// list after a preview); a backup now; the audit trail's check.
final class DataScreen: ReadsStore {
    private let environment: DeskEnvironment
    private let menu: MenuView
    /// Where exports go: the documents folder (read when the screen opens: drawing never reads
    /// the store, which is busy during an import); nil when the store could not say.
    private var folder: String?
    private(set) var trouble: StoreTrouble?
    private var s: Localizer { environment.strings }

    init(environment: DeskEnvironment) {
        self.environment = environment
        let s = environment.strings
        menu = MenuView(items: [
            .init(id: "import", label: s("data.import")),
            .init(id: "csv", label: s("data.exportCSV")),
            .init(id: "json", label: s("data.exportJSON")),
            .init(id: "publication", label: s("data.publication")),
            .init(id: "backup", label: s("data.backup")),
            .init(id: "verify", label: s("data.verify")),
        ])
        reread()
    }

    func reread() {
        trouble = nil
        folder = environment.read(&trouble) { try DocumentExportDialogs(environment: environment).folder() }
    }

    var title: String { s("data.title") }
    var keyContexts: [KeyContext] { [.menu] }

    private var today: CivilDate { environment.clock.today() }
    private var stamp: String { String(format: "%04d%02d%02d", today.year, today.month, today.day) }

    func draw(in rect: Rect, on buffer: inout ScreenBuffer) {
        let left = rect.minX + 3
        buffer.put(s("data.heading"), at: Point(x: left, y: rect.minY + 1), style: Style(.frame, [.bold]), limit: rect.width - 6)
        menu.draw(in: Rect(x: left, y: rect.minY + 3, width: rect.width - 6, height: menu.items.count), on: &buffer)
        var y = rect.minY + 4 + menu.items.count
        for line in [folder.map { s("data.folder", $0) }, s("data.backupFolder", environment.backupFolder ?? s("data.backupOff"))].compactMap({ $0 }) {
            buffer.put(line.truncated(toWidth: max(1, rect.width - 6)), at: Point(x: left, y: y), style: Style(.muted), limit: rect.width - 6)
            y += 1
        }
        trouble?.draw(in: Rect(x: left - 1, y: y + 1, width: rect.width - 4, height: rect.maxY - y - 1), strings: s, on: &buffer)
    }

    func perform(_ action: Action, app: Application) -> Bool {
        rereadOnRedraw(action)
        if menu.perform(action) { return true }
        if action == .choose, let item = menu.selectedItem {
            open(item.id, app: app)
            return true
        }
        return false
    }

    func handle(_ key: KeyEvent, app: Application) -> Bool {
        guard let item = menu.itemForHotkey(key) else { return false }
        open(item.id, app: app)
        return true
    }

    private func ok(_ app: Application) -> MessageDialog.Button {
        .init(s("dialog.ok"), role: .cancel) { app in app.dismissDialog() }
    }

    private func open(_ id: String, app: Application) {
        switch id {
        case "import": askImport(app: app)
        case "csv": exportAll(.csv, app: app)
        case "json": exportAll(.json, app: app)
        case "publication": previewPublication(app: app)
        case "backup": backupNow(app: app)
        default: verify(app: app)
        }
    }

    // MARK: Import

    private func askImport(app: Application) {
        let kinds = [FormOption(id: "auto", label: s("data.import.kindAuto"))]
            + ImportKind.allCases.map { FormOption(id: $0.rawValue, label: s("data.import.kind." + $0.rawValue)) }
        app.present(FormDialog(title: s("data.import.title"), hint: s("form.dialog.hint"), fields: { _ in
            [.text("path", self.s("data.import.path"), "", required: true, width: 50),
             .choice("kind", self.s("data.import.kind"), kinds, selected: "auto"),
             .text("year", self.s("data.import.year"), String(self.today.year), width: 6)]
        }, onSubmit: { [weak self] app, form in
            guard let self else { return [:] }
            let path = (form.text("path") ?? "").nfcTrimmed
            guard let year = Int((form.text("year") ?? "").nfcTrimmed), (1975...2100).contains(year) else {
                return ["year": self.s("data.import.badYear")]
            }
            let kind = ImportKind(rawValue: form.choice("kind") ?? "")
            if let large = LargeImport(path: path, kind: kind, year: year) { return self.checkLarge(large, app: app) }
            do {
                let prepared = try ImportFile.prepare(path: path, store: self.environment.store, rulebook: self.environment.rulebookForYear,
                                                      kind: kind, year: year)
                self.showReport(prepared, app: app)
                return [:]
            } catch {
                return self.importFormErrors(error)
            }
        }))
    }

    /// The dry run: the report, then [Nhập] only when there is nothing wrong.
    private func showReport(_ prepared: ImportFile.Prepared, app: Application) {
        let plan = prepared.plan
        let report: ImportReportDigest
        do {
            report = ImportReportDigest(shown: Self.reportLines, lines: try ImportFile.report(
                prepared, store: environment.store, rulebook: environment.rulebookForYear, language: environment.language))
        } catch {
            return environment.tell(error, .read, app: app)
        }
        var buttons: [MessageDialog.Button] = []
        if plan.problems.isEmpty, !plan.items.isEmpty {
            buttons.append(.init(s("data.import.apply")) { [weak self] app in
                app.dismissDialog()
                self?.apply(plan, app: app)
            })
            if plan.items.contains(where: { $0.newNominee != nil }) {
                buttons.append(.init(s("data.import.names")) { [weak self] app in
                    app.dismissDialog()
                    self?.editNames(prepared, app: app)
                })
            }
        }
        presentReport(report, buttons: buttons, problems: !plan.problems.isEmpty, app: app)
    }

    /// Rows of a dry run's report the dialog shows, besides the left-out count and the totals.
    private static let reportLines = 14

    /// The dry run's report dialog: `buttons`, then [Hủy], or [Đóng] when there are `problems`.
    private func presentReport(_ report: ImportReportDigest, buttons: [MessageDialog.Button], problems: Bool, app: Application) {
        let cancel = MessageDialog.Button(problems ? s("data.import.close") : s("dialog.cancel"), role: .cancel) { app in
            app.dismissDialog()
            app.show(message: self.s("data.import.nothing"), role: .warning)
        }
        let dialog = MessageDialog(title: s("data.import.report"), lines: report.lines { s("data.import.more", $0) },
                                   buttons: buttons + [cancel])
        dialog.spacedParagraphs = false
        dialog.preferredWidth = 96
        app.present(dialog)
    }

    /// The import form's errors for `error`: a file that cannot be read under its field, a
    /// store that cannot be read over the whole form (its own words say what to do).
    private func importFormErrors(_ error: Error) -> [String: String] {
        switch error {
        case let failure as ImportFile.Failure where failure.code == 4:
            return [FormDialog.wholeForm: s("trouble.read.title") + ": " + failure.message(environment.language)]
        case let failure as ImportFile.Failure:
            return ["path": failure.message(environment.language)]
        case let error as StoreError:
            return [FormDialog.wholeForm: StoreTrouble(error, attempt: .read, environment: environment)!.inForm(s)]
        default:
            return ["path": environment.describe(error)]
        }
    }

    /// The dry run of a file too large to read whole, read in pieces under a bar that Esc
    /// stops; then its report, and [Nhập] when nothing is wrong. The form's errors when the
    /// file cannot be read.
    private func checkLarge(_ large: LargeImport, app: Application) -> [String: String] {
        let progress = ProgressDialog(title: s("data.import.reading"), stoppable: true, unit: s("data.import.linesRead"))
        app.present(progress)
        let checked: LargeImport.Checked, report: ImportReportDigest
        do {
            defer { app.dismissDialog(progress) }
            progress.update(done: 0, total: 0, app: app)
            (checked, report) = try large.check(store: environment.store, rulebook: environment.rulebookForYear,
                                                language: environment.language, shown: Self.reportLines) { lines in
                progress.update(done: lines, total: 0, app: app)
                if progress.stopRequested { throw Stopped() }
            }
        } catch {
            // The reader passes the stop on in its own words: the request is what says.
            guard progress.stopRequested else { return importFormErrors(error) }
            app.show(message: s("data.import.stopped"), role: .warning)
            return [:]
        }
        let count = checked.count
        var buttons: [MessageDialog.Button] = []
        if count.problems == 0, count.newNominees + count.newNominations > 0 {
            buttons.append(.init(s("data.import.apply")) { [weak self] app in
                app.dismissDialog()
                self?.applyLarge(large, checked, app: app)
            })
        }
        presentReport(report, buttons: buttons, problems: count.problems > 0, app: app)
        return [:]
    }

    /// Why long work ended before its end: the clerk pressed Esc.
    private struct Stopped: Error {}

    /// Imports a large file its dry run read, in one transaction, under a bar.
    private func applyLarge(_ large: LargeImport, _ checked: LargeImport.Checked, app: Application) {
        let progress = ProgressDialog(title: s("data.import.progress"))
        app.present(progress)
        defer { app.dismissDialog(progress) }
        let total = checked.count.newNominees + checked.count.newNominations
        do {
            let written = try large.apply(checked, store: environment.store, rulebook: environment.rulebookForYear) { done in
                if done % 1_000 == 0 { progress.update(done: done, total: max(total, done), app: app) }
            }
            environment.reload()
            app.show(message: s("data.import.done", written.nominees, written.nominations))
        } catch {
            environment.tell(error, app: app)
        }
    }

    /// Corrects how a name was split into họ, đệm and tên ("Nguyễn Thị Hồng Nhung" is read as
    /// Nguyễn | Thị Hồng | Nhung; a compound family name such as "Tôn Nữ" needs a hand), then
    /// shows the report again.
    private func editNames(_ prepared: ImportFile.Prepared, app: Application) {
        let entries: [PickerDialog.Entry] = prepared.plan.items.enumerated().compactMap { index, item in
            guard let nominee = item.newNominee, let name = nominee.head ?? nominee.personName else { return nil }
            return PickerDialog.Entry(id: String(index), label: "\(name.family) | \(name.middle) | \(name.given)",
                                      detail: s("data.import.line", item.line), searchKey: name.fullName.foldedForSearch)
        }
        app.present(PickerDialog(title: s("data.import.names"), filterLabel: s("picker.filter"), entries: entries) { [weak self] app, entry in
            guard let self, let index = Int(entry.id), var nominee = prepared.plan.items[index].newNominee,
                  let name = nominee.head ?? nominee.personName else { return }
            app.present(FormDialog(title: self.s("data.import.names"), hint: self.s("form.dialog.hint"), fields: { _ in
                [.text("family", self.s("form.person.family"), name.family, width: 20),
                 .text("middle", self.s("form.person.middle"), name.middle, width: 20),
                 .text("given", self.s("form.person.given"), name.given, required: true, width: 20)]
            }, onSubmit: { app, form in
                let edited = PersonName(family: (form.text("family") ?? "").nfcTrimmed, middle: (form.text("middle") ?? "").nfcTrimmed,
                                        given: (form.text("given") ?? "").nfcTrimmed)
                guard !edited.given.isEmpty else { return ["given": self.s("validation.required")] }
                if nominee.type == .household {
                    nominee.head = edited
                    nominee.name = "Hộ " + edited.fullName
                } else {
                    nominee.personName = edited
                    nominee.name = edited.fullName
                }
                var changed = prepared
                changed.plan.items[index].newNominee = nominee
                self.showReport(changed, app: app)
                return [:]
            }))
        })
    }

    private func apply(_ plan: ImportPlan, app: Application) {
        let progress = ProgressDialog(title: s("data.import.progress"))
        app.present(progress)
        defer { app.dismissDialog(progress) }
        do {
            let summary = try environment.store.applyImport(plan, rulebook: environment.rulebookForYear) { done, total in
                progress.update(done: done, total: total, app: app)
            }
            environment.reload()
            app.show(message: s("data.import.done", summary.nominees.count, summary.nominations.count))
        } catch {
            environment.tell(error, app: app)
        }
    }

    // MARK: Export

    private enum Format { case csv, json }

    private func exportAll(_ format: Format, app: Application) {
        guard let folder = exportFolder(app) else { return }
        // A bar moved by each hundredth of the rows (a province's export takes a while); Esc
        // stops it, and the file half written is removed (`DocumentOutput.write`).
        let progress = ProgressDialog(title: s("data.export.progress"), stoppable: true)
        do {
            // Written as the rows are read, never held (a province's million nominations).
            let store = environment.store
            let total = try store.exportCount(ExportFilter())
            app.present(progress)
            defer { app.dismissDialog(progress) }
            let step = max(1, total / 100)
            progress.update(done: 0, total: total, app: app)
            let moved: (Int) throws -> Void = { done in
                guard done % step == 0 else { return }
                progress.update(done: done, total: max(total, done), app: app)
                if progress.stopRequested { throw Stopped() }
            }
            var count = 0
            let path: String
            switch format {
            case .csv:
                path = try DocumentOutput.write(fileName: "de-nghi-\(stamp).csv", folder: folder) { sink in
                    count = try ExportService.writeCSV(store, filter: ExportFilter(), rules: environment.rules,
                                                       language: environment.language, strings: environment.strings, to: sink,
                                                       progress: moved)
                }
            case .json:
                path = try DocumentOutput.write(fileName: "de-nghi-\(stamp).json", folder: folder, escaping: .json) { sink in
                    count = try ExportService.writeExchange(store, filter: ExportFilter(), to: sink, progress: moved)
                }
            }
            // An export anchors the audit trail as it is now (outside the store).
            try environment.store.recordAnchor(reason: "export " + path)
            app.show(message: s("data.exported", count, path))
        } catch {
            // The store's reading passes the stop on in its own words: the request is what says.
            if progress.stopRequested { return app.show(message: s("data.export.stopped"), role: .warning) }
            environment.tell(error, .read, app: app)
        }
    }

    /// The awards granted in the latest year that has some, in the publication's columns
    /// (`ExportService.publication`, as `tdkt export --publication`): a preview, then [Ghi].
    private func previewPublication(app: Application) {
        guard let folder = exportFolder(app) else { return }
        do {
            let publication = try ExportService.publication(environment.store, rules: environment.rules,
                                                            language: environment.language, strings: environment.strings)
            let published = publication.table, year = publication.years.last ?? today.year
            let lines = ExportService.preview(published, strings: environment.strings)
            let dialog = MessageDialog(title: s("data.publication.title", publication.count, year), lines: lines,
                                      buttons: [
                                          .init(s("data.publication.write")) { [weak self] app in
                                              app.dismissDialog()
                                              guard let self else { return }
                                              do {
                                                  let path = try DocumentOutput.write(published.csvRecords,
                                                                                      fileName: "cong-bo-\(year).csv", folder: folder)
                                                  app.show(message: self.s("data.exported", publication.count, path))
                                              } catch {
                                                  app.show(message: self.environment.describe(error), role: .error)
                                              }
                                          },
                                          .init(s("dialog.cancel"), role: .cancel) { app in app.dismissDialog() },
                                      ])
            dialog.spacedParagraphs = false
            dialog.preferredWidth = 110
            app.present(dialog)
        } catch {
            environment.tell(error, .read, app: app)
        }
    }

    // MARK: Backup and audit

    private func backupNow(app: Application) {
        let target = environment.backupFolder ?? "~/tdkt-sao-luu"
        do {
            let path = try DocumentOutput.path(target.hasSuffix("/") ? target : target + "/", fileName: BackupNaming.fileName(Date()))
            let summary = try environment.store.backup(to: path)
            app.show(message: s("data.backedUp", summary.path))
        } catch let problem as BackupProblem {
            app.show(message: problem.message(environment.language), role: .error)
        } catch {
            app.show(message: environment.describe(error), role: .error)
        }
    }

    private func verify(app: Application) {
        let count: Int, broken: Int?
        do {
            count = try environment.store.auditCount()
            broken = try environment.store.firstBrokenAuditRow()
        } catch {
            // Never "verified" for a log that could not be read.
            return app.present(environment.troubleDialog(StoreTrouble(error, attempt: .read, environment: environment)!))
        }
        if let row = broken {
            app.present(MessageDialog(title: s("data.verify"), lines: [s("audit.broken", row)], buttons: [ok(app)]))
        } else {
            app.present(MessageDialog(title: s("data.verify"), lines: [s("data.verified", count)], buttons: [ok(app)]))
        }
    }

    /// The documents folder for an export: read again when it could not be when the screen
    /// opened; nil, and why said, when it still cannot be.
    private func exportFolder(_ app: Application) -> String? {
        if folder == nil { reread() }
        if let trouble, folder == nil { app.present(environment.troubleDialog(trouble)) }
        return folder
    }
}
