/// The JSON form of conditions (see `Condition`).
extension Condition: Codable {
    struct Key: CodingKey, Hashable {
        var stringValue: String
        var intValue: Int? { nil }
        init(_ string: String) { stringValue = string }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    private struct RatingBound: Codable { var atLeast: TaskRating }
    private struct RatingInYear: Codable { var offset: Int; var atLeast: TaskRating }
    private struct Minimum: Codable { var atLeast: Threshold }
    private struct Share: Codable { var of: MemberField; var atLeast: Threshold }
    private struct Count: Codable { var of: MemberField; var atLeast: Threshold?; var atMost: Threshold? }
    private struct Innovations: Codable {
        var from: [InnovationSource]
        var minLevel: RecognitionLevel
        var years: Int
        var atLeast: Threshold
    }
    private struct Awards: Codable { var awards: [String] }
    private struct Chain: Codable { var awards: [String]; var years: Int }
    private struct Quota: Codable { var relativeTo: [String]; var atMostPercent: Threshold }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: Key.self)
        let keys = Set(c.allKeys.map(\.stringValue))
        if keys.contains("if") {
            guard keys.isSubset(of: ["if", "then", "else"]), keys.contains("then") else {
                throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                                                        debugDescription: "an \"if\" condition has \"if\", \"then\" and optionally \"else\""))
            }
            self = .ifThen(try c.decode(Condition.self, forKey: Key("if")), then: try c.decode(Condition.self, forKey: Key("then")),
                           otherwise: try c.decodeIfPresent(Condition.self, forKey: Key("else")))
            return
        }
        guard c.allKeys.count == 1, let key = c.allKeys.first else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                                                    debugDescription: "a condition has exactly one key, found \(keys.sorted())"))
        }
        switch key.stringValue {
        case "rating": self = .ratingAtLeast(try c.decode(RatingBound.self, forKey: key).atLeast)
        case "ratingInYear":
            let value = try c.decode(RatingInYear.self, forKey: key)
            self = .ratingInYear(offset: value.offset, atLeast: value.atLeast)
        case "noPendingMatters": try Self.requireTrue(c, key); self = .noPendingMatters
        case "attested": self = .attested(try c.decode(String.self, forKey: key))
        case "movementGiven": try Self.requireTrue(c, key); self = .movementGiven
        case "monthsWorked": self = .monthsWorked(atLeast: try c.decode(Minimum.self, forKey: key).atLeast)
        case "memberShare":
            let value = try c.decode(Share.self, forKey: key)
            self = .memberShare(value.of, atLeast: value.atLeast)
        case "memberCount":
            let value = try c.decode(Count.self, forKey: key)
            guard value.atLeast != nil || value.atMost != nil else {
                throw DecodingError.dataCorruptedError(forKey: key, in: c, debugDescription: "memberCount needs atLeast or atMost")
            }
            self = .memberCount(value.of, atLeast: value.atLeast, atMost: value.atMost)
        case "noExclusions": try Self.requireTrue(c, key); self = .noExclusions
        case "disciplineServed": try Self.requireTrue(c, key); self = .disciplineServed
        case "innovations":
            let value = try c.decode(Innovations.self, forKey: key)
            guard !value.from.isEmpty, value.years >= 1 else {
                throw DecodingError.dataCorruptedError(forKey: key, in: c, debugDescription: "innovations needs a source and years ≥ 1")
            }
            self = .innovations(from: value.from, minLevel: value.minLevel, years: value.years, atLeast: value.atLeast)
        case "holds": self = .holds(awards: try c.decode(Awards.self, forKey: key).awards)
        case "chain":
            let value = try c.decode(Chain.self, forKey: key)
            guard value.years >= 1, value.years <= 50 else {
                throw DecodingError.dataCorruptedError(forKey: key, in: c, debugDescription: "chain years must be 1…50")
            }
            self = .chain(awards: value.awards, years: value.years)
        case "notDuplicated": try Self.requireTrue(c, key); self = .notDuplicated
        case "roundQuota":
            let value = try c.decode(Quota.self, forKey: key)
            self = .roundQuota(relativeTo: value.relativeTo, atMostPercent: value.atMostPercent)
        case "given": self = .given(try c.decode(String.self, forKey: key))
        case "anyOf": self = .anyOf(try c.decode([Condition].self, forKey: key))
        case "allOf": self = .allOf(try c.decode([Condition].self, forKey: key))
        default:
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath + [key],
                                                    debugDescription: "unknown condition \"\(key.stringValue)\""))
        }
    }

    /// Flag conditions are written `true`; anything else is a mistake in the rulebook.
    private static func requireTrue(_ c: KeyedDecodingContainer<Key>, _ key: Key) throws {
        guard try c.decode(Bool.self, forKey: key) else {
            throw DecodingError.dataCorruptedError(forKey: key, in: c, debugDescription: "\"\(key.stringValue)\" takes the value true only")
        }
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Key.self)
        switch self {
        case .ratingAtLeast(let rating): try c.encode(RatingBound(atLeast: rating), forKey: Key("rating"))
        case .ratingInYear(let offset, let rating): try c.encode(RatingInYear(offset: offset, atLeast: rating), forKey: Key("ratingInYear"))
        case .noPendingMatters: try c.encode(true, forKey: Key("noPendingMatters"))
        case .attested(let code): try c.encode(code, forKey: Key("attested"))
        case .movementGiven: try c.encode(true, forKey: Key("movementGiven"))
        case .monthsWorked(let minimum): try c.encode(Minimum(atLeast: minimum), forKey: Key("monthsWorked"))
        case .memberShare(let field, let minimum): try c.encode(Share(of: field, atLeast: minimum), forKey: Key("memberShare"))
        case .memberCount(let field, let low, let high): try c.encode(Count(of: field, atLeast: low, atMost: high), forKey: Key("memberCount"))
        case .noExclusions: try c.encode(true, forKey: Key("noExclusions"))
        case .disciplineServed: try c.encode(true, forKey: Key("disciplineServed"))
        case .innovations(let from, let level, let years, let minimum):
            try c.encode(Innovations(from: from, minLevel: level, years: years, atLeast: minimum), forKey: Key("innovations"))
        case .holds(let awards): try c.encode(Awards(awards: awards), forKey: Key("holds"))
        case .chain(let awards, let years): try c.encode(Chain(awards: awards, years: years), forKey: Key("chain"))
        case .notDuplicated: try c.encode(true, forKey: Key("notDuplicated"))
        case .roundQuota(let relativeTo, let share): try c.encode(Quota(relativeTo: relativeTo, atMostPercent: share), forKey: Key("roundQuota"))
        case .given(let fact): try c.encode(fact, forKey: Key("given"))
        case .ifThen(let test, let then, let otherwise):
            try c.encode(test, forKey: Key("if"))
            try c.encode(then, forKey: Key("then"))
            try c.encodeIfPresent(otherwise, forKey: Key("else"))
        case .anyOf(let list): try c.encode(list, forKey: Key("anyOf"))
        case .allOf(let list): try c.encode(list, forKey: Key("allOf"))
        }
    }
}

extension Threshold: Codable {
    public init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        if let text = try? c.decode(String.self) {
            guard text == "$value" else {
                throw DecodingError.dataCorruptedError(in: c, debugDescription: "a threshold is a number or \"$value\", found \"\(text)\"")
            }
            self = .parameter
        } else {
            let number = try c.decode(Double.self)
            guard number.isFinite else { throw DecodingError.dataCorruptedError(in: c, debugDescription: "a threshold must be finite") }
            self = .fixed(number)
        }
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        switch self {
        case .fixed(let number): try c.encode(number)
        case .parameter: try c.encode("$value")
        }
    }
}
