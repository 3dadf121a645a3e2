import Foundation
import Commendation
import GRDB

/// Why a store cannot be used, said in words a clerk understands. The command line exits
/// with status 4 for every one of these.
public enum StoreError: Error, Equatable, Sendable {
    /// The file is not an SQLite database (another file was given by mistake).
    case notADatabase(path: String)
    /// The database is damaged.
    case corrupt(path: String)
    /// Another program holds a lock and did not release it in time.
    case locked(path: String)
    /// The file or its folder cannot be written.
    case readOnly(path: String)
    /// The file or its folder cannot be created or opened.
    case cannotOpen(path: String, reason: String)
    /// The store was written by a newer tdkt whose changes this one does not know.
    case newerVersion(path: String)
    /// Someone else saved the same record since it was read (the version differs).
    case conflict(id: String)
    /// The draft still has problems; nothing was saved.
    case invalid([ValidationIssue])
    /// A record the operation needs is missing.
    case missing(id: String)
    /// The workflow refuses the step (the refusal says why; the desk words it).
    case refused(id: String, WorkflowRefusal)
    /// The nomination is past the stage where its facts may be edited.
    case notEditable(id: String, status: NominationStatus)
    /// A decision with that number already exists.
    case duplicateDecision(number: String)
    /// A decision's list cannot have been published before the decision was signed.
    case publishedBeforeDecision(number: String, decided: CivilDate)
    /// The disk is full: nothing was saved.
    case diskFull(path: String)
    /// The store was written after an import's plan was made (another import, another desk);
    /// nothing was imported: the plan must be made again.
    case changedSincePlan(path: String)
    /// There is no store at the path, and the command does not create one.
    case noStore(path: String)
    /// The path names something other than a regular file (a FIFO, a device, a link to one).
    case notAFile(path: String)
    /// The store lacks tables or indexes its migrations made (changed outside tdkt).
    case incomplete(path: String, missing: [String])
    /// The store's path now names another file (a restore, or a file moved by hand) than the
    /// one this desk opened: nothing is written into the old one.
    case replaced(path: String)
    /// The path names a folder.
    case isAFolder(path: String)
    /// The store's folder does not exist and cannot be made (`reason`: the system's words).
    case cannotCreateFolder(path: String, folder: String, reason: String)
    /// A store of an older tdkt opened read-only: it must be opened once with write access to
    /// be upgraded.
    case needsUpgrade(path: String)
    /// Another SQLite error.
    case other(path: String, message: String)

    /// The message in both languages.
    public var message: LocalizedText {
        switch self {
        case .notADatabase(let path):
            return LocalizedText(vi: "Tệp \(path) không phải là kho dữ liệu tdkt (không phải SQLite).",
                                 en: "\(path) is not a tdkt store (not an SQLite file).")
        case .corrupt(let path):
            return LocalizedText(vi: "Kho dữ liệu \(path) bị hỏng. Hãy khôi phục từ bản sao lưu.",
                                 en: "The store \(path) is damaged. Restore it from a backup.")
        case .locked(let path):
            return LocalizedText(vi: "Kho dữ liệu \(path) đang bị một chương trình khác khóa. Hãy thử lại sau.",
                                 en: "The store \(path) is locked by another program. Try again later.")
        case .readOnly(let path):
            return LocalizedText(vi: "Không ghi được vào kho dữ liệu \(path) (chỉ đọc hoặc không có quyền).",
                                 en: "Cannot write to the store \(path) (read-only or no permission).")
        case .cannotOpen(let path, let reason):
            return LocalizedText(vi: "Không mở được kho dữ liệu \(path): \(reason)",
                                 en: "Cannot open the store \(path): \(reason)")
        case .newerVersion(let path):
            return LocalizedText(vi: "Kho dữ liệu \(path) được tạo bởi phiên bản tdkt mới hơn. Hãy cập nhật tdkt.",
                                 en: "The store \(path) was written by a newer tdkt. Please update tdkt.")
        case .conflict(let id):
            return LocalizedText(vi: "Hồ sơ \(id) vừa được thay đổi ở nơi khác; chưa lưu.",
                                 en: "Record \(id) was changed elsewhere meanwhile; not saved.")
        case .invalid:
            return LocalizedText(vi: "Hồ sơ còn lỗi; chưa lưu.", en: "The record still has errors; not saved.")
        case .missing(let id):
            return LocalizedText(vi: "Không tìm thấy \(id) trong kho dữ liệu.", en: "\(id) is not in the store.")
        case .refused(let id, _):
            return LocalizedText(vi: "Không thực hiện được bước này với hồ sơ \(id).", en: "This step cannot be taken for \(id).")
        case .notEditable(let id, let status):
            return LocalizedText(vi: "Hồ sơ \(id) đã qua bước xét (\(status.rawValue)); không sửa được nội dung nữa.",
                                 en: "\(id) is past review (\(status.rawValue)); its content can no longer be edited.")
        case .duplicateDecision(let number):
            return LocalizedText(vi: "Đã có quyết định số \(number).", en: "A decision numbered \(number) already exists.")
        case .publishedBeforeDecision(let number, let decided):
            return LocalizedText(vi: "Quyết định \(number) ký ngày \(decided.vietnamese): ngày công bố không thể trước ngày ký.",
                                 en: "Decision \(number) was signed on \(decided.vietnamese): it cannot have been published before.")
        case .diskFull(let path):
            return LocalizedText(vi: "Đĩa đầy: không ghi được vào kho dữ liệu \(path); chưa lưu gì. Hãy giải phóng chỗ trống rồi thử lại.",
                                 en: "The disk is full: cannot write to the store \(path); nothing was saved. Free some space and try again.")
        case .changedSincePlan(let path):
            return LocalizedText(vi: "Kho dữ liệu \(path) vừa được ghi từ nơi khác sau lần kiểm tra thử (có thể một lần nhập khác); chưa nhập gì — "
                                     + "hãy kiểm tra lại rồi nhập.",
                                 en: "The store \(path) was written elsewhere after the dry run (perhaps another import); nothing was imported — "
                                     + "check again, then import.")
        case .noStore(let path):
            return LocalizedText(vi: "Không có kho dữ liệu \(path). Mở bàn làm việc (tdkt) hoặc chạy tdkt init để tạo kho, hoặc chọn tệp khác bằng --store.",
                                 en: "There is no store \(path). Open the desk (tdkt) or run tdkt init to create one, or choose another file with --store.")
        case .notAFile(let path):
            return LocalizedText(vi: "\(path) không phải là một tệp thông thường (FIFO, thiết bị, liên kết tới thiết bị…); không dùng làm kho.",
                                 en: "\(path) is not a regular file (a FIFO, a device, a link to one…); not used as a store.")
        case .incomplete(let path, let missing):
            return LocalizedText(vi: "Kho dữ liệu \(path) thiếu \(missing.joined(separator: ", ")) (bị sửa ngoài tdkt?). "
                                     + "Không ghi gì vào kho; hãy khôi phục từ bản sao lưu.",
                                 en: "The store \(path) lacks \(missing.joined(separator: ", ")) (changed outside tdkt?). "
                                     + "Nothing was written to it; restore it from a backup.")
        case .replaced(let path):
            return LocalizedText(vi: "Kho dữ liệu \(path) vừa được thay bằng tệp khác (khôi phục từ bản sao lưu?): chưa lưu gì. "
                                     + "Hãy thoát tdkt và mở lại.",
                                 en: "The store \(path) was just replaced by another file (restored from a backup?): nothing was saved. "
                                     + "Quit tdkt and open it again.")
        case .isAFolder(let path):
            return LocalizedText(vi: "\(path) là một thư mục, không phải tệp kho dữ liệu.", en: "\(path) is a folder, not a store file.")
        case .cannotCreateFolder(let path, let folder, let reason):
            return LocalizedText(vi: "Không tạo được thư mục \(folder) cho kho dữ liệu \(path): \(reason)",
                                 en: "Cannot make the folder \(folder) for the store \(path): \(reason)")
        case .needsUpgrade(let path):
            return LocalizedText(vi: "Kho dữ liệu \(path) của phiên bản tdkt cũ hơn: cần mở một lần với quyền ghi (không --read-only) để nâng cấp.",
                                 en: "The store \(path) is from an older tdkt: open it once with write access (without --read-only) to upgrade it.")
        case .other(let path, let message):
            return LocalizedText(vi: "Lỗi kho dữ liệu \(path): \(message)", en: "Store error in \(path): \(message)")
        }
    }

    /// Whether the file system holding `path` has (almost) no room left: SQLite reports a full
    /// disk as an I/O error when it cannot grow its shared-memory or journal file.
    static func diskIsFull(at path: String) -> Bool {
        var info = statvfs()
        let folder = (path as NSString).deletingLastPathComponent
        guard statvfs(folder.isEmpty ? "." : folder, &info) == 0 else { return false }
        return UInt64(info.f_bavail) * UInt64(info.f_frsize) < 64 * 1024
    }

    /// Maps an SQLite error to a store error for `path`.
    static func from(_ error: Error, path: String) -> StoreError {
        if let storeError = error as? StoreError { return storeError }
        guard let dbError = error as? DatabaseError else {
            return .other(path: path, message: String(describing: error))
        }
        switch dbError.resultCode {
        case .SQLITE_NOTADB: return .notADatabase(path: path)
        case .SQLITE_CORRUPT: return .corrupt(path: path)
        case .SQLITE_BUSY, .SQLITE_LOCKED: return .locked(path: path)
        case .SQLITE_READONLY, .SQLITE_PERM: return .readOnly(path: path)
        case .SQLITE_FULL: return .diskFull(path: path)
        case .SQLITE_IOERR where Self.diskIsFull(at: path): return .diskFull(path: path)
        case .SQLITE_CANTOPEN: return .cannotOpen(path: path, reason: dbError.message ?? "SQLITE_CANTOPEN")
        default: return .other(path: path, message: dbError.message ?? "\(dbError.resultCode)")
        }
    }
}
