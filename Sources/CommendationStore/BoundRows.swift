import GRDB
import GRDBSQLite

/// Values bound one by one to a prepared statement through SQLite's C API, for the statements
/// an import runs with thousands of values (a hundred nominees, or audit rows, to a statement).
/// Binding through `StatementArguments` boxed each value and took about a fifth of an import of
/// 100 000 people. The statement is GRDB's own (cached) one: it is stepped, reset and cleared
/// here, so that GRDB may bind it again the usual way afterwards.
///
/// Texts are gathered in one buffer and bound when the statement runs, pointing into it
/// (`SQLITE_STATIC`), instead of SQLite copying each into memory of its own: for 2 200 texts a
/// statement, SQLite's allocator (and its lock) took a tenth of an import's time.
struct BoundRows {
    private let statement: Statement
    private let raw: SQLiteStatement
    private var index: Int32 = 1
    /// The texts' bytes, one after the other (a first byte so that the buffer is never empty).
    private var bytes: [UInt8] = [0]
    /// Where each text stands in `bytes`, by parameter.
    private var texts: [(parameter: Int32, start: Int, count: Int)] = []

    /// Values for `statement`, bound from its first parameter.
    init(_ statement: Statement) {
        self.statement = statement
        raw = statement.sqliteStatement
        sqlite3_reset(raw)
        sqlite3_clear_bindings(raw)
        bytes.reserveCapacity(16 * 1024)
        texts.reserveCapacity(Int(sqlite3_bind_parameter_count(raw)))
    }

    /// Binds the next parameter to `value` (NULL when nil), when the statement runs.
    mutating func bind(_ value: String?) {
        defer { index += 1 }
        guard var value else {
            sqlite3_bind_null(raw, index)
            return
        }
        let start = bytes.count
        value.withUTF8 { bytes.append(contentsOf: $0) }
        texts.append((index, start, bytes.count - start))
    }

    /// Binds the next parameter to `value` (NULL when nil).
    mutating func bind(_ value: Int?) {
        defer { index += 1 }
        guard let value else {
            sqlite3_bind_null(raw, index)
            return
        }
        sqlite3_bind_int64(raw, index, Int64(value))
    }

    /// Runs the statement once with the values bound, then resets it and clears its values.
    /// - Throws: `DatabaseError` when SQLite refuses the row (a constraint, a full disk).
    func execute(_ db: Database) throws {
        precondition(index - 1 == sqlite3_bind_parameter_count(raw), "every parameter is bound")
        // The texts point into `bytes` only while it stays put: bound, stepped, reset and
        // cleared inside one access to it.
        let (code, message) = bytes.withUnsafeBufferPointer { buffer -> (Int32, String?) in
            buffer.withMemoryRebound(to: CChar.self) { base in
                for text in texts {
                    // An empty text points at the buffer too (a nil pointer would bind NULL).
                    sqlite3_bind_text(raw, text.parameter, base.baseAddress! + text.start, Int32(text.count), Self.static)
                }
                let code = sqlite3_step(raw)
                let message = code == SQLITE_DONE ? nil : db.lastErrorMessage
                sqlite3_reset(raw)
                sqlite3_clear_bindings(raw)
                return (code, message)
            }
        }
        guard code == SQLITE_DONE else {
            throw DatabaseError(resultCode: ResultCode(rawValue: sqlite3_extended_errcode(db.sqliteConnection)), message: message,
                                sql: statement.sql)
        }
    }

    /// SQLite's SQLITE_STATIC: the bytes stay where they are until the statement is reset.
    private static let `static`: sqlite3_destructor_type? = nil
}
