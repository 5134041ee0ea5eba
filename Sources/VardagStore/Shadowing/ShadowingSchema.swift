import GRDB

/// The Skuggning tables (migration "v4-shadowing"). Frozen once shipped: add a migration
/// instead of editing this SQL.
///
/// `shadowing_observation` carries its entry's team and date (copied on save) so the
/// analysis over a team's period is one range scan of the covering index
/// `shadowing_observation_by_team_date`, without joining 1.5 million rows to their entries.
enum ShadowingSchema {
    static func create(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE shadowing_team (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                kommun_id INTEGER NOT NULL REFERENCES kommun(id) ON DELETE RESTRICT,
                host_team_id INTEGER NOT NULL REFERENCES team(id) ON DELETE RESTRICT,
                name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 100 AND name = trim(name)),
                name_key TEXT NOT NULL UNIQUE,
                start_date TEXT NOT NULL CHECK (date(start_date, '+0 days') IS start_date),
                end_date TEXT NOT NULL CHECK (date(end_date, '+0 days') IS end_date),
                CHECK (end_date >= start_date)
            );

            CREATE TABLE shadowing_supervisor (
                team_id INTEGER NOT NULL REFERENCES shadowing_team(id) ON DELETE CASCADE,
                medarbetare_id INTEGER NOT NULL REFERENCES medarbetare(id) ON DELETE RESTRICT,
                PRIMARY KEY (team_id, medarbetare_id)
            );

            CREATE TABLE shadowing_participant (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                team_id INTEGER NOT NULL REFERENCES shadowing_team(id) ON DELETE RESTRICT,
                name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 100 AND name = trim(name)),
                sort_key TEXT NOT NULL,
                left_on TEXT CHECK (left_on IS NULL OR date(left_on, '+0 days') IS left_on),
                outcome TEXT CHECK (outcome IS NULL OR outcome IN ('servicebitrade', 'annat_arbete', 'studier', 'avbrott')),
                CHECK ((left_on IS NULL) = (outcome IS NULL))
            );
            CREATE INDEX shadowing_participant_by_team ON shadowing_participant(team_id, sort_key);

            CREATE TABLE shadowing_step (
                participant_id INTEGER NOT NULL REFERENCES shadowing_participant(id) ON DELETE CASCADE,
                step TEXT NOT NULL CHECK (step IN ('introduktion', 'skuggning', 'egna_med_stod', 'sjalvstandigt', 'anstalld')),
                date TEXT NOT NULL CHECK (date(date, '+0 days') IS date),
                PRIMARY KEY (participant_id, step)
            );

            CREATE TABLE shadowing_task (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 100 AND name = trim(name)),
                name_key TEXT NOT NULL UNIQUE,
                sort_key TEXT NOT NULL,
                category TEXT NOT NULL CHECK (category IN ('service', 'omvardnad', 'delegerad_hsl', 'annat')),
                default_judgement TEXT NOT NULL CHECK (default_judgement IN ('ja', 'med_stod', 'nej')),
                default_minutes INTEGER NOT NULL CHECK (default_minutes BETWEEN 1 AND 600),
                active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
            );

            CREATE TABLE shadowing_entry (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                team_id INTEGER NOT NULL REFERENCES shadowing_team(id) ON DELETE RESTRICT,
                participant_id INTEGER NOT NULL REFERENCES shadowing_participant(id) ON DELETE RESTRICT,
                date TEXT NOT NULL CHECK (date(date, '+0 days') IS date),
                role TEXT NOT NULL CHECK (role IN ('underskoterska', 'vardbitrade')),
                lessons TEXT NOT NULL DEFAULT '' CHECK (length(lessons) <= 2000),
                UNIQUE (participant_id, date)
            );
            CREATE INDEX shadowing_entry_by_team_date ON shadowing_entry(team_id, date);

            CREATE TABLE shadowing_observation (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                entry_id INTEGER NOT NULL REFERENCES shadowing_entry(id) ON DELETE CASCADE,
                position INTEGER NOT NULL CHECK (position >= 0),
                team_id INTEGER NOT NULL REFERENCES shadowing_team(id) ON DELETE RESTRICT,
                date TEXT NOT NULL,
                task_id INTEGER NOT NULL REFERENCES shadowing_task(id) ON DELETE RESTRICT,
                minutes INTEGER NOT NULL CHECK (minutes BETWEEN 1 AND 600),
                judgement TEXT NOT NULL CHECK (judgement IN ('ja', 'med_stod', 'nej')),
                UNIQUE (entry_id, position)
            );
            CREATE INDEX shadowing_observation_by_team_date
                ON shadowing_observation(team_id, date, task_id, judgement, minutes);
            CREATE INDEX shadowing_observation_by_task ON shadowing_observation(task_id);

            CREATE TABLE shadowing_hypothesis (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                team_id INTEGER NOT NULL REFERENCES shadowing_team(id) ON DELETE RESTRICT,
                statement TEXT NOT NULL CHECK (length(statement) BETWEEN 1 AND 300),
                status TEXT NOT NULL CHECK (status IN ('att_prova', 'pagar', 'bekraftad', 'forkastad')),
                review_date TEXT NOT NULL CHECK (date(review_date, '+0 days') IS review_date)
            );
            CREATE INDEX shadowing_hypothesis_by_team ON shadowing_hypothesis(team_id, review_date);

            CREATE TABLE shadowing_hypothesis_link (
                hypothesis_id INTEGER NOT NULL REFERENCES shadowing_hypothesis(id) ON DELETE CASCADE,
                entry_id INTEGER NOT NULL REFERENCES shadowing_entry(id) ON DELETE CASCADE,
                PRIMARY KEY (hypothesis_id, entry_id)
            );
            """)
    }
}
