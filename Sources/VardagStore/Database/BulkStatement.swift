import GRDB
import GRDBSQLite
import VardagDomain

/// A prepared multi-row statement for bulk writes: on SQLite bound and run through its C API,
/// on PostgreSQL (or any other connection) collected and run as an ordinary prepared statement.
///
/// GRDB's `StatementArguments` boxes every value in an existential and converts it on
/// binding; for the competence import (about 500,000 values) that cost more than SQLite's
/// own work. Here values go straight to `sqlite3_bind_*`, in order, and `run()` steps and
/// resets the statement. The statement is prepared by GRDB (so GRDB finalises it) and must
/// run inside a GRDB write: the writer's queue and transaction are GRDB's. Because GRDB does
/// not see these statements run, the caller tells it which tables changed
/// (`Database.notifyChanges(in:)`), so observers stay right.
struct BulkStatement {
    private let statement: Statement?
    private let handle: SQLiteStatement?
    /// The 1-based index of the next parameter to bind.
    private var parameter: CInt = 1
    /// The statement of a connection that is not SQLite's, and the values bound so far.
    private let other: (any StoreStatement)?
    private var otherValues: [StoreValue] = []

    /// Prepares `sql` on `db`.
    init(_ db: any StoreConnection, sql: String) throws {
        if let sqlite = db as? GRDBConnection {
            let statement = try sqlite.db.makeStatement(sql: sql)
            self.statement = statement
            handle = statement.sqliteStatement
            other = nil
        } else {
            statement = nil
            handle = nil
            other = try db.cachedStatement(sql: sql)
        }
    }

    /// SQLite copies text bound with this destructor, so a Swift buffer may go away after binding.
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    /// Binds the next parameter to an integer.
    mutating func bind(_ value: Int64) {
        guard let handle else { return otherValues.append(.integer(value)) }
        sqlite3_bind_int64(handle, parameter, value)
        parameter += 1
    }

    /// Binds the next parameter to an integer.
    mutating func bind(_ value: Int) { bind(Int64(value)) }

    /// Binds the next parameter to 1 or 0.
    mutating func bind(_ value: Bool) { bind(Int64(value ? 1 : 0)) }

    /// Binds the next parameter to an integer, or NULL.
    mutating func bind(_ value: Int64?) {
        if let value { bind(value) } else { bindNull() }
    }

    /// Binds the next parameter to an integer, or NULL.
    mutating func bind(_ value: Int?) { bind(value.map(Int64.init)) }

    /// Binds the next parameter to NULL.
    mutating func bindNull() {
        guard let handle else { return otherValues.append(.null) }
        sqlite3_bind_null(handle, parameter)
        parameter += 1
    }

    /// Binds the next parameter to a text (copied by SQLite).
    mutating func bind(_ text: String) {
        guard let handle else { return otherValues.append(.text(text)) }
        var text = text
        text.withUTF8 { bytes in
            // A non-null pointer even for "", so SQLite stores an empty text, not NULL.
            let base = bytes.baseAddress.map { UnsafeRawPointer($0) } ?? UnsafeRawPointer(("" as StaticString).utf8Start)
            _ = sqlite3_bind_text(handle, parameter, base.assumingMemoryBound(to: CChar.self), CInt(bytes.count), Self.transient)
        }
        parameter += 1
    }

    /// Binds the next parameter to a date as `YYYY-MM-DD` text, built on the stack.
    mutating func bind(_ date: LocalDate) {
        guard let handle, (0...9999).contains(date.year) else { return bind(date.iso) }
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 10) { buffer in
            Self.writeISO(date, into: buffer)
            let base = UnsafeRawPointer(buffer.baseAddress!).assumingMemoryBound(to: CChar.self)
            _ = sqlite3_bind_text(handle, parameter, base, 10, Self.transient)
        }
        parameter += 1
    }

    /// Writes a date of year 0–9999 as the 10 bytes `YYYY-MM-DD`, like `LocalDate.iso` but
    /// without making a String: an import binds tens of thousands.
    static func writeISO(_ date: LocalDate, into buffer: UnsafeMutableBufferPointer<UInt8>) {
        func put(_ value: Int, _ digits: Int, at offset: Int) {
            var rest = value
            for position in stride(from: offset + digits - 1, through: offset, by: -1) {
                buffer[position] = UInt8(ascii: "0") + UInt8(rest % 10)
                rest /= 10
            }
        }
        put(date.year, 4, at: 0)
        buffer[4] = UInt8(ascii: "-")
        put(date.month, 2, at: 5)
        buffer[7] = UInt8(ascii: "-")
        put(date.day, 2, at: 8)
    }

    /// Runs the statement with the values bound since the last run, then resets it for the next.
    /// - Throws: `DatabaseError` when SQLite refuses (a constraint, a full disk); the
    ///   caller's transaction then rolls everything back.
    mutating func run() throws {
        guard let handle, let statement else {
            defer { otherValues.removeAll(keepingCapacity: true) }
            try other?.execute(arguments: StoreArguments(values: otherValues))
            return
        }
        precondition(parameter == sqlite3_bind_parameter_count(handle) + 1, "every parameter is bound before a run")
        var code = sqlite3_step(handle)
        while code == SQLITE_ROW { code = sqlite3_step(handle) }
        let message = code == SQLITE_DONE ? nil : String(cString: sqlite3_errmsg(sqlite3_db_handle(handle)))
        sqlite3_reset(handle)
        parameter = 1
        guard code == SQLITE_DONE else {
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: message, sql: statement.sql)
        }
    }
}
