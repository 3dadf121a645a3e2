import Foundation

/// A calendar date without time or zone (a birth date, the day a file was received).
public struct CivilDate: Hashable, Sendable, Comparable, Codable, CustomStringConvertible {
    /// Year, e.g. 2026.
    public let year: Int
    /// Month 1–12.
    public let month: Int
    /// Day 1–31.
    public let day: Int

    /// A date, or nil when it does not exist (31/02, month 13…).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              day >= 1, day <= CivilDate.daysIn(month: month, year: year) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses ISO `YYYY-MM-DD`.
    public init?(iso text: String) {
        // The stored form, read for every row of an export: ten ASCII bytes, read as bytes.
        var text = text
        if let parsed = text.withUTF8({ bytes -> (Int, Int, Int)? in
            guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return nil }
            func number(_ range: Range<Int>) -> Int? {
                var value = 0
                for index in range {
                    let byte = bytes[index]
                    guard byte >= 0x30, byte <= 0x39 else { return nil }
                    value = value * 10 + Int(byte - 0x30)
                }
                return value
            }
            guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10) else { return nil }
            return (year, month, day)
        }) {
            self.init(year: parsed.0, month: parsed.1, day: parsed.2)
            return
        }
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy(Self.isDigits),
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// Parses the Vietnamese form `dd/mm/yyyy` (one or two digits for day and month).
    public init?(vietnamese text: String) {
        // Read as bytes: an import reads a birth date on each of 100 000 rows. Spaces other
        // than ASCII ones (a no-break space around the date) are trimmed as before.
        let bytes = text.utf8.contains(where: { $0 >= 0x80 }) ? Array(text.trimmingCharacters(in: .whitespaces).utf8) : Array(text.utf8)
        func isBlank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }
        var start = 0, end = bytes.count
        while start < end, isBlank(bytes[start]) { start += 1 }
        while end > start, isBlank(bytes[end - 1]) { end -= 1 }
        var numbers: [Int] = [], digits: [Int] = []
        var value = 0, count = 0
        for byte in bytes[start..<end] {
            if byte == UInt8(ascii: "/") {
                numbers.append(value)
                digits.append(count)
                value = 0
                count = 0
            } else if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
                guard count < 4 else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
                count += 1
            } else {
                return nil
            }
        }
        numbers.append(value)
        digits.append(count)
        guard numbers.count == 3, (1...2).contains(digits[0]), (1...2).contains(digits[1]), digits[2] == 4 else { return nil }
        self.init(year: numbers[2], month: numbers[1], day: numbers[0])
    }

    /// True when `part` is made of ASCII digits only (no sign, no space).
    private static func isDigits(_ part: Substring) -> Bool {
        !part.isEmpty && part.allSatisfy { $0.isASCII && $0.isNumber }
    }

    /// Days in a month of a year (Gregorian).
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// `YYYY-MM-DD`.
    public var iso: String { year.zeroPadded(to: 4) + "-" + month.zeroPadded(to: 2) + "-" + day.zeroPadded(to: 2) }
    /// `dd/mm/yyyy`.
    public var vietnamese: String { day.zeroPadded(to: 2) + "/" + month.zeroPadded(to: 2) + "/" + year.zeroPadded(to: 4) }
    /// `dd/mm`: the day and month alone (a deadline within the year).
    public var dayAndMonth: String { day.zeroPadded(to: 2) + "/" + month.zeroPadded(to: 2) }
    /// ISO form.
    public var description: String { iso }

    public static func < (a: CivilDate, b: CivilDate) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }

    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let date = CivilDate(iso: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                                                    debugDescription: "expected a date YYYY-MM-DD, found \"\(text)\""))
        }
        self = date
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(iso)
    }
}

/// Where "today" comes from: the system clock in the desk, a fixed day in tests.
public protocol Clock: Sendable {
    /// The current instant.
    func now() -> Date
    /// Today's date in the local calendar.
    func today() -> CivilDate
}

/// The machine's clock, in the local time zone.
public struct SystemClock: Clock {
    /// Creates the system clock.
    public init() {}
    public func now() -> Date { Date() }
    public func today() -> CivilDate {
        let parts = Calendar(identifier: .gregorian).dateComponents([.year, .month, .day], from: Date())
        return CivilDate(year: parts.year ?? 2000, month: parts.month ?? 1, day: parts.day ?? 1) ?? CivilDate(year: 2000, month: 1, day: 1)!
    }
}

/// A clock stopped at one instant (tests, snapshots).
public struct FixedClock: Clock {
    /// The day it shows.
    public let day: CivilDate
    /// Stops the clock at noon UTC of `day`.
    public init(_ day: CivilDate) { self.day = day }
    public func now() -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar.date(from: DateComponents(year: day.year, month: day.month, day: day.day, hour: 12)) ?? Date(timeIntervalSince1970: 0)
    }
    public func today() -> CivilDate { day }
}

extension Int {
    /// The number with zeros in front up to `width` digits ("7" → "07"): cheaper than a format
    /// string, which counts where a date or time is written for every row of an import.
    public func zeroPadded(to width: Int) -> String {
        let digits = String(self)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }
}
