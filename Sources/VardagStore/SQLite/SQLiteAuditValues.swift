/// The audit's JSON values through SQLite's JSON1 functions.
struct SQLiteAuditValues: AuditValuesSQL {
    func holdsValue(otherThan blank: String, in column: String) -> String {
        "EXISTS (SELECT 1 FROM json_each(audit.\(column)) WHERE json_each.value IS NOT '\(blank)')"
    }

    func blanked(_ column: String, to blank: String) -> String {
        "CASE WHEN \(column) IS NULL THEN NULL ELSE (SELECT json_group_object(key, '\(blank)') FROM json_each(audit.\(column))) END"
    }

    func name(in column: String) -> (value: String, isText: String) {
        ("json_extract(\(column), '$.name')", "json_type(\(column), '$.name') = 'text'")
    }
}
