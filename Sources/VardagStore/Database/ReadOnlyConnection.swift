import Foundation
import GRDB

/// Opens SQLite connections that can neither change a database file nor leave files beside it.
///
/// A plain `SQLITE_OPEN_READONLY` connection to a WAL database still creates a `-wal` and
/// a 32 KB `-shm` file and cannot remove them again. When no `-wal` file is there, no
/// other connection is using the database, so it is opened as the URI
/// `file:PATH?mode=ro&immutable=1`: SQLite then takes no locks and creates no files.
/// When a `-wal` file is there (the app is open, or one crashed), its frames belong to
/// the database, so the connection shares them as an ordinary read-only reader does.
/// (URI file names need an SQLite built with `SQLITE_USE_URI`, as Debian's and
/// Ubuntu's `libsqlite3` are.)
enum ReadOnlyConnection {
    /// Opens a read-only connection to an existing database file.
    /// - Parameter path: the database file.
    /// - Returns: a queue whose writes fail with `SQLITE_READONLY`.
    /// - Throws: a GRDB `DatabaseError`.
    static func open(path: String) throws -> DatabaseQueue {
        var configuration = AppDatabase.connectionConfiguration()
        configuration.readonly = true
        if FileManager.default.fileExists(atPath: path + "-wal") {
            return try DatabaseQueue(path: path, configuration: configuration)
        }
        return try DatabaseQueue(path: immutableURI(for: path), configuration: configuration)
    }

    /// The SQLite URI that opens a file read-only and immutable; `%`, `?` and `#` in the
    /// path are escaped, as SQLite's URI rules require.
    static func immutableURI(for path: String) -> String {
        var escaped = ""
        for character in path {
            switch character {
            case "%": escaped += "%25"
            case "?": escaped += "%3f"
            case "#": escaped += "%23"
            default: escaped.append(character)
            }
        }
        return "file:\(escaped)?mode=ro&immutable=1"
    }
}
