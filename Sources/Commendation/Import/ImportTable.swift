import Foundation
import VietnameseText

/// A field an import column can fill, recognised from the column's header in Vietnamese, with or
/// without accents ("Họ và tên", "HO VA TEN", "ho ten"), or in English.
public enum ImportField: String, Sendable, Hashable, CaseIterable {
    case number, fullName, familyName, familyAndMiddle, middleName, givenName, sex, birthDate, personalID, phone
    case position, unit, group, head, memberCount, award, year, rating, note

    /// Headers, folded (no accents, lower case, single spaces), that mean this field.
    var aliases: [String] {
        switch self {
        case .number: return ["stt", "tt", "so tt", "so thu tu", "no"]
        case .fullName: return ["ho va ten", "ho ten", "ten day du", "ho va ten nguoi duoc de nghi", "full name", "name"]
        case .familyName: return ["ho", "family name"]
        case .familyAndMiddle: return ["ho dem", "ho va dem", "ho va ten dem"]
        case .middleName: return ["dem", "ten dem", "middle name"]
        case .givenName: return ["ten", "given name"]
        case .sex: return ["gioi tinh", "gioi", "nam nu", "nam/nu", "sex"]
        case .birthDate: return ["ngay sinh", "ngay thang nam sinh", "sinh ngay", "birth date"]
        case .personalID: return ["cccd", "so cccd", "so dinh danh", "so dinh danh ca nhan", "can cuoc", "so can cuoc", "so cmnd", "cmnd"]
        case .phone: return ["dien thoai", "so dien thoai", "sdt", "dt", "phone"]
        case .position: return ["chuc vu", "chuc danh", "chuc vu chuc danh", "chuc vu, chuc danh", "position"]
        case .unit: return ["don vi", "co quan", "co quan don vi", "co quan, don vi", "don vi cong tac", "unit"]
        case .group: return ["to dan pho", "khu pho", "thon", "thon to dan pho", "thon, to dan pho", "to dan pho khu pho", "dia ban", "group"]
        case .head: return ["chu ho", "ho ten chu ho", "ho va ten chu ho", "ten chu ho", "head"]
        case .memberCount: return ["so thanh vien", "so nhan khau", "nhan khau", "so khau", "so nguoi", "members"]
        case .award: return ["danh hieu", "hinh thuc khen thuong", "danh hieu de nghi", "danh hieu thi dua", "khen thuong", "award"]
        case .year: return ["nam", "nam de nghi", "nam xet", "year"]
        case .rating: return ["xep loai", "xep loai nhiem vu", "muc do hoan thanh nhiem vu", "rating"]
        case .note: return ["ghi chu", "note"]
        }
    }

    /// What a cell of this field may hold (no control characters; its length).
    var textRule: TextRule {
        switch self {
        case .familyName, .middleName, .givenName: return .namePart
        case .fullName, .head, .familyAndMiddle, .group: return .name
        case .position, .unit, .award, .rating: return .position
        case .note: return .note
        case .number, .sex, .birthDate, .personalID, .phone, .memberCount, .year: return .identifier
        }
    }

    /// The field a header means, if any.
    public static func recognise(_ header: String) -> ImportField? {
        let folded = header.foldedForSearch.split(separator: " ").joined(separator: " ")
            .trimmingCharacters(in: CharacterSet(charactersIn: " *:."))
        return allCases.first { $0.aliases.contains(folded) }
    }
}

/// What a file's rows become.
public enum ImportKind: String, Sendable, Hashable, CaseIterable {
    /// People (nominees only).
    case people
    /// Households proposed for Gia đình văn hóa: a household and its nomination per row.
    case households
    /// Nominations of people: the person (found or new) and the nomination per row.
    case nominations

    /// The kind the columns suggest: an award column means nominations, a head column households.
    public static func guess(_ fields: Set<ImportField>) -> ImportKind {
        if fields.contains(.award) { return .nominations }
        if fields.contains(.head) { return .households }
        return .people
    }
}

/// Something wrong in one row: the line (from 1), the column's header and what.
public struct ImportProblem: Sendable, Hashable {
    public var line: Int
    /// The column (from 1) and its header, when the problem is one cell.
    public var column: Int?
    public var header: String?
    public var message: LocalizedText

    public init(line: Int, column: Int? = nil, header: String? = nil, message: LocalizedText) {
        self.line = line
        self.column = column
        self.header = header
        self.message = message
    }

    /// A problem with `field` on `line`, placed at the field's column when `columns` has one.
    public init(line: Int, field: ImportField, columns: [ImportField: ImportColumn], message: LocalizedText) {
        self.init(line: line, column: columns[field]?.column, header: columns[field]?.header, message: message)
    }

    /// "dòng 7, cột 3 (Ngày sinh): «31/02/1990» không phải là ngày".
    public func text(_ language: Language) -> String {
        let vi = language == .vi
        var place = vi ? "dòng \(line)" : "line \(line)"
        if let column { place += vi ? ", cột \(column)" : ", column \(column)" }
        if let header, !header.isEmpty { place += " (\(header))" }
        return place + ": " + message(language)
    }
}

/// One row read from the file: the person or household it describes and, for nominations,
/// what is proposed.
public struct ImportedRow: Sendable, Hashable {
    public var line: Int
    /// A person's name (split from "Họ và tên" when the file has one column), or a household
    /// head's.
    public var name: PersonName
    public var sex: Sex?
    public var birthDate: CivilDate?
    public var personalID: String?
    public var phone: String?
    public var position: String?
    /// The unit and residential group by name, as written (matched against the store later).
    public var unit: String?
    public var group: String?
    public var memberCount: Int?
    /// The award code (nominations, households: Gia đình văn hóa).
    public var award: String?
    public var year: Int?
    public var rating: TaskRating?
    public var note: String?
}

/// The rows of a CSV table read as `kind`, with every cell's problem.
public struct ImportReading: Sendable, Hashable {
    public var kind: ImportKind
    public var rows: [ImportedRow]
    public var problems: [ImportProblem]
    /// Headers tdkt does not use (left out, said so).
    public var ignoredHeaders: [String]
    /// The column (from 1) and header each field was read from.
    public var columns: [ImportField: ImportColumn] = [:]
}

/// Where a field stands in a CSV file: its column (from 1) and header.
public struct ImportColumn: Sendable, Hashable {
    public var column: Int
    public var header: String
}

extension ImportReading {
    /// Reads `table` as `kind` (guessed from the headers when nil); awards are matched by code,
    /// name, short name or abbreviation of `rulebook`, accents optional; `defaultYear` fills a
    /// missing year.
    public static func read(_ table: CSVTable, kind: ImportKind? = nil, rulebook: (Int) -> Rulebook?, defaultYear: Int) -> ImportReading {
        let reader = ImportRowReader(headers: table.headers, kind: kind, defaultYear: defaultYear)
        var rows: [ImportedRow] = []
        var problems = reader.headerProblems
        for record in table.records {
            let (row, rowProblems) = reader.read(record, rulebook: rulebook)
            problems += rowProblems
            rows.append(row)
        }
        var reading = ImportReading(kind: reader.kind, rows: rows, problems: problems, ignoredHeaders: reader.ignoredHeaders)
        reading.columns = reader.columns
        return reading
    }
}

/// Reads a CSV file's records as rows of one kind, a record at a time: what
/// `ImportReading.read` does for a whole table, and a streamed import for each record as it is
/// parsed.
public struct ImportRowReader: Sendable {
    /// The kind of the rows (given, or guessed from the headers).
    public let kind: ImportKind
    /// Problems of the header row itself (a name column missing…), on line 1.
    public let headerProblems: [ImportProblem]
    /// Headers tdkt does not use.
    public let ignoredHeaders: [String]
    /// The column (from 1) and header each field is read from.
    public let columns: [ImportField: ImportColumn]
    private let headers: [String]
    private let defaultYear: Int
    /// The fields read, year first: an award is looked up in the rulebook of the row's year,
    /// wherever the two columns stand.
    private let readingOrder: [(index: Int, field: ImportField)]
    private let fieldsInOrder: [(index: Int, field: ImportField)]
    private let nameFields: Set<ImportField>

    /// A reader for a file whose header row is `headers`.
    public init(headers: [String], kind: ImportKind?, defaultYear: Int) {
        var columns: [(index: Int, field: ImportField)] = []
        var ignored: [String] = []
        for (index, header) in headers.enumerated() {
            if let field = ImportField.recognise(header), !columns.contains(where: { $0.field == field }) {
                columns.append((index, field))
            } else if !header.isEmpty {
                ignored.append(header)
            }
        }
        let fields = Set(columns.map(\.field))
        let kind = kind ?? ImportKind.guess(fields)
        var problems: [ImportProblem] = []
        let nameFields: Set<ImportField> = kind == .households ? [.head, .fullName] : [.fullName, .givenName]
        if fields.isDisjoint(with: nameFields) {
            let wanted = kind == .households ? "«Chủ hộ» (hoặc «Họ và tên»)" : "«Họ và tên» (hoặc «Họ», «Đệm», «Tên»)"
            problems.append(ImportProblem(line: 1, message: LocalizedText(vi: "không có cột \(wanted)",
                                                                         en: "no name column (\(kind == .households ? "Chủ hộ" : "Họ và tên"))")))
        }
        if kind == .households, !fields.contains(.group) {
            problems.append(ImportProblem(line: 1, message: LocalizedText(vi: "không có cột «Tổ dân phố»", en: "no Tổ dân phố column")))
        }
        if kind == .nominations, !fields.contains(.award) {
            problems.append(ImportProblem(line: 1, message: LocalizedText(vi: "không có cột «Danh hiệu»", en: "no Danh hiệu column")))
        }
        self.kind = kind
        self.headerProblems = problems
        self.ignoredHeaders = ignored
        self.headers = headers
        self.defaultYear = defaultYear
        self.nameFields = nameFields
        self.fieldsInOrder = columns
        self.readingOrder = columns.filter { $0.1 == .year } + columns.filter { $0.1 != .year }
        var placed: [ImportField: ImportColumn] = [:]
        for (index, field) in columns { placed[field] = ImportColumn(column: index + 1, header: headers[index]) }
        self.columns = placed
    }

    /// A cell left empty, at the first column of `fields` the file has; nothing when it has
    /// none (the header row's problem says so once, not every row).
    private func missing(_ line: Int, _ fields: Set<ImportField>, _ message: LocalizedText) -> [ImportProblem] {
        guard let column = fieldsInOrder.first(where: { fields.contains($0.field) }) else { return [] }
        return [ImportProblem(line: line, column: column.index + 1, header: headers[column.index], message: message)]
    }

    /// The row of `record`, and the problems of its cells (a row with problems is not imported).
    public func read(_ record: CSVTable.Record, rulebook: (Int) -> Rulebook?) -> (row: ImportedRow, problems: [ImportProblem]) {
        let kind = self.kind, defaultYear = self.defaultYear, headers = self.headers, nameFields = self.nameFields
        var problems: [ImportProblem] = []
        var row = ImportedRow(line: record.line, name: PersonName(family: "", middle: "", given: ""))
        var family = "", middle = "", given = "", familyAndMiddle = "", full = ""
        var nameRefused = false
        for (index, field) in readingOrder {
            let raw = index < record.fields.count ? field.textRule.normalised(record.fields[index]) : ""
            guard !raw.isEmpty else { continue }
            func problem(_ vi: String, _ en: String) {
                problems.append(ImportProblem(line: record.line, column: index + 1, header: headers[index],
                                              message: LocalizedText(vi: vi, en: en)))
            }
            // No control character, nor text past its field's length, reaches a row.
            if field != .number, !(field == .note && kind == .people), let textProblem = field.textRule.problem(in: raw) {
                problem(textProblem.message.vi, textProblem.message.en)
                if [.fullName, .head, .familyName, .middleName, .givenName, .familyAndMiddle].contains(field) { nameRefused = true }
                continue
            }
            switch field {
            case .number, .note where kind == .people: break
            case .note: row.note = raw
            case .fullName, .head: full = raw
            case .familyName: family = raw
            case .middleName: middle = raw
            case .givenName: given = raw
            case .familyAndMiddle: familyAndMiddle = raw
            case .sex:
                switch raw.foldedForSearch {
                case "nam", "male", "m": row.sex = .male
                case "nu", "female", "f": row.sex = .female  // not "N": it may be Nam or Nữ
                default: problem("«\(raw)» không phải giới tính (Nam / Nữ)", "«\(raw)» is not a sex (Nam / Nữ)")
                }
            case .birthDate:
                if let date = CivilDate(vietnamese: String(raw.map { $0 == "-" || $0 == "." ? "/" : $0 }))
                    ?? CivilDate(iso: raw) {
                    row.birthDate = date
                } else {
                    problem("«\(raw)» không phải là ngày (dd/mm/yyyy)", "«\(raw)» is not a date (dd/mm/yyyy)")
                }
            case .personalID:
                let digits = raw.filter { !$0.isWhitespace }
                if digits.count == 12, digits.allSatisfy(\.isASCIIDigit) { row.personalID = digits } else {
                    problem("«\(raw)» không phải số định danh (12 chữ số)", "«\(raw)» is not a citizen ID (12 digits)")
                }
            case .phone:
                let digits = raw.filter { !$0.isWhitespace && $0 != "." && $0 != "-" }
                if (9...11).contains(digits.count), digits.allSatisfy(\.isASCIIDigit) { row.phone = digits } else {
                    problem("«\(raw)» không phải số điện thoại", "«\(raw)» is not a phone number")
                }
            case .position: row.position = raw
            case .unit: row.unit = raw
            case .group: row.group = raw
            case .memberCount:
                if let count = Int(raw), (1...99).contains(count) { row.memberCount = count } else {
                    problem("«\(raw)» không phải số thành viên (1–99)", "«\(raw)» is not a member count (1–99)")
                }
            case .year:
                if let year = Int(raw), (1975...2100).contains(year) { row.year = year } else {
                    problem("«\(raw)» không phải là năm", "«\(raw)» is not a year")
                }
            case .award:
                let book = rulebook(row.year ?? defaultYear)
                let folded = raw.foldedForSearch
                if let award = book?.awards.first(where: { award in
                    [award.code, award.name.vi, award.shortName.vi, award.abbreviation].contains { $0.foldedForSearch == folded }
                }) {
                    row.award = award.code
                } else {
                    problem("không có danh hiệu «\(raw)» trong quy định", "no award «\(raw)» in the rulebook")
                }
            case .rating:
                let folded = raw.foldedForSearch
                if folded.contains("khong hoan thanh") { row.rating = .khongHoanThanh }
                else if folded.contains("xuat sac") { row.rating = .xuatSac }
                else if folded.contains("tot") { row.rating = .tot }
                else if folded.contains("hoan thanh") { row.rating = .hoanThanh }
                else if let rating = TaskRating(rawValue: raw) { row.rating = rating }
                else { problem("«\(raw)» không phải xếp loại nhiệm vụ", "«\(raw)» is not a task rating") }
            }
        }
        if !familyAndMiddle.isEmpty {
            let words = familyAndMiddle.split(separator: " ").map(String.init)
            family = words.first ?? ""
            middle = words.dropFirst().joined(separator: " ")
        }
        if !given.isEmpty || !family.isEmpty {
            row.name = PersonName(family: family, middle: middle, given: given)
        } else {
            row.name = PersonName(parsing: full)
        }
        // Each part of a name split from one column is held to a part's length too.
        if let index = fieldsInOrder.first(where: { nameFields.contains($0.field) || $0.field == .familyAndMiddle })?.index,
           let (part, textProblem) = [(("họ", "family"), row.name.family), (("đệm", "middle"), row.name.middle), (("tên", "given"), row.name.given)]
               .lazy.compactMap({ part in TextRule.namePart.problem(in: part.1).map { (part.0, $0) } }).first {
            problems.append(ImportProblem(line: record.line, column: index + 1, header: headers[index], message: LocalizedText(
                vi: "phần \(part.0) của tên " + textProblem.message.vi, en: "the \(part.1) name " + textProblem.message.en)))
        }
        if row.name.given.isEmpty, !nameRefused {
            problems += missing(record.line, nameFields.union([.familyName, .familyAndMiddle]),
                                LocalizedText(vi: "thiếu họ tên", en: "the name is missing"))
        }
        if kind == .households {
            row.award = row.award ?? "gia-dinh-van-hoa"
            if (row.group ?? "").isEmpty {
                problems += missing(record.line, [.group], LocalizedText(vi: "thiếu tổ dân phố", en: "the residential group is missing"))
            }
        }
        if kind == .nominations, row.award == nil, problems.isEmpty {
            problems += missing(record.line, [.award], LocalizedText(vi: "thiếu danh hiệu", en: "the award is missing"))
        }
        row.year = row.year ?? defaultYear
        return (row, problems)
    }
}

private extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
