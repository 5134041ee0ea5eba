extension PostgresMigrations {
    /// Mirrors `v26-participant-ladder-and-employment` (`ParticipantLadderSchema.create`): a
    /// participant's competence steps and her employment as servicebiträde.
    ///
    /// Row-level security as for `shadowing_step`: the rows go with their participant, so a
    /// handledare sees and marks the steps of her own teams' participants and no one else's
    /// (the participant table's own policy decides). Employing makes a `medarbetare` row,
    /// which only the systemförvaltare may write, so the employment itself is hers too in
    /// practice; its policy still ties the row to a visible participant.
    static let v26ParticipantLadderAndEmployment = #"""
        CREATE TABLE shadowing_ladder_step (
            participant_id BIGINT NOT NULL REFERENCES shadowing_participant(id) ON DELETE CASCADE,
            step_no BIGINT NOT NULL CHECK (step_no BETWEEN 1 AND 5),
            completed_on TEXT COLLATE "C" NOT NULL CHECK (vardag_is_date(completed_on)),
            PRIMARY KEY (participant_id, step_no)
        );

        CREATE TABLE shadowing_employment (
            participant_id BIGINT PRIMARY KEY REFERENCES shadowing_participant(id) ON DELETE CASCADE,
            medarbetare_id BIGINT NOT NULL UNIQUE REFERENCES medarbetare(id) ON DELETE RESTRICT,
            start_date TEXT COLLATE "C" NOT NULL CHECK (vardag_is_date(start_date))
        );

        ALTER TABLE shadowing_ladder_step ENABLE ROW LEVEL SECURITY;
        ALTER TABLE shadowing_employment ENABLE ROW LEVEL SECURITY;
        CREATE POLICY with_participant ON shadowing_ladder_step
            USING (participant_id IN (SELECT p.id FROM shadowing_participant p));
        CREATE POLICY with_participant ON shadowing_employment
            USING (participant_id IN (SELECT p.id FROM shadowing_participant p));

        DO $$
        BEGIN
            IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = vardag_app_role()) THEN
                EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON shadowing_ladder_step, shadowing_employment TO %I',
                               vardag_app_role());
            END IF;
        END
        $$;
        """#
}
