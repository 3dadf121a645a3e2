import Foundation

/// The keys of the rows an import has planned so far (a person's citizen ID, or folded name
/// and birth date; a household's head and residential group), each with the line it was first
/// seen on: how a later row is found to repeat an earlier one.
///
/// A file read whole keeps the keys themselves, in a dictionary. A streamed file of millions of
/// rows keeps a 96-bit fingerprint of each key and its line, 16 bytes a row in one flat table
/// sized for the rows expected (decision 79): the keys themselves took some 150 MB for 1.5
/// million rows in a dictionary, and a temporary SQLite table of them, a few megabytes of it in
/// memory, took half of the dry run's time. Two different keys are taken for the same one only
/// when both their fingerprints agree: about one chance in 10¹⁷ for a file of 1.5 million rows.
///
/// The streamed import's second pass needs no keys: it replays the first pass's answers, the
/// lines that repeated an earlier one (`replaying(_:)`), a bit a line.
final class SeenRows {
    private var keys: [String: Int] = [:]
    private var table: FingerprintTable?
    private let replayed: LineSet?
    /// The lines found to repeat an earlier line.
    private(set) var repeated = LineSet()

    private init(table: FingerprintTable?, replayed: LineSet? = nil) {
        self.table = table
        self.replayed = replayed
    }

    /// Keys kept whole, in memory.
    static func inMemory() -> SeenRows { SeenRows(table: nil) }

    /// Fingerprints of keys, in a table sized for `expectedRows` (it grows when there are more).
    static func fingerprints(expectedRows: Int) -> SeenRows { SeenRows(table: FingerprintTable(expected: expectedRows)) }

    /// The answers of an earlier pass over the same rows: `repeated` its lines that repeated
    /// an earlier one (their earlier line is not known: 0 is answered).
    static func replaying(_ repeated: LineSet) -> SeenRows { SeenRows(table: nil, replayed: repeated) }

    /// The line `key` was first seen on, or nil when it is new (it is then kept with `line`).
    func firstLine(of key: String, line: Int) -> Int? {
        if let replayed { return replayed.contains(line) ? 0 : nil }
        let earlier: Int?
        if table != nil {
            earlier = table!.firstLine(of: key, line: line)
        } else {
            earlier = keys[key]
            if earlier == nil { keys[key] = line }
        }
        if earlier != nil, table != nil { repeated.insert(line) }
        return earlier
    }
}

/// A set of line numbers, a bit each (a file of 1.5 million lines in 190 KB).
public struct LineSet: Sendable, Hashable {
    private var words: [UInt64] = []

    public init() {}

    mutating func insert(_ line: Int) {
        guard line >= 0 else { return }
        let word = line >> 6
        if word >= words.count { words += Array(repeating: 0, count: max(word + 1 - words.count, words.count)) }
        words[word] |= 1 << UInt64(line & 63)
    }

    func contains(_ line: Int) -> Bool {
        guard line >= 0, line >> 6 < words.count else { return false }
        return words[line >> 6] & (1 << UInt64(line & 63)) != 0
    }
}

/// An open-addressing table of 96-bit fingerprints (64 bits to place and compare, 32 more to
/// compare) and the line each was first seen on, probed linearly, at most three quarters full.
struct FingerprintTable {
    private var places: [UInt64]
    private var checks: [UInt32]
    private var lines: [UInt32]
    private var count = 0
    private var mask: Int

    /// A table that holds `expected` fingerprints without growing.
    init(expected: Int) {
        var capacity = 1024
        while capacity * 3 / 4 < expected { capacity *= 2 }
        places = Array(repeating: 0, count: capacity)
        checks = Array(repeating: 0, count: capacity)
        lines = Array(repeating: 0, count: capacity)
        mask = capacity - 1
    }

    /// The fingerprint of `key`: two SipHash values of its bytes under the process's secret
    /// seed, told apart by a first byte. A first value of 0 marks an empty place, so it is 1.
    private static func fingerprint(_ key: String) -> (place: UInt64, check: UInt32) {
        var first = Hasher(), second = Hasher()
        first.combine(UInt8(1))
        second.combine(UInt8(2))
        var key = key
        key.withUTF8 { bytes in
            first.combine(bytes: UnsafeRawBufferPointer(bytes))
            second.combine(bytes: UnsafeRawBufferPointer(bytes))
        }
        let place = UInt64(bitPattern: Int64(first.finalize()))
        return (place == 0 ? 1 : place, UInt32(truncatingIfNeeded: second.finalize()))
    }

    /// The line `key` was first seen on, or nil when it is new (then kept with `line`).
    mutating func firstLine(of key: String, line: Int) -> Int? {
        let (place, check) = Self.fingerprint(key)
        var index = Int(truncatingIfNeeded: place) & mask
        while places[index] != 0 {
            if places[index] == place, checks[index] == check { return Int(lines[index]) }
            index = (index + 1) & mask
        }
        places[index] = place
        checks[index] = check
        lines[index] = UInt32(clamping: line)
        count += 1
        if count > (mask + 1) * 3 / 4 { grow() }
        return nil
    }

    /// Doubles the table, placing every fingerprint again.
    private mutating func grow() {
        let (oldPlaces, oldChecks, oldLines) = (places, checks, lines)
        let capacity = (mask + 1) * 2
        places = Array(repeating: 0, count: capacity)
        checks = Array(repeating: 0, count: capacity)
        lines = Array(repeating: 0, count: capacity)
        mask = capacity - 1
        for old in oldPlaces.indices where oldPlaces[old] != 0 {
            var index = Int(truncatingIfNeeded: oldPlaces[old]) & mask
            while places[index] != 0 { index = (index + 1) & mask }
            places[index] = oldPlaces[old]
            checks[index] = oldChecks[old]
            lines[index] = oldLines[old]
        }
    }
}
