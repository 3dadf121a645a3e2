/// A checkable condition over a nomination's facts, written in the rulebook's JSON as a small
/// object a council secretary can read:
///
/// | JSON | meaning |
/// |---|---|
/// | `{"rating": {"atLeast": "tot"}}` | the year's task rating is at least "tốt" |
/// | `{"noPendingMatters": true}` | no discipline review, investigation or complaint under way |
/// | `{"attested": "law-abiding"}` | the clerk attests the code |
/// | `{"movementGiven": true}` | the nomination names an emulation movement |
/// | `{"anyOf": [ … ]}` | one of the conditions holds |
/// | `{"allOf": [ … ]}` | all of the conditions hold |
public indirect enum Condition: Sendable, Hashable {
    /// The task rating is at least the given one.
    case ratingAtLeast(TaskRating)
    /// No matter under way (principle 1).
    case noPendingMatters
    /// The clerk attests the code.
    case attested(String)
    /// The nomination names a movement.
    case movementGiven
    /// One alternative holds.
    case anyOf([Condition])
    /// All hold.
    case allOf([Condition])
}

extension Condition: Codable {
    private struct AnyKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    private struct RatingBound: Codable {
        var atLeast: TaskRating
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: AnyKey.self)
        guard container.allKeys.count == 1, let key = container.allKeys.first else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                                                    debugDescription: "a condition has exactly one key"))
        }
        switch key.stringValue {
        case "rating": self = .ratingAtLeast(try container.decode(RatingBound.self, forKey: key).atLeast)
        case "noPendingMatters":
            try Self.requireTrue(container, key)
            self = .noPendingMatters
        case "attested": self = .attested(try container.decode(String.self, forKey: key))
        case "movementGiven":
            try Self.requireTrue(container, key)
            self = .movementGiven
        case "anyOf": self = .anyOf(try container.decode([Condition].self, forKey: key))
        case "allOf": self = .allOf(try container.decode([Condition].self, forKey: key))
        default:
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath + [key],
                                                    debugDescription: "unknown condition \"\(key.stringValue)\""))
        }
    }

    /// Flag conditions are written `true`; anything else is a mistake in the rulebook.
    private static func requireTrue(_ container: KeyedDecodingContainer<AnyKey>, _ key: AnyKey) throws {
        guard try container.decode(Bool.self, forKey: key) else {
            throw DecodingError.dataCorruptedError(forKey: key, in: container,
                                                   debugDescription: "\"\(key.stringValue)\" takes the value true only")
        }
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: AnyKey.self)
        switch self {
        case .ratingAtLeast(let rating): try container.encode(RatingBound(atLeast: rating), forKey: AnyKey(stringValue: "rating"))
        case .noPendingMatters: try container.encode(true, forKey: AnyKey(stringValue: "noPendingMatters"))
        case .attested(let code): try container.encode(code, forKey: AnyKey(stringValue: "attested"))
        case .movementGiven: try container.encode(true, forKey: AnyKey(stringValue: "movementGiven"))
        case .anyOf(let list): try container.encode(list, forKey: AnyKey(stringValue: "anyOf"))
        case .allOf(let list): try container.encode(list, forKey: AnyKey(stringValue: "allOf"))
        }
    }

    /// The facts the condition reads, so that a form can ask for exactly those: "rating",
    /// "pending", "movement", or "attested:<code>".
    public var factsNeeded: [String] {
        switch self {
        case .ratingAtLeast: return ["rating"]
        case .noPendingMatters: return ["pending"]
        case .attested(let code): return ["attested:" + code]
        case .movementGiven: return ["movement"]
        case .anyOf(let list), .allOf(let list): return list.flatMap(\.factsNeeded)
        }
    }
}
