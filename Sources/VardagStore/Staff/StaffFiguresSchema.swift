import GRDB

/// Migration "v17-staff-figures": the monthly staff figures per unit that the nämnd
/// follows (personalomsättning, recruitment, sick leave), and the small-group threshold of
/// the public document made from them.
///
/// `staff_month` holds one row per unit and month (`YYYY-MM`, 2000–2100); årsarbetare and
/// hours are whole hundredths (21.75 is 2175), so every figure is exact. The CHECKs hold the
/// domain's rules (`StaffFigures.problems`): nothing negative, årsarbetare at most the
/// headcount, sick hours at most the scheduled hours. `staff_setting` holds the threshold,
/// 10–100 (a public document hides groups of 10 or fewer at least).
/// On PostgreSQL the same tables get row-level security (`PostgresMigrations.v17StaffFigures`).
/// The SQL is frozen once shipped.
enum StaffFiguresSchema {
    static func create(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE staff_month (
                enhet_id INTEGER NOT NULL REFERENCES enhet(id) ON DELETE RESTRICT,
                month TEXT NOT NULL CHECK (
                    month GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]'
                    AND substr(month, 1, 4) BETWEEN '2000' AND '2100' AND substr(month, 6, 2) BETWEEN '01' AND '12'),
                headcount INTEGER NOT NULL CHECK (headcount BETWEEN 0 AND 100000),
                fte_hundredths INTEGER NOT NULL CHECK (fte_hundredths >= 0 AND fte_hundredths <= headcount * 100),
                new_hires INTEGER NOT NULL CHECK (new_hires BETWEEN 0 AND 100000),
                left_own_request INTEGER NOT NULL CHECK (left_own_request BETWEEN 0 AND 100000),
                left_retirement INTEGER NOT NULL CHECK (left_retirement BETWEEN 0 AND 100000),
                left_fixed_term INTEGER NOT NULL CHECK (left_fixed_term BETWEEN 0 AND 100000),
                left_other INTEGER NOT NULL CHECK (left_other BETWEEN 0 AND 100000),
                sick_short_hundredths INTEGER NOT NULL CHECK (sick_short_hundredths BETWEEN 0 AND 1000000000),
                sick_long_hundredths INTEGER NOT NULL CHECK (sick_long_hundredths BETWEEN 0 AND 1000000000),
                scheduled_hundredths INTEGER NOT NULL CHECK (scheduled_hundredths BETWEEN 0 AND 1000000000),
                vacancies INTEGER NOT NULL CHECK (vacancies BETWEEN 0 AND 100000),
                open_recruitments INTEGER NOT NULL CHECK (open_recruitments BETWEEN 0 AND 100000),
                CHECK (sick_short_hundredths + sick_long_hundredths <= scheduled_hundredths),
                PRIMARY KEY (enhet_id, month)
            );

            CREATE TABLE staff_setting (
                key TEXT PRIMARY KEY CHECK (key IN ('suppression_threshold')),
                value INTEGER NOT NULL CHECK (value BETWEEN 10 AND 100)
            );
            INSERT INTO staff_setting (key, value) VALUES ('suppression_threshold', 10);
            """)
    }
}
