extension PostgresMigrations {
    /// Mirrors `v16-dialogue-open-actions` (`DialogueOpenActionSchema.create`): the open
    /// åtgärder per kommun and due date, as counts, computed past the row-level security
    /// (the view's owner is the migrating role) and read-only for the app role.
    static let v16DialogueOpenActions = #"""
        CREATE VIEW dialogue_open_actions WITH (security_barrier) AS
            SELECT e.kommun_id, a.due_date, count(*) AS actions
            FROM dialogue_action a JOIN dialogue_loop l ON l.id = a.loop_id JOIN enhet e ON e.id = l.enhet_id
            WHERE a.status != 'klar'
            GROUP BY e.kommun_id, a.due_date;

        DO $$
        BEGIN
            IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = vardag_app_role()) THEN
                EXECUTE format('GRANT SELECT ON dialogue_open_actions TO %I', vardag_app_role());
            END IF;
        END
        $$;
        """#
}
