import Foundation

/// Why the store could not open a database or perform an operation.
///
/// The descriptions are plain English for the command line; the UI maps cases to its own
/// strings. New cases will be added: switch over it with a `default`.
public enum StoreError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The file exists but is not an SQLite database.
    case notADatabase(path: String)
    /// The path names a directory, not a file.
    case pathIsDirectory(path: String)
    /// The database was written by a newer Vardag: it has migrations this build does not know.
    /// The file has not been changed.
    case newerSchema(path: String, unknownMigrations: [String])
    /// The directory for the database could not be created.
    case cannotCreateDirectory(path: String, reason: String)
    /// The database file could not be created.
    case cannotCreateFile(path: String, reason: String)
    /// The file (or its directory, needed for the WAL files) cannot be written.
    case readOnly(path: String)
    /// The file cannot be read by this user.
    case permissionDenied(path: String)
    /// SQLite refused to open or migrate the file for another reason.
    case cannotOpen(path: String, reason: String)
    /// A register item with this id does not exist.
    case notFound(entity: String, id: Int64)
    /// Demo data is only written into an empty register.
    case databaseNotEmpty
    /// A file for an export could not be written.
    case cannotWriteFile(path: String, reason: String)
    /// The file has 0 bytes. Vardag never leaves an empty database file behind (a new one is
    /// built aside and linked into place), so an empty file is someone else's and is left alone.
    case emptyFile(path: String)
    /// The file is an SQLite database with tables but not Vardag's (no migration table).
    case foreignDatabase(path: String)
    /// The file starts like an SQLite database but is damaged (for example truncated).
    case damaged(path: String)
    /// The directory of an explicitly named database file does not exist.
    case missingDirectory(path: String)
    /// A write failed because the disk is full or a file size limit was reached.
    /// Nothing was changed: the transaction was rolled back.
    case diskFull(path: String)
    /// A backup destination exists and replacing it was not asked for.
    case destinationExists(path: String)
    /// The path is neither a regular file nor a directory (a FIFO, a device, a socket):
    /// a database is always a regular file, and opening a FIFO would wait forever.
    case notARegularFile(path: String)
    /// The PostgreSQL server could not be reached (not running, wrong host or socket, a
    /// timeout), with libpq's reason.
    case serverUnreachable(server: String, reason: String)
    /// The server refused the login: a wrong password, no such role, or no entry that lets
    /// this OS user or host in (`pg_hba.conf`), with libpq's reason.
    case loginRefused(server: String, reason: String)
    /// The server has no database of the name given.
    case noSuchServerDatabase(server: String, reason: String)
    /// The server database has tables but is not a Vardag database; it was not changed.
    case foreignServerDatabase(server: String)

    public var description: String {
        switch self {
        case .notADatabase(let path):
            return "\(path) is not a Vardag database (not an SQLite file)"
        case .pathIsDirectory(let path):
            return "\(path) is a directory, not a database file"
        case .newerSchema(let path, let unknown):
            return "\(path) was written by a newer version of Vardag (unknown migrations: "
                + unknown.joined(separator: ", ") + "); update Vardag. The file was not changed"
        case .cannotCreateDirectory(let path, let reason):
            return "cannot create directory \(path): \(reason)"
        case .cannotCreateFile(let path, let reason):
            return "cannot create database file \(path): \(reason)"
        case .readOnly(let path):
            return "\(path) cannot be written (read-only file or directory)"
        case .permissionDenied(let path):
            return "\(path) cannot be read: permission denied"
        case .cannotOpen(let path, let reason):
            return "cannot open \(path): \(reason)"
        case .notFound(let entity, let id):
            return "no \(entity) with id \(id)"
        case .databaseNotEmpty:
            return "the register is not empty; demo data is only added to an empty database"
        case .cannotWriteFile(let path, let reason):
            return "cannot write \(path): \(reason)"
        case .emptyFile(let path):
            return "\(path) is an empty file (0 bytes), not a Vardag database; it was not changed. "
                + "Remove it to start a new database"
        case .foreignDatabase(let path):
            return "\(path) is an SQLite database of another program, not a Vardag database; it was not changed"
        case .damaged(let path):
            return "\(path) is damaged (truncated or malformed); it was not changed. Restore a backup"
        case .missingDirectory(let path):
            return "the directory \(path) does not exist; create it first or choose another path"
        case .diskFull(let path):
            return "cannot write \(path): the disk is full or the file size limit is reached; nothing was changed"
        case .destinationExists(let path):
            return "\(path) exists already; give --force to replace it"
        case .notARegularFile(let path):
            return "\(path) is not a regular file (a FIFO, device or socket), not a Vardag database; it was not changed"
        case .serverUnreachable(let server, let reason):
            return "cannot reach the PostgreSQL server \(server): \(reason)"
        case .loginRefused(let server, let reason):
            return "the PostgreSQL server \(server) refused the login: \(reason)"
        case .noSuchServerDatabase(let server, let reason):
            return "no such database on the PostgreSQL server \(server): \(reason)"
        case .foreignServerDatabase(let server):
            return "\(server) holds tables of another program, not a Vardag database; it was not changed"
        }
    }
}
