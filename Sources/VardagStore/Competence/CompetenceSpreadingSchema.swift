import GRDB

/// Migration "v24-competence-knowledge-spreading": spreading activities (kunskapsspridning,
/// the Fyrbodal model's fourth part), one row per activity.
///
/// - `medarbetare_id`: who spreads what she learned.
/// - `step_no` / `plan_id`: the completed ladder step, the finished plan item, or both (a plan
///   item of a step); the store asks for one. A removed or purged plan item leaves the
///   activity (it was held all the same) with its step, or for a course without its link
///   (`ON DELETE SET NULL`).
/// - `kind`, `description`: what (a presentation at the arbetsplatsträff, a workshop,
///   handledning of colleagues, a changed routine) and a line of free text.
/// - `audience`: the person's team or her unit; `participants` is a count, never names, and
///   only once held, like `outcome` (what changed afterwards).
/// - `planned_on`, `held_on`: dates; planned but not held and past its day is overdue.
///
/// The SQL is frozen once shipped.
enum CompetenceSpreadingSchema {
    static func create(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE competence_spreading (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                medarbetare_id INTEGER NOT NULL REFERENCES medarbetare(id) ON DELETE RESTRICT,
                step_no INTEGER CHECK (step_no IS NULL OR step_no BETWEEN 1 AND 5),
                plan_id INTEGER REFERENCES competence_plan(id) ON DELETE SET NULL,
                kind TEXT NOT NULL CHECK (kind IN ('presentation', 'workshop', 'handledning', 'rutin')),
                description TEXT NOT NULL DEFAULT '' CHECK (length(description) <= 200),
                audience TEXT NOT NULL CHECK (audience IN ('team', 'enhet')),
                planned_on TEXT NOT NULL CHECK (
                    planned_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'
                    AND date(planned_on, '+0 days') IS planned_on),
                held_on TEXT CHECK (held_on IS NULL OR (
                    held_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'
                    AND date(held_on, '+0 days') IS held_on)),
                participants INTEGER CHECK (participants IS NULL OR participants BETWEEN 1 AND 1000),
                outcome TEXT NOT NULL DEFAULT '' CHECK (length(outcome) <= 500),
                CHECK (held_on IS NOT NULL OR (participants IS NULL AND outcome = ''))
            );

            CREATE INDEX competence_spreading_by_person ON competence_spreading(medarbetare_id, planned_on);
            CREATE INDEX competence_spreading_by_plan ON competence_spreading(plan_id) WHERE plan_id IS NOT NULL;
            """)
    }
}
