import ArgumentParser
import Commendation
import CommendationStore
import WardServices
import Foundation
import Papers
import VietnameseText

/// `tdkt certificates --decision 125/QĐ-UBND`: a Word document with one page per award of the
/// decision, each field where the blank's layout puts it; `--calibrate`: the calibration page
/// of each blank (or of `--blank`).
struct CertificatesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "certificates",
        abstract: HelpLanguage.t("In giấy khen, giấy chứng nhận của một quyết định (Word, mỗi trang một giấy).",
                                 "Print the certificates of a decision (Word, one page per certificate)."),
        discussion: HelpLanguage.t("""
            Mỗi ô (họ tên, danh hiệu, số quyết định, số sổ vàng…) in đúng vị trí (mm) trên phôi theo tệp bố cục \
            data/certificates/*.json; đơn vị sửa bản sao của mình trong $XDG_CONFIG_HOME/tdkt/certificates/. \
            --calibrate in trang căn chỉnh (lưới mm và các ô) để đo độ lệch của máy in.
            Ví dụ: tdkt certificates --decision 215/QĐ-UBND --output ~/tdkt-van-ban/
                   tdkt certificates --calibrate --blank giay-khen --output ~/tdkt-van-ban/
            """, """
            Each field (name, title, decision number, honour-roll number…) is printed at its position (mm) on the \
            pre-printed blank, as the layout files data/certificates/*.json say; a ward edits its own copy in \
            $XDG_CONFIG_HOME/tdkt/certificates/. --calibrate prints the calibration page (a millimetre grid and the \
            fields) to measure the printer's offset.
            Example: tdkt certificates --decision 215/QĐ-UBND --output ~/tdkt-van-ban/
                     tdkt certificates --calibrate --blank giay-khen --output ~/tdkt-van-ban/
            """))

    @OptionGroup var options: CommonOptions

    @Option(name: .long, help: ArgumentHelp(HelpLanguage.t("Quyết định đã ban hành (215/QĐ-UBND).", "The issued decision (215/QĐ-UBND)."), valueName: HelpLanguage.t("số/ký-hiệu", "number")))
    var decision: String?

    @Flag(name: .long, help: ArgumentHelp(HelpLanguage.t("In trang căn chỉnh thay cho giấy khen.", "Print the calibration page instead of certificates.")))
    var calibrate = false

    @Option(name: .long, help: ArgumentHelp(HelpLanguage.t("Loại phôi (giay-khen, lao-dong-tien-tien, …) cho --calibrate.", "The blank (giay-khen, lao-dong-tien-tien, …) for --calibrate."), valueName: HelpLanguage.t("phôi", "blank")))
    var blank: String?

    @Option(name: [.short, .long], help: ArgumentHelp(HelpLanguage.t("Ghi vào tệp hoặc thư mục/ (bắt buộc).", "Write to a file or a folder/ (needed)."), valueName: HelpLanguage.t("tệp|thư-mục/", "file|folder/")))
    var output: String?

    @Flag(name: .long, help: ArgumentHelp(HelpLanguage.t("Ghi đè tệp đã có.", "Overwrite an existing file.")))
    var force = false

    func run() throws {
        guard let output else { throw options.failure(ExitStatus.invalidInput, "cli.certificates.needsOutput") }
        let layouts: [CertificateLayout]
        do { layouts = try CertificateLayouts.load() } catch let problem as CertificateLayout.Problem {
            throw CommandFailure(code: ExitStatus.invalidInput, message: problem.description)
        }
        if calibrate {
            let chosen = blank.map { name in layouts.filter { $0.blank == name } } ?? layouts
            guard !chosen.isEmpty else {
                throw options.failure(ExitStatus.invalidInput, "cli.certificates.noBlank", blank ?? "", layouts.map(\.blank).joined(separator: ", "))
            }
            for layout in chosen {
                let path = try destination(output, fileName: "can-chinh-\(layout.blank).docx")
                try PaperOutputFormat.write(try CertificateRenderer.calibration(layout), to: path, force: force, options: options)
            }
            return
        }
        guard let decision else { throw options.failure(ExitStatus.invalidInput, "cli.certificates.needsDecision") }
        // Certificates only read the store.
        let store = try options.openStore(profile: "cli", readOnly: true)
        let certificates: [Certificate]
        do {
            certificates = try store.certificates(decision: decision, rules: try options.wardRules(store))
        } catch let problem as PaperProblem {
            throw CommandFailure(code: ExitStatus.invalidInput, message: problem.message(options.lang))
        } catch let error as StoreError {
            throw options.failure(error)
        }
        let printable = certificates.filter { certificate in layouts.contains { $0.awards.contains(certificate.award) } }
        let skipped = certificates.count - printable.count
        guard !printable.isEmpty else { throw options.failure(ExitStatus.invalidInput, "cli.certificates.nonePrintable", decision) }
        let data = try CertificateRenderer.document(printable, layouts: layouts)
        let scope = decision.foldedForFileName
        let path = try destination(output, fileName: "giay-khen-\(scope).docx")
        try PaperOutputFormat.write(data, to: path, force: force, options: options)
        TerminalOutput.error(options.text("cli.certificates.count", printable.count)
                             + (skipped > 0 ? options.text("cli.certificates.skipped", skipped) : "") + "\n")
    }

    private func destination(_ output: String, fileName: String) throws -> String {
        do { return try DocumentOutput.path(output, fileName: fileName) } catch {
            throw options.failure(ExitStatus.cannotWrite, "cli.folder.cannotMake", output)
        }
    }
}

extension String {
    /// "215/QĐ-UBND" → "215-QD-UBND", for a file name.
    var foldedForFileName: String {
        String(foldedForSearch.uppercased().map { $0.isLetter || $0.isNumber || $0 == "-" ? $0 : "-" })
    }
}
