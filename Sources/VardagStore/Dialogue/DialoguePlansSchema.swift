import GRDB

/// Migration "v21-dialogue-plans-feedback": the planned date of a slinga's next träff, the
/// chef who joined the gemensam träff at its end, how and when an åtgärd was fed back to
/// the brukare, the day a vägledare left the pool, and the hours of each guide assignment.
///
/// `dialogue_loop.next_planned_on` is the date the next meeting is planned for (NULL: not
/// planned); logging a meeting clears it. `dialogue_meeting.chef_id` names the chef who
/// joined a gemensam träff at its end (NULL: she did not, or it was not recorded).
/// `dialogue_action.fed_back_on` and `fed_back_how` (möte, brev, anslag) say when and how the
/// result was fed back; `fed_back` stays the yes/no, so actions fed back before this
/// migration keep their "ja" with no date. `dialogue_guide.left_on` keeps a guide who left
/// the pool in its history. Staff are anonymised by gallring, never deleted, so `chef_id`
/// stays. `dialogue_loop_guide.minutes` is the exchange ledger: the time a guide gave to an
/// assignment (NULL: not recorded); the view `dialogue_guide_hours` gives them beside
/// `dialogue_guide_assignment`, so the sums per kommun pair and year are read as its counts
/// are. The store sets `fed_back_how` only with `fed_back_on` (no CHECK spans the two, so
/// each column stands alone). The SQL is frozen once shipped.
enum DialoguePlansSchema {
    /// A `YYYY-MM-DD` date CHECK for a nullable column.
    private static func date(_ column: String) -> String {
        "CHECK (\(column) IS NULL OR (\(column) GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' AND date(\(column), '+0 days') IS \(column)))"
    }

    static func create(_ db: Database) throws {
        try db.execute(sql: """
            ALTER TABLE dialogue_loop ADD COLUMN next_planned_on TEXT \(date("next_planned_on"));
            ALTER TABLE dialogue_meeting ADD COLUMN chef_id INTEGER REFERENCES medarbetare(id) ON DELETE SET NULL;
            ALTER TABLE dialogue_action ADD COLUMN fed_back_on TEXT \(date("fed_back_on"));
            ALTER TABLE dialogue_action ADD COLUMN fed_back_how TEXT
                CHECK (fed_back_how IS NULL OR fed_back_how IN ('mote', 'brev', 'anslag'));
            ALTER TABLE dialogue_guide ADD COLUMN left_on TEXT \(date("left_on"));
            CREATE INDEX dialogue_loop_by_next_planned ON dialogue_loop(next_planned_on) WHERE next_planned_on IS NOT NULL;
            ALTER TABLE dialogue_loop_guide ADD COLUMN minutes INTEGER CHECK (minutes IS NULL OR minutes BETWEEN 0 AND 60000);
            CREATE VIEW dialogue_guide_hours AS
                SELECT loop_id, guide_id, minutes FROM dialogue_loop_guide WHERE minutes IS NOT NULL;
            """)
    }
}
