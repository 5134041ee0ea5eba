import GRDB

/// Migration `v9-audit-purge-scrub`: a purge may blank the values of audit rows.
///
/// Gallring that deletes or anonymises personal data must also take the old and new values
/// out of the audit rows about that data, or the audit keeps what the purge removed. The
/// update trigger from `v6-retention` refused every UPDATE; this one allows an UPDATE only
/// while `purge_in_progress` holds its row (set and cleared inside `AppDatabase.purge`'s
/// own transaction), and then only of `before_json` and `after_json`: when, who, what kind
/// of change, which table and which row stay as they were. The SQL is frozen once shipped.
enum AuditScrubSchema {
    static func create(_ db: Database) throws {
        try db.execute(sql: """
            DROP TRIGGER audit_is_append_only_update;
            CREATE TRIGGER audit_is_append_only_update BEFORE UPDATE ON audit
            WHEN NOT EXISTS (SELECT 1 FROM purge_in_progress)
                OR NEW.id IS NOT OLD.id OR NEW.at IS NOT OLD.at OR NEW.user IS NOT OLD.user
                OR NEW.action IS NOT OLD.action OR NEW.entity IS NOT OLD.entity OR NEW.entity_id IS NOT OLD.entity_id
            BEGIN SELECT RAISE(ABORT, 'audit rows cannot be changed'); END;
            """)
    }
}
