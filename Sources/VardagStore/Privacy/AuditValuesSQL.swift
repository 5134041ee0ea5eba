/// The SQL that reads and blanks the JSON values of audit rows, which each backend writes
/// with its own JSON functions (`SQLiteAuditValues`, `PostgresAuditValues`).
protocol AuditValuesSQL: Sendable {
    /// True when the JSON object in `column` (of table `audit`) holds a value other than `blank`.
    func holdsValue(otherThan blank: String, in column: String) -> String
    /// The JSON object in `column` with every value replaced by `blank`; NULL stays NULL.
    func blanked(_ column: String, to blank: String) -> String
    /// The `name` value of the JSON object in `column` as text, and the condition that it
    /// is a JSON string.
    func name(in column: String) -> (value: String, isText: String)
}

extension SQLDialect {
    /// This backend's SQL for the audit's JSON values.
    var auditValues: any AuditValuesSQL {
        switch self {
        case .sqlite: return SQLiteAuditValues()
        case .postgres: return PostgresAuditValues()
        }
    }
}
