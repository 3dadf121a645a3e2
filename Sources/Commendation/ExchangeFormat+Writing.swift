import Foundation
import VietnameseText

extension ExchangeFormat {
    /// Writes nominations as an exchange-format batch, `{"version": 1, "nominations": [...]}`,
    /// UTF-8, keys sorted, two-space indents: what `tdkt export --format json` prints and
    /// `tdkt import` reads back. tdkt adds its own keys `status`, `receivedOn` and `note`, the
    /// nominee's `unitId` and `groupId`, and `references` (when not empty): the units, groups and
    /// movements the nominations name, so that the file imports into a store that lacks them.
    public static func write(_ nominations: [ExchangeNomination], references: ExchangeReferences = ExchangeReferences()) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(Batch(nominations: nominations.map(WrittenNomination.init),
                                        references: references.isEmpty ? nil : WrittenReferences(value: references)))
    }

    /// The `references` object as `write(_:references:)` writes it, at the top level.
    static func referencesText(_ references: ExchangeReferences) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(WrittenReferences(value: references)), as: UTF8.self)
    }
}

private struct Batch: Encodable {
    let version = 1
    let nominations: [WrittenNomination]
    let references: WrittenReferences?

    enum Key: String, CodingKey { case version, nominations, references }

    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Key.self)
        try c.encode(version, forKey: .version)
        try c.encode(nominations, forKey: .nominations)
        try c.encodeIfPresent(references, forKey: .references)
    }
}

private struct WrittenReferences: Encodable {
    let value: ExchangeReferences

    enum Key: String, CodingKey { case groups, units, movements }
    enum EntryKey: String, CodingKey { case id, name, groupId, kind, fromYear, toYear }

    struct Entry: Encodable {
        let reference: ExchangeReference
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: EntryKey.self)
            try c.encode(reference.id, forKey: .id)
            try c.encode(reference.name, forKey: .name)
            try c.encodeIfPresent(reference.groupID, forKey: .groupId)
        }
    }

    struct WrittenMovement: Encodable {
        let movement: Movement
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: EntryKey.self)
            try c.encode(movement.id, forKey: .id)
            try c.encode(movement.name, forKey: .name)
            try c.encode(movement.kind.rawValue, forKey: .kind)
            try c.encodeIfPresent(movement.from, forKey: .fromYear)
            try c.encodeIfPresent(movement.to, forKey: .toYear)
        }
    }

    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Key.self)
        if !value.groups.isEmpty { try c.encode(value.groups.map(Entry.init), forKey: .groups) }
        if !value.units.isEmpty { try c.encode(value.units.map(Entry.init), forKey: .units) }
        if !value.movements.isEmpty { try c.encode(value.movements.map(WrittenMovement.init), forKey: .movements) }
    }
}

private struct WrittenNomination: Encodable {
    let value: ExchangeNomination

    init(_ value: ExchangeNomination) { self.value = value }

    enum Key: String, CodingKey {
        case id, year, award, kind, movement, nominee, facts, status, receivedOn, note
    }

    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Key.self)
        try c.encodeIfPresent(value.id, forKey: .id)
        try c.encode(value.year, forKey: .year)
        try c.encode(value.award, forKey: .award)
        try c.encode(value.kind.rawValue, forKey: .kind)
        try c.encodeIfPresent(value.movement, forKey: .movement)
        try c.encode(WrittenNominee(value.nominee), forKey: .nominee)
        try c.encode(value.facts, forKey: .facts)
        try c.encodeIfPresent(value.status?.rawValue, forKey: .status)
        try c.encodeIfPresent(value.receivedOn?.iso, forKey: .receivedOn)
        try c.encodeIfPresent(value.note.flatMap { $0.isEmpty ? nil : $0 }, forKey: .note)
    }
}

private struct WrittenNominee: Encodable {
    let value: ExchangeNominee

    init(_ value: ExchangeNominee) { self.value = value }

    enum Key: String, CodingKey {
        case type, id, familyName, middleName, givenName, sex, birthDate, personalId, position, unit, name, head, group, unitId, groupId
    }

    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Key.self)
        try c.encode(value.type.rawValue, forKey: .type)
        try c.encodeIfPresent(value.id, forKey: .id)
        if value.type == .person, let name = value.personName {
            try c.encode(name.family, forKey: .familyName)
            try c.encode(name.middle, forKey: .middleName)
            try c.encode(name.given, forKey: .givenName)
        } else {
            try c.encodeIfPresent(value.name, forKey: .name)
        }
        try c.encodeIfPresent(value.sex?.rawValue, forKey: .sex)
        try c.encodeIfPresent(value.birthDate?.iso, forKey: .birthDate)
        try c.encodeIfPresent(value.personalID, forKey: .personalId)
        try c.encodeIfPresent(value.position, forKey: .position)
        try c.encodeIfPresent(value.unit, forKey: .unit)
        if let head = value.head {
            try c.encode(["familyName": head.family, "middleName": head.middle, "givenName": head.given], forKey: .head)
        }
        try c.encodeIfPresent(value.group, forKey: .group)
        try c.encodeIfPresent(value.unitID, forKey: .unitId)
        try c.encodeIfPresent(value.groupID, forKey: .groupId)
    }
}
