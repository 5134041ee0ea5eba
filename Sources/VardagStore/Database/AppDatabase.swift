import Foundation
import GRDB

/// The Vardag database: migrations, and intent-named reads and writes that keep the
/// register's rules and write the audit trail inside one transaction each.
///
/// Works over any GRDB `DatabaseWriter`; the app opens a `DatabasePool` (WAL) with
/// `open(path:user:)`. The app reloads after each write; nothing here uses ValueObservation.
public final class AppDatabase: Sendable {
    /// The GRDB connection(s).
    let writer: any DatabaseWriter
    /// The name written to the audit trail as the author of each change.
    public let user: String
    /// The clock for audit timestamps (tests pass a fixed one).
    let now: @Sendable () -> Date

    /// How long a write waits for another Vardag process holding the write lock.
    public static let busyTimeout: TimeInterval = 5

    /// Wraps an already open, already migrated connection. Use `open(path:user:)` in the app.
    /// - Parameters:
    ///   - writer: the GRDB writer; must have foreign keys on (GRDB's default).
    ///   - user: the author recorded in the audit trail.
    ///   - now: the clock for audit timestamps.
    /// - Throws: `StoreError.newerSchema` when the database has migrations this build does
    ///   not know (nothing is changed then), or errors from running the migrations.
    public init(writer: any DatabaseWriter, user: String, now: @escaping @Sendable () -> Date = { Date() }) throws {
        self.writer = writer
        self.user = user.isEmpty ? "unknown" : user
        self.now = now
        let migrator = SchemaMigrations.migrator
        let unknown = try writer.read { db in
            try migrator.appliedIdentifiers(db).subtracting(migrator.migrations).sorted()
        }
        if !unknown.isEmpty { throw StoreError.newerSchema(path: writer.path, unknownMigrations: unknown) }
        try migrator.migrate(writer)
    }

    /// Opens (creating if needed) the database file at a path, as the app and CLI do.
    ///
    /// Before anything is written, an existing file is checked: a directory, a non-SQLite
    /// file, an unreadable or read-only file, or a database migrated by a newer Vardag is
    /// refused, leaving the file byte for byte as it was. A new file and its directory are
    /// created owner-only (0600 / 0700); an existing file with group/other permissions is
    /// tightened to owner-only. The connection is a WAL `DatabasePool` with foreign keys on
    /// and a busy timeout, so a second Vardag on the same file waits instead of failing.
    /// - Parameters:
    ///   - path: the file path (see `DatabaseLocation.resolve`).
    ///   - user: the author recorded in the audit trail.
    ///   - now: the clock for audit timestamps.
    /// - Returns: the open, migrated database.
    /// - Throws: `StoreError`.
    public static func open(
        path: String, user: String, now: @escaping @Sendable () -> Date = { Date() }
    ) throws -> AppDatabase {
        let url = URL(fileURLWithPath: path).standardizedFileURL
        try preflight(url)
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(busyTimeout)
        configuration.label = "vardag"
        do {
            let pool = try DatabasePool(path: url.path, configuration: configuration)
            OwnerOnlyFiles.restrictToOwner(path: url.path)
            OwnerOnlyFiles.restrictToOwner(path: url.path + "-wal")
            OwnerOnlyFiles.restrictToOwner(path: url.path + "-shm")
            return try AppDatabase(writer: pool, user: user, now: now)
        } catch let error as StoreError {
            throw error
        } catch let error as DatabaseError {
            throw translate(error, path: url.path)
        }
    }

    /// Checks an existing file without writing to it, or creates a new owner-only one.
    private static func preflight(_ url: URL) throws {
        let path = url.path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            try OwnerOnlyFiles.createDirectory(at: url.deletingLastPathComponent())
            try OwnerOnlyFiles.createEmptyFile(at: url)
            return
        }
        if isDirectory.boolValue { throw StoreError.pathIsDirectory(path: path) }
        guard FileManager.default.isReadableFile(atPath: path) else {
            throw StoreError.permissionDenied(path: path)
        }
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.intValue ?? 0
        if size > 0 {
            let header = try? FileHandle(forReadingFrom: url).read(upToCount: 16)
            guard header == Data("SQLite format 3\0".utf8) else { throw StoreError.notADatabase(path: path) }
            let unknown = try unknownMigrations(at: path)
            if !unknown.isEmpty { throw StoreError.newerSchema(path: path, unknownMigrations: unknown) }
        }
        let directory = url.deletingLastPathComponent().path
        guard FileManager.default.isWritableFile(atPath: path),
              FileManager.default.isWritableFile(atPath: directory) else {
            throw StoreError.readOnly(path: path)
        }
    }

    /// Reads the applied migration identifiers through a read-only connection.
    private static func unknownMigrations(at path: String) throws -> [String] {
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(busyTimeout)
        do {
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            let applied = try queue.read { db in try SchemaMigrations.migrator.appliedIdentifiers(db) }
            try queue.close()
            let known = Set(SchemaMigrations.identifiers)
            return applied.filter { !known.contains($0) }.sorted()
        } catch let error as DatabaseError {
            throw translate(error, path: path)
        }
    }

    private static func translate(_ error: DatabaseError, path: String) -> StoreError {
        switch error.resultCode {
        case .SQLITE_NOTADB, .SQLITE_CORRUPT: return .notADatabase(path: path)
        case .SQLITE_READONLY: return .readOnly(path: path)
        case .SQLITE_PERM, .SQLITE_AUTH: return .permissionDenied(path: path)
        default: return .cannotOpen(path: path, reason: error.message ?? "\(error.resultCode)")
        }
    }

    // MARK: Health

    /// The migrations applied and known, for `vardag check`.
    /// - Returns: the schema version.
    /// - Throws: a GRDB `DatabaseError`.
    public func schemaVersion() throws -> SchemaVersion {
        let migrator = SchemaMigrations.migrator
        return try writer.read { db in
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
        try writer.read { db in
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

    /// Closes the connections (a WAL checkpoint folds the -wal file back into the database).
    /// The value must not be used afterwards; releasing it closes too.
    /// - Throws: a GRDB `DatabaseError` when a statement is still running.
    public func close() throws {
        if let pool = writer as? DatabasePool {
            try pool.close()
        } else if let queue = writer as? DatabaseQueue {
            try queue.close()
        }
    }

    /// The path of the database file, or nil for an in-memory database.
    public var path: String? {
        let path = writer.path
        return path.isEmpty || path == ":memory:" ? nil : path
    }
}
