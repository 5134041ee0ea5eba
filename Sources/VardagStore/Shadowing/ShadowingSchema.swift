import GRDB

/// The Skuggning tables (migration "v4-shadowing"). Frozen once shipped: add a migration
/// instead of editing this SQL.
///
/// `shadowing_observation` carries its entry's team and date (copied on save) so a date
/// range is one range scan of the covering index `shadowing_observation_by_team_date`.
/// `shadowing_month_sum` holds minutes and counts per team, month, task and judgement,
/// kept by triggers on every insert and delete of an observation; the analysis sums whole
/// months from it and only the partial months at the range's ends from the observations,
/// so a team's two-year period costs a few hundred rows instead of 75,000.
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

            CREATE TABLE shadowing_month_sum (
                team_id INTEGER NOT NULL REFERENCES shadowing_team(id) ON DELETE CASCADE,
                month TEXT NOT NULL CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]'),
                task_id INTEGER NOT NULL REFERENCES shadowing_task(id) ON DELETE RESTRICT,
                judgement TEXT NOT NULL,
                minutes INTEGER NOT NULL,
                observations INTEGER NOT NULL,
                PRIMARY KEY (team_id, month, task_id, judgement)
            ) WITHOUT ROWID;

            CREATE TRIGGER shadowing_month_sum_add AFTER INSERT ON shadowing_observation
            BEGIN
                INSERT INTO shadowing_month_sum (team_id, month, task_id, judgement, minutes, observations)
                VALUES (NEW.team_id, substr(NEW.date, 1, 7), NEW.task_id, NEW.judgement, NEW.minutes, 1)
                ON CONFLICT (team_id, month, task_id, judgement)
                DO UPDATE SET minutes = minutes + excluded.minutes, observations = observations + 1;
            END;

            CREATE TRIGGER shadowing_month_sum_remove AFTER DELETE ON shadowing_observation
            BEGIN
                UPDATE shadowing_month_sum SET minutes = minutes - OLD.minutes, observations = observations - 1
                WHERE team_id = OLD.team_id AND month = substr(OLD.date, 1, 7) AND task_id = OLD.task_id AND judgement = OLD.judgement;
            END;

            CREATE TRIGGER shadowing_observation_is_not_updated BEFORE UPDATE ON shadowing_observation
            BEGIN SELECT RAISE(ABORT, 'observations are replaced, not updated (the monthly sums depend on it)'); END;

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
