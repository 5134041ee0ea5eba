extension PostgresMigrations {
    /// Mirrors `v14-access-scope-views` (nothing on SQLite): the same policies as
    /// `v12-access-policies`, reading the viewer's scopes from views instead of functions.
    ///
    /// A policy's `IN (SELECT vardag_viewer_led_staff())` calls a SQL function from a target
    /// list, which PostgreSQL never inlines: it plans the function's body again on every
    /// execution of every statement, prepared or not, and a team leader's grid key ran a dozen
    /// such calls (12–22 ms under load, against 2 ms as the owner, measured with `pgbench`).
    /// A view is expanded into the statement instead and planned once with it, so a prepared
    /// statement keeps its plan. Views run with their owner's rights (the schema's owner, who
    /// is not kept to the policies), so they read `access_grant` and the register past the
    /// policies as the SECURITY DEFINER functions did, without recursion; they are bound to
    /// their tables when created (no schema name kept, which `vardag demo`'s renamed build
    /// schema needs) and give only the logged-in viewer's own scope (`session_user`).
    ///
    /// The app role gets SELECT on the views and nothing else: the one-table views are
    /// updatable, and writing through them would be writing as the owner. Every policy is
    /// dropped and made again with the same meaning; the old functions go.
    static let v14AccessScopeViews = #"""
        CREATE VIEW vardag_scope_person AS
            SELECT l.medarbetare_id FROM access_login l WHERE l.login = session_user;

        CREATE VIEW vardag_scope_grant AS
            SELECT g.role, g.team_id, g.enhet_id, g.kommun_id, g.shadowing_team_id FROM access_grant g WHERE g.login = session_user;

        CREATE VIEW vardag_scope_led_staff AS
            SELECT m.id FROM access_grant g JOIN medarbetare m ON m.team_id = g.team_id
            WHERE g.login = session_user AND g.role = 'teamledare'
            UNION
            SELECT m.id FROM access_grant g JOIN team t ON t.enhet_id = g.enhet_id JOIN medarbetare m ON m.team_id = t.id
            WHERE g.login = session_user AND g.role = 'enhetschef';

        CREATE VIEW vardag_scope_led_teams AS
            SELECT g.team_id AS id FROM access_grant g WHERE g.login = session_user AND g.role = 'teamledare'
            UNION
            SELECT t.id FROM access_grant g JOIN team t ON t.enhet_id = g.enhet_id WHERE g.login = session_user AND g.role = 'enhetschef';

        CREATE VIEW vardag_scope_competence_staff AS
            SELECT l.medarbetare_id AS id FROM access_login l WHERE l.login = session_user
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

        CREATE VIEW vardag_scope_loops AS
            SELECT lg.loop_id AS id FROM access_login l JOIN access_grant g ON g.login = l.login AND g.role = 'vagledare'
                JOIN dialogue_loop_guide lg ON lg.guide_id = l.medarbetare_id
            WHERE l.login = session_user
            UNION
            SELECT d.id FROM access_grant g JOIN dialogue_loop d ON d.enhet_id = g.enhet_id
            WHERE g.login = session_user AND g.role = 'enhetschef';

        CREATE VIEW vardag_scope_visible_staff AS
            SELECT s.id FROM vardag_scope_competence_staff s
            UNION
            SELECT dg.medarbetare_id FROM dialogue_guide dg
            UNION
            SELECT ls.medarbetare_id FROM dialogue_loop_staff ls WHERE ls.loop_id IN (SELECT v.id FROM vardag_scope_loops v)
            UNION
            SELECT lg.guide_id FROM dialogue_loop_guide lg WHERE lg.loop_id IN (SELECT v.id FROM vardag_scope_loops v)
            UNION
            SELECT ss.medarbetare_id FROM shadowing_supervisor ss
            WHERE ss.team_id IN (SELECT g.shadowing_team_id FROM vardag_scope_grant g WHERE g.role = 'handledare');

        DO $$
        DECLARE
            app text := vardag_app_role();
            person text := '(SELECT p.medarbetare_id FROM vardag_scope_person p)';
            everything text := 'EXISTS (SELECT 1 FROM vardag_scope_grant g WHERE g.role = ''systemforvaltare'')';
            units text := '(SELECT g.enhet_id FROM vardag_scope_grant g WHERE g.role = ''enhetschef'')';
            shadowing text := '(SELECT g.shadowing_team_id FROM vardag_scope_grant g WHERE g.role = ''handledare'')';
            led_staff text := '(SELECT s.id FROM vardag_scope_led_staff s)';
            competence_staff text := '(SELECT s.id FROM vardag_scope_competence_staff s)';
            loops text := '(SELECT v.id FROM vardag_scope_loops v)';
            visible text;
            writes text;
            name text;
            keeper text;
            old record;
        BEGIN
            FOR old IN SELECT p.policyname, p.tablename FROM pg_policies p WHERE p.schemaname = current_schema() LOOP
                EXECUTE format('DROP POLICY %I ON %I', old.policyname, old.tablename);
            END LOOP;
            DROP FUNCTION vardag_viewer_person(), vardag_viewer_holds(text), vardag_viewer_manages(), vardag_viewer_units(),
                vardag_viewer_workload_staff(), vardag_viewer_competence_staff(), vardag_viewer_loops(),
                vardag_viewer_shadowing_teams(), vardag_viewer_visible_staff(), vardag_viewer_led_teams(), vardag_viewer_led_staff();

            -- Read by everyone, written by the systemförvaltare.
            FOREACH name IN ARRAY ARRAY['kommun', 'enhet', 'team', 'workload_settings', 'competence_setting', 'retention_setting',
                                        'shadowing_team', 'vardag_migrations', 'purge_in_progress'] LOOP
                EXECUTE format('CREATE POLICY everyone_reads ON %I FOR SELECT USING (true)', name);
                EXECUTE format('CREATE POLICY manager_writes ON %I FOR ALL USING (%s) WITH CHECK (%s)', name, everything, everything);
            END LOOP;
            -- Catalogues: read by everyone, written by the systemförvaltare and the role that keeps them.
            FOR name, keeper IN VALUES ('competence_title', 'kompetensstrateg'), ('competence_ladder_step', 'kompetensstrateg'),
                                       ('shadowing_task', 'handledare'), ('dialogue_guide', 'regional_samordnare') LOOP
                writes := format('EXISTS (SELECT 1 FROM vardag_scope_grant g WHERE g.role IN (''systemforvaltare'', %L))', keeper);
                EXECUTE format('CREATE POLICY everyone_reads ON %I FOR SELECT USING (true)', name);
                EXECUTE format('CREATE POLICY keeper_writes ON %I FOR ALL USING (%s) WITH CHECK (%s)', name, writes, writes);
            END LOOP;
            -- A person's own rows and those of the staff she leads: the cheap and likely tests
            -- first, the systemförvaltare's last (an OR stops at the first that holds).
            FOREACH name IN ARRAY ARRAY['workload_case', 'workload_rating', 'workload_overall', 'timediary_entry'] LOOP
                EXECUTE format('CREATE POLICY scoped ON %I USING (medarbetare_id = %s OR medarbetare_id IN %s OR %s)',
                               name, person, led_staff, everything);
            END LOOP;
            FOREACH name IN ARRAY ARRAY['competence_mapping', 'competence_step_done', 'competence_plan'] LOOP
                EXECUTE format('CREATE POLICY scoped ON %I USING (medarbetare_id = %s OR medarbetare_id IN %s OR %s)',
                               name, person, competence_staff, everything);
            END LOOP;
            FOREACH name IN ARRAY ARRAY['dialogue_theme_change', 'dialogue_loop_guide', 'dialogue_loop_staff', 'dialogue_meeting',
                                        'dialogue_question', 'dialogue_action'] LOOP
                EXECUTE format('CREATE POLICY scoped ON %I USING (loop_id IN %s OR %s)', name, loops, everything);
            END LOOP;
            FOREACH name IN ARRAY ARRAY['shadowing_participant', 'shadowing_entry', 'shadowing_observation', 'shadowing_hypothesis',
                                        'shadowing_month_sum'] LOOP
                EXECUTE format('CREATE POLICY scoped ON %I USING (team_id IN %s OR %s)', name, shadowing, everything);
            END LOOP;

            -- The workload's decisions: read with the case, made by the case's leaders.
            EXECUTE 'CREATE POLICY reads_with_case ON workload_decision FOR SELECT'
                    ' USING (case_id IN (SELECT c.id FROM workload_case c))';
            writes := format('case_id IN (SELECT c.id FROM workload_case c WHERE c.medarbetare_id IN %s) OR %s', led_staff, everything);
            EXECUTE format('CREATE POLICY leader_adds ON workload_decision FOR INSERT WITH CHECK (%s)', writes);
            EXECUTE format('CREATE POLICY leader_changes ON workload_decision FOR UPDATE USING (%s) WITH CHECK (%s)', writes, writes);
            EXECUTE format('CREATE POLICY leader_removes ON workload_decision FOR DELETE USING (%s)', writes);

            -- The register's people: where the viewer's scopes reach, the guide pool, her slingor and shadowing team.
            visible := format('id = %s OR team_id IN (SELECT t.id FROM vardag_scope_led_teams t)'
                              ' OR id IN (SELECT s.id FROM vardag_scope_visible_staff s) OR %s', person, everything);
            EXECUTE format('CREATE POLICY visible ON medarbetare FOR SELECT USING (%s)', visible);
            EXECUTE format('CREATE POLICY manager_writes ON medarbetare FOR ALL USING (%s) WITH CHECK (%s)', everything, everything);

            FOREACH name IN ARRAY ARRAY['access_login', 'access_grant'] LOOP
                EXECUTE format('CREATE POLICY own ON %I FOR SELECT USING (login = session_user OR %s)', name, everything);
                EXECUTE format('CREATE POLICY manager_writes ON %I FOR ALL USING (%s) WITH CHECK (%s)', name, everything, everything);
            END LOOP;

            -- The audit: everyone appends her own rows and reads them; nobody changes them (no privilege to).
            EXECUTE format('CREATE POLICY own_reads ON audit FOR SELECT USING ("user" = session_user OR %s)', everything);
            EXECUTE 'CREATE POLICY own_appends ON audit FOR INSERT WITH CHECK ("user" = session_user)';

            -- Slingor: the enhetschef's unit's and those the vägledare is assigned to.
            EXECUTE format('CREATE POLICY scoped_reads ON dialogue_loop FOR SELECT USING (id IN %s OR enhet_id IN %s OR %s)',
                           loops, units, everything);
            EXECUTE format('CREATE POLICY unit_adds ON dialogue_loop FOR INSERT WITH CHECK (enhet_id IN %s OR %s)', units, everything);
            EXECUTE format('CREATE POLICY scoped_changes ON dialogue_loop FOR UPDATE USING (id IN %s OR %s) WITH CHECK (id IN %s OR %s)',
                           loops, everything, loops, everything);
            EXECUTE format('CREATE POLICY unit_removes ON dialogue_loop FOR DELETE USING (enhet_id IN %s OR %s)', units, everything);
            EXECUTE 'CREATE POLICY everyone_reads ON dialogue_target FOR SELECT USING (true)';
            EXECUTE format('CREATE POLICY unit_writes ON dialogue_target FOR ALL USING (enhet_id IN %s OR %s) WITH CHECK (enhet_id IN %s OR %s)',
                           units, everything, units, everything);

            -- Skuggning: the handledare's team; the steps and links go with their participant and hypothesis.
            EXECUTE format('CREATE POLICY scoped ON shadowing_supervisor FOR SELECT USING (team_id IN %s OR %s)', shadowing, everything);
            EXECUTE format('CREATE POLICY manager_writes ON shadowing_supervisor FOR ALL USING (%s) WITH CHECK (%s)', everything, everything);
            EXECUTE 'CREATE POLICY with_participant ON shadowing_step USING (participant_id IN (SELECT p.id FROM shadowing_participant p))';
            EXECUTE 'CREATE POLICY with_hypothesis ON shadowing_hypothesis_link'
                    ' USING (hypothesis_id IN (SELECT h.id FROM shadowing_hypothesis h))';
            EXECUTE 'CREATE POLICY own ON shadowing_team_choice USING ("user" = session_user) WITH CHECK ("user" = session_user)';

            IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = app) THEN
                EXECUTE format('GRANT SELECT ON vardag_scope_person, vardag_scope_grant, vardag_scope_led_staff, vardag_scope_led_teams,'
                               ' vardag_scope_competence_staff, vardag_scope_loops, vardag_scope_visible_staff TO %I', app);
            END IF;
        END
        $$;
        """#
}
