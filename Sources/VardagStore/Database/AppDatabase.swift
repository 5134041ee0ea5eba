import Foundation
import GRDB
#if canImport(Glibc)
import Glibc
#endif

/// The Vardag database: migrations, and intent-named reads and writes that keep the
/// register's rules and write the audit trail inside one transaction each.
///
/// Works over any GRDB `DatabaseWriter`; the app opens a `DatabasePool` (WAL) with
/// `open(path:user:)`. The app reloads after each write; nothing here uses ValueObservation.
public final class AppDatabase: Sendable {
    /// The connection(s) the intents run their SQL through, whichever backend.
    let writer: any StoreWriter
    /// The SQLite connection(s) for what only SQLite does (its backup, integrity check and
    /// WAL files), or nil on PostgreSQL.
    let sqlite: (any DatabaseWriter)?
    /// The name written to the audit trail as the author of each change.
    public let user: String
    /// The clock for audit timestamps (tests pass a fixed one).
    let now: @Sendable () -> Date

    /// How long a write waits for another Vardag process holding the write lock.
    public static let busyTimeout: TimeInterval = 5

    /// Where `open(path:user:)` copied the database before migrating it to this build's
    /// schema, or nil when no migration of existing data was needed.
    public let migrationBackupPath: String?

    /// The database file whose `-wal` and `-shm` files `close()` removes when no other
    /// connection uses them (for a read-only opening that found no `-wal` file), or nil.
    private let tidiesWALFilesOf: String?

    /// Wraps an already open connection and migrates it. Use `open(path:user:)` in the app.
    /// - Parameters:
    ///   - writer: the GRDB writer; must have foreign keys on (GRDB's default).
    ///   - user: the author recorded in the audit trail.
    ///   - now: the clock for audit timestamps.
    ///   - migrationBackupPath: the backup `open` wrote before migrating, to report it.
    /// - Throws: `StoreError.newerSchema` when the database has migrations this build does
    ///   not know (nothing is changed then), or errors from running the migrations.
    public init(
        writer: any DatabaseWriter, user: String, now: @escaping @Sendable () -> Date = { Date() },
        migrationBackupPath: String? = nil
    ) throws {
        self.writer = GRDBStoreWriter(grdb: writer)
        sqlite = writer
        self.user = user.isEmpty ? "unknown" : user
        self.now = now
        self.migrationBackupPath = migrationBackupPath
        tidiesWALFilesOf = nil
        let migrator = SchemaMigrations.migrator
        let unknown = try writer.read { db in
            try migrator.appliedIdentifiers(db).subtracting(migrator.migrations).sorted()
        }
        if !unknown.isEmpty { throw StoreError.newerSchema(path: writer.path, unknownMigrations: unknown) }
        try migrator.migrate(writer)
    }

    /// Wraps a migrated PostgreSQL connection (see `open(server:user:now:)`).
    init(server: PostgresStoreWriter, user: String, now: @escaping @Sendable () -> Date) {
        writer = server
        sqlite = nil
        self.user = user.isEmpty ? "unknown" : user
        self.now = now
        migrationBackupPath = nil
        tidiesWALFilesOf = nil
    }

    /// Wraps a read-only connection as it is, without migrating (for `openForChecking` and `openForReading`).
    /// - Parameters:
    ///   - reader: the connection.
    ///   - user: the author recorded in the audit trail (nothing is written).
    ///   - tidiesWALFilesOf: the database file whose `-wal`/`-shm` `close()` removes, or nil.
    private init(unmigrated reader: DatabaseQueue, user: String, tidiesWALFilesOf: String?) {
        writer = GRDBStoreWriter(grdb: reader)
        sqlite = reader
        self.user = user
        now = { Date() }
        migrationBackupPath = nil
        self.tidiesWALFilesOf = tidiesWALFilesOf
    }

    /// Opens an existing database read-only and without migrating it, for `vardag check`:
    /// checking a file (an older backup, say) never changes it or leaves a file beside it.
    /// Refuses the same bad files as `open(path:user:)` except a read-only one (a protected
    /// backup can be checked); a database still waiting for migrations is checked as it is.
    /// - Parameter path: the database file.
    /// - Returns: a database that can only be read (`integrityCheck`, `schemaVersion`, reads).
    /// - Throws: `StoreError`.
    public static func openForChecking(path: String) throws -> AppDatabase {
        try openUnchanged(path: path, for: .checking)
    }

    /// Opens an existing database read-only and without migrating it, for `vardag backup`:
    /// the copy is of the file as it is, and the file stays byte for byte as it was. A
    /// damaged file (`PRAGMA quick_check`) is refused, so no damaged copy is made; a
    /// read-only file may be copied.
    /// - Parameter path: the database file.
    /// - Returns: a database that can only be read (`backup(to:replacing:)`).
    /// - Throws: `StoreError`.
    public static func openForCopying(path: String) throws -> AppDatabase {
        try openUnchanged(path: path, for: .copying)
    }

    /// Inspects a file for a purpose and opens it read-only as it is (see `ReadOnlyConnection`).
    private static func openUnchanged(path: String, for purpose: DatabaseFileCheck.Purpose) throws -> AppDatabase {
        let url = URL(fileURLWithPath: path).standardizedFileURL
        let hadWAL = hasWALFile(url.path)
        do {
            guard try DatabaseFileCheck.inspect(url, for: purpose) != nil else {
                throw StoreError.cannotOpen(path: url.path, reason: "no such file")
            }
            return AppDatabase(unmigrated: try readOnlyQueue(url.path), user: "check", tidiesWALFilesOf: hadWAL ? nil : url.path)
        } catch let error as DatabaseError {
            throw translate(error, path: url.path)
        }
    }

    /// Opens an existing database for reading only, for exports and `vardag purge --dry-run`:
    /// the file stays byte for byte as it was, and `-wal`/`-shm` files that were not there
    /// before are gone again after `close()` (unless another connection still uses them).
    ///
    /// `open(path:user:)` cannot promise that: its `DatabasePool` makes sure a WAL file
    /// exists by creating and dropping a table when the `-wal` file is missing or empty
    /// (GRDB's fix for its issue 102), which commits a schema change, bumps the header's
    /// change counter and schema cookie and leaves a free page behind. Here one connection
    /// opened `SQLITE_OPEN_READONLY` reads, so SQLite itself refuses any write. Such a
    /// connection cannot remove the `-wal`/`-shm` files it had to create, so `close()` then
    /// lets a plain connection do it the way SQLite always does for the last connection
    /// to close (an exclusive lock first); a `-wal` file that was there before is left alone.
    ///
    /// The same bad files are refused as by `open(path:user:)`. A database from an older
    /// Vardag still needs its migrations before the reads can run: it is opened with
    /// `open(path:user:)`, backed up and migrated first, as any opening does.
    /// - Parameters:
    ///   - path: the database file; it must exist.
    ///   - user: the author recorded in the audit trail (used only when migrating).
    /// - Returns: a database whose writes fail with `SQLITE_READONLY`.
    /// - Throws: `StoreError`.
    public static func openForReading(path: String, user: String) throws -> AppDatabase {
        let url = URL(fileURLWithPath: path).standardizedFileURL
        // Before the file check, whose own read-only look may create the -wal file.
        let hadWAL = hasWALFile(url.path)
        do {
            guard let existing = try DatabaseFileCheck.inspect(url) else {
                throw StoreError.cannotOpen(path: url.path, reason: "no such file")
            }
            if existing.needsMigrations {
                return try open(path: path, user: user, createMissingDirectory: false)
            }
            return AppDatabase(unmigrated: try readOnlyQueue(url.path), user: user, tidiesWALFilesOf: hadWAL ? nil : url.path)
        } catch let error as DatabaseError {
            throw translate(error, path: url.path)
        }
    }

    /// Opens an existing database for a command that checks its input before it writes
    /// (`vardag import competence`): a refused file leaves the database byte for byte as it
    /// was, with the one check the import makes anyway, not a read-only check first.
    ///
    /// One read-write connection (a `DatabaseQueue`), so opening writes nothing:
    /// `open(path:user:)`'s pool makes sure a WAL file exists by committing a schema change
    /// (see `openForReading`), a queue does not. When the last connection closes, SQLite
    /// folds the WAL back and removes the `-wal`/`-shm` files as always. The same bad files
    /// are refused as by `open(path:user:)`; a database from an older Vardag opens through
    /// it (backed up and migrated first).
    /// - Parameters:
    ///   - path: the database file; it must exist.
    ///   - user: the author recorded in the audit trail.
    /// - Returns: the open database.
    /// - Throws: `StoreError`.
    public static func openForCheckedWrites(path: String, user: String) throws -> AppDatabase {
        let url = URL(fileURLWithPath: path).standardizedFileURL
        do {
            guard let existing = try DatabaseFileCheck.inspect(url) else {
                throw StoreError.cannotOpen(path: url.path, reason: "no such file")
            }
            if existing.needsMigrations {
                return try open(path: path, user: user, createMissingDirectory: false)
            }
            let queue = try DatabaseQueue(path: url.path, configuration: connectionConfiguration())
            for suffix in ["", "-wal", "-shm"] { OwnerOnlyFiles.restrictToOwner(path: url.path + suffix) }
            return try AppDatabase(writer: queue, user: user)
        } catch let error as DatabaseError {
            throw translate(error, path: url.path)
        }
    }

    /// A connection SQLite opens `SQLITE_OPEN_READONLY` (see `ReadOnlyConnection`).
    private static func readOnlyQueue(_ path: String) throws -> DatabaseQueue {
        try ReadOnlyConnection.open(path: path)
    }

    /// Whether the database has a `-wal` file (of any size) next to it.
    private static func hasWALFile(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: path + "-wal")
    }

    /// Folds the WAL back into the database and removes the `-wal` and `-shm` files when no
    /// connection uses them, the way SQLite does when the last read-write connection
    /// closes: one such connection reads (which opens the WAL) and closes. With another
    /// connection still open, SQLite cannot take the exclusive lock and leaves the files.
    /// After a read-only opening the WAL holds no frames (unless another connection wrote
    /// them), so nothing is written to the database file.
    private static func foldAndRemoveWALFiles(of path: String) {
        // Opening a missing file would create an empty database: only tidy what is there.
        guard hasWALFile(path), FileManager.default.fileExists(atPath: path),
              let queue = try? DatabaseQueue(path: path, configuration: connectionConfiguration()) else { return }
        _ = try? queue.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") }
        try? queue.close()
    }

    /// Opens (creating if needed) the database file at a path, as the app and CLI do.
    ///
    /// Before anything is written, an existing file is checked (see `DatabaseFileCheck`): a
    /// directory, an empty file, a non-SQLite or foreign SQLite file, a damaged (truncated)
    /// file, an unreadable or read-only file, or a database migrated by a newer Vardag is
    /// refused, leaving the file byte for byte as it was. A new database is built aside in
    /// its directory and linked into place, so the path never holds a half-made file; it and
    /// its directory are owner-only (0600 / 0700); an existing file with group/other
    /// permissions is tightened to owner-only. When an existing database needs migrations,
    /// it is first copied with SQLite's online backup next to itself (see
    /// `migrationBackupURL`). The connection is a WAL `DatabasePool` with foreign keys on
    /// and a busy timeout, so a second Vardag on the same file waits instead of failing.
    /// - Parameters:
    ///   - path: the file path (see `DatabaseLocation.resolve`).
    ///   - user: the author recorded in the audit trail.
    ///   - createMissingDirectory: create a missing directory (the default location) or
    ///     refuse with `StoreError.missingDirectory` (a path the user named).
    ///   - now: the clock for audit timestamps.
    /// - Returns: the open, migrated database.
    /// - Throws: `StoreError`.
    public static func open(
        path: String, user: String, createMissingDirectory: Bool = true,
        now: @escaping @Sendable () -> Date = { Date() }
    ) throws -> AppDatabase {
        let url = URL(fileURLWithPath: path).standardizedFileURL
        do {
            var existing = try DatabaseFileCheck.inspect(url)
            if existing == nil {
                try createNewDatabase(at: url, createMissingDirectory: createMissingDirectory)
                existing = try DatabaseFileCheck.inspect(url)
            }
            // The backup is read through a read-only connection before the pool opens:
            // opening a pool may write (GRDB makes sure the WAL file exists), and a
            // failed backup (disk full) must leave the database exactly as it was.
            var backupPath: String?
            let applied = existing?.appliedMigrations ?? []
            if !applied.isEmpty, existing?.needsMigrations == true {
                let backup = migrationBackupURL(for: url, schemaNumber: applied.count, at: now())
                do {
                    let source = try ReadOnlyConnection.open(path: url.path)
                    defer { try? source.close() }
                    try copy(from: source, to: backup, replacing: false)
                } catch let error as DatabaseError {
                    throw translate(error, path: backup.path)
                }
                backupPath = backup.path
            }
            let pool = try DatabasePool(path: url.path, configuration: connectionConfiguration())
            OwnerOnlyFiles.restrictToOwner(path: url.path)
            OwnerOnlyFiles.restrictToOwner(path: url.path + "-wal")
            OwnerOnlyFiles.restrictToOwner(path: url.path + "-shm")
            return try AppDatabase(writer: pool, user: user, now: now, migrationBackupPath: backupPath)
        } catch let error as StoreError {
            throw error
        } catch let error as DatabaseError {
            throw translate(error, path: url.path)
        }
    }

    /// The connection settings every Vardag connection uses.
    static func connectionConfiguration() -> Configuration {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(busyTimeout)
        configuration.label = "vardag"
        return configuration
    }

    /// Builds a new, migrated database under a temporary name and links it into place.
    ///
    /// `link` fails when the path exists, so when two Vardags start on a new path at once,
    /// the first one's file wins and the other uses it; nothing is ever replaced.
    private static func createNewDatabase(at url: URL, createMissingDirectory: Bool) throws {
        let directory = url.deletingLastPathComponent()
        var isDirectory: ObjCBool = false
        if !FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory) {
            guard createMissingDirectory else { throw StoreError.missingDirectory(path: directory.path) }
            try OwnerOnlyFiles.createDirectory(at: directory)
        } else if !isDirectory.boolValue {
            throw StoreError.cannotCreateDirectory(path: directory.path, reason: "\(directory.path) is not a directory")
        }
        let temporary = directory.appendingPathComponent(".\(url.lastPathComponent).new-\(UUID().uuidString.prefix(8))")
        defer {
            for suffix in ["", "-wal", "-shm", "-journal"] { unlink(temporary.path + suffix) }
        }
        do {
            try OwnerOnlyFiles.createEmptyFile(at: temporary)
        } catch StoreError.readOnly {
            throw StoreError.readOnly(path: url.path)
        }
        let pool = try DatabasePool(path: temporary.path, configuration: connectionConfiguration())
        try SchemaMigrations.migrator.migrate(pool)
        try pool.close()
        if link(temporary.path, url.path) != 0 {
            let code = errno
            if code == EEXIST { return }
            if code == ENOSPC || code == EDQUOT { throw StoreError.diskFull(path: url.path) }
            throw StoreError.cannotCreateFile(path: url.path, reason: String(cString: strerror(code)))
        }
    }

    /// Turns SQLite's result codes into the store's reasons.
    static func translate(_ error: DatabaseError, path: String) -> StoreError {
        switch error.resultCode {
        case .SQLITE_NOTADB: return .notADatabase(path: path)
        case .SQLITE_CORRUPT: return .damaged(path: path)
        case .SQLITE_READONLY: return .readOnly(path: path)
        case .SQLITE_PERM, .SQLITE_AUTH: return .permissionDenied(path: path)
        case .SQLITE_FULL: return .diskFull(path: path)
        case .SQLITE_IOERR where error.extendedResultCode == .SQLITE_IOERR_WRITE:
            // EFBIG (file size limit) arrives as a write error, ENOSPC as SQLITE_FULL.
            return .diskFull(path: path)
        default: return .cannotOpen(path: path, reason: error.message ?? "\(error.resultCode)")
        }
    }

    // MARK: Health

    /// The migrations applied and known, for `vardag check`.
    /// - Returns: the schema version.
    /// - Throws: a GRDB `DatabaseError`.
    public func schemaVersion() throws -> SchemaVersion {
        guard let sqlite else { return try PostgresMigrator.schemaVersion(writer) }
        let migrator = SchemaMigrations.migrator
        return try sqlite.read { db in
            let applied = try migrator.appliedIdentifiers(db)
            let ordered = migrator.migrations.filter { applied.contains($0) }
                + applied.filter { !migrator.migrations.contains($0) }.sorted()
            return SchemaVersion(applied: ordered, known: migrator.migrations)
        }
    }

    /// Runs SQLite's `PRAGMA integrity_check` and `PRAGMA foreign_key_check`.
    /// - Returns: `["ok"]` for a healthy database, otherwise one line per problem.
    /// - Throws: a GRDB `DatabaseError`.
    public func integrityCheck() throws -> [String] {
        guard let sqlite else { return try PostgresMigrator.integrityCheck(writer) }
        return try sqlite.read { db in
            var lines = try String.fetchAll(db, sql: "PRAGMA integrity_check")
            let violations = try Row.fetchAll(db, sql: "PRAGMA foreign_key_check")
            for violation in violations {
                let table: String = violation[0]
                let rowid: Int64? = violation[1]
                let parent: String = violation[2]
                lines.append("foreign key violation: \(table) row \(rowid.map(String.init) ?? "?") refers to a missing \(parent)")
            }
            if lines.count > 1 { lines.removeAll { $0 == "ok" } }
            return lines
        }
    }

    /// Closes the connections; unless another connection (another Vardag) still uses the
    /// database, the WAL is folded back into the database file and the `-wal` and `-shm`
    /// files are removed, so the file alone is the whole database. A read-only opening
    /// that found a `-wal` file leaves it as it was. The value must not be used afterwards;
    /// releasing it closes the connections but may leave the `-wal` and `-shm` files.
    /// - Throws: a GRDB `DatabaseError` when a statement is still running.
    public func close() throws {
        if let pool = sqlite as? DatabasePool {
            try pool.close()
            // GRDB closes the writer before the readers, and SQLite lets only the last
            // connection to close fold the WAL back and remove it: neither could here.
            if let path { Self.foldAndRemoveWALFiles(of: path) }
        } else if let queue = sqlite as? DatabaseQueue {
            try queue.close()
        } else {
            try writer.close()
        }
        if let tidiesWALFilesOf { Self.foldAndRemoveWALFiles(of: tidiesWALFilesOf) }
    }

    /// The path of the database file, or nil for an in-memory database.
    public var path: String? {
        guard let sqlite else { return nil }
        let path = sqlite.path
        return path.isEmpty || path == ":memory:" ? nil : path
    }
}
