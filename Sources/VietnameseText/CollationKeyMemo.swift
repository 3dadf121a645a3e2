/// Collation keys of texts met again and again (the parts of people's names), each made once.
/// Kept by one task for one piece of work (an import); it holds at most `capacity` texts and
/// starts again when full, so that its memory stays bounded.
public final class CollationKeyMemo {
    private var keys: [String: CollationKey] = [:]
    private let capacity: Int

    /// A memo of at most `capacity` texts.
    public init(capacity: Int = 20_000) {
        self.capacity = capacity
    }

    /// The key of `text`, as `VietnameseCollation.key(text)`.
    public func key(_ text: String) -> CollationKey {
        if let known = keys[text] { return known }
        if keys.count >= capacity { keys.removeAll(keepingCapacity: true) }
        let key = VietnameseCollation.key(text)
        keys[text] = key
        return key
    }
}
