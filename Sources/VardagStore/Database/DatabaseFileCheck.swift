import Foundation
import GRDB
#if canImport(Glibc)
import Glibc
#endif

/// Checks an existing database file without writing to it, before Vardag opens it for writing.
///
/// Every refusal leaves the file byte for byte as it was and no file beside it: the checks
/// read the file's header with plain file I/O and its migration table (and pages) through
/// a `ReadOnlyConnection`.
struct DatabaseFileCheck: Sendable {
    /// What the file is opened for, which decides what is checked.
    enum Purpose: Sendable {
        /// Writing, or reading what may first need a migration: a read-only file is
        /// refused, and the pages are checked (`PRAGMA quick_check`) so a damaged file is
        /// never written to.
        case writing
        /// Copying (`vardag backup`): a read-only file may be copied, but not a damaged one.
        case copying
        /// `vardag check`: a read-only file may be checked; the full integrity check comes after.
        case checking

        var refusesReadOnly: Bool { self == .writing }
        var checksPages: Bool { self != .checking }
    }

    /// The Vardag migrations already applied to the file (empty for an SQLite file without tables).
    var appliedMigrations: [String]

    /// Whether this build has migrations the file has not had yet.
    var needsMigrations: Bool { !Set(SchemaMigrations.identifiers).subtracting(appliedMigrations).isEmpty }

    /// The first bytes of every SQLite database file.
    static let sqliteMagic = Data("SQLite format 3\0".utf8)

    /// Inspects the file at a URL.
    /// - Parameters:
    ///   - url: the database file.
    ///   - purpose: what the file is opened for.
    /// - Returns: what the file holds, or nil when there is no file (a new database).
    /// - Throws: `StoreError` naming why the file cannot be used.
    static func inspect(_ url: URL, for purpose: Purpose = .writing) throws -> DatabaseFileCheck? {
        let path = url.path
        var info = stat()
        guard stat(path, &info) == 0 else {
            if errno == ENOENT || errno == ENOTDIR { return nil }
            if errno == EACCES { throw StoreError.permissionDenied(path: path) }
            throw StoreError.cannotOpen(path: path, reason: String(cString: strerror(errno)))
        }
        if info.st_mode & S_IFMT == S_IFDIR { throw StoreError.pathIsDirectory(path: path) }
        // Before any open: opening a FIFO for reading would wait for a writer forever.
        if info.st_mode & S_IFMT != S_IFREG { throw StoreError.notARegularFile(path: path) }
        guard access(path, R_OK) == 0 else { throw StoreError.permissionDenied(path: path) }
        let size = Int(info.st_size)
        if size == 0 { throw StoreError.emptyFile(path: path) }
        let header: Data
        do {
            let handle = try FileHandle(forReadingFrom: url)
            defer { try? handle.close() }
            header = try handle.read(upToCount: 100) ?? Data()
        } catch {
            throw StoreError.permissionDenied(path: path)
        }
        guard header.starts(with: sqliteMagic) else { throw StoreError.notADatabase(path: path) }
        try checkSize(header: [UInt8](header), fileSize: size, path: path)
        // The permission bits count, not only access(2): root may write anything, but a
        // file its owner made read-only (chmod 0400) must not be changed behind their back.
        let directory = url.deletingLastPathComponent().path
        if purpose.refusesReadOnly, info.st_mode & 0o222 == 0 || access(path, W_OK) != 0 || access(directory, W_OK) != 0 {
            throw StoreError.readOnly(path: path)
        }
        let applied = try appliedMigrations(at: path, checkingPages: purpose.checksPages)
        return DatabaseFileCheck(appliedMigrations: applied)
    }

    /// Refuses a file whose size does not fit its header: not whole pages, or fewer pages
    /// than the header says (a truncated copy). With a non-empty `-wal` file the header may
    /// lag behind, so the page count is then left to SQLite's own checks.
    private static func checkSize(header: [UInt8], fileSize: Int, path: String) throws {
        guard header.count == 100 else { throw StoreError.damaged(path: path) }
        func bigEndian(_ offset: Int, _ count: Int) -> Int {
            header[offset..<(offset + count)].reduce(0) { $0 << 8 | Int($1) }
        }
        let rawPageSize = bigEndian(16, 2)
        let pageSize = rawPageSize == 1 ? 65_536 : rawPageSize
        guard pageSize >= 512, pageSize & (pageSize - 1) == 0, fileSize % pageSize == 0 else {
            throw StoreError.damaged(path: path)
        }
        let pageCount = bigEndian(28, 4)
        let headerIsCurrent = bigEndian(92, 4) == bigEndian(24, 4)
        var walInfo = stat()
        let walHasFrames = stat(path + "-wal", &walInfo) == 0 && walInfo.st_size > 0
        if headerIsCurrent, !walHasFrames, pageCount * pageSize > fileSize {
            throw StoreError.damaged(path: path)
        }
    }

    /// Reads the applied migration identifiers through a read-only connection, and with
    /// `checkingPages` runs `PRAGMA quick_check` (every page and index entry, in about
    /// 10 ms for the demo database) after the migrations were found known.
    private static func appliedMigrations(at path: String, checkingPages: Bool) throws -> [String] {
        do {
            let queue = try ReadOnlyConnection.open(path: path)
            defer { try? queue.close() }
            return try queue.read { db in
                guard try db.tableExists("grdb_migrations") else {
                    let tables = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master WHERE type = 'table'") ?? 0
                    if tables > 0 { throw StoreError.foreignDatabase(path: path) }
                    return []
                }
                let applied = try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations")
                let known = Set(SchemaMigrations.identifiers)
                let unknown = applied.filter { !known.contains($0) }.sorted()
                if !unknown.isEmpty { throw StoreError.newerSchema(path: path, unknownMigrations: unknown) }
                if checkingPages, try String.fetchAll(db, sql: "PRAGMA quick_check") != ["ok"] {
                    throw StoreError.damaged(path: path)
                }
                return applied
            }
        } catch let error as DatabaseError {
            throw AppDatabase.translate(error, path: path)
        }
    }
}
