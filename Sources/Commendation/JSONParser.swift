import Foundation
import VietnameseText

/// tdkt's own reader of JSON (RFC 8259) into a `JSONValue`, so that every error says where it
/// is and what was wrong there, in Vietnamese and English:
///
/// - the text must be UTF-8 (a byte-order mark at the start is skipped); a byte that is not
///   is reported with its line and its byte in the line;
/// - a key given twice in one object is an error at the second one (a reader that keeps the
///   first or the last silently loses data: `"nominations": []` twice read as no nominations);
/// - a number too large for a double (`1e400`) is an error at the number;
/// - containers nest at most `maximumDepth` deep;
/// - an empty file, a truncated one, a stray character after the value, a raw control
///   character or a lone surrogate in a string: each is an error at its line and column.
///
/// Integers that fit an `Int` are `.integer`; any other number (with a fraction or an exponent,
/// or too large for an `Int`) is `.number`. Strings are kept as written (not normalised).
///
/// The same walk can note where values stand (`positions(of:in:)`), which places an error the
/// exchange-format reader finds in a value that parsed well.
public struct JSONParser {
    /// How deep arrays and objects may nest.
    public static let maximumDepth = 128

    /// Parses `data`.
    /// - Throws: `JSONSyntaxError` with the line and column (and byte in the line) of the problem.
    public static func parse(_ data: Data) throws -> JSONValue {
        try withParser(data, targets: []) { parser in try parser.document() }
    }

    /// Where each value of `paths` begins in `data` (a path absent from the document has no
    /// entry); the document is parsed whole, in one pass. With `streamingArray`, the elements
    /// of the array at that key of the top-level object are let go as soon as they are read, as
    /// `parse(_:streamingArray:element:)` lets them go: the place of an error late in a file of
    /// 86 MB took 369 MB when its whole tree was built. `element` is told of each such element's
    /// bytes once it is read.
    /// - Throws: `JSONSyntaxError` when `data` is not JSON.
    public static func positions(of paths: Set<[JSONPathComponent]>, in data: Data, streamingArray key: String? = nil,
                                 element: (Range<Int>) -> Void = { _ in }) throws -> [[JSONPathComponent]: JSONPosition] {
        try withoutActuallyEscaping(element) { element in
            try withParser(data, targets: paths) { parser in
                if let key {
                    parser.streamedKey = key
                    parser.streamedElement = { _, _, bytes in element(bytes) }
                }
                _ = try parser.document()
                return parser.found
            }
        }
    }

    /// Parses `data`, handing each element of the array at `key` of the top-level object to
    /// `element` (its index and value) as soon as it is read, instead of keeping it: that array
    /// is empty in the value returned. A file of 15 000 nominations is never a tree whole.
    /// - Throws: `JSONSyntaxError`; whatever `element` throws.
    public static func parse(_ data: Data, streamingArray key: String, element: (Int, JSONValue) throws -> Void) throws -> JSONValue {
        try parse(data, streamingArray: key) { index, value, _ in try element(index, value) }
    }

    /// Parses `data` as `parse(_:streamingArray:element:)` does, handing each element also the
    /// bytes it stands in (offsets from the first byte of `data`, the element's first byte to
    /// the one after its last), so that it can be parsed again from them alone.
    /// - Throws: `JSONSyntaxError`; whatever `element` throws.
    public static func parse(_ data: Data, streamingArray key: String,
                             element: (Int, JSONValue, Range<Int>) throws -> Void) throws -> JSONValue {
        try withoutActuallyEscaping(element) { element in
            try withParser(data, targets: []) { parser in
                parser.streamedKey = key
                parser.streamedElement = element
                return try parser.document()
            }
        }
    }

    /// Parses `data` as `parse(_:streamingArray:element:)` does, but moves past each element of
    /// the array at `key` without reading it, handing `element` its index and the bytes it stands
    /// in: what `ParallelMap` needs to read the elements on several threads. An element's end is
    /// found by its quotes and brackets alone, nothing else in it is checked: a caller must parse
    /// each element's bytes, which says whatever is wrong there. (A text that is not JSON may
    /// then be cut elsewhere than a full parse would cut it, but one of its pieces fails to parse.)
    /// - Throws: `JSONSyntaxError`; whatever `element` throws.
    public static func parse(_ data: Data, skippingArray key: String, element: (Int, Range<Int>) throws -> Void) throws -> JSONValue {
        try withoutActuallyEscaping(element) { element in
            try withParser(data, targets: []) { parser in
                parser.skippedKey = key
                parser.skippedElement = element
                return try parser.document()
            }
        }
    }

    private static func withParser<T>(_ data: Data, targets: Set<[JSONPathComponent]>, _ body: (inout JSONParser) throws -> T) throws -> T {
        try data.withUnsafeBytes { raw in
            var parser = JSONParser(bytes: raw.bindMemory(to: UInt8.self), targets: targets)
            return try body(&parser)
        }
    }

    // MARK: State

    private let bytes: UnsafeBufferPointer<UInt8>
    private var index = 0
    private var line = 1
    /// Index of the first byte of the current line.
    private var lineStart = 0
    /// The column (in characters, from 1) of `columnIndex`, counted forward as positions are
    /// asked for, so that a long line is counted once.
    private var columnIndex = 0
    private var column = 1
    /// Paths whose positions are wanted, the path of the value being read, and what was found.
    private let targets: Set<[JSONPathComponent]>
    private var path: [JSONPathComponent] = []
    private var found: [[JSONPathComponent]: JSONPosition] = [:]
    /// The top-level object's key whose array is handed out element by element, and to what.
    private var streamedKey: String?
    private var streamedElement: ((Int, JSONValue, Range<Int>) throws -> Void)?
    /// The top-level object's key whose array's elements are skipped, and what is told of each.
    private var skippedKey: String?
    private var skippedElement: ((Int, Range<Int>) throws -> Void)?
    /// Where each key of the objects being read stood (`object(depth:)`), outermost first.
    private var keyPlaces: [KeyPlace] = []

    private struct KeyPlace {
        var index: Int
        var line: Int
        var lineStart: Int
    }

    private init(bytes: UnsafeBufferPointer<UInt8>, targets: Set<[JSONPathComponent]>) {
        self.bytes = bytes
        self.targets = targets
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            index = 3
            lineStart = 3
            columnIndex = 3
        }
    }

    private var current: UInt8? { index < bytes.count ? bytes[index] : nil }

    /// The position of `at` (an index on the current line, at or after any asked before).
    private mutating func position(_ at: Int? = nil) -> JSONPosition {
        let target = at ?? index
        if columnIndex < lineStart || columnIndex > target {
            columnIndex = lineStart
            column = 1
        }
        while columnIndex < target {
            if bytes[columnIndex] & 0xC0 != 0x80 { column += 1 }
            columnIndex += 1
        }
        // A continuation byte stands in the character its lead byte began.
        var shown = column
        if target < bytes.count, target > lineStart, bytes[target] & 0xC0 == 0x80 { shown -= 1 }
        return JSONPosition(line: line, column: shown, byte: target - lineStart + 1)
    }

    /// The position of `index`, on the line numbered `line` that begins at `lineStart`, counted
    /// afresh (an earlier place, for a message).
    private static func place(of index: Int, line: Int, lineStart: Int, in bytes: UnsafeBufferPointer<UInt8>) -> JSONPosition {
        var column = 1
        for offset in lineStart..<index where bytes[offset] & 0xC0 != 0x80 { column += 1 }
        return JSONPosition(line: line, column: column, byte: index - lineStart + 1)
    }

    private mutating func fail(_ reason: LocalizedText, at: Int? = nil) -> JSONSyntaxError {
        JSONSyntaxError(position: position(at), reason: reason)
    }

    // MARK: Grammar

    private mutating func document() throws -> JSONValue {
        skipWhitespace()
        guard current != nil else {
            throw fail(LocalizedText(vi: "tệp trống: không có giá trị JSON nào", en: "empty file: no JSON value"))
        }
        let value = try self.value(depth: 0)
        skipWhitespace()
        if current != nil {
            throw fail(LocalizedText(vi: "thừa \(shown()) sau giá trị JSON (một tệp chỉ có một giá trị)",
                                     en: "\(shown()) after the JSON value (a file holds one value)"))
        }
        return value
    }

    private mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0D: index += 1
            case 0x0A:
                index += 1
                line += 1
                lineStart = index
            default: return
            }
        }
    }

    private mutating func value(depth: Int) throws -> JSONValue {
        guard let byte = current else {
            throw fail(LocalizedText(vi: "tệp kết thúc khi còn thiếu một giá trị", en: "the text ends where a value should be"))
        }
        if !targets.isEmpty, targets.contains(path) { found[path] = position() }
        switch byte {
        case UInt8(ascii: "{"): return try object(depth: depth + 1)
        case UInt8(ascii: "["): return try array(depth: depth + 1)
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "t"): try literal("true"); return .bool(true)
        case UInt8(ascii: "f"): try literal("false"); return .bool(false)
        case UInt8(ascii: "n"): try literal("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try number()
        default:
            throw fail(LocalizedText(vi: "gặp \(shown()), cần một giá trị (chuỗi, số, true, false, null, { hoặc [)",
                                     en: "found \(shown()), expected a value (string, number, true, false, null, { or [)"))
        }
    }

    private mutating func checkDepth(_ depth: Int) throws {
        if depth > Self.maximumDepth {
            throw fail(LocalizedText(vi: "lồng quá \(Self.maximumDepth) cấp", en: "nested more than \(Self.maximumDepth) deep"))
        }
    }

    private mutating func object(depth: Int) throws -> JSONValue {
        try checkDepth(depth)
        index += 1
        var members = JSONObject()
        // Where each key of this object stood, in order, on the stack all objects share (no
        // list of its own per object); made into a line and column only when a key repeats.
        let placesStart = keyPlaces.count
        defer { keyPlaces.removeSubrange(placesStart...) }
        skipWhitespace()
        if current == UInt8(ascii: "}") {
            index += 1
            return .object(members)
        }
        members.reserveCapacity(8)
        while true {
            skipWhitespace()
            guard current == UInt8(ascii: "\"") else {
                throw fail(current == nil
                    ? LocalizedText(vi: "tệp kết thúc giữa một đối tượng (thiếu })", en: "the text ends inside an object (a } is missing)")
                    : LocalizedText(vi: "gặp \(shown()), cần tên khóa trong ngoặc kép", en: "found \(shown()), expected a key in double quotes"))
            }
            let keyIndex = index
            let key = try string()
            if let repeated = members.place(of: key) {
                let earlier = keyPlaces[placesStart + repeated]
                let first = Self.place(of: earlier.index, line: earlier.line, lineStart: earlier.lineStart, in: bytes)
                throw JSONSyntaxError(position: position(keyIndex), reason: LocalizedText(
                    vi: "khóa «\(key)» lặp lại trong cùng một đối tượng (lần đầu ở dòng \(first.line), cột \(first.column))",
                    en: "the key «\(key)» appears twice in one object (first at line \(first.line), column \(first.column))"))
            }
            keyPlaces.append(KeyPlace(index: keyIndex, line: line, lineStart: lineStart))
            skipWhitespace()
            guard current == UInt8(ascii: ":") else {
                throw fail(LocalizedText(vi: "gặp \(shown()), cần dấu hai chấm sau khóa «\(key)»",
                                         en: "found \(shown()), expected a colon after the key «\(key)»"))
            }
            index += 1
            skipWhitespace()
            if !targets.isEmpty { path.append(.key(key)) }
            if depth == 1, key == streamedKey, current == UInt8(ascii: "["), let streamedElement {
                if !targets.isEmpty, targets.contains(path) { found[path] = position() }
                members.append(key, try array(depth: depth + 1, handing: streamedElement))
            } else if depth == 1, key == skippedKey, current == UInt8(ascii: "["), let skippedElement {
                members.append(key, try array(depth: depth + 1, skipping: skippedElement))
            } else {
                members.append(key, try value(depth: depth))
            }
            if !targets.isEmpty { path.removeLast() }
            skipWhitespace()
            switch current {
            case UInt8(ascii: ",")?: index += 1
            case UInt8(ascii: "}")?:
                index += 1
                return .object(members)
            case nil:
                throw fail(LocalizedText(vi: "tệp kết thúc giữa một đối tượng (thiếu })", en: "the text ends inside an object (a } is missing)"))
            default:
                throw fail(LocalizedText(vi: "gặp \(shown()), cần dấu phẩy hoặc }", en: "found \(shown()), expected a comma or }"))
            }
        }
    }

    /// An array; its elements handed to `handing` one by one instead of kept, when given, or
    /// moved past unread (`skipValue`) with their places handed to `skipping`.
    private mutating func array(depth: Int, handing: ((Int, JSONValue, Range<Int>) throws -> Void)? = nil,
                                skipping: ((Int, Range<Int>) throws -> Void)? = nil) throws -> JSONValue {
        try checkDepth(depth)
        index += 1
        var elements: [JSONValue] = []
        var count = 0
        skipWhitespace()
        if current == UInt8(ascii: "]") {
            index += 1
            return .array(elements)
        }
        while true {
            skipWhitespace()
            if !targets.isEmpty { path.append(.index(count)) }
            let start = index
            if let skipping {
                try skipValue(depth: depth)
                try skipping(count, start..<index)
            } else {
                let element = try value(depth: depth)
                if let handing { try handing(count, element, start..<index) } else { elements.append(element) }
            }
            count += 1
            if !targets.isEmpty { path.removeLast() }
            skipWhitespace()
            switch current {
            case UInt8(ascii: ",")?: index += 1
            case UInt8(ascii: "]")?:
                index += 1
                return .array(elements)
            case nil:
                throw fail(LocalizedText(vi: "tệp kết thúc giữa một danh sách (thiếu ])", en: "the text ends inside a list (a ] is missing)"))
            default:
                throw fail(LocalizedText(vi: "gặp \(shown()), cần dấu phẩy hoặc ]", en: "found \(shown()), expected a comma or ]"))
            }
        }
    }

    /// Moves past the value that begins at the index, in an array at `depth`, without reading it:
    /// a string ends at the first quote not escaped by a backslash, an array or object at the
    /// bracket that closes it (brackets within strings aside), anything else before a comma, a
    /// bracket or a space. Nothing else is checked; the nesting is, as `value(depth:)` checks it.
    /// (Lines are not counted within the value: a caller parses its bytes again for any message.)
    private mutating func skipValue(depth: Int) throws {
        // The walk keeps its place in a local: the whole file passes through this loop.
        let bytes = self.bytes
        let count = bytes.count
        var at = index
        var open = 0
        defer { index = min(at, count) }
        while at < count {
            switch bytes[at] {
            case UInt8(ascii: "\""):
                at += 1
                while at < count {
                    let byte = bytes[at]
                    if byte == UInt8(ascii: "\"") { break }
                    at += byte == UInt8(ascii: "\\") ? 2 : 1
                }
                guard at < count else {
                    index = count
                    throw fail(LocalizedText(vi: "tệp kết thúc giữa một chuỗi", en: "the text ends inside a string"))
                }
                at += 1
                if open == 0 { return }
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                open += 1
                if depth + open > Self.maximumDepth {
                    index = at
                    try checkDepth(depth + open)
                }
                at += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                if open == 0 { return }
                open -= 1
                at += 1
                if open == 0 { return }
            case UInt8(ascii: ","), 0x20, 0x09, 0x0D, 0x0A:
                if open == 0 { return }
                at += 1
            default:
                at += 1
            }
        }
        if open > 0 {
            index = count
            throw fail(LocalizedText(vi: "tệp kết thúc giữa một giá trị", en: "the text ends inside a value"))
        }
    }

    private mutating func literal(_ word: StaticString) throws {
        let start = index
        for expected in UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount) {
            guard current == expected else {
                throw fail(LocalizedText(vi: "gặp \(shown(from: start)), cần một giá trị (có phải \(word)?)",
                                         en: "found \(shown(from: start)), expected a value (\(word)?)"), at: start)
            }
            index += 1
        }
    }

    private mutating func number() throws -> JSONValue {
        let start = index
        func digits() -> Int {
            let first = index
            while let byte = current, byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") { index += 1 }
            return index - first
        }
        func bad() -> JSONSyntaxError {
            fail(LocalizedText(vi: "số viết sai: \(shown(from: start))", en: "a malformed number: \(shown(from: start))"), at: start)
        }
        if current == UInt8(ascii: "-") { index += 1 }
        if current == UInt8(ascii: "0") {
            index += 1
            if let byte = current, byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") { throw bad() }  // 012
        } else if digits() == 0 {
            throw bad()
        }
        var whole = true
        if current == UInt8(ascii: ".") {
            index += 1
            whole = false
            if digits() == 0 { throw bad() }
        }
        if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
            index += 1
            whole = false
            if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { index += 1 }
            if digits() == 0 { throw bad() }
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
        if whole, let integer = Int(text) { return .integer(integer) }
        guard let double = Double(text), double.isFinite else {
            throw fail(LocalizedText(vi: "số \(text) quá lớn", en: "the number \(text) is too large"), at: start)
        }
        return .number(double)
    }

    /// Reads a string from its opening quote; the index ends after the closing quote.
    private mutating func string() throws -> String {
        let opening = index
        index += 1
        // Bytes are gathered only once an escape is met: most strings are their bytes.
        var buffer: [UInt8] = []
        var escaped = false
        var segment = index
        func flush() {
            if segment < index { buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[segment..<index])) }
        }
        while true {
            guard let byte = current else {
                throw fail(LocalizedText(vi: "chuỗi mở ở đây không được đóng (thiếu dấu \")", en: "a string opened here is never closed (a \" is missing)"),
                           at: opening)
            }
            switch byte {
            case UInt8(ascii: "\""):
                defer { index += 1 }
                guard escaped else { return String(decoding: UnsafeBufferPointer(rebasing: bytes[segment..<index]), as: UTF8.self) }
                flush()
                return String(decoding: buffer, as: UTF8.self)
            case UInt8(ascii: "\\"):
                flush()
                escaped = true
                try escape(into: &buffer)
                segment = index
            case 0x00...0x1F:
                let scalar = Unicode.Scalar(byte)
                let name = scalar.codePointName + (scalar.controlName.map { " (\($0))" } ?? "")
                throw fail(LocalizedText(vi: "ký tự điều khiển \(name) nằm trần trong chuỗi (phải viết thoát, như \\n)",
                                         en: "a raw control character \(name) inside a string (it must be escaped, as \\n)"))
            case 0x80...0xFF:
                guard let length = UTF8Scan.sequenceLength(bytes, at: index) else {
                    throw fail(LocalizedText(vi: "byte 0x\(String(byte, radix: 16, uppercase: true)) không phải UTF-8 (tệp JSON phải mã hóa UTF-8)",
                                             en: "the byte 0x\(String(byte, radix: 16, uppercase: true)) is not UTF-8 (JSON files must be UTF-8)"))
                }
                index += length
            default:
                index += 1
            }
        }
    }

    private mutating func escape(into buffer: inout [UInt8]) throws {
        let start = index
        index += 1
        guard let byte = current else {
            throw fail(LocalizedText(vi: "chuỗi kết thúc giữa một ký tự thoát", en: "the text ends inside an escape"), at: start)
        }
        index += 1
        let simple: UInt8?
        switch byte {
        case UInt8(ascii: "\""): simple = 0x22
        case UInt8(ascii: "\\"): simple = 0x5C
        case UInt8(ascii: "/"): simple = 0x2F
        case UInt8(ascii: "b"): simple = 0x08
        case UInt8(ascii: "f"): simple = 0x0C
        case UInt8(ascii: "n"): simple = 0x0A
        case UInt8(ascii: "r"): simple = 0x0D
        case UInt8(ascii: "t"): simple = 0x09
        case UInt8(ascii: "u"): simple = nil
        default:
            throw fail(LocalizedText(vi: "\(shown(from: start, count: 2)) không phải ký tự thoát của JSON",
                                     en: "\(shown(from: start, count: 2)) is not a JSON escape"), at: start)
        }
        if let simple {
            buffer.append(simple)
            return
        }
        var value = try hex(start: start)
        if (0xD800...0xDBFF).contains(value) {
            // A high surrogate must be followed by \u and a low one.
            guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") else {
                throw loneSurrogate(start)
            }
            index += 2
            let low = try hex(start: start)
            guard (0xDC00...0xDFFF).contains(low) else { throw loneSurrogate(start) }
            value = 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00)
        } else if (0xDC00...0xDFFF).contains(value) {
            throw loneSurrogate(start)
        }
        buffer.append(contentsOf: Array(String(Unicode.Scalar(value)!).utf8))
    }

    private mutating func loneSurrogate(_ start: Int) -> JSONSyntaxError {
        fail(LocalizedText(vi: "\(shown(from: start, count: 6)) là nửa cặp surrogate đứng một mình (không phải ký tự)",
                           en: "\(shown(from: start, count: 6)) is half a surrogate pair, alone (not a character)"), at: start)
    }

    private mutating func hex(start: Int) throws -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard let byte = current, let digit = Self.hexDigit(byte) else {
                throw fail(LocalizedText(vi: "\\u cần 4 chữ số thập lục phân", en: "\\u needs 4 hexadecimal digits"), at: start)
            }
            value = value << 4 | UInt32(digit)
            index += 1
        }
        return value
    }

    private static func hexDigit(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
        default: return nil
        }
    }

    /// What stands at `from` (the current index by default), for a message: «x», a character,
    /// or "byte 0xC3"; "the end of the text" past the end.
    private func shown(from: Int? = nil, count: Int = 1) -> String {
        let start = from ?? index
        guard start < bytes.count else { return "hết tệp / end of text" }
        let end = min(bytes.count, max(start + count, from == nil ? start + 1 : index))
        let slice = UnsafeBufferPointer(rebasing: bytes[start..<min(end, start + 40)])
        if let text = String(validating: slice, as: UTF8.self), !text.unicodeScalars.contains(where: \.isTextControl) {
            return "«" + text + "»"
        }
        if let text = String(validating: UnsafeBufferPointer(rebasing: bytes[start..<min(bytes.count, start + 1)]), as: UTF8.self),
           let scalar = text.unicodeScalars.first, !scalar.isTextControl {
            return "«" + text + "»"
        }
        return "byte 0x" + String(bytes[start], radix: 16, uppercase: true)
    }
}

/// One step of a path into a JSON document: a key of an object or an index in an array.
public enum JSONPathComponent: Sendable, Hashable {
    case key(String)
    case index(Int)

    /// The components of a path as the exchange-format reader writes it:
    /// "nominations[2].facts.initiatives[0].level".
    public static func parse(_ path: String) -> [JSONPathComponent] {
        var components: [JSONPathComponent] = []
        for piece in path.split(separator: ".", omittingEmptySubsequences: true) {
            var rest = Substring(piece)
            if let bracket = rest.firstIndex(of: "[") {
                let key = rest[..<bracket]
                if !key.isEmpty { components.append(.key(String(key))) }
                rest = rest[bracket...]
                while rest.first == "[", let close = rest.firstIndex(of: "]"), let number = Int(rest[rest.index(after: rest.startIndex)..<close]) {
                    components.append(.index(number))
                    rest = rest[rest.index(after: close)...]
                }
                if !rest.isEmpty { components.append(.key(String(rest))) }
            } else {
                components.append(.key(String(rest)))
            }
        }
        return components
    }
}

/// A place in a JSON text.
public struct JSONPosition: Sendable, Hashable {
    /// Line, from 1.
    public var line: Int
    /// Column in characters, from 1.
    public var column: Int
    /// Byte in the line, from 1 (differs from the column after letters of more than one byte).
    public var byte: Int

    /// A position.
    public init(line: Int, column: Int, byte: Int) {
        self.line = line
        self.column = column
        self.byte = byte
    }
}
