extension PostgresMigrations {
    /// Mirrors `v20-shadowing-shadowed-staff` (`ShadowedStaffSchema.create`): the staff member
    /// of the host team shadowed on a day. A column of `shadowing_entry`, so the table's
    /// row-level security (a supervisor sees her own teams' days) covers it as it stands.
    static let v20ShadowingShadowedStaff = #"""
        ALTER TABLE shadowing_entry ADD COLUMN staff_id BIGINT REFERENCES medarbetare(id) ON DELETE SET NULL;
        CREATE INDEX shadowing_entry_by_staff ON shadowing_entry(staff_id) WHERE staff_id IS NOT NULL;
        """#
}
