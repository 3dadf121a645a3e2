import Commendation
import CommendationStore

/// A streamed import's dry run (a CSV file's or an exchange file's): what the import will do.
public protocol StreamedImportChecked: Sendable {
    /// The dry run's counts.
    var count: StreamedImportCount { get }
}

/// What a streamed dry run's report lists after its rows: the rows left out, then the problems,
/// the first `kept` of each as `ImportFile.report` words them, the rest counted ("… và 3 lỗi
/// khác"). The rows are written as they are planned; these wait for the end.
struct StreamedReportTail {
    private let kept: Int
    private let language: Language
    private var skipped: [String] = [], problems: [String] = []
    private var moreSkipped = 0, moreProblems = 0

    init(kept: Int, language: Language) {
        self.kept = kept
        self.language = language
    }

    /// A row left out.
    mutating func add(_ row: ImportPlan.Skipped) {
        if skipped.count < kept { skipped.append(ImportFile.skippedLine(row, language: language)) } else { moreSkipped += 1 }
    }

    /// A problem.
    mutating func add(_ problem: ImportProblem) {
        if problems.count < kept { problems.append(ImportFile.problemLine(problem, language: language)) } else { moreProblems += 1 }
    }

    /// The lines, in the report's order.
    var lines: [String] {
        let vi = language == .vi
        var lines = skipped
        if moreSkipped > 0 { lines.append(vi ? "  … và \(moreSkipped) dòng bỏ qua khác" : "  … and \(moreSkipped) more rows left out") }
        lines += problems
        if moreProblems > 0 { lines.append(vi ? "  … và \(moreProblems) lỗi khác" : "  … and \(moreProblems) more problems") }
        return lines
    }
}
