extension PostgresMigrations {
    /// Mirrors `v27-dialogue-chef-names` (`DialogueChefNamesSchema.create`): the chefs of each
    /// slinga's own unit, by id and name, read past the register's row-level security (the
    /// view's owner is the migrating role) but only for the slingor the viewer sees: hers as
    /// vägledare, her unit's as enhetschef (`vardag_scope_loops`), all for the systemförvaltare
    /// and for whoever owns the schema or is superuser (who read every row anyway). A security
    /// barrier, so no function of a caller's query sees a row the filter leaves out; read-only
    /// for the app role.
    static let v27DialogueChefNames = #"""
        CREATE VIEW dialogue_loop_chef WITH (security_barrier) AS
            SELECT l.id AS loop_id, m.id AS chef_id, m.name AS chef_name, e.name AS enhet_name, m.active AS active,
                m.sort_key AS sort_key
            FROM dialogue_loop l JOIN enhet e ON e.id = l.enhet_id JOIN team t ON t.enhet_id = e.id
            JOIN medarbetare m ON m.team_id = t.id
            WHERE m.role = 'chef'
              AND (l.id IN (SELECT v.id FROM vardag_scope_loops v)
                   OR EXISTS (SELECT 1 FROM vardag_scope_grant g WHERE g.role = 'systemforvaltare')
                   OR EXISTS (SELECT 1 FROM pg_roles r WHERE r.rolname = session_user AND r.rolsuper)
                   OR pg_has_role(session_user, (SELECT c.relowner FROM pg_class c WHERE c.oid = 'dialogue_loop'::regclass), 'MEMBER'));

        DO $$
        BEGIN
            IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = vardag_app_role()) THEN
                EXECUTE format('GRANT SELECT ON dialogue_loop_chef TO %I', vardag_app_role());
            END IF;
        END
        $$;
        """#
}
