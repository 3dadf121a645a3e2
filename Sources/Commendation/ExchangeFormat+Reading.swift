import Foundation
import VietnameseText

/// Reading the exchange format (NOMINATION-FORMAT.md, version 1).
public enum ExchangeFormat {
    /// Attestation codes the format defines (others are kept, with a warning).
    public static let attestationCodes: Set<String> = [
        "achievement-in-movement", "outstanding-achievement", "contribution", "united", "law-abiding",
        "productive-worker", "family-law", "family-emulation", "family-harmony", "emulation-spirit", "emulation-regular",
        "provincial-standards", "province-collective-standards",
    ]
    /// Codes of events that exclude Gia đình văn hóa.
    public static let exclusionCodes: [String] = [
        "criminal-prosecution", "military-service", "tax", "child-marriage", "marriage-law", "public-order",
        "gambling-social-evils", "fire-safety", "domestic-violence",
    ]
    /// Codes of disciplinary measures.
    public static let disciplineLevels: [String] = ["khien-trach", "canh-cao", "ha-bac-luong", "giang-chuc", "cach-chuc", "buoc-thoi-viec"]

    /// Reads a file: one nomination object, or `{"version": 1, "nominations": [...]}`. Award
    /// codes are checked against the rulebook that `rulebook` gives for each nomination's year.
    /// Text is normalised to NFC. Unknown keys become warnings. With `workers` over one, the
    /// nominations of a batch are read on that many threads (`read(_:rulebook:workers:walked:each:)`,
    /// decision 89); `rulebook` is then called from each.
    /// - Throws: `ExchangeError` naming the nomination, the key, what was expected and what was
    ///   found; for malformed JSON, its line and column.
    public static func read(_ data: Data, rulebook: @escaping (Int) -> Rulebook?, workers: Int = 1) throws -> ExchangeFile {
        var batch: [ExchangeNomination] = []
        var file = try read(data, rulebook: rulebook, workers: workers) { nomination, _ in batch.append(nomination) }
        if file.nominations.isEmpty { file.nominations = batch }
        return file
    }

    /// Reads a file as `read(_:rulebook:)` does, handing each nomination of a batch to `each`
    /// with the bytes it stands in (`nomination(at:in:rulebook:)` reads it again from them)
    /// instead of keeping it: the file returned holds no nominations but a file of one
    /// nomination's one. After a nomination that is not valid none is handed on; the rest of
    /// the file is read and checked, and then that nomination's error is thrown. `walked` is
    /// told of each nomination's bytes when the file is walked again for the place of an error
    /// (a file read through a memory map lets go of its pages).
    /// - Throws: `ExchangeError` as `read(_:rulebook:)`; whatever `each` throws.
    public static func read(_ data: Data, rulebook: @escaping (Int) -> Rulebook?, walked: (Range<Int>) -> Void = { _ in },
                            each: (ExchangeNomination, Range<Int>) throws -> Void) throws -> ExchangeFile {
        // A batch's nominations are read one at a time as the parser meets them, each tree let
        // go once read; what the rest of the file says is checked first all the same (its
        // version, keys and references), then the first nomination that failed.
        var batchReader = ExchangeReader(rulebook: rulebook)
        var batchError: ExchangeError?
        let root: JSONValue
        do {
            root = try JSONParser.parse(data, streamingArray: "nominations") { index, value, bytes in
                guard batchError == nil else { return }
                let nomination: ExchangeNomination
                do {
                    nomination = try batchReader.nomination(index, value)
                } catch let error as ExchangeError {
                    batchError = error
                    return
                }
                try each(nomination, bytes)
            }
        } catch let error as JSONSyntaxError {
            throw ExchangeError(nomination: nil, path: "", expected: .verbatim(""), found: nil, syntax: error)
        }
        var reader = ExchangeReader(rulebook: rulebook)
        do {
            // A batch's list is empty here (read above); a file of one nomination is read here.
            let nominations = try reader.file(root)
            if let batchError { throw batchError }
            return ExchangeFile(nominations: nominations, warnings: reader.warnings + batchReader.warnings,
                                references: reader.references)
        } catch var error as ExchangeError {
            error.position = position(of: error.jsonPath, in: data, walked: walked)
            throw error
        }
    }

    /// The nomination at `index` of a batch, read again from `bytes`, the bytes `read(_:rulebook:each:)`
    /// handed with it.
    /// - Throws: `ExchangeError` when the bytes are not that nomination's (its position is not found).
    public static func nomination(at index: Int, in bytes: Data, rulebook: @escaping (Int) -> Rulebook?) throws -> ExchangeNomination {
        var reader = NominationReader(rulebook: rulebook)
        return try reader.nomination(at: index, in: bytes)
    }

    /// Reads nominations of a batch again from their bytes, one after another, as
    /// `nomination(at:in:rulebook:)` does, keeping what it learnt of the rulebooks between them
    /// (a thread of a parallel read keeps one: decision 89).
    public struct NominationReader {
        private var reader: ExchangeReader

        /// A reader of nominations under the rulebook `rulebook` gives for each year.
        public init(rulebook: @escaping (Int) -> Rulebook?) {
            reader = ExchangeReader(rulebook: rulebook)
        }

        /// The nomination at `index` of a batch, read from `bytes`, the bytes `read(_:rulebook:each:)`
        /// handed with it; its warnings are those of `warnings` after the call.
        /// - Throws: `ExchangeError` when the bytes are not a valid nomination.
        public mutating func nomination(at index: Int, in bytes: Data) throws -> ExchangeNomination {
            let value: JSONValue
            do {
                value = try JSONParser.parse(bytes)
            } catch let error as JSONSyntaxError {
                throw ExchangeError(nomination: "#\(index + 1)", path: "", expected: .verbatim(""), found: nil, syntax: error)
            }
            reader.warnings.removeAll(keepingCapacity: true)
            return try reader.nomination(index, value)
        }

        /// The warnings of the nomination read last.
        public var warnings: [ExchangeWarning] { reader.warnings }
    }

    /// Where the value at `path` stands in `data`, or the nearest value that holds it (the
    /// object that lacks a key); read again only when an error needs a place.
    static func position(of path: [JSONPathComponent], in data: Data, walked: (Range<Int>) -> Void = { _ in }) -> JSONPosition? {
        let prefixes = Set((0...path.count).map { Array(path.prefix($0)) })
        guard let found = try? JSONParser.positions(of: prefixes, in: data, streamingArray: "nominations", element: walked) else { return nil }
        return (0...path.count).reversed().lazy.compactMap { found[Array(path.prefix($0))] }.first
    }

    /// Where each nomination of a file read by `read` begins: the root object for a file of
    /// one nomination, else each element of `nominations` (`count` of them).
    public static func nominationPositions(in data: Data, count: Int) -> [JSONPosition?] {
        let paths = (0..<count).map { [JSONPathComponent.key("nominations"), .index($0)] }
        guard let found = try? JSONParser.positions(of: Set(paths + [[]]), in: data, streamingArray: "nominations") else {
            return Array(repeating: nil, count: count)
        }
        if found[paths.first ?? []] == nil, count == 1 { return [found[[]]] }
        return paths.map { found[$0] }
    }
}

/// Walks the JSON tree of an exchange file, keeping the path for messages.
struct ExchangeReader {
    let rulebook: (Int) -> Rulebook?
    var warnings: [ExchangeWarning] = []
    /// The file's `references`, once read.
    var references = ExchangeReferences()
    /// The nomination being read: its index, whether it stands in a batch's list, and its id
    /// once read. Its name and path in messages are made only when a message is.
    private var current: (index: Int, inBatch: Bool, id: String?)?

    /// How messages name the nomination being read: "A-1 (#3)", "#3".
    private var nomination: String? {
        current.map { current in current.id.map { "\($0) (#\(current.index + 1))" } ?? "#\(current.index + 1)" }
    }

    /// The path of the nomination being read: "nominations[2]", or "" for a file of one.
    private var prefix: String {
        guard let current, current.inBatch else { return "" }
        return "nominations[\(current.index)]"
    }

    /// The award codes of the rulebook of each year met (none when no rulebook covers it),
    /// asked once per year: a rulebook and an award copied for each nomination had their
    /// reference counts changed by every thread of a parallel read at once (decision 89).
    private var knownAwardCodes: [Int: [String]] = [:]
    private var yearsWithoutRulebook: Set<Int> = []

    init(rulebook: @escaping (Int) -> Rulebook?) { self.rulebook = rulebook }

    /// The award codes of the rulebook `rulebook` gives for `year`; nil when it gives none.
    private mutating func awardCodes(of year: Int) -> [String]? {
        if let known = knownAwardCodes[year] { return known }
        if yearsWithoutRulebook.contains(year) { return nil }
        guard let rulebook = rulebook(year) else {
            yearsWithoutRulebook.insert(year)
            return nil
        }
        let codes = rulebook.awards.map(\.code)
        knownAwardCodes[year] = codes
        return codes
    }

    private func fail(_ path: String, _ expected: LocalizedText, _ found: JSONValue?) -> ExchangeError {
        var error = ExchangeError(nomination: nomination, path: path, expected: expected, found: found?.summary)
        error.jsonPath = JSONPathComponent.parse(prefix) + JSONPathComponent.parse(path)
        return error
    }

    /// What a text must be, when `problem` is what is wrong with it.
    private func textExpected(_ rule: TextRule, _ problem: TextProblem) -> LocalizedText {
        switch problem {
        case .control:
            return LocalizedText(vi: "văn bản không có ký tự điều khiển (chuỗi này \(problem.message.vi))",
                                 en: "text without control characters (this string \(problem.message.en))")
        case .tooLong(let length, let limit):
            return LocalizedText(vi: "văn bản tối đa \(limit) ký tự (chuỗi này dài \(length) ký tự)",
                                 en: "text of at most \(limit) characters (this string is \(length) long)")
        }
    }

    /// `text` as `rule` keeps it, or the error at `path`.
    private func checked(_ text: String, _ rule: TextRule, path: String, value: JSONValue) throws -> String {
        let (kept, problem) = rule.keeping(text)
        if let problem { throw fail(path, textExpected(rule, problem), value) }
        return kept
    }


    // The keys each object of the format may have (others are warned of and skipped).
    private static let fileKeys: Set<String> = ["version", "nominations", "references"]
    private static let nominationKeys: Set<String> = ["id", "year", "award", "kind", "movement", "nominee", "facts", "status",
        "receivedOn", "decision", "note", "returnReason"]
    private static let referencesKeys: Set<String> = ["groups", "units", "movements"]
    private static let referenceKeys: Set<String> = ["id", "name", "groupId"]
    private static let movementKeys: Set<String> = ["id", "name", "kind", "fromYear", "toYear"]
    private static let nomineeKeys: Set<String> = ["type", "id", "familyName", "middleName", "givenName", "sex", "birthDate",
        "personalId", "position", "unit", "name", "head", "group", "unitId", "groupId"]
    private static let pendingKeys: Set<String> = ["discipline", "investigation", "complaint"]
    private static let memberKeys: Set<String> = ["total", "laoDongTienTien", "completedTasks", "chienSiThiDuaCoSo",
        "disciplinedWarningOrAbove"]
    private static let factsKeys: Set<String> = ["rating", "pending", "discipline", "initiatives", "research", "history",
        "attested", "attestations", "members", "exclusions", "monthsWorked", "ratingHistory"]

    private mutating func warnUnknownKeys(_ object: JSONObject, known: Set<String>, at path: String) {
        guard object.count > known.count || object.contains(where: { !known.contains($0.key) }) else { return }
        for key in object.keys.sorted() where !known.contains(key) {
            let full = [prefix, path, key].filter { !$0.isEmpty }.joined(separator: ".")
            warnings.append(ExchangeWarning(path: full, message: LocalizedText(
                vi: "khóa \(full) không có trong định dạng; bỏ qua", en: "key \(full) is not part of the format; ignored")))
        }
    }

    // MARK: File

    mutating func file(_ root: JSONValue) throws -> [ExchangeNomination] {
        guard case .object(let object) = root else {
            throw fail("", LocalizedText(vi: "một đối tượng JSON (một đề nghị, hoặc {\"version\": 1, \"nominations\": […]})",
                                         en: "a JSON object (one nomination, or {\"version\": 1, \"nominations\": […]})"), root)
        }
        guard let list = object["nominations"] else { return [try nominationAt(0, root, inBatch: false)] }
        switch object["version"] {
        case .integer(1)?: break
        case nil:
            warnings.append(ExchangeWarning(path: "version", message: LocalizedText(
                vi: "thiếu khóa version; đọc như phiên bản 1", en: "no version key; read as version 1")))
        case let other?:
            throw fail("version", LocalizedText(vi: "phiên bản 1", en: "version 1"), other)
        }
        warnUnknownKeys(object, known: Self.fileKeys, at: "")
        if let value = object["references"], value != .null { references = try self.references(value) }
        guard case .array(let items) = list else {
            throw fail("nominations", LocalizedText(vi: "một danh sách đề nghị", en: "a list of nominations"), list)
        }
        return try items.enumerated().map { try nominationAt($0.offset, $0.element, inBatch: true) }
    }

    // MARK: Nomination

    /// The nomination at `index` of a batch's list.
    mutating func nomination(_ index: Int, _ value: JSONValue) throws -> ExchangeNomination {
        try nominationAt(index, value, inBatch: true)
    }

    private mutating func nominationAt(_ index: Int, _ value: JSONValue, inBatch: Bool) throws -> ExchangeNomination {
        current = (index, inBatch, nil)
        guard case .object(let object) = value else {
            throw fail("", LocalizedText(vi: "một đề nghị (đối tượng JSON)", en: "a nomination (a JSON object)"), value)
        }
        var id: String?
        if let idValue = object["id"] {
            guard case .string(let raw) = idValue, !raw.isEmpty else {
                throw fail("id", LocalizedText(vi: "mã đề nghị dạng chuỗi", en: "the nomination id as a string"), idValue)
            }
            let text = try checked(raw, .identifier, path: "id", value: idValue)
            id = text
            current?.id = text
        }
        let year = try self.year(object["year"], path: "year")
        guard let codes = awardCodes(of: year) else {
            throw fail("year", LocalizedText(vi: "một năm có quy định áp dụng", en: "a year some rulebook covers"), object["year"])
        }
        guard case .string(let awardCode)? = object["award"], codes.contains(awardCode) else {
            let rulebook = rulebook(year)
            let codes = rulebook?.awards.map(\.code).joined(separator: ", ") ?? ""
            throw fail("award", LocalizedText(vi: "mã danh hiệu của quy định \(rulebook?.id ?? ""): \(codes)",
                                              en: "an award code of rulebook \(rulebook?.id ?? ""): \(codes)"), object["award"])
        }
        let kind: AwardKind = try code(object["kind"], path: "kind")
        var movement: String?
        switch object["movement"] {
        case nil, .null?: break
        case .string(let text)?:
            let kept = try checked(text, .movement, path: "movement", value: .string(text))
            movement = kept.isEmpty ? nil : kept
        case let other?: throw fail("movement", LocalizedText(vi: "tên hoặc mã phong trào (chuỗi)", en: "a movement name or id (string)"), other)
        }
        guard case .object(let nomineeObject)? = object["nominee"] else {
            throw fail("nominee", LocalizedText(vi: "đối tượng được đề nghị (đối tượng JSON)", en: "the nominee (a JSON object)"), object["nominee"])
        }
        let nominee = try self.nominee(nomineeObject)
        var facts = Facts()
        switch object["facts"] {
        case nil: break
        case .object(let factsObject)?: facts = try self.facts(factsObject, year: year)
        case let other?: throw fail("facts", LocalizedText(vi: "các dữ kiện (đối tượng JSON)", en: "the facts (a JSON object)"), other)
        }
        warnUnknownKeys(object, known: Self.nominationKeys, at: "")
        var read = ExchangeNomination(index: index, id: id, year: year, award: awardCode, kind: kind, movement: movement,
                                      nominee: nominee, facts: facts)
        // tdkt's own keys (written by `tdkt export`): where the nomination stood.
        read.status = try optionalCode(object["status"], path: "status")
        read.receivedOn = try optionalDate(object["receivedOn"], path: "receivedOn")
        read.note = try optionalString(object["note"], path: "note", rule: .note)
        return read
    }

    // MARK: References

    /// tdkt's own key `references`: `groups` and `units` (`id`, `name`, a unit's `groupId`) and
    /// `movements` (`id`, `name`, `kind`, `fromYear`, `toYear`).
    private mutating func references(_ value: JSONValue) throws -> ExchangeReferences {
        guard case .object(let object) = value else {
            throw fail("references", LocalizedText(vi: "các đơn vị, thôn/tổ và phong trào (đối tượng JSON)",
                                                   en: "the units, groups and movements (a JSON object)"), value)
        }
        warnUnknownKeys(object, known: Self.referencesKeys, at: "references")
        var read = ExchangeReferences()
        func list(_ key: String) throws -> [JSONObject] {
            switch object[key] {
            case nil, .null?: return []
            case .array(let items)?:
                return try items.enumerated().map { index, item in
                    guard case .object(let entry) = item else {
                        throw fail("references.\(key)[\(index)]", LocalizedText(vi: "một đối tượng JSON", en: "a JSON object"), item)
                    }
                    return entry
                }
            case let other?: throw fail("references.\(key)", LocalizedText(vi: "một danh sách", en: "a list"), other)
            }
        }
        for (key, type) in [("groups", NomineeType.residentialGroup), ("units", .collective)] {
            for (index, entry) in try list(key).enumerated() {
                let path = "references.\(key)[\(index)]"
                warnUnknownKeys(entry, known: Self.referenceKeys, at: path)
                let reference = ExchangeReference(type: type, id: try requiredString(entry["id"], path: path + ".id", rule: .identifier),
                                                  name: try requiredString(entry["name"], path: path + ".name", rule: .name),
                                                  groupID: try optionalString(entry["groupId"], path: path + ".groupId", rule: .identifier))
                if type == .residentialGroup { read.groups.append(reference) } else { read.units.append(reference) }
            }
        }
        for (index, entry) in try list("movements").enumerated() {
            let path = "references.movements[\(index)]"
            warnUnknownKeys(entry, known: Self.movementKeys, at: path)
            let kind: Movement.Kind
            switch entry["kind"] {
            case nil, .null?: kind = .yearly
            case .string(let text)? where Movement.Kind(rawValue: text) != nil: kind = Movement.Kind(rawValue: text) ?? .yearly
            case let other?: throw fail(path + ".kind", LocalizedText(vi: "yearly hoặc themed", en: "yearly or themed"), other)
            }
            read.movements.append(Movement(id: try requiredString(entry["id"], path: path + ".id", rule: .identifier),
                                           name: try requiredString(entry["name"], path: path + ".name", rule: .movement), kind: kind,
                                           from: try optionalYear(entry["fromYear"], path: path + ".fromYear"),
                                           to: try optionalYear(entry["toYear"], path: path + ".toYear")))
        }
        return read
    }

    // MARK: Nominee

    private mutating func nominee(_ object: JSONObject) throws -> ExchangeNominee {
        let type: NomineeType = try code(object["type"], path: "nominee.type")
        var nominee = ExchangeNominee(type: type)
        nominee.id = try optionalString(object["id"], path: "nominee.id", rule: .identifier)
        nominee.sex = try optionalCode(object["sex"], path: "nominee.sex")
        // tdkt's own keys: the unit and the residential group by id (they are in `references`).
        nominee.unitID = try optionalString(object["unitId"], path: "nominee.unitId", rule: .identifier)
        nominee.groupID = try optionalString(object["groupId"], path: "nominee.groupId", rule: .identifier)
        switch type {
        case .person:
            nominee.personName = try personName(object, path: "nominee")
            nominee.birthDate = try optionalDate(object["birthDate"], path: "nominee.birthDate")
            nominee.position = try optionalString(object["position"], path: "nominee.position", rule: .position)
            nominee.unit = try optionalString(object["unit"], path: "nominee.unit", rule: .position)
            nominee.group = try optionalString(object["group"], path: "nominee.group", rule: .name)
            if let id = try optionalString(object["personalId"], path: "nominee.personalId", rule: .identifier) {
                try checkPersonalID(id, birthDate: nominee.birthDate, sex: nominee.sex)
                nominee.personalID = id
            }
        case .collective, .household, .residentialGroup:
            guard let name = try optionalString(object["name"], path: "nominee.name", rule: .name), !name.isEmpty else {
                throw fail("nominee.name", LocalizedText(vi: "tên của \(type == .household ? "hộ" : "tập thể")", en: "the name"), object["name"])
            }
            nominee.name = name
            if type == .household {
                if case .object(let head)? = object["head"] {
                    nominee.head = try personName(head, path: "nominee.head")
                    if nominee.sex == nil { nominee.sex = try optionalCode(head["sex"], path: "nominee.head.sex") }
                } else if let head = object["head"], head != .null {
                    throw fail("nominee.head", LocalizedText(vi: "chủ hộ (đối tượng JSON)", en: "the head (a JSON object)"), head)
                }
                nominee.group = try optionalString(object["group"], path: "nominee.group", rule: .name)
            }
        }
        warnUnknownKeys(object, known: Self.nomineeKeys, at: "nominee")
        return nominee
    }

    private func personName(_ object: JSONObject, path: String) throws -> PersonName {
        guard let family = try optionalString(object["familyName"], path: path + ".familyName", rule: .namePart), !family.isEmpty else {
            throw fail(path + ".familyName", LocalizedText(vi: "họ (chuỗi)", en: "the family name (string)"), object["familyName"])
        }
        guard let given = try optionalString(object["givenName"], path: path + ".givenName", rule: .namePart), !given.isEmpty else {
            throw fail(path + ".givenName", LocalizedText(vi: "tên (chuỗi)", en: "the given name (string)"), object["givenName"])
        }
        let middle = try optionalString(object["middleName"], path: path + ".middleName", rule: .namePart) ?? ""
        return PersonName(family: family, middle: middle, given: given)
    }

    /// A 12-digit citizen ID: shape, and with a birth date the century/sex digit and the year.
    private func checkPersonalID(_ id: String, birthDate: CivilDate?, sex: Sex?) throws {
        switch IdentityNumbers.citizenIDProblem(id, birthDate: birthDate, sex: sex) {
        case nil:
            return
        case .shape?:
            throw fail("nominee.personalId", LocalizedText(vi: "số định danh cá nhân gồm 12 chữ số", en: "a 12-digit citizen ID"), .string(id))
        case .disagrees(let fourth, let year)?:
            let birthYear = birthDate?.year ?? 0
            let sexText = sex.map { $0 == .female ? " và giới tính nữ" : " và giới tính nam" } ?? ""
            throw fail("nominee.personalId", LocalizedText(
                vi: "số định danh khớp năm sinh \(birthYear)\(sexText) (chữ số thứ 4 là \(fourth), chữ số 5–6 là \(year))",
                en: "an ID matching birth year \(birthYear)\(sex.map { " and sex \($0.rawValue)" } ?? "") (4th digit \(fourth), digits 5–6 \(year))"),
                .string(id))
        }
    }

    // MARK: Facts

    private mutating func facts(_ object: JSONObject, year: Int) throws -> Facts {
        var facts = Facts()
        facts.rating = try optionalCode(object["rating"], path: "facts.rating")
        if let pending = object["pending"] {
            guard case .object(let matters) = pending else {
                throw fail("facts.pending", LocalizedText(vi: "{\"discipline\": true/false, \"investigation\": …, \"complaint\": …}",
                                                          en: "{\"discipline\": true/false, \"investigation\": …, \"complaint\": …}"), pending)
            }
            facts.pending = PendingMatters(discipline: try optionalBool(matters["discipline"], path: "facts.pending.discipline"),
                                           investigation: try optionalBool(matters["investigation"], path: "facts.pending.investigation"),
                                           complaint: try optionalBool(matters["complaint"], path: "facts.pending.complaint"))
            warnUnknownKeys(matters, known: Self.pendingKeys, at: "facts.pending")
        }
        facts.discipline = try list(object["discipline"], path: "facts.discipline") { item, path in
            DisciplineRecord(level: try codeString(item["level"], of: ExchangeFormat.disciplineLevels, path: path + ".level"),
                             decided: try optionalDate(item["decided"], path: path + ".decided"),
                             until: try optionalDate(item["until"], path: path + ".until"))
        }
        facts.initiatives = try list(object["initiatives"], path: "facts.initiatives") { item, path in
            Initiative(id: try requiredString(item["id"], path: path + ".id", rule: .identifier),
                       level: (try code(item["level"], path: path + ".level") as RecognitionLevel).rawValue,
                       year: try optionalYear(item["year"], path: path + ".year"),
                       usedFor: try optionalString(item["usedFor"], path: path + ".usedFor", rule: .identifier))
        }
        facts.research = try list(object["research"], path: "facts.research") { item, path in
            ResearchProject(id: try requiredString(item["id"], path: path + ".id", rule: .identifier),
                            level: (try code(item["level"], path: path + ".level") as RecognitionLevel).rawValue,
                            year: try optionalYear(item["year"], path: path + ".year"),
                            accepted: try optionalBool(item["accepted"], path: path + ".accepted"))
        }
        facts.history = try list(object["history"], path: "facts.history") { item, path in
            PastAward(award: try requiredString(item["award"], path: path + ".award", rule: .identifier),
                      year: try self.year(item["year"], path: path + ".year"),
                      kind: try optionalCode(item["kind"], path: path + ".kind"))
        }
        if let attested = object["attested"] {
            let codes = try strings(attested, path: "facts.attested")
            for code in codes where !ExchangeFormat.attestationCodes.contains(code) && !isCouncilAttestation(code, year: year) {
                warnings.append(ExchangeWarning(path: "facts.attested", message: LocalizedText(
                    vi: "mã xác nhận “\(code)” không có trong định dạng; vẫn ghi nhận",
                    en: "attestation code “\(code)” is not in the format; kept")))
            }
            facts.attestations = Attestations(list: codes)
        }
        if let answers = object["attestations"] {
            guard case .object(let map) = answers else {
                throw fail("facts.attestations", LocalizedText(vi: "{mã: true/false}", en: "{code: true/false}"), answers)
            }
            var merged = facts.attestations ?? Attestations()
            for (code, value) in map {
                guard case .bool(let flag) = value else {
                    throw fail("facts.attestations.\(code)", LocalizedText(vi: "true hoặc false", en: "true or false"), value)
                }
                merged.answers[try checked(code, .identifier, path: "facts.attestations", value: .string(code))] = flag
            }
            facts.attestations = merged
        }
        if let members = object["members"] {
            guard case .object(let counts) = members else {
                throw fail("facts.members", LocalizedText(vi: "số liệu thành viên (đối tượng JSON)", en: "member figures (a JSON object)"), members)
            }
            let figures = MemberCounts(
                total: try count(counts["total"], path: "facts.members.total"),
                laoDongTienTien: try count(counts["laoDongTienTien"], path: "facts.members.laoDongTienTien"),
                completedTasks: try count(counts["completedTasks"], path: "facts.members.completedTasks"),
                chienSiThiDuaCoSo: try count(counts["chienSiThiDuaCoSo"], path: "facts.members.chienSiThiDuaCoSo"),
                disciplinedWarningOrAbove: try count(counts["disciplinedWarningOrAbove"], path: "facts.members.disciplinedWarningOrAbove"))
            if let total = figures.total {
                for (key, value) in [("laoDongTienTien", figures.laoDongTienTien), ("completedTasks", figures.completedTasks),
                                     ("chienSiThiDuaCoSo", figures.chienSiThiDuaCoSo),
                                     ("disciplinedWarningOrAbove", figures.disciplinedWarningOrAbove)] {
                    if let value, value > total {
                        throw fail("facts.members.\(key)", LocalizedText(vi: "không quá tổng số thành viên (\(total))",
                                                                         en: "at most the total (\(total))"), .integer(value))
                    }
                }
            }
            facts.members = figures
            warnUnknownKeys(counts, known: Self.memberKeys, at: "facts.members")
        }
        if let exclusions = object["exclusions"] {
            let codes = try strings(exclusions, path: "facts.exclusions")
            for code in codes where !ExchangeFormat.exclusionCodes.contains(code) {
                throw fail("facts.exclusions", LocalizedText(vi: "các mã: " + ExchangeFormat.exclusionCodes.joined(separator: ", "),
                                                             en: "codes among: " + ExchangeFormat.exclusionCodes.joined(separator: ", ")),
                           .string(code))
            }
            facts.exclusions = codes
        }
        if let months = object["monthsWorked"] {
            guard case .integer(let value) = months, (0...12).contains(value) else {
                throw fail("facts.monthsWorked", LocalizedText(vi: "số tháng từ 0 đến 12", en: "a number of months from 0 to 12"), months)
            }
            facts.monthsWorked = value
        }
        if let history = object["ratingHistory"] {
            let entries = try list(history, path: "facts.ratingHistory") { item, path in
                (try self.year(item["year"], path: path + ".year"), try code(item["rating"], path: path + ".rating") as TaskRating)
            }
            facts.ratingHistory = entries.map { Dictionary($0, uniquingKeysWith: { first, _ in first }) }
        }
        warnUnknownKeys(object, known: Self.factsKeys, at: "facts")
        return facts
    }

    private func isCouncilAttestation(_ code: String, year: Int) -> Bool {
        rulebook(year)?.labels["attestations"]?[code] != nil
    }

    // MARK: Values

    private func year(_ value: JSONValue?, path: String) throws -> Int {
        guard case .integer(let year)? = value, (1900...9999).contains(year) else {
            throw fail(path, LocalizedText(vi: "một năm (số nguyên, ví dụ 2025)", en: "a year (a whole number such as 2025)"), value)
        }
        return year
    }

    private func optionalYear(_ value: JSONValue?, path: String) throws -> Int? {
        if value == nil || value == .null { return nil }
        return try year(value, path: path)
    }

    private func code<T: RawRepresentable & CaseIterable>(_ value: JSONValue?, path: String) throws -> T where T.RawValue == String {
        guard case .string(let text)? = value, let result = T(rawValue: text) else {
            let codes = T.allCases.map(\.rawValue).joined(separator: ", ")
            throw fail(path, LocalizedText(vi: "một trong: \(codes)", en: "one of: \(codes)"), value)
        }
        return result
    }

    private func optionalCode<T: RawRepresentable & CaseIterable>(_ value: JSONValue?, path: String) throws -> T? where T.RawValue == String {
        if value == nil || value == .null { return nil }
        return try code(value, path: path) as T
    }

    private func codeString(_ value: JSONValue?, of codes: [String], path: String) throws -> String {
        guard case .string(let text)? = value, codes.contains(text) else {
            throw fail(path, LocalizedText(vi: "một trong: " + codes.joined(separator: ", "), en: "one of: " + codes.joined(separator: ", ")), value)
        }
        return text
    }

    /// A string as `rule` keeps it (NFC, trimmed), refused when it holds a control character
    /// or is too long.
    private func optionalString(_ value: JSONValue?, path: String, rule: TextRule) throws -> String? {
        switch value {
        case nil, .null?: return nil
        case .string(let text)?: return try checked(text, rule, path: path, value: .string(text))
        case let other?: throw fail(path, LocalizedText(vi: "một chuỗi", en: "a string"), other)
        }
    }

    private func requiredString(_ value: JSONValue?, path: String, rule: TextRule) throws -> String {
        guard let text = try optionalString(value, path: path, rule: rule), !text.isEmpty else {
            throw fail(path, LocalizedText(vi: "một chuỗi khác rỗng", en: "a non-empty string"), value)
        }
        return text
    }

    private func optionalBool(_ value: JSONValue?, path: String) throws -> Bool? {
        switch value {
        case nil, .null?: return nil
        case .bool(let flag)?: return flag
        case let other?: throw fail(path, LocalizedText(vi: "true hoặc false", en: "true or false"), other)
        }
    }

    private func optionalDate(_ value: JSONValue?, path: String) throws -> CivilDate? {
        switch value {
        case nil, .null?: return nil
        case .string(let text)?:
            guard let date = CivilDate(iso: text) else {
                throw fail(path, LocalizedText(vi: "một ngày có thật dạng YYYY-MM-DD", en: "a real date as YYYY-MM-DD"), value)
            }
            return date
        case let other?: throw fail(path, LocalizedText(vi: "một ngày dạng YYYY-MM-DD", en: "a date as YYYY-MM-DD"), other)
        }
    }

    private func count(_ value: JSONValue?, path: String) throws -> Int? {
        switch value {
        case nil, .null?: return nil
        case .integer(let number)? where number >= 0: return number
        case let other?: throw fail(path, LocalizedText(vi: "một số nguyên không âm", en: "a non-negative whole number"), other)
        }
    }

    private func strings(_ value: JSONValue, path: String) throws -> [String] {
        guard case .array(let items) = value else {
            throw fail(path, LocalizedText(vi: "một danh sách mã (chuỗi)", en: "a list of codes (strings)"), value)
        }
        return try items.enumerated().map { index, item in
            guard case .string(let text) = item else {
                throw fail("\(path)[\(index)]", LocalizedText(vi: "một mã (chuỗi)", en: "a code (string)"), item)
            }
            return try checked(text, .identifier, path: "\(path)[\(index)]", value: item)
        }
    }

    private func list<T>(_ value: JSONValue?, path: String,
                         _ read: (JSONObject, String) throws -> T) throws -> [T]? {
        guard let value, value != .null else { return nil }
        guard case .array(let items) = value else {
            throw fail(path, LocalizedText(vi: "một danh sách", en: "a list"), value)
        }
        return try items.enumerated().map { index, item in
            guard case .object(let object) = item else {
                throw fail("\(path)[\(index)]", LocalizedText(vi: "một đối tượng JSON", en: "a JSON object"), item)
            }
            return try read(object, "\(path)[\(index)]")
        }
    }
}
