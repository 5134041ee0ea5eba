import GRDB

/// Migration "v12-access-policies": on SQLite, the views both backends read what crosses
/// the roles' scopes from.
///
/// On PostgreSQL this migration also enables row-level security and grants the app role its
/// privileges (`PostgresMigrations.v12AccessPolicies`); SQLite has neither. Its file is
/// owner-only, and the app scopes what it shows itself there, so only the views are made:
/// the competence comparison's counts per kommun and område, and the guide pool's
/// assignments, with the same columns and rows as on the server.
/// The SQL is frozen once shipped.
enum AccessPolicySchema {
    static func create(_ db: Database) throws {
        try db.execute(sql: """
            CREATE VIEW competence_comparison_titled AS
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

            CREATE VIEW competence_comparison_untitled AS
                SELECT e.kommun_id, e.omrade, m.title, c.education_kind, c.points, count(*) AS people
                FROM medarbetare m JOIN team t ON t.id = m.team_id JOIN enhet e ON e.id = t.enhet_id
                LEFT JOIN competence_mapping c ON c.medarbetare_id = m.id
                WHERE m.active = 1 AND c.title_id IS NULL
                GROUP BY e.kommun_id, e.omrade, m.title, c.education_kind, c.points;

            CREATE VIEW competence_comparison_steps AS
                SELECT e.kommun_id, e.omrade, s.step_no, count(*) AS done
                FROM medarbetare m JOIN team t ON t.id = m.team_id JOIN enhet e ON e.id = t.enhet_id
                JOIN competence_step_done s ON s.medarbetare_id = m.id
                WHERE m.active = 1
                GROUP BY e.kommun_id, e.omrade, s.step_no;

            CREATE VIEW dialogue_guide_assignment AS
                SELECT lg.guide_id, lg.loop_id, lg.providing_kommun_id, e.kommun_id, l.planned_start, l.started_on, l.finished_on
                FROM dialogue_loop_guide lg JOIN dialogue_loop l ON l.id = lg.loop_id JOIN enhet e ON e.id = l.enhet_id;
            """)
    }
}
