import GRDB

/// Migration "v26-participant-ladder-and-employment": a skuggningsteam participant's
/// competence steps on the ladder, and her employment as servicebiträde.
///
/// - `shadowing_ladder_step`: the Kompetenstrappa steps (1–5, of the host unit's area) a
///   participant has done, one date each, like `competence_step_done` for staff.
/// - `shadowing_employment`: the medarbetare made for a participant when she was employed
///   as servicebiträde. One per participant (the primary key) and one participant per staff
///   row (UNIQUE), so no one is employed twice. Gallring anonymises participants and staff,
///   never deletes them, so the references stay.
///
/// The SQL is frozen once shipped.
enum ParticipantLadderSchema {
    static func create(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE shadowing_ladder_step (
                participant_id INTEGER NOT NULL REFERENCES shadowing_participant(id) ON DELETE CASCADE,
                step_no INTEGER NOT NULL CHECK (step_no BETWEEN 1 AND 5),
                completed_on TEXT NOT NULL CHECK (
                    completed_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'
                    AND date(completed_on, '+0 days') IS completed_on),
                PRIMARY KEY (participant_id, step_no)
            ) WITHOUT ROWID;

            CREATE TABLE shadowing_employment (
                participant_id INTEGER PRIMARY KEY REFERENCES shadowing_participant(id) ON DELETE CASCADE,
                medarbetare_id INTEGER NOT NULL UNIQUE REFERENCES medarbetare(id) ON DELETE RESTRICT,
                start_date TEXT NOT NULL CHECK (
                    start_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'
                    AND date(start_date, '+0 days') IS start_date)
            );
            """)
    }
}
