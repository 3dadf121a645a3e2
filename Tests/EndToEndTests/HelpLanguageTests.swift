import Foundation
import Testing

/// `tdkt --help` is in one language: Vietnamese by default (its headings too), English with
/// `--lang en`; usage errors follow.
@Suite struct HelpLanguageTests {
    static let subcommands = ["desk", "check", "init", "demo", "pending", "document", "certificates", "report", "audit", "backup", "restore",
                              "export", "import"]
    /// What swift-argument-parser writes in English, and English sentences of tdkt's own help.
    static let english = ["USAGE:", "OPTIONS:", "OVERVIEW:", "ARGUMENTS:", "SUBCOMMANDS:", "Show help information", "values:", "default:",
                          "(default)", "The store", "Back up", "Open the desk", "Overwrite", "for detailed help"]

    @Test func theHelpIsVietnameseInVietnamese() throws {
        let tdkt = try builtTDKT()
        for arguments in [["--help"]] + Self.subcommands.map({ [$0, "--help"] }) + [["audit", "verify", "--help"]] {
            let result = try runCommand([tdkt] + arguments)
            #expect(result.status == 0, "\(arguments)")
            #expect(result.output.contains("CÁCH DÙNG:"), "\(arguments)")
            for word in Self.english { #expect(!result.output.contains(word), "\(arguments): \(word)\n\(result.output)") }
        }
        let root = try runCommand([tdkt, "--help"])
        #expect(root.output.contains("TÙY CHỌN:"))
        #expect(root.output.contains("LỆNH CON:"))
        #expect(root.output.contains("Hiện trợ giúp này."))
        #expect(root.output.contains("desk (mặc định)"))
    }

    @Test func theHelpIsEnglishInEnglish() throws {
        let tdkt = try builtTDKT()
        let root = try runCommand([tdkt, "--lang", "en", "--help"])
        #expect(root.status == 0)
        #expect(root.output.contains("USAGE: tdkt <subcommand>"))
        #expect(root.output.contains("A terminal desk for ward commendation work."))
        #expect(!root.output.contains("Bàn làm việc"))
        let demo = try runCommand([tdkt, "demo", "--help", "--lang", "en"])
        #expect(demo.output.contains("Create a store with a fictional demo ward."))
        #expect(!demo.output.contains("phường giả định"))
        // Every command's help, asked either way, is English throughout.
        for command in Self.subcommands {
            for arguments in [[command, "--help", "--lang", "en"], ["help", command, "--lang", "en"]] {
                let result = try runCommand([tdkt] + arguments)
                #expect(result.status == 0, "\(arguments): \(result.errors)")
                #expect(result.output.contains("USAGE: tdkt \(command)"), "\(arguments)\n\(result.output)")
                for word in ["CÁCH DÙNG", "TÙY CHỌN", "Tệp kho", "Ghi đè", "Ghi vào"] {
                    #expect(!result.output.contains(word), "\(arguments): \(word)\n\(result.output)")
                }
            }
        }
    }

    @Test func usageErrorsFollowTheLanguage() throws {
        let tdkt = try builtTDKT()
        let vi = try runCommand([tdkt, "check"])
        #expect(vi.status == 2)
        #expect(vi.errors.contains("Lỗi: Thiếu tham số"), "\(vi.errors)")
        #expect(vi.errors.contains("Cách dùng: tdkt check"))
        let en = try runCommand([tdkt, "check", "--lang", "en"])
        #expect(en.status == 2)
        #expect(en.errors.contains("Error: Missing expected argument"), "\(en.errors)")
    }
}
