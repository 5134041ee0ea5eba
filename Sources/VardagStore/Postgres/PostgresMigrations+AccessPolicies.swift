extension PostgresMigrations {
    /// Mirrors `v12-access-policies` (`AccessPolicySchema.create`): who may read and write what,
    /// enforced by the server, so that a login connecting with `psql` sees and changes exactly
    /// what the app lets her.
    ///
    /// - Row-level security is enabled on every table (not forced: the schema's owner, and
    ///   members of the owning role, bypass it, so migrations, `vardag demo`, copies and the
    ///   owner's own work see everything). Each table gets permissive policies by what its rows
    ///   belong to: a person (workload, time diary, competence), a slinga, a skuggningsteam, or
    ///   the register and catalogues that everyone reads and the systemförvaltare writes. The
    ///   audit is appended with `"user" = session_user` and read by its author (and the
    ///   systemförvaltare); the app role has no UPDATE or DELETE on it at all.
    /// - The viewer's scopes come from `vardag_viewer_…` functions: SECURITY DEFINER, so they
    ///   read `access_grant` and the register past the policies (no recursion), STABLE and
    ///   without arguments, so a policy's `IN (SELECT f())` is one hashed subplan per query and
    ///   `(SELECT vardag_viewer_manages())` one init plan. Their bodies are SQL-standard
    ///   (`BEGIN ATOMIC`, `RETURN`), bound to the tables when created, never looked up by name
    ///   at run time: `vardag demo` builds in a `vardag_build_…` schema and renames it, so no
    ///   name of a schema may be kept in them; `search_path` is `pg_catalog, pg_temp` for the
    ///   rest, which a login cannot hijack.
    /// - Four views, owned by the migrating role and so computed past the policies, give what
    ///   crosses scopes as aggregates only: the competence comparison's counts per kommun and
    ///   område (never per person or team; the comparison suppresses small groups as before)
    ///   and the guide pool's assignments (guide, slinga, kommuner and dates, nothing said in
    ///   the slinga). SQLite has the same views, and the store reads them on both backends.
    /// - The database's app role (`vardag_app_role()`, which every login joins) gets USAGE on
    ///   the schema, the table privileges, the sequences and the functions. When it does not
    ///   exist (the migrating login could not create it in `v11-access`) a notice says so and
    ///   only the policies are made. A later migration that adds a table must grant and
    ///   enable row-level security on it as this one does.
    static let v12AccessPolicies = #"""
        CREATE FUNCTION vardag_viewer_person() RETURNS bigint
            LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
            RETURN (SELECT l.medarbetare_id FROM access_login l WHERE l.login = session_user);

        CREATE FUNCTION vardag_viewer_holds(wanted text) RETURNS boolean
            LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
            RETURN EXISTS (SELECT 1 FROM access_grant g WHERE g.login = session_user AND g.role = wanted);

        CREATE FUNCTION vardag_viewer_manages() RETURNS boolean
            LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
            RETURN EXISTS (SELECT 1 FROM access_grant g WHERE g.login = session_user AND g.role = 'systemforvaltare');

        CREATE FUNCTION vardag_viewer_units() RETURNS SETOF bigint
            LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
        BEGIN ATOMIC
            SELECT g.enhet_id FROM access_grant g WHERE g.login = session_user AND g.role = 'enhetschef';
        END;

        CREATE FUNCTION vardag_viewer_workload_staff() RETURNS SETOF bigint
            LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
        BEGIN ATOMIC
            SELECT l.medarbetare_id FROM access_login l WHERE l.login = session_user
            UNION
            SELECT m.id FROM access_grant g JOIN medarbetare m ON m.team_id = g.team_id
            WHERE g.login = session_user AND g.role = 'teamledare'
            UNION
            SELECT m.id FROM access_grant g JOIN team t ON t.enhet_id = g.enhet_id JOIN medarbetare m ON m.team_id = t.id
            WHERE g.login = session_user AND g.role = 'enhetschef';
        END;

        CREATE FUNCTION vardag_viewer_competence_staff() RETURNS SETOF bigint
            LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
        BEGIN ATOMIC
            SELECT l.medarbetare_id FROM access_login l WHERE l.login = session_user
            UNION
            SELECT m.id FROM access_grant g JOIN medarbetare m ON m.team_id = g.team_id
            WHERE g.login = session_user AND g.role = 'teamledare'
            UNION
            SELECT m.id FROM access_grant g JOIN team t ON t.enhet_id = g.enhet_id JOIN medarbetare m ON m.team_id = t.id
            WHERE g.login = session_user AND g.role = 'enhetschef'
            UNION
            SELECT m.id FROM access_grant g JOIN enhet e ON e.kommun_id = g.kommun_id JOIN team t ON t.enhet_id = e.id
                JOIN medarbetare m ON m.team_id = t.id
            WHERE g.login = session_user AND g.role = 'kompetensstrateg';
        END;

        CREATE FUNCTION vardag_viewer_loops() RETURNS SETOF bigint
            LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
        BEGIN ATOMIC
            SELECT lg.loop_id FROM access_login l JOIN access_grant g ON g.login = l.login AND g.role = 'vagledare'
                JOIN dialogue_loop_guide lg ON lg.guide_id = l.medarbetare_id
            WHERE l.login = session_user
            UNION
            SELECT d.id FROM access_grant g JOIN dialogue_loop d ON d.enhet_id = g.enhet_id
            WHERE g.login = session_user AND g.role = 'enhetschef';
        END;

        CREATE FUNCTION vardag_viewer_shadowing_teams() RETURNS SETOF bigint
            LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
        BEGIN ATOMIC
            SELECT g.shadowing_team_id FROM access_grant g WHERE g.login = session_user AND g.role = 'handledare';
        END;

        CREATE FUNCTION vardag_viewer_visible_staff() RETURNS SETOF bigint
            LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
        BEGIN ATOMIC
            SELECT s.id FROM vardag_viewer_competence_staff() AS s(id)
            UNION
            SELECT dg.medarbetare_id FROM dialogue_guide dg
            UNION
            SELECT ls.medarbetare_id FROM dialogue_loop_staff ls WHERE ls.loop_id IN (SELECT v.id FROM vardag_viewer_loops() AS v(id))
            UNION
            SELECT lg.guide_id FROM dialogue_loop_guide lg WHERE lg.loop_id IN (SELECT v.id FROM vardag_viewer_loops() AS v(id))
            UNION
            SELECT ss.medarbetare_id FROM shadowing_supervisor ss
            WHERE ss.team_id IN (SELECT v.id FROM vardag_viewer_shadowing_teams() AS v(id));
        END;

        CREATE FUNCTION vardag_viewer_led_teams() RETURNS SETOF bigint
            LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
        BEGIN ATOMIC
            SELECT g.team_id FROM access_grant g WHERE g.login = session_user AND g.role = 'teamledare'
            UNION
            SELECT t.id FROM access_grant g JOIN team t ON t.enhet_id = g.enhet_id WHERE g.login = session_user AND g.role = 'enhetschef';
        END;

        CREATE FUNCTION vardag_viewer_led_staff() RETURNS SETOF bigint
            LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
        BEGIN ATOMIC
            SELECT m.id FROM access_grant g JOIN medarbetare m ON m.team_id = g.team_id
            WHERE g.login = session_user AND g.role = 'teamledare'
            UNION
            SELECT m.id FROM access_grant g JOIN team t ON t.enhet_id = g.enhet_id JOIN medarbetare m ON m.team_id = t.id
            WHERE g.login = session_user AND g.role = 'enhetschef';
        END;

        CREATE VIEW competence_comparison_titled WITH (security_barrier) AS
            SELECT e.kommun_id, e.omrade, c.title_id, count(*) AS people,
                sum(CASE WHEN c.title_id IS NULL THEN 0
                         WHEN (CASE c.education_kind WHEN 'gymnasial' THEN 1 WHEN 'yrkeshogskola' THEN 2 WHEN 'hogskola' THEN 3 ELSE 0 END)
                            > (CASE ti.education_kind WHEN 'gymnasial' THEN 1 WHEN 'yrkeshogskola' THEN 2 WHEN 'hogskola' THEN 3 ELSE 0 END) THEN 1
                         WHEN c.education_kind = ti.education_kind AND c.points >= ti.points THEN 1
                         ELSE 0 END) AS met
            FROM medarbetare m JOIN team t ON t.id = m.team_id JOIN enhet e ON e.id = t.enhet_id
            LEFT JOIN competence_mapping c ON c.medarbetare_id = m.id
            LEFT JOIN competence_title ti ON ti.id = c.title_id
            WHERE m.active = 1
            GROUP BY e.kommun_id, e.omrade, c.title_id;

        CREATE VIEW competence_comparison_untitled WITH (security_barrier) AS
            SELECT e.kommun_id, e.omrade, m.title, c.education_kind, c.points, count(*) AS people
            FROM medarbetare m JOIN team t ON t.id = m.team_id JOIN enhet e ON e.id = t.enhet_id
            LEFT JOIN competence_mapping c ON c.medarbetare_id = m.id
            WHERE m.active = 1 AND c.title_id IS NULL
            GROUP BY e.kommun_id, e.omrade, m.title, c.education_kind, c.points;

        CREATE VIEW competence_comparison_steps WITH (security_barrier) AS
            SELECT e.kommun_id, e.omrade, s.step_no, count(*) AS done
            FROM medarbetare m JOIN team t ON t.id = m.team_id JOIN enhet e ON e.id = t.enhet_id
            JOIN competence_step_done s ON s.medarbetare_id = m.id
            WHERE m.active = 1
            GROUP BY e.kommun_id, e.omrade, s.step_no;

        CREATE VIEW dialogue_guide_assignment WITH (security_barrier) AS
            SELECT lg.guide_id, lg.loop_id, lg.providing_kommun_id, e.kommun_id, l.planned_start, l.started_on, l.finished_on
            FROM dialogue_loop_guide lg JOIN dialogue_loop l ON l.id = lg.loop_id JOIN enhet e ON e.id = l.enhet_id;

        DO $$
        DECLARE
            app text := vardag_app_role();
            everything text := '(SELECT vardag_viewer_manages())';
            name text;
            keeper text;
        BEGIN
            -- Every table: row-level security on; the owner (and members of the owning role) bypass it.
            FOR name IN SELECT c.relname FROM pg_class c WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind = 'r' LOOP
                EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', name);
            END LOOP;
            -- Read by everyone, written by the systemförvaltare.
            FOREACH name IN ARRAY ARRAY['kommun', 'enhet', 'team', 'workload_settings', 'competence_setting', 'retention_setting',
                                        'shadowing_team', 'vardag_migrations', 'purge_in_progress'] LOOP
                EXECUTE format('CREATE POLICY everyone_reads ON %I FOR SELECT USING (true)', name);
                EXECUTE format('CREATE POLICY manager_writes ON %I FOR ALL USING (%s) WITH CHECK (%s)', name, everything, everything);
            END LOOP;
            -- Catalogues: read by everyone, written by the systemförvaltare and the role that keeps them.
            FOR name, keeper IN VALUES ('competence_title', 'kompetensstrateg'), ('competence_ladder_step', 'kompetensstrateg'),
                                       ('shadowing_task', 'handledare'), ('dialogue_guide', 'regional_samordnare') LOOP
                EXECUTE format('CREATE POLICY everyone_reads ON %I FOR SELECT USING (true)', name);
                EXECUTE format('CREATE POLICY keeper_writes ON %I FOR ALL USING (%s OR (SELECT vardag_viewer_holds(%L)))'
                               ' WITH CHECK (%s OR (SELECT vardag_viewer_holds(%L)))', name, everything, keeper, everything, keeper);
            END LOOP;
            -- A person's own rows and those of the staff she leads.
            FOREACH name IN ARRAY ARRAY['workload_case', 'workload_rating', 'workload_overall', 'timediary_entry'] LOOP
                EXECUTE format('CREATE POLICY scoped ON %I USING (medarbetare_id = (SELECT vardag_viewer_person())'
                               ' OR medarbetare_id IN (SELECT vardag_viewer_led_staff()) OR %s)', name, everything);
            END LOOP;
            FOREACH name IN ARRAY ARRAY['competence_mapping', 'competence_step_done', 'competence_plan'] LOOP
                EXECUTE format('CREATE POLICY scoped ON %I USING (medarbetare_id = (SELECT vardag_viewer_person())'
                               ' OR medarbetare_id IN (SELECT vardag_viewer_competence_staff()) OR %s)', name, everything);
            END LOOP;
            FOREACH name IN ARRAY ARRAY['dialogue_theme_change', 'dialogue_loop_guide', 'dialogue_loop_staff', 'dialogue_meeting',
                                        'dialogue_question', 'dialogue_action'] LOOP
                EXECUTE format('CREATE POLICY scoped ON %I USING (%s OR loop_id IN (SELECT vardag_viewer_loops()))', name, everything);
            END LOOP;
            FOREACH name IN ARRAY ARRAY['shadowing_participant', 'shadowing_entry', 'shadowing_observation', 'shadowing_hypothesis',
                                        'shadowing_month_sum'] LOOP
                EXECUTE format('CREATE POLICY scoped ON %I USING (%s OR team_id IN (SELECT vardag_viewer_shadowing_teams()))',
                               name, everything);
            END LOOP;

            IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = app) THEN
                RAISE NOTICE 'role % does not exist: no privileges granted; logins can read nothing until a later run grants them', app;
                RETURN;
            END IF;
            EXECUTE format('GRANT USAGE ON SCHEMA %I TO %I', current_schema(), app);
            EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %I TO %I', current_schema(), app);
            EXECUTE format('REVOKE INSERT, UPDATE, DELETE ON audit, vardag_migrations, purge_in_progress FROM %I', app);
            EXECUTE format('GRANT INSERT ON audit TO %I', app);
            EXECUTE format('REVOKE INSERT, UPDATE, DELETE ON competence_comparison_titled, competence_comparison_untitled,'
                           ' competence_comparison_steps, dialogue_guide_assignment FROM %I', app);
            EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %I TO %I', current_schema(), app);
            EXECUTE format('GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA %I TO %I', current_schema(), app);
        END
        $$;

        -- The workload's decisions: read with the case, made by the case's leaders.
        CREATE POLICY reads_with_case ON workload_decision FOR SELECT
            USING ((SELECT vardag_viewer_manages()) OR case_id IN (SELECT c.id FROM workload_case c));
        CREATE POLICY leader_writes ON workload_decision FOR ALL
            USING ((SELECT vardag_viewer_manages()) OR case_id IN
                (SELECT c.id FROM workload_case c WHERE c.medarbetare_id IN (SELECT vardag_viewer_led_staff())))
            WITH CHECK ((SELECT vardag_viewer_manages()) OR case_id IN
                (SELECT c.id FROM workload_case c WHERE c.medarbetare_id IN (SELECT vardag_viewer_led_staff())));

        -- The register's people: where the viewer's scopes reach, the guide pool, her slingor and shadowing team.
        -- The cheap and likely tests first, the systemförvaltare's last: an OR stops at the first
        -- that holds, and a later subplan or function is never run for a query whose rows all
        -- pass an earlier one (her own grid, a team's overview). The other policies do the same.
        CREATE POLICY visible ON medarbetare FOR SELECT
            USING (id = (SELECT vardag_viewer_person()) OR team_id IN (SELECT vardag_viewer_led_teams())
                OR id IN (SELECT vardag_viewer_visible_staff()) OR (SELECT vardag_viewer_manages()));
        CREATE POLICY manager_writes ON medarbetare FOR ALL
            USING ((SELECT vardag_viewer_manages())) WITH CHECK ((SELECT vardag_viewer_manages()));

        CREATE POLICY own ON access_login FOR SELECT USING (login = session_user OR (SELECT vardag_viewer_manages()));
        CREATE POLICY manager_writes ON access_login FOR ALL
            USING ((SELECT vardag_viewer_manages())) WITH CHECK ((SELECT vardag_viewer_manages()));
        CREATE POLICY own ON access_grant FOR SELECT USING (login = session_user OR (SELECT vardag_viewer_manages()));
        CREATE POLICY manager_writes ON access_grant FOR ALL
            USING ((SELECT vardag_viewer_manages())) WITH CHECK ((SELECT vardag_viewer_manages()));

        -- The audit: everyone appends her own rows and reads them; nobody changes them (no privilege to).
        CREATE POLICY own_reads ON audit FOR SELECT USING ("user" = session_user OR (SELECT vardag_viewer_manages()));
        CREATE POLICY own_appends ON audit FOR INSERT WITH CHECK ("user" = session_user);

        -- Slingor: the enhetschef's unit's and those the vägledare is assigned to.
        CREATE POLICY scoped_reads ON dialogue_loop FOR SELECT
            USING ((SELECT vardag_viewer_manages()) OR id IN (SELECT vardag_viewer_loops()) OR enhet_id IN (SELECT vardag_viewer_units()));
        CREATE POLICY unit_adds ON dialogue_loop FOR INSERT
            WITH CHECK ((SELECT vardag_viewer_manages()) OR enhet_id IN (SELECT vardag_viewer_units()));
        CREATE POLICY scoped_changes ON dialogue_loop FOR UPDATE
            USING ((SELECT vardag_viewer_manages()) OR id IN (SELECT vardag_viewer_loops()))
            WITH CHECK ((SELECT vardag_viewer_manages()) OR id IN (SELECT vardag_viewer_loops()));
        CREATE POLICY unit_removes ON dialogue_loop FOR DELETE
            USING ((SELECT vardag_viewer_manages()) OR enhet_id IN (SELECT vardag_viewer_units()));
        CREATE POLICY everyone_reads ON dialogue_target FOR SELECT USING (true);
        CREATE POLICY unit_writes ON dialogue_target FOR ALL
            USING ((SELECT vardag_viewer_manages()) OR enhet_id IN (SELECT vardag_viewer_units()))
            WITH CHECK ((SELECT vardag_viewer_manages()) OR enhet_id IN (SELECT vardag_viewer_units()));

        -- Skuggning: the handledare's team; the steps and links go with their participant and hypothesis.
        CREATE POLICY scoped ON shadowing_supervisor FOR SELECT
            USING ((SELECT vardag_viewer_manages()) OR team_id IN (SELECT vardag_viewer_shadowing_teams()));
        CREATE POLICY manager_writes ON shadowing_supervisor FOR ALL
            USING ((SELECT vardag_viewer_manages())) WITH CHECK ((SELECT vardag_viewer_manages()));
        CREATE POLICY with_participant ON shadowing_step USING (participant_id IN (SELECT p.id FROM shadowing_participant p));
        CREATE POLICY with_hypothesis ON shadowing_hypothesis_link USING (hypothesis_id IN (SELECT h.id FROM shadowing_hypothesis h));
        CREATE POLICY own ON shadowing_team_choice USING ("user" = session_user) WITH CHECK ("user" = session_user);
        """#
}
