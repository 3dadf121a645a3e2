import Commendation
import Foundation

/// The facts of nominations decoded once per distinct text while a long read goes through
/// them: an export or a review of a province reads a million nominations whose facts are
/// mostly the same few texts (a household's three attestations, a worker's rating), and
/// decoding each with `JSONDecoder` was a seventh of an export's time. Holds at most
/// `capacity` texts, and starts again when full, so that its memory stays small.
final class FactsCache {
    private var known: [String: Facts] = [:]
    private let capacity: Int

    init(capacity: Int = 1_024) {
        self.capacity = capacity
    }

    /// The facts of `text` ("{}" or the stored JSON; unreadable JSON as no facts).
    func facts(_ text: String) -> Facts {
        if text == "{}" { return Facts() }
        if let facts = known[text] { return facts }
        let facts = (try? JSONDecoder().decode(Facts.self, from: Data(text.utf8))) ?? Facts()
        if known.count >= capacity { known.removeAll(keepingCapacity: true) }
        known[text] = facts
        return facts
    }
}
