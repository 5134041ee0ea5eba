import GRDB

/// Migration "v18-workload-overall-index": the overall self-ratings by person and period
/// with the rating in the index, so the team overview reads them from the index alone.
///
/// The overview reads a team's overall ratings for twelve periods (240 rows for 20 people);
/// through the `UNIQUE (medarbetare_id, period)` index each row was a second lookup in the
/// table for its rating. The SQL is frozen once shipped.
enum WorkloadOverallIndexSchema {
    static func create(_ db: Database) throws {
        try db.execute(sql: """
            CREATE INDEX workload_overall_by_person ON workload_overall(medarbetare_id, period, rating);
            """)
    }
}
