extension PostgresMigrations {
    /// Mirrors `v21-dialogue-plans-feedback` (`DialoguePlansSchema.create`): the next träff's
    /// planned date, the chef at the gemensam träff, the feedback's date and way, and the day
    /// a guide left the pool. Columns of existing dialogue tables, so their row-level security
    /// (a vägledare sees her own slingor, a chef her units') covers them as it stands.
    static let v21DialoguePlansFeedback = #"""
        ALTER TABLE dialogue_loop ADD COLUMN next_planned_on TEXT COLLATE "C"
            CHECK (next_planned_on IS NULL OR (vardag_is_date(next_planned_on)));
        ALTER TABLE dialogue_meeting ADD COLUMN chef_id BIGINT REFERENCES medarbetare(id) ON DELETE SET NULL;
        ALTER TABLE dialogue_action ADD COLUMN fed_back_on TEXT COLLATE "C"
            CHECK (fed_back_on IS NULL OR (vardag_is_date(fed_back_on)));
        ALTER TABLE dialogue_action ADD COLUMN fed_back_how TEXT COLLATE "C";
        ALTER TABLE dialogue_action ADD CONSTRAINT dialogue_action_fed_back_how_check
            CHECK (fed_back_how IS NULL OR (fed_back_how IN ('mote', 'brev', 'anslag') AND fed_back_on IS NOT NULL));
        ALTER TABLE dialogue_guide ADD COLUMN left_on TEXT COLLATE "C"
            CHECK (left_on IS NULL OR (vardag_is_date(left_on)));
        CREATE INDEX dialogue_loop_by_next_planned ON dialogue_loop(next_planned_on) WHERE next_planned_on IS NOT NULL;
        """#
}
