import GRDB

/// The dialogue tool's tables (migration "v3-dialogue"); frozen once shipped.
///
/// Brukare appear only as counts (`brukare_count`); relay questions and answers are the
/// group's words. Guides are medarbetare; their home kommun and unit come through their team.
/// Each slinga guide row records the kommun that provided her, so bought guide services
/// (köpt vägledartjänst) are visible even if she later moves.
enum DialogueSchema {
    /// A `YYYY-MM-DD` date CHECK for a column.
    private static func date(_ column: String) -> String {
        "\(column) GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' AND date(\(column), '+0 days') IS \(column)"
    }

    static func create(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE dialogue_guide (
                medarbetare_id INTEGER PRIMARY KEY REFERENCES medarbetare(id) ON DELETE RESTRICT,
                training_date TEXT NOT NULL CHECK (\(date("training_date")))
            );

            CREATE TABLE dialogue_loop (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                enhet_id INTEGER NOT NULL REFERENCES enhet(id) ON DELETE RESTRICT,
                theme TEXT NOT NULL CHECK (length(theme) BETWEEN 1 AND 120),
                theme_chosen_by TEXT NOT NULL CHECK (theme_chosen_by IN ('chef', 'brukare')),
                planned_start TEXT NOT NULL CHECK (\(date("planned_start"))),
                started_on TEXT CHECK (started_on IS NULL OR (\(date("started_on")))),
                finished_on TEXT CHECK (finished_on IS NULL OR (\(date("finished_on"))))
            );

            CREATE TABLE dialogue_theme_change (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                loop_id INTEGER NOT NULL REFERENCES dialogue_loop(id) ON DELETE CASCADE,
                changed_on TEXT NOT NULL CHECK (\(date("changed_on"))),
                theme TEXT NOT NULL CHECK (length(theme) BETWEEN 1 AND 120),
                chosen_by TEXT NOT NULL CHECK (chosen_by IN ('chef', 'brukare')),
                reason TEXT NOT NULL,
                changed_by_user TEXT NOT NULL
            );

            CREATE TABLE dialogue_loop_guide (
                loop_id INTEGER NOT NULL REFERENCES dialogue_loop(id) ON DELETE CASCADE,
                position INTEGER NOT NULL CHECK (position IN (1, 2)),
                guide_id INTEGER NOT NULL REFERENCES dialogue_guide(medarbetare_id) ON DELETE RESTRICT,
                providing_kommun_id INTEGER NOT NULL REFERENCES kommun(id) ON DELETE RESTRICT,
                PRIMARY KEY (loop_id, position),
                UNIQUE (loop_id, guide_id)
            );

            CREATE TABLE dialogue_loop_staff (
                loop_id INTEGER NOT NULL REFERENCES dialogue_loop(id) ON DELETE CASCADE,
                medarbetare_id INTEGER NOT NULL REFERENCES medarbetare(id) ON DELETE RESTRICT,
                PRIMARY KEY (loop_id, medarbetare_id)
            );

            CREATE TABLE dialogue_meeting (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                loop_id INTEGER NOT NULL REFERENCES dialogue_loop(id) ON DELETE CASCADE,
                kind TEXT NOT NULL CHECK (kind IN
                    ('brukartraff_1', 'personaltraff', 'brukartraff_2', 'gemensam', 'uppfoljning')),
                seq INTEGER NOT NULL CHECK (seq BETWEEN 1 AND 5),
                held_on TEXT NOT NULL CHECK (\(date("held_on"))),
                guide1_id INTEGER NOT NULL REFERENCES dialogue_guide(medarbetare_id) ON DELETE RESTRICT,
                guide2_id INTEGER NOT NULL REFERENCES dialogue_guide(medarbetare_id) ON DELETE RESTRICT,
                brukare_count INTEGER NOT NULL CHECK (brukare_count BETWEEN 0 AND 200),
                staff_count INTEGER NOT NULL CHECK (staff_count BETWEEN 0 AND 200),
                notes TEXT NOT NULL,
                CHECK (guide1_id != guide2_id),
                UNIQUE (loop_id, seq),
                UNIQUE (loop_id, kind)
            );

            CREATE TABLE dialogue_question (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                loop_id INTEGER NOT NULL REFERENCES dialogue_loop(id) ON DELETE CASCADE,
                from_group TEXT NOT NULL CHECK (from_group IN ('brukare', 'personal')),
                to_group TEXT NOT NULL CHECK (to_group IN ('brukare', 'personal')),
                asked_meeting_id INTEGER NOT NULL REFERENCES dialogue_meeting(id) ON DELETE CASCADE,
                text TEXT NOT NULL CHECK (length(text) BETWEEN 1 AND 500),
                answered_meeting_id INTEGER REFERENCES dialogue_meeting(id) ON DELETE CASCADE,
                answer TEXT,
                participation_level INTEGER CHECK (participation_level IS NULL OR participation_level BETWEEN 1 AND 5),
                CHECK (from_group != to_group),
                CHECK ((answered_meeting_id IS NULL) = (answer IS NULL)),
                CHECK (answered_meeting_id IS NULL OR answered_meeting_id != asked_meeting_id)
            );

            CREATE TABLE dialogue_action (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                loop_id INTEGER NOT NULL REFERENCES dialogue_loop(id) ON DELETE CASCADE,
                meeting_id INTEGER NOT NULL REFERENCES dialogue_meeting(id) ON DELETE CASCADE,
                what TEXT NOT NULL CHECK (length(what) BETWEEN 1 AND 500),
                responsible TEXT NOT NULL CHECK (length(responsible) BETWEEN 1 AND 100),
                due_date TEXT NOT NULL CHECK (\(date("due_date"))),
                status TEXT NOT NULL CHECK (status IN ('planerad', 'pagar', 'klar')),
                fed_back INTEGER NOT NULL DEFAULT 0 CHECK (fed_back IN (0, 1))
            );

            CREATE TABLE dialogue_target (
                enhet_id INTEGER NOT NULL REFERENCES enhet(id) ON DELETE RESTRICT,
                year INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
                target INTEGER NOT NULL CHECK (target BETWEEN 0 AND 100),
                PRIMARY KEY (enhet_id, year)
            );

            CREATE INDEX dialogue_loop_by_enhet ON dialogue_loop(enhet_id, planned_start);
            CREATE INDEX dialogue_loop_by_start ON dialogue_loop(started_on);
            CREATE INDEX dialogue_loop_by_finish ON dialogue_loop(finished_on);
            CREATE INDEX dialogue_theme_change_by_loop ON dialogue_theme_change(loop_id, id);
            CREATE INDEX dialogue_loop_guide_by_guide ON dialogue_loop_guide(guide_id);
            CREATE INDEX dialogue_meeting_by_loop ON dialogue_meeting(loop_id, seq);
            CREATE INDEX dialogue_question_by_loop ON dialogue_question(loop_id, id);
            CREATE INDEX dialogue_action_by_loop ON dialogue_action(loop_id, id);
            """)
    }
}
