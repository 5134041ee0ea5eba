extension PostgresMigrations {
    /// Mirrors `v15-competence-comparison` (nothing on SQLite): the comparison across kommuner
    /// is computed and suppressed on the server, and no login reads its raw small groups.
    ///
    /// `v12-access-policies` made three views of the comparison's counts per kommun and område
    /// (`competence_comparison_titled`, `…_untitled`, `…_steps`) and let every login read them;
    /// the store suppressed the small groups only after reading. Their counts are exact, and
    /// the untitled view groups by register title, education and points, so a count of 1 there
    /// is one person's education: a login with `psql` read another kommun's people one by one.
    ///
    /// `vardag_competence_comparison(kommun_ids)` (NULL or empty: every active kommun) returns
    /// the comparison's final cells instead, with the small-group rule already applied, one row
    /// per criterion and chosen kommun and one total row per criterion (`kommun_id` NULL):
    /// - a criterion is a title's education requirement (`title_id`, `title`) or an area's
    ///   ladder step (`omrade`, `step_no`); one with no staff in any chosen kommun is left out;
    /// - `visibility` is `shown`, `tooFew`, `withheld` or `hidden`, by the rules of
    ///   `ComparisonCell.init` and `ComparisonCell.protect`: a group below the threshold
    ///   (`competence_setting`, read as `SmallGroupSuppression(stored:)` reads it: 5–100, 5 when
    ///   missing; the count threshold is 3) is hidden; a count or rest of 1–2 is too few; a total
    ///   is hidden when exactly one kommun with people has its group hidden, and its count
    ///   withheld when exactly one such kommun has its count suppressed;
    /// - `group_size` is NULL when hidden and `met` whenever the visibility is not `shown`, so
    ///   no figure the app would not show ever leaves the server.
    ///
    /// People without a mapped title count under the title their register title names, as in
    /// the store: `RegisterName.uniquenessKey` (NFC, trimmed of Foundation's white space and
    /// line breaks, Unicode lowercase, NFC) is computed in SQL and compared with
    /// `competence_title.name_key`. The register's CHECK trims only spaces, so the trim is
    /// mirrored too; ICU's root-locale `lower` is Swift's full lowercase mapping except that it
    /// writes a final capital sigma as ς, so Σ becomes σ first.
    ///
    /// The function is SECURITY DEFINER (it reads past the row-level security, as the views
    /// did), STABLE, with a SQL-standard body bound to the tables when created: no name of a
    /// schema is kept in it (`vardag demo` renames its build schema) and its `search_path`
    /// (`pg_catalog, pg_temp`) cannot be hijacked by a login. EXECUTE goes to the app role
    /// only, and the app role loses SELECT on the three views; the schema's owner still reads
    /// them. SQLite keeps the views and the store's Swift computation: its file is owner-only.
    static let v15CompetenceComparison = #"""
        CREATE FUNCTION vardag_competence_comparison(kommun_ids bigint[] DEFAULT NULL)
            RETURNS TABLE (title_id bigint, title text, omrade text, step_no bigint, kommun_id bigint,
                           group_size bigint, met bigint, visibility text)
            LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
        BEGIN ATOMIC
            WITH rule AS (
                SELECT least(100, greatest(5, coalesce(
                           (SELECT s.value FROM competence_setting s WHERE s.key = 'suppression_threshold'), 5))) AS threshold,
                       3 AS cell_threshold
            ),
            chosen AS (
                SELECT k.id, k.sort_key FROM kommun k
                WHERE k.active = 1 AND (coalesce(cardinality(kommun_ids), 0) = 0 OR k.id = ANY (kommun_ids))
            ),
            named AS (
                SELECT r.title, ti.id
                FROM (SELECT DISTINCT m.title FROM medarbetare m) AS r
                JOIN competence_title ti ON ti.name_key = normalize(lower(
                    replace(btrim(normalize(r.title, NFC),
                                  U&'\0009\000A\000B\000C\000D\0020\0085\00A0\1680\2000\2001\2002\2003\2004\2005\2006\2007\2008\2009\200A\2028\2029\202F\205F\3000'),
                            U&'\03A3', U&'\03C3') COLLATE "und-x-icu"), NFC)
            ),
            staff AS (
                SELECT e.kommun_id, e.omrade, m.id AS person, ti.id AS title_id,
                    CASE WHEN ti.id IS NULL THEN false
                         WHEN (CASE coalesce(c.education_kind, 'ingen') WHEN 'gymnasial' THEN 1 WHEN 'yrkeshogskola' THEN 2
                                                                      WHEN 'hogskola' THEN 3 ELSE 0 END)
                            > (CASE ti.education_kind WHEN 'gymnasial' THEN 1 WHEN 'yrkeshogskola' THEN 2
                                                      WHEN 'hogskola' THEN 3 ELSE 0 END) THEN true
                         WHEN coalesce(c.education_kind, 'ingen') = ti.education_kind THEN coalesce(c.points, 0) >= ti.points
                         ELSE false END AS meets
                FROM medarbetare m JOIN team t ON t.id = m.team_id JOIN enhet e ON e.id = t.enhet_id
                JOIN chosen k ON k.id = e.kommun_id
                LEFT JOIN competence_mapping c ON c.medarbetare_id = m.id
                LEFT JOIN named n ON c.title_id IS NULL AND n.title = m.title
                LEFT JOIN competence_title ti ON ti.id = coalesce(c.title_id, n.id)
                WHERE m.active = 1
            ),
            heads AS (
                SELECT s.kommun_id, s.omrade, count(*) AS people FROM staff s GROUP BY s.kommun_id, s.omrade
            ),
            done AS (
                SELECT s.kommun_id, s.omrade, d.step_no, count(*) AS people
                FROM staff s JOIN competence_step_done d ON d.medarbetare_id = s.person
                GROUP BY s.kommun_id, s.omrade, d.step_no
            ),
            cells AS (
                SELECT ti.id AS title_id, NULL::text AS omrade, NULL::bigint AS step_no, k.id AS kommun_id,
                    count(s.person) AS size, count(s.person) FILTER (WHERE s.meets) AS met
                FROM competence_title ti CROSS JOIN chosen k
                LEFT JOIN staff s ON s.title_id = ti.id AND s.kommun_id = k.id
                GROUP BY ti.id, k.id
                UNION ALL
                SELECT NULL, o.omrade, n.step_no, k.id, coalesce(h.people, 0), coalesce(d.people, 0)
                FROM (VALUES ('funktionshinder'), ('socialpsykiatri'), ('vard_och_omsorg')) AS o(omrade)
                CROSS JOIN generate_series(1::bigint, 5::bigint) AS n(step_no) CROSS JOIN chosen k
                LEFT JOIN heads h ON h.kommun_id = k.id AND h.omrade = o.omrade
                LEFT JOIN done d ON d.kommun_id = k.id AND d.omrade = o.omrade AND d.step_no = n.step_no
            ),
            judged AS (
                SELECT c.title_id, c.omrade, c.step_no, c.kommun_id, c.size, c.met,
                    CASE WHEN c.size = 0 OR c.size < r.threshold THEN 'hidden'
                         WHEN (c.met > 0 AND c.met < r.cell_threshold) OR (c.size - c.met > 0 AND c.size - c.met < r.cell_threshold)
                             THEN 'tooFew'
                         ELSE 'shown' END AS visibility
                FROM cells c CROSS JOIN rule r
            ),
            summed AS (
                SELECT j.title_id, j.omrade, j.step_no, sum(j.size)::bigint AS size, sum(j.met)::bigint AS met,
                    count(*) FILTER (WHERE j.size > 0 AND j.visibility = 'hidden') AS hidden_groups,
                    count(*) FILTER (WHERE j.size > 0 AND j.visibility <> 'shown') AS hidden_counts
                FROM judged j
                GROUP BY j.title_id, j.omrade, j.step_no
                HAVING sum(j.size) > 0
            ),
            totals AS (
                SELECT s.title_id, s.omrade, s.step_no, NULL::bigint AS kommun_id, s.size, s.met,
                    CASE WHEN s.hidden_groups = 1 THEN 'hidden'
                         WHEN s.size < r.threshold THEN 'hidden'
                         WHEN (s.met > 0 AND s.met < r.cell_threshold) OR (s.size - s.met > 0 AND s.size - s.met < r.cell_threshold)
                             THEN 'tooFew'
                         WHEN s.hidden_counts = 1 THEN 'withheld'
                         ELSE 'shown' END AS visibility
                FROM summed s CROSS JOIN rule r
            ),
            answer AS (
                SELECT j.title_id, j.omrade, j.step_no, j.kommun_id, j.size, j.met, j.visibility
                FROM judged j JOIN summed s ON s.title_id IS NOT DISTINCT FROM j.title_id
                    AND s.omrade IS NOT DISTINCT FROM j.omrade AND s.step_no IS NOT DISTINCT FROM j.step_no
                UNION ALL
                SELECT t.title_id, t.omrade, t.step_no, t.kommun_id, t.size, t.met, t.visibility FROM totals t
            )
            SELECT a.title_id, ti.name, a.omrade, a.step_no, a.kommun_id,
                CASE WHEN a.visibility = 'hidden' THEN NULL ELSE a.size END,
                CASE WHEN a.visibility = 'shown' THEN a.met END,
                a.visibility
            FROM answer a LEFT JOIN competence_title ti ON ti.id = a.title_id LEFT JOIN chosen k ON k.id = a.kommun_id
            ORDER BY a.title_id IS NULL, ti.name, a.omrade, a.step_no, a.kommun_id IS NULL, k.sort_key;
        END;

        REVOKE ALL ON FUNCTION vardag_competence_comparison(bigint[]) FROM PUBLIC;

        DO $$
        DECLARE
            app text := vardag_app_role();
        BEGIN
            IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = app) THEN
                EXECUTE format('REVOKE ALL ON competence_comparison_titled, competence_comparison_untitled,'
                               ' competence_comparison_steps FROM %I', app);
                EXECUTE format('GRANT EXECUTE ON FUNCTION vardag_competence_comparison(bigint[]) TO %I', app);
            END IF;
        END
        $$;
        """#
}
