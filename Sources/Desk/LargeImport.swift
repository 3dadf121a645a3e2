import Commendation
import CommendationStore
import Foundation
import WardServices

/// The desk's import of a file too large to read whole — a CSV file over 4 MB
/// (`StreamedImportFile`), an exchange file over 16 MB (`StreamedExchangeImportFile`) — read in
/// pieces as `tdkt import` reads it: the dry run's report is read line by line and only what
/// the report dialog shows is kept (`ImportReportDigest`), then the file is
/// read again and written in one transaction. Memory stays that of the plan's fingerprints,
/// whatever the file's size.
struct LargeImport {
    /// Which reader reads the file.
    enum Source {
        case csv(kind: ImportKind?, year: Int)
        case exchange
    }

    /// What the dry run made, for the import.
    enum Checked {
        case csv(StreamedImportFile.Checked, year: Int)
        case exchange(StreamedExchangeImportFile.Checked)

        /// The dry run's counts.
        var count: StreamedImportCount {
            switch self {
            case .csv(let checked, _): checked.count
            case .exchange(let checked): checked.count
            }
        }
    }

    let path: String
    let source: Source

    /// The large import of `path`, or nil when the file is read whole (`ImportFile`).
    init?(path: String, kind: ImportKind?, year: Int) {
        self.path = path
        if StreamedExchangeImportFile.suits(path: path, asked: false) {
            source = .exchange
        } else if StreamedImportFile.suits(path: path) {
            source = .csv(kind: kind, year: year)
        } else {
            return nil
        }
    }

    /// Reads the file and plans its import into `store`, keeping of the report what the dialog
    /// shows (`shown` rows); `progress` hears how many lines of the report were read and may
    /// throw to stop.
    /// - Throws: `ImportFile.Failure` when the file is not valid (with its place) or the store
    ///   cannot be read; whatever `progress` throws.
    func check(store: Store, rulebook: @escaping (Int) -> Rulebook?, language: Language, shown: Int,
               progress: @escaping (Int) throws -> Void) throws -> (checked: Checked, report: ImportReportDigest) {
        var report = ImportReportDigest(shown: shown)
        let line: (String) throws -> Void = { text in
            report.add(text)
            if report.count % 1_000 == 0 { try progress(report.count) }
        }
        switch source {
        case .csv(let kind, let year):
            let checked = try StreamedImportFile.check(path: path, store: store, rulebook: rulebook, kind: kind, year: year,
                                                       language: language, line: line)
            return (.csv(checked, year: year), report)
        case .exchange:
            let checked = try StreamedExchangeImportFile.check(path: path, store: store, rulebook: rulebook, language: language, line: line)
            return (.exchange(checked), report)
        }
    }

    /// Imports the file the dry run `checked` read, in one transaction; `progress` hears how
    /// many rows are written.
    /// - Throws: `StoreError.changedSincePlan` when the store was written since the dry run;
    ///   `ImportFile.Failure` when the file reads differently now (nothing is written then).
    func apply(_ checked: Checked, store: Store, rulebook: @escaping (Int) -> Rulebook?,
               progress: @escaping (Int) -> Void) throws -> (nominees: Int, nominations: Int) {
        switch checked {
        case .csv(let checked, let year):
            try StreamedImportFile.apply(path: path, checked: checked, store: store, rulebook: rulebook, year: year, progress: progress)
        case .exchange(let checked):
            try StreamedExchangeImportFile.apply(path: path, checked: checked, store: store, rulebook: rulebook, progress: progress)
        }
    }
}
