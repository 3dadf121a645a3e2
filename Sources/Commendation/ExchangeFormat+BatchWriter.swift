extension ExchangeFormat {
    /// Writes a batch a nomination at a time, as the text `write(_:references:)` makes of the
    /// whole batch (the tests compare the bytes), so that an export of a province's million
    /// nominations is never one text: `append(_:to:)` adds each nomination's bytes in turn,
    /// `end(references:)` gives what closes the batch.
    ///
    /// A nomination is written straight into the caller's bytes in the encoder's layout (keys
    /// in the encoder's order, `JSONText`'s escapes) rather than through `JSONEncoder`, which
    /// took four fifths of an export's time (decision 83).
    public struct BatchWriter {
        /// How many nominations were written.
        public private(set) var count = 0

        /// A writer of a batch with no nomination written yet.
        public init() {}

        /// Appends the next nomination, after the batch's opening before the first.
        public mutating func append(_ nomination: ExchangeNomination, to out: inout [UInt8]) {
            out.append(contentsOf: (count == 0 ? "{\n  \"nominations\" : [\n    " : ",\n    ").utf8)
            NominationBytes.append(nomination, level: 3, to: &out)
            count += 1
        }

        /// The text that closes the batch: its list, the `references` (when not empty) and its
        /// version; a batch of no nominations is written whole here.
        /// - Throws: what `JSONEncoder` throws (nothing for references tdkt read or made).
        public func end(references: ExchangeReferences) throws -> String {
            guard count > 0 else { return String(decoding: try ExchangeFormat.write([], references: references), as: UTF8.self) }
            var text = "\n  ]"
            if !references.isEmpty {
                text += ",\n  \"references\" : " + Self.indented(try ExchangeFormat.referencesText(references), by: "  ")
            }
            return text + ",\n  \"version\" : 1\n}"
        }

        /// `text` with each line after the first indented by `indent`, but an empty line (the
        /// encoder writes an empty list as "[", an empty line, "]").
        private static func indented(_ text: String, by indent: String) -> String {
            text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
                .map { $0.offset == 0 || $0.element.isEmpty ? String($0.element) : indent + $0.element }
                .joined(separator: "\n")
        }
    }
}

/// A nomination's bytes in the layout of `JSONEncoder` with `[.prettyPrinted, .sortedKeys,
/// .withoutEscapingSlashes]`: each object's keys in the encoder's order (byte order), an
/// optional that is nil left out, an empty list or object as an opening, an empty line and a
/// closing.
private enum NominationBytes {
    static func append(_ n: ExchangeNomination, level: Int, to out: inout [UInt8]) {
        var object = JSONText.ObjectBytes(level: level, to: &out)
        object.string("award", n.award, to: &out)
        object.member("facts", to: &out)
        append(n.facts, level: level + 1, to: &out)
        if let id = n.id { object.string("id", id, to: &out) }
        object.string("kind", n.kind.rawValue, to: &out)
        if let movement = n.movement { object.string("movement", movement, to: &out) }
        object.member("nominee", to: &out)
        append(n.nominee, level: level + 1, to: &out)
        if let note = n.note, !note.isEmpty { object.string("note", note, to: &out) }
        if let received = n.receivedOn { object.string("receivedOn", received.iso, to: &out) }
        if let status = n.status { object.string("status", status.rawValue, to: &out) }
        object.integer("year", n.year, to: &out)
        object.close(to: &out)
    }

    static func append(_ n: ExchangeNominee, level: Int, to out: inout [UInt8]) {
        var object = JSONText.ObjectBytes(level: level, to: &out)
        let person = n.type == .person ? n.personName : nil
        if let birth = n.birthDate { object.string("birthDate", birth.iso, to: &out) }
        if let person { object.string("familyName", person.family, to: &out) }
        if let person { object.string("givenName", person.given, to: &out) }
        if let group = n.group { object.string("group", group, to: &out) }
        if let groupID = n.groupID { object.string("groupId", groupID, to: &out) }
        if let head = n.head {
            object.member("head", to: &out)
            var inner = JSONText.ObjectBytes(level: level + 1, to: &out)
            inner.string("familyName", head.family, to: &out)
            inner.string("givenName", head.given, to: &out)
            inner.string("middleName", head.middle, to: &out)
            inner.close(to: &out)
        }
        if let id = n.id { object.string("id", id, to: &out) }
        if let person { object.string("middleName", person.middle, to: &out) }
        if person == nil, let name = n.name { object.string("name", name, to: &out) }
        if let personalID = n.personalID { object.string("personalId", personalID, to: &out) }
        if let position = n.position { object.string("position", position, to: &out) }
        if let sex = n.sex { object.string("sex", sex.rawValue, to: &out) }
        object.string("type", n.type.rawValue, to: &out)
        if let unit = n.unit { object.string("unit", unit, to: &out) }
        if let unitID = n.unitID { object.string("unitId", unitID, to: &out) }
        object.close(to: &out)
    }

    static func append(_ f: Facts, level: Int, to out: inout [UInt8]) {
        var object = JSONText.ObjectBytes(level: level, to: &out)
        let inner = level + 1
        if let attestations = f.attestations {
            if attestations.isExhaustive {
                object.member("attested", to: &out)
                appendStrings(attestations.attestedCodes, level: inner, to: &out)
            } else {
                object.member("attestations", to: &out)
                var answers = JSONText.ObjectBytes(level: inner, to: &out)
                for (code, answer) in attestations.answers.sorted(by: { $0.key < $1.key }) {
                    answers.member(named: code, to: &out)
                    JSONText.appendBoolean(answer, to: &out)
                }
                answers.close(to: &out)
            }
        }
        if let records = f.discipline {
            object.member("discipline", to: &out)
            appendObjects(records, level: inner, to: &out) { record, o, out in
                if let decided = record.decided { o.string("decided", decided.iso, to: &out) }
                o.string("level", record.level, to: &out)
                if let until = record.until { o.string("until", until.iso, to: &out) }
            }
        }
        if let exclusions = f.exclusions {
            object.member("exclusions", to: &out)
            appendStrings(exclusions, level: inner, to: &out)
        }
        if let history = f.history {
            object.member("history", to: &out)
            appendObjects(history, level: inner, to: &out) { award, o, out in
                o.string("award", award.award, to: &out)
                if let kind = award.kind { o.string("kind", kind.rawValue, to: &out) }
                o.integer("year", award.year, to: &out)
            }
        }
        if let initiatives = f.initiatives {
            object.member("initiatives", to: &out)
            appendObjects(initiatives, level: inner, to: &out) { initiative, o, out in
                o.string("id", initiative.id, to: &out)
                o.string("level", initiative.level, to: &out)
                if let usedFor = initiative.usedFor { o.string("usedFor", usedFor, to: &out) }
                if let year = initiative.year { o.integer("year", year, to: &out) }
            }
        }
        if let members = f.members {
            object.member("members", to: &out)
            var o = JSONText.ObjectBytes(level: inner, to: &out)
            if let value = members.chienSiThiDuaCoSo { o.integer("chienSiThiDuaCoSo", value, to: &out) }
            if let value = members.completedTasks { o.integer("completedTasks", value, to: &out) }
            if let value = members.disciplinedWarningOrAbove { o.integer("disciplinedWarningOrAbove", value, to: &out) }
            if let value = members.laoDongTienTien { o.integer("laoDongTienTien", value, to: &out) }
            if let value = members.total { o.integer("total", value, to: &out) }
            o.close(to: &out)
        }
        if let months = f.monthsWorked { object.integer("monthsWorked", months, to: &out) }
        if let pending = f.pending {
            object.member("pending", to: &out)
            var o = JSONText.ObjectBytes(level: inner, to: &out)
            if let value = pending.complaint { o.boolean("complaint", value, to: &out) }
            if let value = pending.discipline { o.boolean("discipline", value, to: &out) }
            if let value = pending.investigation { o.boolean("investigation", value, to: &out) }
            o.close(to: &out)
        }
        if let rating = f.rating { object.string("rating", rating.rawValue, to: &out) }
        if let history = f.ratingHistory {
            object.member("ratingHistory", to: &out)
            appendObjects(history.sorted { $0.key < $1.key }, level: inner, to: &out) { entry, o, out in
                o.string("rating", entry.value.rawValue, to: &out)
                o.integer("year", entry.key, to: &out)
            }
        }
        if let research = f.research {
            object.member("research", to: &out)
            appendObjects(research, level: inner, to: &out) { project, o, out in
                if let accepted = project.accepted { o.boolean("accepted", accepted, to: &out) }
                o.string("id", project.id, to: &out)
                o.string("level", project.level, to: &out)
                if let year = project.year { o.integer("year", year, to: &out) }
            }
        }
        object.close(to: &out)
    }

    /// A list whose brackets are at `level - 1`, its elements at `level`.
    static func appendArray<Element>(_ elements: [Element], level: Int, to out: inout [UInt8],
                                     _ element: (Element, inout [UInt8]) -> Void) {
        out.append(UInt8(ascii: "["))
        for (index, value) in elements.enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            out.append(0x0A)
            JSONText.appendIndent(level, to: &out)
            element(value, &out)
        }
        out.append(0x0A)
        if elements.isEmpty { out.append(0x0A) }
        JSONText.appendIndent(level - 1, to: &out)
        out.append(UInt8(ascii: "]"))
    }

    /// A list of objects whose brackets are at `level - 1`, each opened at `level` and closed
    /// around the members `members` writes (at `level + 1`).
    static func appendObjects<Element>(_ elements: [Element], level: Int, to out: inout [UInt8],
                                       _ members: (Element, inout JSONText.ObjectBytes, inout [UInt8]) -> Void) {
        appendArray(elements, level: level, to: &out) { element, out in
            var object = JSONText.ObjectBytes(level: level + 1, to: &out)
            members(element, &object, &out)
            object.close(to: &out)
        }
    }

    static func appendStrings(_ strings: [String], level: Int, to out: inout [UInt8]) {
        appendArray(strings, level: level, to: &out) { JSONText.appendQuoted($0, to: &$1) }
    }
}
