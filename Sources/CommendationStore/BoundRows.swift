import GRDB
import GRDBSQLite

/// Values bound one by one to a prepared statement through SQLite's C API, for the statements
/// an import runs with thousands of values (a hundred nominees, or audit rows, to a statement).
/// Binding through `StatementArguments` boxed each value and took about a fifth of an import of
/// 100 000 people. The statement is GRDB's own (cached) one: it is stepped, reset and cleared
/// here, so that GRDB may bind it again the usual way afterwards.
struct BoundRows {
    private let statement: Statement
    private let raw: SQLiteStatement
    private var index: Int32 = 1

    /// Values for `statement`, bound from its first parameter.
    init(_ statement: Statement) {
        self.statement = statement
        raw = statement.sqliteStatement
        sqlite3_reset(raw)
        sqlite3_clear_bindings(raw)
    }

    /// Binds the next parameter to `value` (NULL when nil). The text's bytes are copied by SQLite.
    mutating func bind(_ value: String?) {
        defer { index += 1 }
        guard var value else {
            sqlite3_bind_null(raw, index)
            return
        }
        value.withUTF8 { bytes in
            // An empty text is bound as "" (a nil pointer would bind NULL).
            if bytes.isEmpty {
                sqlite3_bind_text(raw, index, "", 0, Self.transient)
            } else {
                bytes.withMemoryRebound(to: CChar.self) { text in
                    sqlite3_bind_text(raw, index, text.baseAddress, Int32(text.count), Self.transient)
                }
            }
        }
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
        let code = sqlite3_step(raw)
        let message = code == SQLITE_DONE ? nil : db.lastErrorMessage
        sqlite3_reset(raw)
        sqlite3_clear_bindings(raw)
        guard code == SQLITE_DONE else {
            throw DatabaseError(resultCode: ResultCode(rawValue: sqlite3_extended_errcode(db.sqliteConnection)), message: message,
                                sql: statement.sql)
        }
    }

    /// SQLite's SQLITE_TRANSIENT: copy the bytes before the call returns.
    private static let transient = unsafeBitCast(OpaquePointer(bitPattern: -1), to: sqlite3_destructor_type.self)
}
