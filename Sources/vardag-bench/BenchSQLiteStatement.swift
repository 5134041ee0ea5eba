import GRDBSQLite

/// One SQL statement run through SQLite's own C API in this process, on a read-only
/// connection of its own: the floor a screen's reload is set beside sample by sample.
///
/// The `sqlite3` tool's figure comes from separate sessions after Vardag's samples, and
/// this machine's speed drifts by tens of percent from one minute to the next, so that
/// ratio moves with the drift. Run between the reloads, this floor sees the same
/// conditions as each reload. It does what the tool does with the rows (every column of
/// every row read as text), but prepares the statement once where the tool prepares it
/// on every run: a floor a little lower than the tool's, never higher.
final class BenchSQLiteStatement {
    private var connection: OpaquePointer?
    private var statement: OpaquePointer?

    /// Opens `path` read-only and prepares `sql`.
    /// - Throws: `CommandLineTool.Failure` with SQLite's message when either fails.
    init(path: String, sql: String) throws {
        guard sqlite3_open_v2(path, &connection, SQLITE_OPEN_READONLY, nil) == SQLITE_OK,
              sqlite3_prepare_v2(connection, sql, -1, &statement, nil) == SQLITE_OK else {
            let message = connection.map { String(cString: sqlite3_errmsg($0)) } ?? "out of memory"
            sqlite3_finalize(statement)
            sqlite3_close(connection)
            throw CommandLineTool.Failure(description: "sqlite3 C API: \(message)")
        }
    }

    deinit {
        sqlite3_finalize(statement)
        sqlite3_close(connection)
    }

    /// Runs the statement once, reading every column of every row as text.
    /// - Returns: the number of rows.
    /// - Throws: `CommandLineTool.Failure` when a step fails.
    @discardableResult
    func run() throws -> Int {
        defer { sqlite3_reset(statement) }
        let columns = sqlite3_column_count(statement)
        var rows = 0
        var code = sqlite3_step(statement)
        while code == SQLITE_ROW {
            for column in 0..<columns { _ = sqlite3_column_text(statement, column) }
            rows += 1
            code = sqlite3_step(statement)
        }
        guard code == SQLITE_DONE else {
            throw CommandLineTool.Failure(description: "sqlite3 C API: \(String(cString: sqlite3_errmsg(connection)))")
        }
        return rows
    }
}
