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
        abstract: "In giấy khen, giấy chứng nhận của một quyết định (Word, mỗi trang một giấy). Certificates of a decision.",
        discussion: """
            Mỗi ô (họ tên, danh hiệu, số quyết định, số sổ vàng…) in đúng vị trí (mm) trên phôi theo tệp bố cục \
            data/certificates/*.json; đơn vị sửa bản sao của mình trong $XDG_CONFIG_HOME/tdkt/certificates/. \
            --calibrate in trang căn chỉnh (lưới mm và các ô) để đo độ lệch của máy in.
            Ví dụ: tdkt certificates --decision 215/QĐ-UBND --output ~/tdkt-van-ban/
                   tdkt certificates --calibrate --blank giay-khen --output ~/tdkt-van-ban/
            """)

    @OptionGroup var options: CommonOptions

    @Option(name: .long, help: ArgumentHelp("Quyết định đã ban hành (215/QĐ-UBND). The issued decision.", valueName: "số/ký hiệu"))
    var decision: String?

    @Flag(name: .long, help: "In trang căn chỉnh thay cho giấy khen. The calibration page.")
    var calibrate = false

    @Option(name: .long, help: ArgumentHelp("Loại phôi (giay-khen, lao-dong-tien-tien, …) cho --calibrate.", valueName: "phôi"))
    var blank: String?

    @Option(name: [.short, .long], help: ArgumentHelp("Ghi vào tệp hoặc thư mục/ (bắt buộc).", valueName: "tệp|thư-mục/"))
    var output: String?

    @Flag(name: .long, help: "Ghi đè tệp đã có. Overwrite an existing file.")
    var force = false

    func run() throws {
        let vi = options.lang == .vi
        guard let output else {
            throw CommandFailure(code: 2, message: vi ? "giấy khen ghi ra tệp Word: thêm --output TỆP hoặc --output THƯ-MỤC/"
                                                      : "certificates are a Word file: add --output FILE or --output FOLDER/")
        }
        let layouts: [CertificateLayout]
        do { layouts = try CertificateLayouts.load() } catch let problem as CertificateLayout.Problem {
            throw CommandFailure(code: 2, message: problem.description)
        }
        if calibrate {
            let chosen = blank.map { name in layouts.filter { $0.blank == name } } ?? layouts
            guard !chosen.isEmpty else {
                throw CommandFailure(code: 2, message: (vi ? "không có phôi «\(blank ?? "")»; có: " : "no blank «\(blank ?? "")»; there are: ")
                                     + layouts.map(\.blank).joined(separator: ", "))
            }
            for layout in chosen {
                let path = try destination(output, fileName: "can-chinh-\(layout.blank).docx", vi: vi)
                try PaperOutputFormat.write(try CertificateRenderer.calibration(layout), to: path, force: force, vi: vi)
            }
            return
        }
        guard let decision else {
            throw CommandFailure(code: 2, message: vi ? "thêm --decision SỐ/KÝ-HIỆU (hoặc --calibrate)" : "add --decision NUMBER (or --calibrate)")
        }
        let store = try options.openStore(profile: "cli")
        let certificates: [Certificate]
        do {
            certificates = try store.certificates(decision: decision, rules: try options.wardRules(store))
        } catch let problem as PaperProblem {
            throw CommandFailure(code: 1, message: vi ? problem.message.vi : problem.message.en)
        } catch let error as StoreError {
            throw CommandFailure(code: 4, message: error.message(options.lang))
        }
        let printable = certificates.filter { certificate in layouts.contains { $0.awards.contains(certificate.award) } }
        let skipped = certificates.count - printable.count
        guard !printable.isEmpty else {
            throw CommandFailure(code: 1, message: vi ? "quyết định \(decision) không có giấy khen nào tdkt in được (không có phôi cho các danh hiệu này)"
                                                      : "decision \(decision) has no certificate tdkt can print (no blank for its awards)")
        }
        let data = try CertificateRenderer.document(printable, layouts: layouts)
        let scope = decision.foldedForFileName
        let path = try destination(output, fileName: "giay-khen-\(scope).docx", vi: vi)
        try PaperOutputFormat.write(data, to: path, force: force, vi: vi)
        FileHandle.standardError.write(Data(((vi ? "\(printable.count) giấy" : "\(printable.count) certificates")
                                             + (skipped > 0 ? (vi ? "; \(skipped) khen thưởng không có phôi, không in" : "; \(skipped) awards without a blank, not printed") : "")
                                             + "\n").utf8))
    }

    private func destination(_ output: String, fileName: String, vi: Bool) throws -> String {
        do { return try DocumentOutput.path(output, fileName: fileName) } catch {
            throw CommandFailure(code: 1, message: vi ? "không tạo được thư mục \(output)" : "cannot make the folder \(output)")
        }
    }
}

extension String {
    /// "215/QĐ-UBND" → "215-QD-UBND", for a file name.
    var foldedForFileName: String {
        String(foldedForSearch.uppercased().map { $0.isLetter || $0.isNumber || $0 == "-" ? $0 : "-" })
    }
}
