import Foundation
import VardagApp
import VardagCommandLine
import VardagStore

extension CommonOptions {
    /// Opens (and creates when missing) the database of this run, turning store errors
    /// into one clear line on stderr in the language of `--lang` and an exit code that says
    /// what was wrong (see `storeExitCode(for:)`). Only the default location's missing folder
    /// is created.
    ///
    /// When opening migrated existing data, the backup written first is announced on stderr.
    /// - Parameter user: who is making changes (for the audit trail).
    /// - Throws: `CommandFailure` with the store's message.
    func openStore(user: String) throws -> AppDatabase {
        if let conninfo = serverConninfo {
            return try reportingOpenFailures { try AppDatabase.open(server: conninfo, user: user) }
        }
        let path = databaseURL.path, createFolder = usesDefaultLocation
        return try reportingOpenFailures {
            try AppDatabase.open(path: path, user: user, createMissingDirectory: createFolder)
        }
    }

    /// Opens a database that must already exist (exports and checks never create a file).
    /// - Throws: `CommandFailure` (exit 3) when the file is missing or cannot be opened.
    func openExistingStore(user: String) throws -> AppDatabase {
        try requireExistingDatabase()
        return try openStore(user: user)
    }

    /// Opens a database that must already exist, for reading only (exports, `purge --dry-run`):
    /// the database file is left byte for byte as it was (see `AppDatabase.openForReading`).
    /// - Throws: `CommandFailure` (exit 3) when the file is missing, or with the store's exit code.
    func openExistingStoreForReading(user: String) throws -> AppDatabase {
        if serverConninfo != nil { return try openStore(user: user) }
        try requireExistingDatabase()
        let path = databaseURL.path
        return try reportingOpenFailures { try AppDatabase.openForReading(path: path, user: user) }
    }

    /// Opens a database that must already exist for a command that checks its input before
    /// it writes (`import competence`): opening writes nothing, so a refused input leaves the
    /// file byte for byte as it was (see `AppDatabase.openForCheckedWrites`).
    /// - Throws: `CommandFailure` (exit 3) when the file is missing, or with the store's exit code.
    func openExistingStoreForCheckedWrites(user: String) throws -> AppDatabase {
        if serverConninfo != nil { return try openStore(user: user) }
        try requireExistingDatabase()
        let path = databaseURL.path
        return try reportingOpenFailures { try AppDatabase.openForCheckedWrites(path: path, user: user) }
    }

    /// Opens a database that must already exist as it is, read-only and unmigrated, for
    /// `vardag backup`: the file is left byte for byte as it was, and a damaged one is refused (exit 9).
    /// - Throws: `CommandFailure` (exit 3) when the file is missing, or with the store's exit code.
    func openExistingStoreForCopying() throws -> AppDatabase {
        if serverConninfo != nil { return try openStore(user: "backup") }
        try requireExistingDatabase()
        let path = databaseURL.path
        return try reportingOpenFailures { try AppDatabase.openForCopying(path: path) }
    }

    /// A store error as one `vardag: …` line in the language of `--lang`.
    func storeFailure(_ error: any Error) throws -> CommandFailure {
        let s = try strings()
        return CommandFailure(message: s.format("cli.error", ErrorText.describe(error, s)), exitCode: storeExitCode(for: error))
    }

    /// Refuses a database path with no file: commands other than the app and `demo` never create one.
    private func requireExistingDatabase() throws {
        if serverConninfo != nil { return }
        guard FileManager.default.fileExists(atPath: databaseURL.path) else {
            throw CommandFailure(message: try strings().format("cli.dbMissing", databaseURL.path), exitCode: 3)
        }
    }

    /// Runs an opening, turning a store error into a `CommandFailure` and announcing a migration backup on stderr.
    private func reportingOpenFailures(_ opening: () throws -> AppDatabase) throws -> AppDatabase {
        let store: AppDatabase
        do {
            store = try opening()
        } catch {
            throw try storeFailure(error)
        }
        if let backup = store.migrationBackupPath {
            FileHandle.standardError.write(Data((try strings().format("cli.migrated", backup) + "\n").utf8))
        }
        return store
    }
}

/// The exit code for a failure to open or write the database.
///
/// | code | meaning |
/// |------|---------|
/// | 3 | cannot open: missing file or directory, permission denied, other SQLite refusal; the PostgreSQL server cannot be reached or has no such database |
/// | 5 | not a Vardag database (not SQLite, another program's SQLite file or server database) |
/// | 6 | written by a newer Vardag |
/// | 7 | read-only file or directory |
/// | 8 | disk full or file size limit reached |
/// | 9 | damaged (truncated or malformed) |
/// | 10 | the path is a directory |
/// | 11 | empty file (0 bytes) |
/// | 12 | not a regular file (a FIFO, a device, a socket) |
/// | 13 | the PostgreSQL server refused the login (wrong password, no such role, not allowed) |
/// - Parameter error: what the store threw.
/// - Returns: the process exit code.
func storeExitCode(for error: any Error) -> Int32 {
    guard let error = error as? StoreError else { return 1 }
    switch error {
    case .notADatabase, .foreignDatabase: return 5
    case .newerSchema: return 6
    case .readOnly: return 7
    case .diskFull: return 8
    case .damaged: return 9
    case .pathIsDirectory: return 10
    case .emptyFile: return 11
    case .notARegularFile: return 12
    case .loginRefused: return 13
    case .foreignServerDatabase: return 5
    case .destinationExists: return 1
    default: return 3
    }
}
