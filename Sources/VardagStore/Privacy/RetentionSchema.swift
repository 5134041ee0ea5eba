import GRDB

/// Migration `v6-retention`: retention settings and an audit table whose only deletion
/// path is a purge. (The small-group threshold is the one setting Kompetenstrappa keeps in
/// `competence_setting`; see `AppDatabase.smallGroupSuppression`.)
///
/// The audit table is rebuilt (SQLite cannot change a CHECK in place) so that its actions
/// include `delete` and `purge`. UPDATE stays forbidden; DELETE is allowed only while the
/// one-row `purge_in_progress` table holds its row, which `AppDatabase.purge` inserts and
/// removes inside its own transaction. No screen or other store method touches that table,
/// so the app cannot edit or delete audit rows.
enum RetentionSchema {
    static func create(_ db: Database) throws {
        let kinds = RetentionKindDefaults.rows.map { "'\($0.kind)'" }.joined(separator: ", ")
        let inserts = RetentionKindDefaults.rows.map { "('\($0.kind)', '\($0.duration)')" }.joined(separator: ", ")
        try db.execute(sql: """
            CREATE TABLE retention_setting (
                kind TEXT PRIMARY KEY CHECK (kind IN (\(kinds))),
                duration TEXT NOT NULL CHECK (duration GLOB '[1-9]*[ymd]' AND length(duration) BETWEEN 2 AND 5)
            );
            INSERT INTO retention_setting (kind, duration) VALUES \(inserts);

            CREATE TABLE purge_in_progress (
                one INTEGER PRIMARY KEY CHECK (one = 1)
            );

            DROP TRIGGER audit_is_append_only_update;
            DROP TRIGGER audit_is_append_only_delete;
            CREATE TABLE audit_v6 (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                at TEXT NOT NULL CHECK (at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T*Z'),
                user TEXT NOT NULL CHECK (length(user) > 0),
                action TEXT NOT NULL CHECK (action IN ('insert', 'update', 'deactivate', 'reactivate', 'delete', 'purge')),
                entity TEXT NOT NULL,
                entity_id INTEGER NOT NULL,
                before_json TEXT CHECK (before_json IS NULL OR json_valid(before_json)),
                after_json TEXT CHECK (after_json IS NULL OR json_valid(after_json))
            );
            INSERT INTO audit_v6 SELECT id, at, user, action, entity, entity_id, before_json, after_json FROM audit;
            DROP TABLE audit;
            ALTER TABLE audit_v6 RENAME TO audit;
            CREATE INDEX audit_by_entity ON audit(entity, entity_id, id);
            CREATE INDEX audit_by_at ON audit(at);

            CREATE TRIGGER audit_is_append_only_update BEFORE UPDATE ON audit
            BEGIN SELECT RAISE(ABORT, 'audit rows cannot be changed'); END;

            CREATE TRIGGER audit_is_append_only_delete BEFORE DELETE ON audit
            WHEN NOT EXISTS (SELECT 1 FROM purge_in_progress)
            BEGIN SELECT RAISE(ABORT, 'audit rows cannot be deleted'); END;
            """)
    }
}

/// The retention kinds and defaults as frozen text for the migration (the domain enum may
/// grow; this list is what `v6-retention` shipped with).
enum RetentionKindDefaults {
    static let rows: [(kind: String, duration: String)] = [
        ("workload", "2y"), ("dialogue", "5y"), ("shadowing", "3y"),
        ("competence", "5y"), ("staff", "2y"), ("audit", "5y"),
    ]
}
