import ArgumentParser
import Commendation
import Foundation

/// The language of the command line's help and usage messages: the `--lang` given (Vietnamese
/// when none is), read from the arguments before they are parsed, because swift-argument-parser
/// reads the help texts of the commands while it parses. Help is in one language, Vietnamese
/// in Vietnamese (its own headings too: "CÁCH DÙNG:", "TÙY CHỌN:"), English in English.
enum HelpLanguage {
    /// The language of the help texts. Set once, before parsing, by `select(from:)`; read
    /// only on the main thread while the command line is parsed.
    nonisolated(unsafe) static var current: Language = .vi

    /// Takes the language from `--lang en`, `--lang=en` (anything else: Vietnamese).
    static func select(from arguments: [String]) {
        var language = Language.vi
        for (index, argument) in arguments.enumerated() {
            if argument == "--lang", index + 1 < arguments.count, let chosen = Language(rawValue: arguments[index + 1]) { language = chosen }
            if argument.hasPrefix("--lang="), let chosen = Language(rawValue: String(argument.dropFirst(7))) { language = chosen }
        }
        current = language
    }

    /// The text in the help's language.
    static func t(_ vi: String, _ en: String) -> String {
        current == .vi ? vi : en
    }

    /// The words swift-argument-parser writes itself, in Vietnamese.
    private static let vietnamese: [(String, String)] = [
        ("OVERVIEW:", "TỔNG QUAN:"),
        ("USAGE:", "CÁCH DÙNG:"),
        ("ARGUMENTS:", "THAM SỐ:"),
        ("OPTIONS:", "TÙY CHỌN:"),
        ("SUBCOMMANDS:", "LỆNH CON:"),
        ("Show help information.", "Hiện trợ giúp này."),
        ("Show the version.", "Hiện phiên bản."),
        ("(default) ", "(mặc định)"),
        ("(default)", "(mặc định)"),
        ("<subcommand>", "<lệnh-con>"),
        ("for detailed help.", "để biết chi tiết."),
        ("for more information.", "để biết thêm."),
        ("See '", "Xem '"),
        ("Error: ", "Lỗi: "),
        ("Usage: ", "Cách dùng: "),
        ("Help: ", "Trợ giúp: "),
        ("Missing expected argument", "Thiếu tham số"),
        ("Unknown option", "Không có tùy chọn"),
        ("Unexpected argument", "Tham số thừa"),
        ("Missing value for", "Thiếu giá trị cho"),
        ("The value", "Giá trị"),
        ("is invalid for", "không hợp lệ cho"),
    ]

    /// `text` (a help or usage message of swift-argument-parser) in the help's language.
    static func translate(_ text: String) -> String {
        guard current == .vi else { return text }
        var result = text
        for (english, vietnamese) in vietnamese { result = result.replacingOccurrences(of: english, with: vietnamese) }
        // Wrapped help may break "(values: …; default: …)" anywhere: the words alone.
        result = result.replacingOccurrences(of: #"\bvalues:"#, with: "giá trị:", options: .regularExpression)
        return result.replacingOccurrences(of: #"\bdefault:"#, with: "mặc định:", options: .regularExpression)
    }
}
