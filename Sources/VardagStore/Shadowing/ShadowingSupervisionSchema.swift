import GRDB

/// Migration "v25-shadowing-supervisors": a skuggningsteam's pool of handledare and who
/// supervises whom, when.
///
/// `shadowing_supervisor_pool` holds the host team's staff who supervise in the team: the
/// date of their handledarutbildning (NULL: none), how many participants they take at once
/// and the day they joined the pool. The team's one or two handledare of the team form
/// (`shadowing_supervisor`, which also gives the `handledare` login her scope) are copied into
/// the pool here, untrained, with two places, from the team's start; the form adds them to the
/// pool on later saves too. `shadowing_supervision` gives a participant a handledare from a
/// date to a date (NULL: still running); it carries the team for row-level security and
/// references the pool, so a handledare with participants stays in it. The SQL is frozen
/// once shipped.
enum ShadowingSupervisionSchema {
    static func create(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE shadowing_supervisor_pool (
                team_id INTEGER NOT NULL REFERENCES shadowing_team(id) ON DELETE CASCADE,
                medarbetare_id INTEGER NOT NULL REFERENCES medarbetare(id) ON DELETE RESTRICT,
                trained_on TEXT CHECK (trained_on IS NULL OR date(trained_on, '+0 days') IS trained_on),
                places INTEGER NOT NULL CHECK (places BETWEEN 0 AND 10),
                since TEXT NOT NULL CHECK (date(since, '+0 days') IS since),
                PRIMARY KEY (team_id, medarbetare_id)
            );

            CREATE TABLE shadowing_supervision (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                team_id INTEGER NOT NULL REFERENCES shadowing_team(id) ON DELETE RESTRICT,
                participant_id INTEGER NOT NULL REFERENCES shadowing_participant(id) ON DELETE CASCADE,
                medarbetare_id INTEGER NOT NULL,
                from_date TEXT NOT NULL CHECK (date(from_date, '+0 days') IS from_date),
                to_date TEXT CHECK (to_date IS NULL OR (date(to_date, '+0 days') IS to_date AND to_date >= from_date)),
                UNIQUE (participant_id, from_date),
                FOREIGN KEY (team_id, medarbetare_id) REFERENCES shadowing_supervisor_pool(team_id, medarbetare_id) ON DELETE RESTRICT
            );
            CREATE INDEX shadowing_supervision_by_team ON shadowing_supervision(team_id, from_date);

            INSERT INTO shadowing_supervisor_pool (team_id, medarbetare_id, trained_on, places, since)
            SELECT s.team_id, s.medarbetare_id, NULL, 2, t.start_date
            FROM shadowing_supervisor s JOIN shadowing_team t ON t.id = s.team_id;
            """)
    }
}
