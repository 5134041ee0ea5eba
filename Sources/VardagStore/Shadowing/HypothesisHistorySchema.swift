import GRDB

/// Migration "v23-shadowing-hypothesis-history": a hypothesis's conclusion, and its history
/// of notes and status changes.
///
/// `shadowing_hypothesis.conclusion` holds what the project concluded when the hypothesis
/// was closed (bekräftad or förkastad), NULL while it is open. `shadowing_hypothesis_event`
/// keeps one row per note and per status change (the closing one carries the conclusion as
/// its text), with the login that wrote it and when; rows go with their hypothesis. Only
/// rows written after this migration exist: older changes are in the audit alone.
/// The SQL is frozen once shipped.
enum HypothesisHistorySchema {
    static func create(_ db: Database) throws {
        try db.execute(sql: """
            ALTER TABLE shadowing_hypothesis ADD COLUMN conclusion TEXT
                CHECK (conclusion IS NULL OR length(conclusion) BETWEEN 1 AND 1000);

            CREATE TABLE shadowing_hypothesis_event (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                hypothesis_id INTEGER NOT NULL REFERENCES shadowing_hypothesis(id) ON DELETE CASCADE,
                kind TEXT NOT NULL CHECK (kind IN ('note', 'status')),
                old_status TEXT CHECK (old_status IS NULL OR old_status IN ('att_prova', 'pagar', 'bekraftad', 'forkastad')),
                new_status TEXT CHECK (new_status IS NULL OR new_status IN ('att_prova', 'pagar', 'bekraftad', 'forkastad')),
                text TEXT NOT NULL CHECK (length(text) <= 1000),
                written_by TEXT NOT NULL,
                at TEXT NOT NULL CHECK (at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T*Z'),
                CHECK ((kind = 'note' AND old_status IS NULL AND new_status IS NULL AND length(text) >= 1)
                    OR (kind = 'status' AND new_status IS NOT NULL))
            );
            CREATE INDEX shadowing_hypothesis_event_by_hypothesis ON shadowing_hypothesis_event(hypothesis_id, id);
            """)
    }
}
