import GRDB
import GRDBSQLite

/// Steps through a SQLite query's rows and reads their columns straight through SQLite's C
/// API, for aggregates over tens of thousands of rows: no row value, array or boxed value
/// is made per row (a `StoreRow` makes two arrays), so reading a row costs what SQLite's
/// own stepping does.
///
/// SQLite only; the statement is prepared (and finalised) by GRDB and must be read inside
/// the GRDB `read` or `write` it was made in.
struct SQLiteRowScan {
    /// The current row's columns, valid only inside the `forEach` body that is given it.
    struct Row {
        fileprivate let handle: SQLiteStatement

        /// Whether a column is NULL.
        func isNull(_ column: Int32) -> Bool { sqlite3_column_type(handle, column) == SQLITE_NULL }

        /// A column as an integer (0 for NULL).
        func integer(_ column: Int32) -> Int { Int(sqlite3_column_int64(handle, column)) }

        /// A column as text, or nil for NULL.
        func text(_ column: Int32) -> String? {
            guard let bytes = sqlite3_column_text(handle, column) else { return nil }
            return String(cString: bytes)
        }
    }

    private let statement: Statement

    /// Prepares `sql` on a SQLite connection; nil on any other.
    init?(_ db: any StoreConnection, sql: String) throws {
        guard let sqlite = db as? GRDBConnection else { return nil }
        statement = try sqlite.db.makeStatement(sql: sql)
    }

    /// Calls `body` with each row, in order, then resets the statement.
    /// - Throws: `DatabaseError` when SQLite fails, or what `body` throws.
    func forEach(_ body: (Row) throws -> Void) throws {
        let handle = statement.sqliteStatement
        defer { sqlite3_reset(handle) }
        let row = Row(handle: handle)
        var code = sqlite3_step(handle)
        while code == SQLITE_ROW {
            try body(row)
            code = sqlite3_step(handle)
        }
        guard code == SQLITE_DONE else {
            throw DatabaseError(resultCode: ResultCode(rawValue: code),
                                message: String(cString: sqlite3_errmsg(sqlite3_db_handle(handle))), sql: statement.sql)
        }
    }
}
