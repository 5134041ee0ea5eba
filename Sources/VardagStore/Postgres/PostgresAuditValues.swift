/// The audit's JSON values through PostgreSQL's `json` functions.
///
/// The audit columns are `text` holding JSON, so each use casts to `json` (not `jsonb`,
/// which would reorder the keys). A blanked object is written compactly in the keys' own
/// order, `{"a":"(gallrad)","b":"(gallrad)"}`, exactly as SQLite's `json_group_object`
/// writes it, so a purged audit row reads the same on both backends.
struct PostgresAuditValues: AuditValuesSQL {
    func holdsValue(otherThan blank: String, in column: String) -> String {
        "EXISTS (SELECT 1 FROM json_each_text(audit.\(column)::json) AS j WHERE j.value IS DISTINCT FROM '\(blank)')"
    }

    func blanked(_ column: String, to blank: String) -> String {
        """
        CASE WHEN \(column) IS NULL THEN NULL ELSE (SELECT '{' || coalesce(string_agg(to_json(j.key)::text || ':' || to_json('\(blank)'::text)::text, ',' ORDER BY j.n), '') || '}' \
        FROM json_each(audit.\(column)::json) WITH ORDINALITY AS j(key, value, n)) END
        """
    }

    func name(in column: String) -> (value: String, isText: String) {
        ("(\(column)::json ->> 'name')", "json_typeof(\(column)::json -> 'name') = 'string'")
    }
}
