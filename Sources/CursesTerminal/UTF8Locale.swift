#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CNcursesw

/// Makes the C library's character handling UTF-8 before ncurses starts, because ncursesw
/// decodes keyboard input and measures glyphs (`wcwidth`) through the C locale.
enum UTF8Locale {
    /// Fallback locales tried, in order, when the environment's locale is not UTF-8.
    static let fallbacks = ["C.UTF-8", "C.utf8", "en_US.UTF-8"]

    /// Adopts the environment's locale (`LANG`, `LC_*`); if its codeset is not UTF-8,
    /// switches `LC_CTYPE` alone to a UTF-8 locale.
    ///
    /// The desk must show Vietnamese even when `LANG` is unset or `C` (cron, a bare `ssh`,
    /// a service account): with a non-UTF-8 codeset ncurses would print "ễ" as `~A~E...`
    /// escapes and could not read it from the keyboard.
    /// Returns whether the resulting codeset is UTF-8.
    @discardableResult
    static func ensure() -> Bool {
        setlocale(LC_ALL, "")
        if isUTF8(currentCodeset()) { return true }
        for name in fallbacks where setlocale(LC_CTYPE, name) != nil {
            if isUTF8(currentCodeset()) { return true }
        }
        return false
    }

    /// `nl_langinfo(CODESET)` now.
    static func currentCodeset() -> String {
        guard let codeset = tdkt_codeset() else { return "" }
        return String(cString: codeset)
    }

    /// Whether a codeset name denotes UTF-8 ("UTF-8", "utf8"…).
    static func isUTF8(_ codeset: String) -> Bool {
        let normalized = codeset.lowercased().filter { $0 != "-" && $0 != "_" }
        return normalized == "utf8"
    }
}
