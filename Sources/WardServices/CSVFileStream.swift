import Commendation
import Foundation
import VietnameseText

/// A CSV file read a piece at a time (about a megabyte, cut after a line feed), for files too
/// large to hold: each piece checked to be UTF-8 and parsed, its records handed out as they end.
/// Only UTF-8 is read this way (a byte-order mark allowed); the legacy encodings are recognised
/// over the whole file, so a file in one of them that must be read this way (over 16 MB) is
/// refused with the place where it stops being UTF-8.
final class CSVFileStream {
    /// Why the file cannot be read row by row.
    struct Failure: Error {
        var message: LocalizedText
        var line: Int?
        var column: Int?
        var byte: Int?
    }

    /// The file's header record.
    private(set) var headers: [String] = []
    private let name: String
    private let handle: FileHandle
    private var parser = CSVParser()
    /// Records parsed from the first pieces, after the headers, not yet handed out.
    private var waiting: [CSVTable.Record] = []
    /// Bytes read after the last line feed, kept for the next piece.
    private var leftover: [UInt8] = []
    /// Lines before the next piece (for the place of a byte that is not UTF-8).
    private var linesBefore = 0
    private var atStart = true
    private var ended = false
    /// Bytes parsed so far.
    private var parsedBytes = 0
    /// Every byte read, in order.
    private var hasher = Hasher()

    /// A digest of the bytes read so far (of the whole file once `forEachRecord` returns):
    /// the same for the same bytes within one process.
    var digest: Int {
        let copy = hasher
        return copy.finalize()
    }

    /// How many data records the file holds, estimated from its size and its first piece (a
    /// streamed import sizes its table of rows seen by it).
    private(set) var expectedRecords = 0

    /// Bytes read at a time.
    static let pieceBytes = 1 << 20
    /// The longest line read (a record with no line feed in 16 MiB is not a list of people).
    static let maximumLineBytes = 16 << 20

    /// Opens `path` ("~" is the home folder) and reads its header record, named `name` in
    /// messages.
    /// - Throws: `Failure` when the file cannot be read, is not UTF-8, or is not CSV.
    init(path: String, name: String) throws {
        self.name = name
        guard let handle = FileHandle(forReadingAtPath: DocumentOutput.expandingHome(path)) else {
            throw Failure(message: LocalizedText(vi: "không đọc được tệp \(name)", en: "cannot read the file \(name)"))
        }
        self.handle = handle
        var first: CSVTable.Record?
        var waiting: [CSVTable.Record] = []
        while first == nil, !ended {
            try nextPiece { record in
                if first == nil { first = record } else { waiting.append(record) }
            }
        }
        self.waiting = waiting
        guard let first else { throw Self.csvFailure(name, CSVParser.emptyFile) }
        headers = first.fields.map { $0.trimmingCharacters(in: .whitespaces) }
        var status = stat()
        if ended || fstat(handle.fileDescriptor, &status) != 0 || parsedBytes == 0 {
            expectedRecords = waiting.count
        } else {
            expectedRecords = Int(Double(status.st_size) / Double(parsedBytes) * Double(waiting.count + 1)) + 1
        }
    }

    deinit {
        try? handle.close()
    }

    /// Hands each data record to `body`, in file order, until the file ends.
    /// - Throws: `Failure` for a byte that is not UTF-8 or text that is not CSV (where);
    ///   whatever `body` throws.
    func forEachRecord(_ body: (CSVTable.Record) throws -> Void) throws {
        for record in waiting { try body(record) }
        waiting = []
        while !ended { try nextPiece(body) }
    }

    /// Reads, checks and parses the next piece of the file.
    private func nextPiece(_ record: (CSVTable.Record) throws -> Void) throws {
        var bytes = leftover
        leftover = []
        var cut: Int?
        repeat {
            let read: Data?
            do {
                read = try handle.read(upToCount: Self.pieceBytes)
            } catch {
                throw Failure(message: LocalizedText(vi: "không đọc được \(name): \(error.localizedDescription)",
                                                     en: "cannot read \(name): \(error.localizedDescription)"))
            }
            guard let read, !read.isEmpty else {
                ended = true
                break
            }
            read.withUnsafeBytes { hasher.combine(bytes: $0) }
            let start = bytes.count
            bytes.append(contentsOf: read)
            cut = bytes[start...].lastIndex(of: 0x0A)
            if cut == nil, bytes.count > Self.maximumLineBytes {
                throw Failure(message: LocalizedText(
                    vi: "\(name): dòng \(linesBefore + 1) dài hơn 16 MB; tệp không phải danh sách CSV",
                    en: "\(name): line \(linesBefore + 1) is longer than 16 MB; the file is not a CSV list"), line: linesBefore + 1)
            }
        } while cut == nil
        if let cut, !ended {
            leftover = Array(bytes[(cut + 1)...])
            bytes.removeSubrange((cut + 1)...)
        }
        if atStart {
            atStart = false
            if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
                throw Failure(message: LocalizedText(
                    vi: "\(name) là UTF-16; tệp đọc từng dòng phải là UTF-8, và tệp lớn hơn \(InputFile.maximumBytes >> 20) MB luôn được đọc như vậy: hãy lưu lại dưới dạng «CSV UTF-8»",
                    en: "\(name) is UTF-16; a file read row by row must be UTF-8, and files over \(InputFile.maximumBytes >> 20) MB always are: save it as \"CSV UTF-8\""))
            }
            if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            let scan = UTF8Scan.scan(bytes)
            let offset = scan.firstInvalid ?? 0
            let place = UTF8Scan.place(of: offset, in: bytes)
            let line = linesBefore + place.line, value = String(bytes[offset], radix: 16, uppercase: true)
            throw Failure(message: LocalizedText(
                vi: "\(name): dòng \(line), byte \(place.byte) (0x\(value)) không phải UTF-8; tệp đọc từng dòng phải là UTF-8, và tệp lớn hơn \(InputFile.maximumBytes >> 20) MB luôn được đọc như vậy (không đọc TCVN3, VNI-Windows hay Windows-1258): hãy lưu lại dưới dạng «CSV UTF-8»",
                en: "\(name): line \(line), byte \(place.byte) (0x\(value)) is not UTF-8; a file read row by row must be UTF-8, and files over \(InputFile.maximumBytes >> 20) MB always are (not TCVN3, VNI-Windows or Windows-1258): save it as \"CSV UTF-8\""),
                line: line, byte: place.byte)
        }
        linesBefore += bytes.reduce(0) { $1 == 0x0A ? $0 + 1 : $0 }
        parsedBytes += bytes.count
        do {
            try parser.feed(text, record: record)
            if ended { try parser.finish(record: record) }
        } catch let error as CSVError {
            throw Self.csvFailure(name, error)
        }
    }

    private static func csvFailure(_ name: String, _ error: CSVError) -> Failure {
        Failure(message: LocalizedText(vi: "\(name): dòng \(error.line), cột \(error.column): \(error.message.vi)",
                                       en: "\(name): line \(error.line), column \(error.column): \(error.message.en)"),
                line: error.line, column: error.column)
    }
}
