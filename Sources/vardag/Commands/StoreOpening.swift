import Foundation
import VardagStore

/// Opens (and creates when missing) the store for a command, turning store errors
/// into one clear line and exit code 3.
/// - Parameters:
///   - url: the database file.
///   - user: who is making changes (for the audit trail).
/// - Throws: `CommandFailure` with the store's message.
func openStore(at url: URL, user: String) throws -> AppDatabase {
    do {
        return try AppDatabase.open(path: url.path, user: user)
    } catch {
        throw CommandFailure(message: "vardag: \(error)", exitCode: 3)
    }
}

/// Opens a store that must already exist (exports and checks never create a file).
/// - Throws: `CommandFailure` (exit 3) when the file is missing or cannot be opened.
func openExistingStore(_ url: URL, user: String) throws -> AppDatabase {
    guard FileManager.default.fileExists(atPath: url.path) else {
        throw CommandFailure(message: "vardag: databasen \(url.path) finns inte (skapa en med 'vardag demo' eller öppna appen).", exitCode: 3)
    }
    return try openStore(at: url, user: user)
}
