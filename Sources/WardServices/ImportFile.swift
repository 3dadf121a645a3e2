import Commendation
import CommendationStore
import Foundation
import VietnameseText

/// Reading a file to import, shared by `tdkt import` and the desk: the encoding guessed, CSV or
/// the exchange format, the plan worked out against the store, and the dry-run report.
public enum ImportFile {
    /// A file read and planned; nothing written yet.
    public struct Prepared: Sendable {
        public var plan: ImportPlan
        /// The legacy encoding the file was converted from, if it was not UTF-8.
        public var legacyEncoding: LegacyEncoding?
    }

    /// Why a file cannot be imported at all (not the rows' problems, which are in the plan).
    public struct Failure: Error, Sendable {
        /// Exit code for the command line: 2 bad input, 4 the store.
        public var code: Int32
        public var message: LocalizedText
        /// Where in the file, when the file itself is at fault: the line (from 1), and the
        /// column in characters or the byte in the line (for a byte that is not UTF-8).
        public var line: Int?
        public var column: Int?
        public var byte: Int?
    }

    /// Reads `path` and plans its import into `store`. A file is refused (exit code 2) when
    /// it is larger than `InputFile.maximumBytes`, when it is neither UTF-8 nor a legacy
    /// encoding it reads as Vietnamese in throughout (the line and byte where it stops being
    /// UTF-8), and when it is not CSV or JSON (the line and column); exchange-format JSON must
    /// be UTF-8, as the format says. Rows of a JSON file are numbered by the line where their
    /// nomination begins.
    public static func prepare(path: String, store: Store, rulebook: @escaping (Int) -> Rulebook?, kind: ImportKind?,
                               year: Int) throws -> Prepared {
        let data: Data
        do {
            data = try InputFile.read(path: path)
        } catch let failure as InputFile.Failure {
            throw Failure(code: 2, message: failure.message)
        }
        return try prepare(data, name: path, store: store, rulebook: rulebook, kind: kind, year: year)
    }

    /// Plans the import of `data` (a file's bytes, named `name` in messages) into `store`, as
    /// `prepare(path:…)` does.
    public static func prepare(_ data: Data, name path: String, store: Store, rulebook: @escaping (Int) -> Rulebook?, kind: ImportKind?,
                               year: Int) throws -> Prepared {
        do {
            if let json = exchangeBytes(data) {
                let parsed: ExchangeFile
                do {
                    parsed = try ExchangeFormat.read(json, rulebook: rulebook)
                } catch let error as ExchangeError {
                    let place = error.syntax.map { JSONPosition(line: $0.line, column: $0.column, byte: $0.byte) } ?? error.position
                    throw Failure(code: 2, message: LocalizedText(vi: "\(path): " + error.message(.vi), en: "\(path): " + error.message(.en)),
                                  line: place?.line, column: place?.column, byte: place?.byte)
                }
                var plan = try store.planImport(parsed, rulebook: rulebook)
                placeRows(&plan, positions: ExchangeFormat.nominationPositions(in: json, count: parsed.nominations.count))
                return Prepared(plan: plan, legacyEncoding: nil)
            }
            let text: String, source: TextFileDecoding.Source
            do {
                (text, source) = try TextFileDecoding.decode(data)
            } catch let failure as TextFileDecoding.Failure {
                throw Failure(code: 2, message: LocalizedText(vi: "\(path): " + failure.message.vi, en: "\(path): " + failure.message.en),
                              line: failure.line, byte: failure.byte)
            }
            var legacy: LegacyEncoding?
            if case .legacy(let encoding) = source { legacy = encoding }
            let table: CSVTable
            do {
                table = try CSVReader.read(text)
            } catch let error as CSVError {
                throw Failure(code: 2, message: LocalizedText(vi: "\(path): dòng \(error.line), cột \(error.column): \(error.message.vi)",
                                                              en: "\(path): line \(error.line), column \(error.column): \(error.message.en)"),
                              line: error.line, column: error.column)
            }
            let reading = ImportReading.read(table, kind: kind, rulebook: rulebook, defaultYear: year)
            return Prepared(plan: try store.planImport(reading, rulebook: rulebook), legacyEncoding: legacy)
        } catch let error as StoreError {
            throw Failure(code: 4, message: error.message)
        }
    }

    /// The UTF-8 bytes of an exchange-format file: `data` when its first character (after a
    /// byte-order mark and white space) is "{", or its text re-encoded when it is UTF-16 with a
    /// byte-order mark; nil for anything else (CSV).
    static func exchangeBytes(_ data: Data) -> Data? {
        let bytes = data.prefix(4)
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            guard let (text, _) = try? TextFileDecoding.decode(data), text.drop(while: \.isWhitespace).first == "{" else { return nil }
            return Data(text.utf8)
        }
        let first = data.drop(while: { [0x20, 0x09, 0x0A, 0x0D, 0xEF, 0xBB, 0xBF].contains($0) }).first
        return first == UInt8(ascii: "{") ? data : nil
    }

    /// Rows of a JSON file numbered by the line where their nomination begins, and its
    /// problems placed at its line and column (the plan numbers them from 1 in file order).
    private static func placeRows(_ plan: inout ImportPlan, positions: [JSONPosition?]) {
        func position(_ row: Int) -> JSONPosition? { row >= 1 && row <= positions.count ? positions[row - 1] : nil }
        for index in plan.items.indices { plan.items[index].line = position(plan.items[index].line)?.line ?? plan.items[index].line }
        for index in plan.skipped.indices { plan.skipped[index].line = position(plan.skipped[index].line)?.line ?? plan.skipped[index].line }
        for index in plan.problems.indices {
            guard let place = position(plan.problems[index].line) else { continue }
            plan.problems[index].line = place.line
            plan.problems[index].column = plan.problems[index].column ?? place.column
        }
    }

    /// The dry run's report: the encoding, the kind, every row with what it becomes (names split
    /// into họ | đệm | tên), the duplicates left out, the problems, the totals.
    /// - Throws: `StoreError` when the store cannot be read for the names of nominees it has.
    public static func report(_ prepared: Prepared, store: Store, rulebook: (Int) -> Rulebook?, language: Language) throws -> [String] {
        var lines: [String] = []
        try report(prepared, store: store, rulebook: rulebook, language: language) { lines.append($0) }
        return lines
    }

    /// The dry run's report a line at a time, each handed to `line` as it is made (a file of
    /// 100 000 rows is not held twice, as lines and as one text).
    /// - Throws: `StoreError` when the store cannot be read for the names of nominees it has;
    ///   whatever `line` throws.
    public static func report(_ prepared: Prepared, store: Store, rulebook: (Int) -> Rulebook?, language: Language,
                              line: (String) throws -> Void) throws {
        let vi = language == .vi
        let plan = prepared.plan
        if let encoding = prepared.legacyEncoding {
            try line(vi ? "Mã hóa: \(encoding.rawValue) — đã chuyển sang Unicode." : "Encoding: \(encoding.rawValue) — converted to Unicode.")
        }
        for text in headLines(kind: plan.kind, ignoredHeaders: plan.ignoredHeaders, language: language) { try line(text) }
        // Nominees the plan creates, by the id it gives them (an exchange file's own ids).
        var planned: [String: (line: Int, name: String)] = [:]
        for item in plan.items {
            if let nominee = item.newNominee, !nominee.id.isEmpty { planned[nominee.id] = (item.line, nominee.name) }
        }
        for movement in plan.newMovements {
            try line("  " + (vi ? "phong trào mới: " : "new movement: ") + movement.name)
        }
        // The names of the store's nominees the rows refer to (residential groups, nominees
        // found), read at once for each distinct id: a read per row took most of a dry run.
        var referred = Set<String>()
        for item in plan.items {
            if let groupID = item.newNominee?.groupID, planned[groupID] == nil { referred.insert(groupID) }
            if item.newNominee == nil, let id = item.existingNomineeID, planned[id] == nil { referred.insert(id) }
        }
        let names = try store.nomineeNames(ids: referred)
        for item in plan.items {
            let earlier = item.newNominee == nil ? item.existingNomineeID.flatMap { planned[$0] } : nil
            let groupName = item.newNominee?.groupID.flatMap { planned[$0]?.name ?? names[$0] }
            let existingName = item.existingNomineeID.flatMap { names[$0] }
            try line(itemLine(item, groupName: groupName, existingName: existingName, earlier: earlier, rulebook: rulebook, language: language))
        }
        for skipped in plan.skipped {
            try line(skippedLine(skipped, language: language))
        }
        for problem in plan.problems {
            try line(problemLine(problem, language: language))
        }
        try line(summary(plan, language: language))
    }

    /// "Sẽ thêm 3 đối tượng, 3 đề nghị; bỏ qua 1 dòng trùng; 0 lỗi."
    public static func summary(_ plan: ImportPlan, language: Language) -> String {
        summary(newNominees: plan.newNominees, newNominations: plan.newNominations, skipped: plan.skipped.count,
                problems: plan.problems.count, language: language)
    }

    /// The report's first lines: the kind of list, and the columns not used.
    static func headLines(kind: ImportKind, ignoredHeaders: [String], language: Language) -> [String] {
        let vi = language == .vi
        let kindName: String
        switch kind {
        case .people: kindName = vi ? "danh sách người" : "people"
        case .households: kindName = vi ? "danh sách hộ đề nghị Gia đình văn hóa" : "households for Gia đình văn hóa"
        case .nominations: kindName = vi ? "danh sách đề nghị khen thưởng" : "nominations"
        }
        var lines = [(vi ? "Loại: " : "Kind: ") + kindName]
        if !ignoredHeaders.isEmpty { lines.append((vi ? "Cột không dùng: " : "Columns not used: ") + ignoredHeaders.joined(separator: ", ")) }
        return lines
    }

    /// "  dòng 4: bỏ qua, trùng với dòng 2".
    static func skippedLine(_ skipped: ImportPlan.Skipped, language: Language) -> String {
        "  " + (language == .vi ? "dòng \(skipped.line): bỏ qua, " : "line \(skipped.line): left out, ") + skipped.message(language)
    }

    /// "  LỖI dòng 6, cột 3 (Ngày sinh): …".
    static func problemLine(_ problem: ImportProblem, language: Language) -> String {
        "  " + (language == .vi ? "LỖI " : "ERROR ") + problem.text(language)
    }

    /// The summary line from its four counts.
    static func summary(newNominees: Int, newNominations: Int, skipped: Int, problems: Int, language: Language) -> String {
        language == .vi
            ? "Sẽ thêm \(newNominees) đối tượng, \(newNominations) đề nghị; bỏ qua \(skipped) dòng trùng; \(problems) lỗi."
            : "Would add \(newNominees) nominees, \(newNominations) nominations; \(skipped) duplicates left out; \(problems) problems."
    }

    /// The report's line for a row to import: "  dòng 2: mới: Nguyễn | Văn | An · Tổ 1 → Lao động
    /// tiên tiến 2026". `groupName` is the new nominee's residential group, `existingName` the
    /// name of the nominee found, `earlier` the row of the file that creates it.
    static func itemLine(_ item: ImportPlan.Item, groupName: String?, existingName: String?, earlier: (line: Int, name: String)?,
                         rulebook: (Int) -> Rulebook?, language: Language) -> String {
        let vi = language == .vi
        var parts: [String] = []
        if let nominee = item.newNominee {
            let name = nominee.head ?? nominee.personName
            let split = name.map { "\($0.family) | \($0.middle) | \($0.given)" } ?? nominee.name
            parts.append((vi ? "mới: " : "new: ") + split)
            if nominee.groupID != nil, let groupName { parts.append("· " + groupName) }
            if let count = nominee.memberCount { parts.append(vi ? "· \(count) người" : "· \(count) members") }
        } else if let earlier, earlier.line == 0 {
            // Made from the file's references (a unit or residential group), not from a line.
            parts.append(vi ? "mới, kèm theo tệp: \(earlier.name)" : "new, carried by the file: \(earlier.name)")
        } else if let earlier {
            parts.append(vi ? "mới, như dòng \(earlier.line): \(earlier.name)" : "new, as line \(earlier.line): \(earlier.name)")
        } else if let id = item.existingNomineeID {
            parts.append((vi ? "đã có: " : "existing: ") + "\(id) \(existingName ?? id)")
        }
        if let nomination = item.nomination {
            let award = rulebook(nomination.year)?.award(nomination.award)?.name
            parts.append("→ \(award.map { vi ? $0.vi : $0.en } ?? nomination.award) \(nomination.year)")
        }
        // Line 0: a unit or residential group the file carries in its references.
        let place = item.line == 0 ? (vi ? "kèm theo tệp: " : "carried by the file: ")
                                   : (vi ? "dòng \(item.line): " : "line \(item.line): ")
        return "  " + place + parts.joined(separator: " ")
    }
}
