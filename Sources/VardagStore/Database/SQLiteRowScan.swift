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

        /// Where a text column's value stands among `choices`, or nil when it is none of
        /// them or NULL: no `String` is made for the value.
        func index(ofText column: Int32, in choices: ShortTexts) -> Int? {
            guard let bytes = sqlite3_column_text(handle, column) else { return nil }
            let count = Int(sqlite3_column_bytes(handle, column))
            guard count <= 8 else { return nil }
            return choices.keys.firstIndex(of: ShortTexts.key(UnsafeBufferPointer(start: bytes, count: count)))
        }
    }

    /// Texts of at most eight UTF-8 bytes (periods such as "2026-W50"), each kept as one
    /// integer, so finding a column's value among a dozen of them is a dozen integer
    /// comparisons (`Row.index(ofText:in:)`).
    struct ShortTexts {
        fileprivate let keys: [UInt64]

        /// The texts' keys, in order; nil when one is longer than eight bytes or holds NUL
        /// (its key could not tell it apart).
        init?(_ texts: [String]) {
            var keys: [UInt64] = []
            for text in texts {
                let bytes = Array(text.utf8)
                guard bytes.count <= 8, !bytes.contains(0) else { return nil }
                keys.append(bytes.withUnsafeBufferPointer(Self.key))
            }
            self.keys = keys
        }

        /// Up to eight bytes packed into one integer, the first byte lowest.
        fileprivate static func key(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
            var key: UInt64 = 0
            for (i, byte) in bytes.enumerated() { key |= UInt64(byte) << (8 * UInt64(i)) }
            return key
        }
    }

    private let statement: Statement

    /// Prepares `sql` on a SQLite connection; nil on any other.
    init?(_ db: any StoreConnection, sql: String) throws {
        guard let sqlite = db as? GRDBConnection else { return nil }
        statement = try sqlite.db.makeStatement(sql: sql)
    }

    /// Takes `sql` from the connection's statement cache (a screen's reload runs the same
    /// statement again and again) with `arguments` bound, on a SQLite connection; nil on
    /// any other.
    init?(_ db: any StoreConnection, cachedSQL sql: String, arguments: StoreArguments) throws {
        guard let sqlite = db as? GRDBConnection else { return nil }
        statement = try sqlite.db.cachedStatement(sql: sql)
        try statement.setArguments(GRDBStatement.grdbArguments(arguments))
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
