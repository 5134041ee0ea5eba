extension SQLDialect {
    /// SQL that is true when `haystack` holds `needle` as a plain substring.
    ///
    /// SQLite's `instr` and PostgreSQL's `strpos` both compare bytes without any pattern
    /// characters, so a `%` or `_` typed in a search box means itself (unlike `LIKE`).
    func contains(_ haystack: String, _ needle: String) -> String {
        switch self {
        case .sqlite: return "instr(\(haystack), \(needle)) > 0"
        case .postgres: return "strpos(\(haystack), \(needle)) > 0"
        }
    }
}
