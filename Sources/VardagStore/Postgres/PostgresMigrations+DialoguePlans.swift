extension PostgresMigrations {
    /// Mirrors `v21-dialogue-plans-feedback` (`DialoguePlansSchema.create`): the next träff's
    /// planned date, the chef at the gemensam träff, the feedback's date and way, and the day
    /// a guide left the pool, and the minutes of each guide assignment (the exchange ledger).
    /// Columns of existing dialogue tables, so their row-level security (a vägledare sees her
    /// own slingor, a chef her units') covers them as it stands; `dialogue_guide_assignment`
    /// gains `minutes` as its last column (`CREATE OR REPLACE` keeps its owner and grants), so
    /// the sums per kommun pair are read past the security as the counts are.
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
        ALTER TABLE dialogue_loop_guide ADD COLUMN minutes BIGINT CHECK (minutes IS NULL OR minutes BETWEEN 0 AND 60000);
        CREATE OR REPLACE VIEW dialogue_guide_assignment WITH (security_barrier) AS
            SELECT lg.guide_id, lg.loop_id, lg.providing_kommun_id, e.kommun_id, l.planned_start, l.started_on, l.finished_on,
                lg.minutes
            FROM dialogue_loop_guide lg JOIN dialogue_loop l ON l.id = lg.loop_id JOIN enhet e ON e.id = l.enhet_id;
        """#
}
