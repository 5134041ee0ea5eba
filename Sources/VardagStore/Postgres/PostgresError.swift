/// What the PostgreSQL server or libpq refused, with the server's SQLSTATE code.
struct PostgresError: Error, Sendable {
    /// The five-character SQLSTATE (`23505` unique violation, `40001` serialization
    /// failure, …), or empty when libpq itself failed (no connection, say).
    let sqlState: String
    /// The primary message (in the server's language; `lc_messages` is set to C).
    let message: String
    /// The server's detail line, if any.
    let detail: String?
    /// The constraint a violation names, if any.
    let constraint: String?

    /// Whether the transaction may simply run again: a serialization failure or a deadlock.
    var isRetryable: Bool { sqlState == "40001" || sqlState == "40P01" }

    /// Whether the connection to the server was lost (the server restarted, say).
    var isConnectionLost: Bool {
        sqlState.hasPrefix("08") || sqlState == "57P01" || sqlState == "57P02" || sqlState == "57P03"
    }

    /// Whether a CHECK, NOT NULL, UNIQUE or FOREIGN KEY constraint refused the change.
    var isConstraintViolation: Bool { sqlState.hasPrefix("23") }
}

extension PostgresError: CustomStringConvertible {
    var description: String {
        [message, detail].compactMap { $0 }.joined(separator: " ")
    }
}
