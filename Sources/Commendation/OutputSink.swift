#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import VietnameseText

/// Where a command that reads many rows writes them as it reads them: text gathered into a
/// buffer of a fixed size and written to a file descriptor whenever it fills, so that an
/// export of a million nominations never holds more than one buffer of its text.
///
/// Text for a terminal (standard output) passes through `TerminalText.escaped` on its way in,
/// one piece at a time: a piece that ends a line or a record (as every caller writes them) is
/// escaped exactly as the whole text would have been.
public final class OutputSink {
    /// Why the text could not be written.
    public struct Failure: Error, Sendable, Hashable {
        /// The system's reason.
        public var reason: String
    }

    private let descriptor: Int32
    private let escaping: TerminalText.Style?
    private var buffer: [UInt8] = []
    private let capacity: Int
    /// Bytes handed to the descriptor so far, and those still in the buffer.
    public private(set) var bytesWritten = 0

    /// A sink writing to `descriptor` (left open: the caller closes it), escaping control
    /// characters in `escaping`'s style when given, in writes of about `capacity` bytes.
    public init(descriptor: Int32, escaping: TerminalText.Style? = nil, capacity: Int = 1 << 16) {
        self.descriptor = descriptor
        self.escaping = escaping
        self.capacity = capacity
        buffer.reserveCapacity(capacity + 4_096)
    }

    /// Standard output, escaped for a terminal in `style`.
    public static func standardOutput(escaping style: TerminalText.Style = .readable) -> OutputSink {
        OutputSink(descriptor: STDOUT_FILENO, escaping: style)
    }

    /// Adds `text`; writes out the buffer when it is full.
    public func write(_ text: String) throws {
        if let escaping {
            buffer.append(contentsOf: TerminalText.escaped(text, style: escaping).utf8)
        } else {
            buffer.append(contentsOf: text.utf8)
        }
        if buffer.count >= capacity { try flush() }
    }

    /// Adds the UTF-8 text that `build` appends to the buffer, escaped as `write(_:)` escapes
    /// a piece of text; writes out the buffer when it is full. What a report of many rows writes
    /// its rows with: no string is made for them (a text that needs escaping, rare, is the exception).
    /// `build` must append whole characters, and a piece that ends a line or a record.
    public func append(_ build: (inout [UInt8]) throws -> Void) throws {
        let start = buffer.count
        do { try build(&buffer) } catch {
            buffer.removeSubrange(start...)
            throw error
        }
        if let escaping,
           buffer.withUnsafeBufferPointer({ TerminalText.needsEscaping(utf8: UnsafeBufferPointer(rebasing: $0[start...])) }) {
            let text = String(decoding: buffer[start...], as: UTF8.self)
            buffer.removeSubrange(start...)
            buffer.append(contentsOf: TerminalText.escaped(text, style: escaping).utf8)
        }
        if buffer.count >= capacity { try flush() }
    }

    /// Adds bytes as they are (no escaping).
    public func write(bytes: some Sequence<UInt8>) throws {
        buffer.append(contentsOf: bytes)
        if buffer.count >= capacity { try flush() }
    }

    /// Writes out whatever the buffer holds.
    public func flush() throws {
        guard !buffer.isEmpty else { return }
        let failure: Int32? = buffer.withUnsafeBytes { bytes in
            var offset = 0
            while offset < bytes.count {
                #if canImport(Glibc)
                let written = Glibc.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
                #else
                let written = Darwin.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
                #endif
                if written < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                offset += written
            }
            return nil
        }
        bytesWritten += buffer.count
        buffer.removeAll(keepingCapacity: true)
        if let failure { throw Failure(reason: String(cString: strerror(failure))) }
    }
}
