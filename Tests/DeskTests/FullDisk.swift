import Foundation
import GRDBSQLite

/// A disk that is full, for the stores a test chooses: SQLite's own file system with one
/// difference — a write that would make a file of a full store longer (the store, its
/// write-ahead log) fails with `SQLITE_FULL`, as it does when the disk has no room. Writes
/// within a file's length, reads, and every other file go through unchanged. Installed as
/// SQLite's default file system (for the connections opened after), so that the store opens
/// through it as the desk opens it.
enum FullDisk {
    /// Installs the shim as SQLite's default file system (once): the files opened after go
    /// through it.
    static func install() {
        _ = installed
    }

    /// Makes every file whose path begins with `path` full (opened through the shim: after
    /// `install`).
    static func fill(_ path: String) {
        install()
        lock.lock()
        fullPaths.insert(path)
        anyFull = true
        lock.unlock()
    }

    /// Makes `path`'s files writable again.
    static func empty(_ path: String) {
        lock.lock()
        fullPaths.remove(path)
        anyFull = !fullPaths.isEmpty
        lock.unlock()
    }

    private static let lock = NSLock()
    // Guarded by `lock`.
    nonisolated(unsafe) private static var fullPaths: Set<String> = []
    nonisolated(unsafe) private static var anyFull = false

    /// Whether the file named `name` is on the full disk.
    fileprivate static func isFull(_ name: UnsafePointer<CChar>?) -> Bool {
        guard let name else { return false }
        lock.lock()
        defer { lock.unlock() }
        guard anyFull else { return false }
        let path = String(cString: name)
        return fullPaths.contains { path.hasPrefix($0) }
    }

    /// Bytes before the real file in each file this file system opens: the shim's own
    /// `sqlite3_file`, then the file's name.
    fileprivate static let header = (MemoryLayout<sqlite3_file>.stride + MemoryLayout<UnsafePointer<CChar>?>.stride + 15) / 16 * 16

    /// The shim, registered once as the default file system.
    private static let installed: Void = {
        guard let original = sqlite3_vfs_find(nil) else { fatalError("SQLite has no file system") }
        let shim = UnsafeMutablePointer<sqlite3_vfs>.allocate(capacity: 1)
        shim.initialize(to: original.pointee)
        shim.pointee.zName = UnsafePointer(strdup("tdkt-full-disk"))
        shim.pointee.szOsFile = original.pointee.szOsFile + Int32(header)
        shim.pointee.pAppData = UnsafeMutableRawPointer(original)
        shim.pointee.xOpen = shimOpen
        shim.pointee.pNext = nil
        precondition(sqlite3_vfs_register(shim, 1) == SQLITE_OK)
    }()
}

// MARK: The shim's functions (C calling convention: no captures)

private func realFile(_ file: UnsafeMutablePointer<sqlite3_file>?) -> UnsafeMutablePointer<sqlite3_file> {
    (UnsafeMutableRawPointer(file!) + FullDisk.header).assumingMemoryBound(to: sqlite3_file.self)
}

private func fileName(_ file: UnsafeMutablePointer<sqlite3_file>?) -> UnsafeMutablePointer<UnsafePointer<CChar>?> {
    (UnsafeMutableRawPointer(file!) + MemoryLayout<sqlite3_file>.stride).assumingMemoryBound(to: UnsafePointer<CChar>?.self)
}

private func methods(_ file: UnsafeMutablePointer<sqlite3_file>?) -> (UnsafeMutablePointer<sqlite3_file>, sqlite3_io_methods) {
    let real = realFile(file)
    return (real, real.pointee.pMethods!.pointee)
}

private let shimOpen: @convention(c) (UnsafeMutablePointer<sqlite3_vfs>?, UnsafePointer<CChar>?, UnsafeMutablePointer<sqlite3_file>?,
                                      Int32, UnsafeMutablePointer<Int32>?) -> Int32 = { vfs, name, file, flags, outFlags in
    let original = vfs!.pointee.pAppData.assumingMemoryBound(to: sqlite3_vfs.self)
    let real = realFile(file)
    // SQLite keeps a main file's name until the file is closed; a temporary file has none.
    fileName(file).pointee = name
    let result = original.pointee.xOpen!(original, name, real, flags, outFlags)
    file!.pointee.pMethods = real.pointee.pMethods == nil ? nil : UnsafePointer(shimMethods)
    return result
}

// Written once, when first used, then only read (by SQLite).
nonisolated(unsafe) private let shimMethods: UnsafeMutablePointer<sqlite3_io_methods> = {
    let table = UnsafeMutablePointer<sqlite3_io_methods>.allocate(capacity: 1)
    table.initialize(to: sqlite3_io_methods())
    table.pointee.iVersion = 3
    table.pointee.xClose = { file in
        let (real, m) = methods(file)
        return m.xClose!(real)
    }
    table.pointee.xRead = { file, buffer, amount, offset in
        let (real, m) = methods(file)
        return m.xRead!(real, buffer, amount, offset)
    }
    table.pointee.xWrite = { file, buffer, amount, offset in
        let (real, m) = methods(file)
        if FullDisk.isFull(fileName(file).pointee) {
            var size: sqlite3_int64 = 0
            _ = m.xFileSize!(real, &size)
            if offset + sqlite3_int64(amount) > size { return SQLITE_FULL }
        }
        return m.xWrite!(real, buffer, amount, offset)
    }
    table.pointee.xTruncate = { file, size in
        let (real, m) = methods(file)
        return m.xTruncate!(real, size)
    }
    table.pointee.xSync = { file, flags in
        let (real, m) = methods(file)
        return m.xSync!(real, flags)
    }
    table.pointee.xFileSize = { file, size in
        let (real, m) = methods(file)
        return m.xFileSize!(real, size)
    }
    table.pointee.xLock = { file, level in
        let (real, m) = methods(file)
        return m.xLock!(real, level)
    }
    table.pointee.xUnlock = { file, level in
        let (real, m) = methods(file)
        return m.xUnlock!(real, level)
    }
    table.pointee.xCheckReservedLock = { file, out in
        let (real, m) = methods(file)
        return m.xCheckReservedLock!(real, out)
    }
    table.pointee.xFileControl = { file, operation, argument in
        let (real, m) = methods(file)
        return m.xFileControl!(real, operation, argument)
    }
    table.pointee.xSectorSize = { file in
        let (real, m) = methods(file)
        return m.xSectorSize!(real)
    }
    table.pointee.xDeviceCharacteristics = { file in
        let (real, m) = methods(file)
        return m.xDeviceCharacteristics!(real)
    }
    table.pointee.xShmMap = { file, region, size, extend, pointer in
        let (real, m) = methods(file)
        return m.xShmMap?(real, region, size, extend, pointer) ?? SQLITE_IOERR
    }
    table.pointee.xShmLock = { file, offset, count, flags in
        let (real, m) = methods(file)
        return m.xShmLock?(real, offset, count, flags) ?? SQLITE_IOERR
    }
    table.pointee.xShmBarrier = { file in
        let (real, m) = methods(file)
        m.xShmBarrier?(real)
    }
    table.pointee.xShmUnmap = { file, delete in
        let (real, m) = methods(file)
        return m.xShmUnmap?(real, delete) ?? SQLITE_OK
    }
    table.pointee.xFetch = { file, offset, amount, pointer in
        let (real, m) = methods(file)
        guard let fetch = m.xFetch else {
            pointer?.pointee = nil
            return SQLITE_OK
        }
        return fetch(real, offset, amount, pointer)
    }
    table.pointee.xUnfetch = { file, offset, pointer in
        let (real, m) = methods(file)
        return m.xUnfetch?(real, offset, pointer) ?? SQLITE_OK
    }
    return table
}()
