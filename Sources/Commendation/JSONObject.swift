/// The members of a JSON object, in the order they were written, each key once.
///
/// A dictionary hashes every key as it is built and each time it is read; the objects of an
/// exchange file have a dozen keys or fewer, and comparing a key with each member's (Swift keeps
/// a key of up to 15 bytes inside the string itself) is quicker. An object of more than
/// `indexedFrom` members keeps an index by key as well, so that a large one is never searched
/// member by member.
///
/// Two objects are equal when they hold the same keys with equal values, in any order.
public struct JSONObject: Sendable, Hashable, Sequence, ExpressibleByDictionaryLiteral {
    /// One member: a key and its value.
    public typealias Element = (key: String, value: JSONValue)

    private var members: [Member] = []
    /// Each key's place in `members`, once there are more than `indexedFrom` of them.
    private var index: [String: Int]?

    fileprivate struct Member: Sendable {
        var key: String
        var value: JSONValue
    }

    /// From how many members an object keeps an index by key.
    static let indexedFrom = 16

    /// An empty object.
    public init() {}

    /// An object of `elements` (a key given twice keeps its last value).
    public init(dictionaryLiteral elements: (String, JSONValue)...) {
        for (key, value) in elements { self[key] = value }
    }

    /// How many members the object has.
    public var count: Int { members.count }

    /// Whether the object has no member.
    public var isEmpty: Bool { members.isEmpty }

    /// The keys, in the order they were written.
    public var keys: [String] { members.map(\.key) }

    /// Room for `count` members without growing.
    public mutating func reserveCapacity(_ count: Int) {
        members.reserveCapacity(count)
    }

    /// Where `key` stands among the members, if it is one.
    func place(of key: String) -> Int? {
        if let index { return index[key] }
        return members.firstIndex { $0.key == key }
    }

    /// The value of `key`, or nil when the object has no such key; setting nil removes it.
    public subscript(key: String) -> JSONValue? {
        get {
            place(of: key).map { members[$0].value }
        }
        set {
            if let place = place(of: key) {
                if let newValue {
                    members[place].value = newValue
                } else {
                    members.remove(at: place)
                    index = nil
                    reindex()
                }
            } else if let newValue {
                append(key, newValue)
            }
        }
    }

    /// Adds `key`, which the object must not have yet, with `value`.
    mutating func append(_ key: String, _ value: JSONValue) {
        members.append(Member(key: key, value: value))
        if index != nil {
            index?[key] = members.count - 1
        } else if members.count > Self.indexedFrom {
            reindex()
        }
    }

    private mutating func reindex() {
        guard members.count > Self.indexedFrom else { return }
        var made: [String: Int] = [:]
        made.reserveCapacity(members.count * 2)
        for (place, member) in members.enumerated() { made[member.key] = place }
        index = made
    }

    /// The members in the order they were written.
    public func makeIterator() -> Iterator {
        Iterator(members: members.makeIterator())
    }

    /// Walks the members in the order they were written.
    public struct Iterator: IteratorProtocol {
        fileprivate var members: IndexingIterator<[Member]>

        public mutating func next() -> Element? {
            members.next().map { ($0.key, $0.value) }
        }
    }

    public static func == (lhs: JSONObject, rhs: JSONObject) -> Bool {
        guard lhs.count == rhs.count else { return false }
        return lhs.members.allSatisfy { rhs[$0.key] == $0.value }
    }

    public func hash(into hasher: inout Hasher) {
        // Order-free: each member hashed alone, the results summed.
        var sum = 0
        for member in members {
            var one = Hasher()
            one.combine(member.key)
            one.combine(member.value)
            sum &+= one.finalize()
        }
        hasher.combine(count)
        hasher.combine(sum)
    }
}
