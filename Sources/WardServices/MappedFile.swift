import Commendation
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A file read through a memory map (`tdkt check` of an exchange file larger than
/// `InputFile.maximumBytes`, decision 82): its bytes are `data`, with no copy; a page is read
/// from the file when it is first touched, and `releasePages(readingAt:)` lets the pages read
/// go, so that a file of any size is parsed in bounded memory. The file must not be truncated while
/// it is read (a page past its new end cannot be read). Its pages may be let go and counted
/// from several threads (a check reads and judges on each core: decision 89).
final class MappedFile: @unchecked Sendable {
    /// The file's bytes.
    let data: Data
    private let base: UnsafeMutableRawPointer?
    private let size: Int
    /// Where reading was when pages were last let go.
    private var releasedAt = 0
    /// Bytes of pages (at most) touched by reads out of order since pages were last let go.
    private var readElsewhere = 0
    /// Guards `releasedAt` and `readElsewhere`.
    private let lock = NSLock()
    /// How far reading must move on, or how much may be read out of order, before pages are
    /// let go again (the call walks every page of the mapping).
    private static let releaseStep = 4 << 20

    /// Why a file could not be mapped.
    struct Failure: Error {
        var message: LocalizedText
    }

    /// Maps the file at `path`.
    /// - Throws: `Failure` when it cannot be opened or mapped.
    init(path: String) throws {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw Failure(message: LocalizedText(vi: "không đọc được tệp \(path)", en: "cannot read the file \(path)"))
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            throw Failure(message: LocalizedText(vi: "không đọc được tệp \(path)", en: "cannot read the file \(path)"))
        }
        size = Int(status.st_size)
        guard size > 0 else {
            base = nil
            data = Data()
            return
        }
        let mapped = mmap(nil, size, PROT_READ, MAP_PRIVATE, descriptor, 0)
        guard let mapped, mapped != MAP_FAILED else {
            let reason = String(cString: strerror(errno))
            throw Failure(message: LocalizedText(vi: "không đọc được tệp \(path): \(reason)", en: "cannot read the file \(path): \(reason)"))
        }
        base = mapped
        data = Data(bytesNoCopy: mapped, count: size, deallocator: .custom { pointer, count in munmap(pointer, count) })
    }

    /// Lets every page read go from the process's memory, once reading (now at `offset`) has
    /// moved `releaseStep` past the last time; touched again, a page is read again from the file.
    /// A pass that starts again from the beginning starts counting again.
    func releasePages(readingAt offset: Int) {
        lock.lock()
        defer { lock.unlock() }
        if offset < releasedAt { releasedAt = 0 }
        guard let base, offset - releasedAt >= Self.releaseStep else { return }
        // The whole file: pages read out of order (a nominee's other nominations, before or
        // after this one) go too.
        _ = madvise(base, size, MADV_DONTNEED)
        releasedAt = offset
        readElsewhere = 0
    }

    /// Counts `bytes`, read out of the order of reading (a nominee's other nominations, far
    /// away in a province's file), and lets every page go once such reads may have touched
    /// `releaseStep`: each touches pages of its own, and a few thousand of them between two
    /// steps of reading held 20 MB more.
    func readOutOfOrder(_ bytes: Range<Int>) {
        lock.lock()
        defer { lock.unlock() }
        readElsewhere += (bytes.count / 4_096 + 2) * 4_096
        guard let base, readElsewhere >= Self.releaseStep else { return }
        _ = madvise(base, size, MADV_DONTNEED)
        readElsewhere = 0
    }
}
