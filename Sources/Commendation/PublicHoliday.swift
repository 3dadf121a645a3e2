import Foundation

/// One listed day of the working calendar: a day off (a public holiday, its compensatory day,
/// a swapped day) or a Saturday or Sunday worked in exchange (ngày làm bù).
public struct PublicHoliday: Sendable, Hashable, Codable {
    /// Whether the listed day is off or worked.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        /// A day off, whatever weekday it falls on.
        case holiday
        /// A day worked: a Saturday or Sunday worked in exchange for a day off (ngày làm bù). On a
        /// Monday–Friday it simply means "an ordinary working day", which is how a user's file
        /// cancels a holiday listed by mistake in the shipped one.
        case workday
    }

    /// The day.
    public var date: CivilDate
    /// Its name in Vietnamese, e.g. "Tết Nguyên đán (mùng 1 Tết)", "Nghỉ bù Giỗ Tổ Hùng Vương".
    public var name: String
    /// Off or worked.
    public var kind: Kind

    /// A listed day; a day off unless `kind` says otherwise.
    public init(date: CivilDate, name: String, kind: Kind = .holiday) {
        self.date = date
        self.name = name
        self.kind = kind
    }
}

/// A problem in a holiday calendar file: where it is (the entry of `days`, the key, the line)
/// and what is wrong, in Vietnamese and English.
public struct CalendarFileError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The entry of `days`, counted from 1; nil when the problem is not inside one entry.
    public let entry: Int?
    /// The key: "date", "name", "kind" inside an entry; "days", "about", "notes.2027" at the top;
    /// empty for the file as a whole.
    public let field: String
    /// The line in the file, from 1, when it could be found.
    public let line: Int?
    /// For malformed JSON, the column (in characters, from 1) when the parser said.
    public let column: Int?
    /// The whole message in Vietnamese.
    public let vietnamese: String
    /// The whole message in English.
    public let english: String

    /// The message in `language`.
    public func message(_ language: Language) -> String {
        language == .vi ? vietnamese : english
    }

    /// The English message.
    public var description: String { english }

    /// A problem at `field` (of entry `entry`, when given): `expected` is what the file should have
    /// there, `found` what it has (nil when the key is missing).
    init(entry: Int?, field: String, line: Int?, expected: LocalizedText, found: String?) {
        self.entry = entry
        self.field = field
        self.line = line
        self.column = nil
        var viPlace: [String] = []
        var enPlace: [String] = []
        if let line {
            viPlace.append("dòng \(line)")
            enPlace.append("line \(line)")
        }
        if let entry {
            viPlace.append("mục \(entry) của \"days\"")
            enPlace.append("entry \(entry) of \"days\"")
        }
        if !field.isEmpty {
            viPlace.append("khóa \"\(field)\"")
            enPlace.append("key \"\(field)\"")
        }
        let viWhere = viPlace.isEmpty ? "" : " (" + viPlace.joined(separator: ", ") + ")"
        let enWhere = enPlace.isEmpty ? "" : " (" + enPlace.joined(separator: ", ") + ")"
        let viFound = found.map { ", gặp \($0)" } ?? (field.isEmpty ? "" : ", nhưng không có")
        let enFound = found.map { ", found \($0)" } ?? (field.isEmpty ? "" : ", but it is missing")
        vietnamese = "Tệp lịch ngày nghỉ\(viWhere): cần \(expected.vi)\(viFound)."
        english = "Holiday calendar file\(enWhere): expected \(expected.en)\(enFound)."
    }

    /// Malformed JSON.
    init(syntax: JSONSyntaxError) {
        entry = nil
        field = ""
        line = syntax.line
        column = syntax.column
        vietnamese = "Tệp lịch ngày nghỉ không phải JSON hợp lệ ở \(syntax.place(.vi)): \(syntax.reason.vi)"
        english = "Holiday calendar file is not valid JSON at \(syntax.place(.en)): \(syntax.reason.en)"
    }
}

/// Reads a holiday calendar file:
/// `{"about": "…", "notes": {"2027": "…"}, "days": [{"date": "YYYY-MM-DD", "name": "…", "kind": "holiday"}, …]}`.
/// `about` and `notes` are optional; `days` is required; every entry needs all three keys; a date
/// may be listed once; other keys are refused (a misspelt key would otherwise be lost silently).
struct CalendarFileReader {
    let data: Data
    /// Lines of values by path ("days.2.date"), found only when an error needs one.
    private var lines: [String: Int]?

    init(data: Data) { self.data = data }

    static let topLevelKeys: Set<String> = ["about", "notes", "days"]
    static let entryKeys: Set<String> = ["date", "name", "kind"]

    mutating func read() throws -> (days: [PublicHoliday], notes: [Int: String]) {
        let root: JSONValue
        do {
            root = try JSONValue.parse(data)
        } catch let error as JSONSyntaxError {
            throw CalendarFileError(syntax: error)
        }
        guard case .object(let object) = root else {
            throw fail(nil, "", path: "", LocalizedText(vi: "một đối tượng JSON {\"about\": …, \"days\": […]}",
                                                        en: "a JSON object {\"about\": …, \"days\": […]}"), found: root)
        }
        for key in object.keys.sorted() where !Self.topLevelKeys.contains(key) {
            throw fail(nil, key, path: key, LocalizedText(vi: "chỉ các khóa about, notes, days (khóa này không có trong định dạng)",
                                                          en: "only the keys about, notes, days (this key is not part of the format)"),
                       found: object[key])
        }
        if let about = object["about"] {
            guard case .string = about else {
                throw fail(nil, "about", path: "about", LocalizedText(vi: "một chuỗi văn bản", en: "a text string"), found: about)
            }
        }
        let notes = try readNotes(object["notes"])
        guard let daysValue = object["days"] else {
            throw fail(nil, "days", path: "", LocalizedText(vi: "một danh sách các ngày [{\"date\": …, \"name\": …, \"kind\": …}, …]",
                                                            en: "a list of days [{\"date\": …, \"name\": …, \"kind\": …}, …]"), found: nil)
        }
        guard case .array(let items) = daysValue else {
            throw fail(nil, "days", path: "days", LocalizedText(vi: "một danh sách các ngày […]", en: "a list of days […]"), found: daysValue)
        }
        var days: [PublicHoliday] = []
        var firstEntry: [CivilDate: Int] = [:]
        for (index, item) in items.enumerated() {
            let day = try readEntry(item, index: index)
            if let earlier = firstEntry[day.date] {
                throw fail(index + 1, "date", path: "days.\(index).date",
                           LocalizedText(vi: "mỗi ngày chỉ ghi một lần (ngày \(day.date.iso) đã ghi ở mục \(earlier))",
                                         en: "each date listed once (\(day.date.iso) is already entry \(earlier))"),
                           found: .string(day.date.iso))
            }
            firstEntry[day.date] = index + 1
            days.append(day)
        }
        return (days, notes)
    }

    private mutating func readNotes(_ value: JSONValue?) throws -> [Int: String] {
        guard let value else { return [:] }
        guard case .object(let object) = value else {
            throw fail(nil, "notes", path: "notes", LocalizedText(vi: "một đối tượng {\"2027\": \"ghi chú…\"}",
                                                                  en: "an object {\"2027\": \"note…\"}"), found: value)
        }
        var notes: [Int: String] = [:]
        for key in object.keys.sorted() {
            let field = "notes." + key
            guard key.count == 4, key.allSatisfy({ $0.isASCII && $0.isNumber }), let year = Int(key), year >= 1 else {
                throw fail(nil, field, path: field, LocalizedText(vi: "năm dạng YYYY làm khóa của notes", en: "a year YYYY as the key of notes"),
                           found: .string(key))
            }
            guard case .string(let text) = object[key] else {
                throw fail(nil, field, path: field, LocalizedText(vi: "một chuỗi văn bản", en: "a text string"), found: object[key])
            }
            notes[year] = text.precomposedStringWithCanonicalMapping
        }
        return notes
    }

    private mutating func readEntry(_ item: JSONValue, index: Int) throws -> PublicHoliday {
        let number = index + 1
        let path = "days.\(index)"
        guard case .object(let object) = item else {
            throw fail(number, "", path: path, LocalizedText(vi: "một đối tượng {\"date\": …, \"name\": …, \"kind\": …}",
                                                             en: "an object {\"date\": …, \"name\": …, \"kind\": …}"), found: item)
        }
        for key in object.keys.sorted() where !Self.entryKeys.contains(key) {
            throw fail(number, key, path: path + "." + key,
                       LocalizedText(vi: "chỉ các khóa date, name, kind (khóa này không có trong định dạng)",
                                     en: "only the keys date, name, kind (this key is not part of the format)"), found: object[key])
        }
        // Date first, then kind, then name: the date says which day a later message is about.
        guard case .string(let dateText) = object["date"], let date = CivilDate(iso: dateText) else {
            throw fail(number, "date", path: object["date"] == nil ? path : path + ".date",
                       LocalizedText(vi: "một ngày có thật dạng YYYY-MM-DD", en: "a real date YYYY-MM-DD"), found: object["date"])
        }
        let kindNames = PublicHoliday.Kind.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", ")
        guard case .string(let kindText) = object["kind"], let kind = PublicHoliday.Kind(rawValue: kindText) else {
            throw fail(number, "kind", path: object["kind"] == nil ? path : path + ".kind",
                       LocalizedText(vi: "một trong \(kindNames) (ngày nghỉ hoặc ngày đi làm)", en: "one of \(kindNames) (day off or day worked)"),
                       found: object["kind"])
        }
        var name = ""
        if case .string(let text) = object["name"] {
            name = text.trimmingCharacters(in: .whitespacesAndNewlines).precomposedStringWithCanonicalMapping
        }
        guard !name.isEmpty else {
            throw fail(number, "name", path: object["name"] == nil ? path : path + ".name",
                       LocalizedText(vi: "tên ngày, một chuỗi không rỗng", en: "the day's name, a non-empty string"), found: object["name"])
        }
        return PublicHoliday(date: date, name: name, kind: kind)
    }

    /// An error at `path` (for its line), described by entry and field.
    private mutating func fail(_ entry: Int?, _ field: String, path: String, _ expected: LocalizedText, found: JSONValue?) -> CalendarFileError {
        if lines == nil { lines = JSONLineLocator.lines(of: data) }
        return CalendarFileError(entry: entry, field: field, line: lines?[path], expected: expected, found: found?.summary)
    }
}

/// Finds the line on which each value of a (valid) JSON document starts, by path: "" for the
/// root, "days" for a key of the root, "days.2.date" inside arrays. Only used to place error
/// messages, so it is lenient: on anything unexpected it stops and returns what it found.
enum JSONLineLocator {
    static func lines(of data: Data) -> [String: Int] {
        var scanner = Scanner(bytes: [UInt8](data))
        scanner.skipByteOrderMark()
        scanner.value(path: "", depth: 0)
        return scanner.lines
    }

    private struct Scanner {
        let bytes: [UInt8]
        var index = 0
        var line = 1
        var lines: [String: Int] = [:]
        /// Deeper containers are skipped without recording, so that recursion stays shallow.
        static let maximumDepth = 32

        init(bytes: [UInt8]) { self.bytes = bytes }

        var current: UInt8? { index < bytes.count ? bytes[index] : nil }

        mutating func skipByteOrderMark() {
            if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
        }

        mutating func skipWhitespace() {
            while let byte = current, byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 {
                if byte == 0x0A { line += 1 }
                index += 1
            }
        }

        mutating func value(path: String, depth: Int) {
            skipWhitespace()
            guard let byte = current else { return }
            lines[path] = line
            switch byte {
            case UInt8(ascii: "{"):
                guard depth < Self.maximumDepth else { return skipContainer() }
                object(path: path, depth: depth)
            case UInt8(ascii: "["):
                guard depth < Self.maximumDepth else { return skipContainer() }
                array(path: path, depth: depth)
            case UInt8(ascii: "\""):
                _ = string()
            default:
                while let next = current, ![UInt8(ascii: ","), UInt8(ascii: "]"), UInt8(ascii: "}"), 0x20, 0x0A, 0x0D, 0x09].contains(next) {
                    index += 1
                }
            }
        }

        mutating func object(path: String, depth: Int) {
            index += 1
            while true {
                skipWhitespace()
                guard let byte = current else { return }
                if byte == UInt8(ascii: "}") { index += 1; return }
                if byte == UInt8(ascii: ",") { index += 1; continue }
                guard byte == UInt8(ascii: "\"") else { index = bytes.count; return }
                let key = string()
                skipWhitespace()
                guard current == UInt8(ascii: ":") else { index = bytes.count; return }
                index += 1
                value(path: path.isEmpty ? key : path + "." + key, depth: depth + 1)
            }
        }

        mutating func array(path: String, depth: Int) {
            index += 1
            var element = 0
            while true {
                skipWhitespace()
                guard let byte = current else { return }
                if byte == UInt8(ascii: "]") { index += 1; return }
                if byte == UInt8(ascii: ",") { index += 1; continue }
                let start = index
                value(path: path.isEmpty ? String(element) : path + "." + String(element), depth: depth + 1)
                element += 1
                if index == start { index = bytes.count; return }
            }
        }

        /// Reads a string starting at its opening quote; returns its text.
        mutating func string() -> String {
            let start = index
            index += 1
            var escaped = false
            while let byte = current {
                index += 1
                if escaped { escaped = false; continue }
                if byte == UInt8(ascii: "\\") { escaped = true; continue }
                if byte == UInt8(ascii: "\"") { break }
                if byte == 0x0A { line += 1 }
            }
            let raw = bytes[start..<index]
            if !raw.contains(UInt8(ascii: "\\")) {
                return String(decoding: raw.dropFirst().dropLast(), as: UTF8.self)
            }
            return (try? JSONSerialization.jsonObject(with: Data(raw), options: [.fragmentsAllowed])) as? String ?? ""
        }

        /// Skips a container too deep to record, counting brackets outside strings.
        mutating func skipContainer() {
            var depth = 0
            while let byte = current {
                switch byte {
                case UInt8(ascii: "\""):
                    _ = string()
                    continue
                case UInt8(ascii: "{"), UInt8(ascii: "["):
                    depth += 1
                case UInt8(ascii: "}"), UInt8(ascii: "]"):
                    depth -= 1
                case 0x0A:
                    line += 1
                default:
                    break
                }
                index += 1
                if depth == 0 { return }
            }
        }
    }
}
