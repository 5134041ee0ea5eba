import Foundation
import GRDB
#if canImport(Glibc)
import Glibc
#endif

extension AppDatabase {
    /// Copies the database to a new file with SQLite's online backup.
    ///
    /// The copy is one consistent snapshot, also while this or another process writes
    /// (the source is read inside one read transaction of the WAL pool). It is written
    /// under a temporary name in the destination's directory, owner-only (0600), in
    /// rollback-journal mode so it is a single self-contained file, and then moved into
    /// place: a failed backup never leaves a half-written file at the destination.
    /// - Parameters:
    ///   - destination: the file to write; its directory must exist.
    ///   - replacing: replace an existing file instead of refusing.
    /// - Throws: `StoreError.destinationExists`, `.missingDirectory`, `.pathIsDirectory`,
    ///   `.diskFull`, `.cannotWriteFile`.
    public func backup(to destination: URL, replacing: Bool = false) throws {
        do {
            guard let sqlite else { return try backupServer(to: destination, replacing: replacing) }
            try Self.copy(from: sqlite, to: destination, replacing: replacing)
        } catch let error as DatabaseError {
            throw Self.translate(error, path: destination.standardizedFileURL.path)
        }
    }

    /// Where `open(path:user:)` writes the copy it makes before migrating existing data:
    /// `<database>.backup-<schema number>-<UTC time>` next to the database, e.g.
    /// `vardag.sqlite.backup-2-20261123T201500Z`.
    /// - Parameters:
    ///   - database: the database file.
    ///   - schemaNumber: the number of migrations the file had before the migration.
    ///   - date: when the backup is made.
    /// - Returns: the backup file's URL.
    public static func migrationBackupURL(for database: URL, schemaNumber: Int, at date: Date) -> URL {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMdd'T'HHmmss'Z'"
        let name = "\(database.lastPathComponent).backup-\(schemaNumber)-\(formatter.string(from: date))"
        return database.deletingLastPathComponent().appendingPathComponent(name)
    }

    /// Backs up any reader (the app's pool) into a new owner-only file; see `backup(to:replacing:)`.
    static func copy(from source: any DatabaseReader, to destination: URL, replacing: Bool) throws {
        let target = destination.standardizedFileURL
        let directory = target.deletingLastPathComponent()
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw StoreError.missingDirectory(path: directory.path)
        }
        if FileManager.default.fileExists(atPath: target.path, isDirectory: &isDirectory) {
            if isDirectory.boolValue { throw StoreError.pathIsDirectory(path: target.path) }
            if !replacing { throw StoreError.destinationExists(path: target.path) }
        }
        let temporary = directory.appendingPathComponent(".\(target.lastPathComponent).partial-\(UUID().uuidString.prefix(8))")
        defer {
            for suffix in ["", "-journal", "-wal", "-shm"] { unlink(temporary.path + suffix) }
        }
        do {
            try OwnerOnlyFiles.createEmptyFile(at: temporary)
        } catch {
            throw StoreError.cannotWriteFile(path: target.path, reason: "\(error)")
        }
        var configuration = Configuration()
        configuration.label = "vardag-backup"
        let copy = try DatabaseQueue(path: temporary.path, configuration: configuration)
        try source.backup(to: copy)
        // The copied header says WAL (like the source); a backup is easier to move and
        // mail as one file, so switch it to the rollback journal.
        try copy.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA journal_mode = DELETE") }
        try copy.close()
        let moved = replacing ? rename(temporary.path, target.path) : link(temporary.path, target.path)
        if moved != 0 {
            let code = errno
            if code == EEXIST { throw StoreError.destinationExists(path: target.path) }
            if code == ENOSPC || code == EDQUOT { throw StoreError.diskFull(path: target.path) }
            throw StoreError.cannotWriteFile(path: target.path, reason: String(cString: strerror(code)))
        }
    }
}

extension AppDatabase {
    /// A server database's backup: a new Vardag SQLite file holding one consistent
    /// snapshot of every table (see `copyEverything(to:)`), built aside and moved into
    /// place when whole. Server-side backups of the whole cluster stay `pg_dump`'s job.
    func backupServer(to destination: URL, replacing: Bool) throws {
        let target = destination.standardizedFileURL
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: target.path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw StoreError.pathIsDirectory(path: target.path)
        }
        try Self.build(at: target.path, replacing: replacing, createMissingDirectory: false, user: user) { copy in
            _ = try self.copyEverything(to: copy)
        }
        // One file, like every backup: the rollback journal instead of WAL.
        let queue = try DatabaseQueue(path: target.path, configuration: Self.connectionConfiguration())
        try queue.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA journal_mode = DELETE") }
        try queue.close()
    }
}
