import Foundation
import VardagCommandLine
import VardagStore

/// Opens the existing database `--db` names for a benchmark that writes into it: an
/// SQLite file, or a PostgreSQL database given as a `postgresql://` URI or libpq keywords.
enum BenchDatabase {
    /// Why the database could not be opened.
    struct Missing: Error, CustomStringConvertible {
        var description: String
    }

    /// Opens the database as the app does; a file must exist (a new one would be empty).
    /// - Parameters:
    ///   - place: the file path or connection string.
    ///   - user: the audit author.
    /// - Throws: `Missing`, `StoreError`.
    static func open(_ place: String, user: String) throws -> AppDatabase {
        if ServerAddress.isServer(place) { return try AppDatabase.open(server: place, user: user) }
        guard FileManager.default.fileExists(atPath: place) else {
            throw Missing(description: HelpText.text("\(place): ingen sådan databas (gör en med `vardag demo --db \(place)`)",
                                                     en: "\(place): no such database (make one with `vardag demo --db \(place)`)"))
        }
        return try AppDatabase.open(path: place, user: user, createMissingDirectory: false)
    }
}
