import GRDB

/// The Fyrfältaren tables (migration "v2-workload"). Frozen once shipped: add a migration to change them.
///
/// A case (`workload_case`) belongs to its current owner; each period's rating of it is a
/// `workload_rating` row that also names who rated it, so a case handed to a colleague
/// keeps its history. Periods are stored as text (`2026-W48` or `2026-11`).
enum WorkloadSchema {
    static func create(_ db: Database) throws {
        let periodCheck = "GLOB '[0-9][0-9][0-9][0-9]-W[0-9][0-9]' OR {c} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]'"
        func period(_ column: String) -> String {
            "\(column) TEXT NOT NULL CHECK (\(column) " + periodCheck.replacingOccurrences(of: "{c}", with: column) + ")"
        }
        try db.execute(sql: """
            CREATE TABLE workload_settings (
                id INTEGER PRIMARY KEY CHECK (id = 1),
                period_kind TEXT NOT NULL CHECK (period_kind IN ('week', 'month')),
                high_threshold INTEGER NOT NULL CHECK (high_threshold BETWEEN 2 AND 5),
                heavy_overall INTEGER NOT NULL CHECK (heavy_overall BETWEEN 1 AND 5),
                heavy_tung_percent INTEGER NOT NULL CHECK (heavy_tung_percent BETWEEN 1 AND 99),
                heavy_periods_in_row INTEGER NOT NULL CHECK (heavy_periods_in_row BETWEEN 1 AND 12)
            );
            INSERT INTO workload_settings VALUES (1, 'week', 3, 5, 50, 2);

            CREATE TABLE workload_case (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                medarbetare_id INTEGER NOT NULL REFERENCES medarbetare(id) ON DELETE RESTRICT,
                reference TEXT NOT NULL CHECK (length(reference) BETWEEN 1 AND 40 AND reference = trim(reference)),
                case_type TEXT CHECK (case_type IS NULL OR case_type IN ('utredning', 'insats', 'uppfoljning', 'annat')),
                note TEXT NOT NULL DEFAULT '' CHECK (length(note) <= 200)
            );
            CREATE INDEX workload_case_by_owner ON workload_case(medarbetare_id);

            CREATE TABLE workload_rating (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                case_id INTEGER NOT NULL REFERENCES workload_case(id) ON DELETE CASCADE,
                medarbetare_id INTEGER NOT NULL REFERENCES medarbetare(id) ON DELETE RESTRICT,
                \(period("period")),
                time INTEGER NOT NULL CHECK (time BETWEEN 1 AND 5),
                difficulty INTEGER NOT NULL CHECK (difficulty BETWEEN 1 AND 5),
                UNIQUE (case_id, period)
            );
            CREATE INDEX workload_rating_by_person ON workload_rating(medarbetare_id, period, time, difficulty);

            CREATE TABLE workload_overall (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                medarbetare_id INTEGER NOT NULL REFERENCES medarbetare(id) ON DELETE RESTRICT,
                \(period("period")),
                rating INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 5),
                UNIQUE (medarbetare_id, period)
            );

            CREATE TABLE workload_decision (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                case_id INTEGER NOT NULL REFERENCES workload_case(id) ON DELETE CASCADE,
                \(period("period")),
                kind TEXT NOT NULL CHECK (kind IN ('prioritera', 'kan_vanta', 'omfordela', 'avsluta')),
                review_date TEXT CHECK (review_date IS NULL OR (
                    review_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'
                    AND date(review_date, '+0 days') IS review_date)),
                to_medarbetare_id INTEGER REFERENCES medarbetare(id) ON DELETE RESTRICT,
                note TEXT NOT NULL DEFAULT '' CHECK (length(note) <= 200),
                decided_by TEXT NOT NULL CHECK (length(decided_by) > 0),
                decided_at TEXT NOT NULL CHECK (decided_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T*Z'),
                CHECK ((kind = 'kan_vanta') = (review_date IS NOT NULL)),
                CHECK ((kind = 'omfordela') = (to_medarbetare_id IS NOT NULL))
            );
            CREATE INDEX workload_decision_by_case ON workload_decision(case_id, id);
            CREATE INDEX workload_decision_by_kind ON workload_decision(kind, review_date);

            CREATE TABLE timediary_entry (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                medarbetare_id INTEGER NOT NULL REFERENCES medarbetare(id) ON DELETE RESTRICT,
                day TEXT NOT NULL CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'
                    AND date(day, '+0 days') IS day),
                category TEXT NOT NULL
                    CHECK (category IN ('direkt', 'indirekt', 'administration', 'resor', 'ovrigt')),
                minutes INTEGER NOT NULL CHECK (minutes BETWEEN 0 AND 1440),
                UNIQUE (medarbetare_id, day, category)
            );
            CREATE INDEX timediary_by_day ON timediary_entry(day, medarbetare_id);
            """)
    }
}
