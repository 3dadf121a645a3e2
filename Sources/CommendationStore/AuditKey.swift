#if canImport(Glibc)
import Glibc
#endif
import Crypto
import Foundation

/// The clerk's secret for the audit trail: every row this desk writes carries an HMAC-SHA256
/// of its hash under this key, so that a chain recomputed with plain SHA-256 behind tdkt's back
/// no longer verifies. Kept in the configuration folder (`audit.key`, 0600), made on first use;
/// each OS user has their own, and a row says which key signed it (`id`).
public struct AuditKey: Sendable {
    /// The secret's bytes (a `SymmetricKey` is made for each use: it is not `Sendable`).
    private let bytes: Data
    /// The key's public name: the first 16 hex digits of its SHA-256.
    public let id: String

    /// A key from its bytes.
    public init(bytes: Data) {
        self.bytes = bytes
        id = Self.hex(SHA256.hash(data: bytes)).prefix(16).description
    }

    /// The key in `folder`/audit.key, made (32 random bytes, 0600) when there is none yet.
    /// - Throws: `AuditKeyProblem` when it cannot be read or made, or is not 32 bytes.
    public static func loadOrCreate(in folder: String) throws -> AuditKey {
        let path = folder + "/audit.key"
        if let bytes = FileManager.default.contents(atPath: path) {
            guard bytes.count == 32 else { throw AuditKeyProblem(path: path, reason: "\(bytes.count) bytes, not 32") }
            return AuditKey(bytes: bytes)
        }
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw AuditKeyProblem(path: path, reason: error.localizedDescription)
        }
        var bytes = Data(count: 32)
        var generator = SystemRandomNumberGenerator()
        for index in bytes.indices { bytes[index] = UInt8.random(in: 0...255, using: &generator) }
        let descriptor = open(path, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC | O_NOFOLLOW, 0o600)
        guard descriptor >= 0 else {
            // Another desk made it meanwhile: use theirs.
            if errno == EEXIST, let made = FileManager.default.contents(atPath: path), made.count == 32 { return AuditKey(bytes: made) }
            throw AuditKeyProblem(path: path, reason: String(cString: strerror(errno)))
        }
        defer { close(descriptor) }
        let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, 32) }
        guard written == 32, fsync(descriptor) == 0 else { throw AuditKeyProblem(path: path, reason: String(cString: strerror(errno))) }
        return AuditKey(bytes: bytes)
    }

    /// HMAC-SHA256 of a row's hash, in hex.
    public func mac(_ hash: String) -> String {
        signer().mac(hash)
    }

    /// The key made once for signing many rows (an import signs one per nominee).
    public func signer() -> Signer {
        Signer(key: SymmetricKey(data: bytes))
    }

    /// Signs rows' hashes with one key (kept by whoever signs a batch, not shared). The HMAC
    /// is keyed once and copied for each row: keying it again per row was a fiftieth of an
    /// import's time.
    public struct Signer {
        private let keyed: HMAC<SHA256>

        init(key: SymmetricKey) {
            keyed = HMAC<SHA256>(key: key)
        }

        /// HMAC-SHA256 of a row's hash, in hex.
        public func mac(_ hash: String) -> String {
            var code = keyed
            code.update(data: Array(hash.utf8))
            return AuditKey.hex(code.finalize())
        }
    }

    static func hex<D: Sequence>(_ bytes: D) -> String where D.Element == UInt8 {
        let digits = Array("0123456789abcdef".utf8)
        var hex: [UInt8] = []
        hex.reserveCapacity(64)
        for byte in bytes {
            hex.append(digits[Int(byte >> 4)])
            hex.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: hex, as: UTF8.self)
    }
}

/// The audit key could not be read or made.
public struct AuditKeyProblem: Error, Sendable, Hashable {
    /// The key file.
    public var path: String
    /// Why.
    public var reason: String
}
