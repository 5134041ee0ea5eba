import Foundation

/// The `$N` form of each SQL text the store ran, kept so each is translated once.
final class PostgresTranslations: @unchecked Sendable {
    private var known: [String: String] = [:]
    private let lock = NSLock()

    /// The SQL with PostgreSQL's parameters.
    func translated(_ sql: String) -> String {
        lock.lock()
        defer { lock.unlock() }
        if let done = known[sql] { return done }
        let done = PostgresPlaceholders.translate(sql)
        known[sql] = done
        return done
    }
}
