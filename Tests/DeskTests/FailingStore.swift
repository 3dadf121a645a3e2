import WardServices
import Commendation
@testable import CommendationStore
import Foundation
import GRDB
import Testing
import TerminalUI

/// How a ward's store can fail the desk.
enum StoreCondition: String, CaseIterable, Sendable, CustomTestStringConvertible {
    /// Another program holds the write lock (a second connection in `BEGIN EXCLUSIVE`).
    case locked
    /// The file is read-only (mode 0444, opened read-only — the tests may run as root).
    case readOnly
    /// Bytes overwritten inside the file: the b-trees of some tables (`FailingStore.damaged`).
    case damaged
    /// The disk is full: no file of the store may grow (`FullDisk`, a file system over
    /// SQLite's own that fails such a write with `SQLITE_FULL`).
    case diskFull

    var testDescription: String { rawValue }

    /// The words the desk uses for the cause.
    var cause: String {
        switch self {
        case .locked: return "đang bị một chương trình khác khóa"
        case .readOnly: return "đang mở chỉ đọc"
        case .damaged: return "bị hỏng"
        case .diskFull: return "đã đầy"
        }
    }
}

/// A desk opened on the demo ward's store in a failing `condition`, and what the store held
/// before, to show that nothing was written.
final class FailingStore {
    let condition: StoreCondition
    let pilot: Pilot
    let path: String
    /// The other program's connection that holds the lock (`locked`).
    private var locker: DatabaseQueue?
    /// What the store held when the desk opened.
    private(set) var before = Data()

    /// The demo ward's store made to fail as `condition` says (for `damaged`: the b-trees of
    /// `damaged` tables, with their indexes, overwritten), then opened in a desk at `size`.
    init(_ condition: StoreCondition, _ name: String, size: Size = Size(width: 80, height: 24), damaged tables: [String] = [],
         language: Language = .vi) throws {
        self.condition = condition
        let folder = DeskTestFolder.path("failing-" + name)
        path = folder + "/tdkt.sqlite"
        try? FileManager.default.removeItem(atPath: folder)
        // A damaged store had its pending review read before the damage (the review keeps its
        // verdicts in the store; reading it first would write them).
        try Self.makeDemo(at: path, judged: condition == .damaged)
        switch condition {
        case .locked:
            pilot = try Pilot(opening: path, size: size, language: language)
            before = try Self.contents(path)
            // A write meets the lock at once (the desk waits five seconds first).
            try pilot.store.database.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA busy_timeout = 0") }
            var configuration = Configuration()
            configuration.allowsUnsafeTransactions = true
            let locker = try DatabaseQueue(path: path, configuration: configuration)
            try locker.writeWithoutTransaction { db in try db.execute(sql: "BEGIN EXCLUSIVE") }
            self.locker = locker
        case .readOnly:
            #expect(chmod(path, 0o444) == 0)
            pilot = try Pilot(opening: path, size: size, readOnly: true, language: language)
            before = try Self.fileBytes(path)
        case .damaged:
            try Self.damage(tables, at: path)
            // Opening writes GRDB's empty transaction that makes the log (nothing of the ward's).
            pilot = try Pilot(opening: path, size: size, language: language)
            before = try Self.fileBytes(path)
        case .diskFull:
            // The store opens through the full disk's file system, then the disk fills up.
            FullDisk.install()
            pilot = try Pilot(opening: path, size: size, language: language)
            before = try Self.contents(path)
            FullDisk.fill(path)
        }
    }

    deinit {
        // Harmless to ignore: the lock may have been let go already.
        try? locker?.writeWithoutTransaction { db in try db.execute(sql: "ROLLBACK") }
        if condition == .diskFull { FullDisk.empty(path) }
    }

    /// Whether the store holds what it held once the desk had opened: the same committed rows
    /// (read by another connection once the lock is let go), or for a read-only or damaged
    /// file the same bytes, its write-ahead log's too.
    func isUnchanged() throws -> Bool {
        switch condition {
        case .locked, .diskFull:
            try locker?.writeWithoutTransaction { db in try db.execute(sql: "ROLLBACK") }
            locker = nil
            return try Self.contents(path) == before
        case .readOnly, .damaged:
            return try Self.fileBytes(path) == before
        }
    }

    /// The demo ward in a new store at `path` (its pending review read when `judged`),
    /// closed (its log folded into the file).
    private static func makeDemo(at path: String, judged: Bool) throws {
        let store = try Store(path: path, clock: FixedClock(Pilot.today), actor: Actor(osUser: "test", profile: "test"))
        try store.loadDemo(Shipped.demoWard(), rulebook: try Shipped.rulebooks().rulebook(forYear:), baseSalaries: try Shipped.baseSalaries())
        try store.setSetting("desk.onboarded", to: "demo")
        if judged {
            _ = try PendingAwards(store: store, rules: try WardRules.of(store, holidays: nil, today: Pilot.today), today: Pilot.today)
        }
        try store.database.writeWithoutTransaction { db in _ = try db.checkpoint(.truncate) }
    }

    /// Overwrites the first page of every b-tree of `tables` (the table and its indexes) with
    /// bytes that are no page: any read of them fails as SQLite finds a damaged file.
    private static func damage(_ tables: [String], at path: String) throws {
        let (pageSize, roots) = try DatabaseQueue(path: path).read { db in
            let size = try Int.fetchOne(db, sql: "PRAGMA page_size") ?? 4096
            let marks = tables.map { _ in "?" }.joined(separator: ",")
            let roots = try Int.fetchAll(db, sql: "SELECT rootpage FROM sqlite_master WHERE tbl_name IN (\(marks)) AND rootpage > 0",
                                         arguments: StatementArguments(tables))
            return (size, roots)
        }
        #expect(roots.count >= tables.count, "every damaged table has a b-tree")
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        defer { try? handle.close() }
        for root in roots {
            try handle.seek(toOffset: UInt64((root - 1) * pageSize))
            try handle.write(contentsOf: Data(repeating: 0xA5, count: pageSize))
        }
    }

    /// The file's bytes, then its write-ahead log's (none when there is no log).
    private static func fileBytes(_ path: String) throws -> Data {
        let log = FileManager.default.contents(atPath: path + "-wal") ?? Data()
        return try Data(contentsOf: URL(fileURLWithPath: path)) + log
    }

    /// Every committed row of the clerk's tables (the pending standings, a cache the desk may
    /// rebuild, and the search index left out), read by a connection of its own.
    private static func contents(_ path: String) throws -> Data {
        var configuration = Configuration()
        configuration.readonly = true
        let reader = try DatabaseQueue(path: path, configuration: configuration)
        return try reader.read { db in
            var text = ""
            let tables = try String.fetchAll(db, sql: """
                SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'standing%' AND name NOT LIKE 'nominee_search%'
                ORDER BY name
                """)
            for table in tables {
                for row in try Row.fetchAll(db, sql: "SELECT * FROM \"\(table)\"") {
                    text += table + ":" + row.description + "\n"
                }
            }
            return Data(text.utf8)
        }
    }
}
