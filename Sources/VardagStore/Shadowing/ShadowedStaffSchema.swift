import GRDB

/// Migration "v20-shadowing-shadowed-staff": which staff member of the host team a
/// participant shadowed on a day, beside the role.
///
/// `shadowing_entry.staff_id` names a `medarbetare` row, or is NULL when the supervisor
/// gave only the role (every day logged before this migration). Staff are anonymised by
/// gallring, never deleted, so the reference stays; a deleted row would only empty it. The
/// store checks that the person belongs to the host team. The SQL is frozen once shipped.
enum ShadowedStaffSchema {
    static func create(_ db: Database) throws {
        try db.execute(sql: """
            ALTER TABLE shadowing_entry ADD COLUMN staff_id INTEGER REFERENCES medarbetare(id) ON DELETE SET NULL;
            CREATE INDEX shadowing_entry_by_staff ON shadowing_entry(staff_id) WHERE staff_id IS NOT NULL;
            """)
    }
}
