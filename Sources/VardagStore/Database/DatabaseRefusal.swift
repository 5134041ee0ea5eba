import GRDB

/// Why the database engine refused a read or a write, without the engine's types.
///
/// The store's writes let SQLite's errors through (a transaction is rolled back and
/// nothing is stored); the UI names the reason in its own language from this, so the
/// backend does not show above the store.
public enum DatabaseRefusal: Equatable, Sendable {
    /// Another process holds the database (busy or locked); trying again may work.
    case busy
    /// The disk is full or a file size limit was reached.
    case diskFull
    /// The file or its folder cannot be written.
    case readOnly
    /// A rule of the schema refused the change (a check, a unique or a foreign key).
    case constraint
    /// The file is damaged.
    case damaged
    /// The database server does not answer (it restarts, or the network is down); nothing
    /// was stored, and the next try connects again.
    case serverUnavailable
    /// Anything else, with the engine's own message.
    case other(String)

    /// The refusal for an error the database engine threw, or nil for other errors.
    /// - Parameter error: what a store method threw.
    public init?(_ error: any Error) {
        if let error = error as? PostgresError {
            self.init(error)
            return
        }
        guard let error = error as? DatabaseError else { return nil }
        switch error.resultCode {
        case .SQLITE_BUSY, .SQLITE_LOCKED: self = .busy
        case .SQLITE_FULL: self = .diskFull
        case .SQLITE_IOERR where error.extendedResultCode == .SQLITE_IOERR_WRITE: self = .diskFull
        case .SQLITE_READONLY, .SQLITE_PERM: self = .readOnly
        case .SQLITE_CONSTRAINT: self = .constraint
        case .SQLITE_CORRUPT, .SQLITE_NOTADB: self = .damaged
        default: self = .other(error.message ?? "\(error.resultCode)")
        }
    }

    /// The refusal for a PostgreSQL server's error, by its SQLSTATE class.
    init(_ error: PostgresError) {
        switch error.sqlState {
        case "40001", "40P01", "55P03", "57014": self = .busy
        case "53100": self = .diskFull
        case "25006", "42501": self = .readOnly
        case "XX001", "XX002": self = .damaged
        case let state where state.hasPrefix("23"): self = .constraint
        case _ where error.isConnectionLost: self = .serverUnavailable
        default: self = .other(error.message)
        }
    }
}
