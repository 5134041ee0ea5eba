import Foundation
import VardagStore

/// Opens (and creates when missing) the store for a command, turning store errors into
/// one clear line on stderr and an exit code that says what was wrong (see `exitCode(for:)`).
///
/// When opening migrated existing data, the backup written first is announced on stderr.
/// - Parameters:
///   - url: the database file.
///   - user: who is making changes (for the audit trail).
///   - createMissingDirectory: create a missing directory (only for the default location).
/// - Throws: `CommandFailure` with the store's message.
func openStore(at url: URL, user: String, createMissingDirectory: Bool = false) throws -> AppDatabase {
    try reportingOpenFailures {
        try AppDatabase.open(path: url.path, user: user, createMissingDirectory: createMissingDirectory)
    }
}

/// Opens a store that must already exist (exports and checks never create a file).
/// - Throws: `CommandFailure` (exit 3) when the file is missing or cannot be opened.
func openExistingStore(_ url: URL, user: String) throws -> AppDatabase {
    try requireExistingDatabase(url)
    return try openStore(at: url, user: user)
}

/// Opens a store that must already exist, for reading only (exports, `purge --dry-run`):
/// the database file is left byte for byte as it was (see `AppDatabase.openForReading`).
/// - Throws: `CommandFailure` (exit 3) when the file is missing, or with the store's exit code.
func openExistingStoreForReading(_ url: URL, user: String) throws -> AppDatabase {
    try requireExistingDatabase(url)
    return try reportingOpenFailures { try AppDatabase.openForReading(path: url.path, user: user) }
}

/// Refuses a database path with no file: commands other than the app and `demo` never create one.
private func requireExistingDatabase(_ url: URL) throws {
    guard FileManager.default.fileExists(atPath: url.path) else {
        throw CommandFailure(message: "vardag: databasen \(url.path) finns inte (skapa en med 'vardag demo' eller öppna appen).", exitCode: 3)
    }
}

/// Runs an opening, turning a store error into a `CommandFailure` and announcing a migration backup on stderr.
private func reportingOpenFailures(_ opening: () throws -> AppDatabase) throws -> AppDatabase {
    let store: AppDatabase
    do {
        store = try opening()
    } catch {
        throw CommandFailure(message: "vardag: \(error)", exitCode: storeExitCode(for: error))
    }
    if let backup = store.migrationBackupPath {
        FileHandle.standardError.write(Data("vardag: databasen uppdaterades till ett nyare schema; säkerhetskopia först: \(backup)\n".utf8))
    }
    return store
}

/// The exit code for a failure to open or write the database.
///
/// | code | meaning |
/// |------|---------|
/// | 3 | cannot open: missing file or directory, permission denied, other SQLite refusal |
/// | 5 | not a Vardag database (not SQLite, or another program's SQLite file) |
/// | 6 | written by a newer Vardag |
/// | 7 | read-only file or directory |
/// | 8 | disk full or file size limit reached |
/// | 9 | damaged (truncated or malformed) |
/// | 10 | the path is a directory |
/// | 11 | empty file (0 bytes) |
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
    case .destinationExists: return 1
    default: return 3
    }
}
