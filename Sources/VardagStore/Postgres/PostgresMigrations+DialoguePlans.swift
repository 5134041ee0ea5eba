extension PostgresMigrations {
    /// Mirrors `v21-dialogue-plans-feedback` (`DialoguePlansSchema.create`): the next träff's
    /// planned date, the chef at the gemensam träff, the feedback's date and way, and the day
    /// a guide left the pool, and the minutes of each guide assignment (the exchange ledger).
    /// Columns of existing dialogue tables, so their row-level security (a vägledare sees her
    /// own slingor, a chef her units') covers them as it stands. The view
    /// `dialogue_guide_hours` (owned by the migrating role, read-only for the app role, as
    /// `dialogue_guide_assignment` is) gives the minutes past the security, so the sums per
    /// kommun pair are read as the counts are.
    static let v21DialoguePlansFeedback = #"""
        ALTER TABLE dialogue_loop ADD COLUMN next_planned_on TEXT COLLATE "C"
            CHECK (next_planned_on IS NULL OR (vardag_is_date(next_planned_on)));
        ALTER TABLE dialogue_meeting ADD COLUMN chef_id BIGINT REFERENCES medarbetare(id) ON DELETE SET NULL;
        ALTER TABLE dialogue_action ADD COLUMN fed_back_on TEXT COLLATE "C"
            CHECK (fed_back_on IS NULL OR (vardag_is_date(fed_back_on)));
        ALTER TABLE dialogue_action ADD COLUMN fed_back_how TEXT COLLATE "C"
            CHECK (fed_back_how IS NULL OR fed_back_how IN ('mote', 'brev', 'anslag'));
        ALTER TABLE dialogue_guide ADD COLUMN left_on TEXT COLLATE "C"
            CHECK (left_on IS NULL OR (vardag_is_date(left_on)));
        CREATE INDEX dialogue_loop_by_next_planned ON dialogue_loop(next_planned_on) WHERE next_planned_on IS NOT NULL;
        ALTER TABLE dialogue_loop_guide ADD COLUMN minutes BIGINT CHECK (minutes IS NULL OR minutes BETWEEN 0 AND 60000);
        CREATE VIEW dialogue_guide_hours WITH (security_barrier) AS
            SELECT loop_id, guide_id, minutes FROM dialogue_loop_guide WHERE minutes IS NOT NULL;

        DO $$
        BEGIN
            IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = vardag_app_role()) THEN
                EXECUTE format('GRANT SELECT ON dialogue_guide_hours TO %I', vardag_app_role());
            END IF;
        END
        $$;
        """#
}
