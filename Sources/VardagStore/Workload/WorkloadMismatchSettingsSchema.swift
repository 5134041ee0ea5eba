import GRDB

/// Migration "v19-workload-mismatch-settings": the thresholds of the self-rating check
/// (`SelfRatingMismatch`) as five columns of `workload_settings`, with the defaults in force.
///
/// An overall self-rating at or above `mismatch_high_overall` with more than
/// `mismatch_latt_percent` of the cases in lätt, or at or below `mismatch_low_overall` with
/// at least `mismatch_tung_percent` in tung, disagrees; under `mismatch_min_cases` rated
/// cases never do. The SQL is frozen once shipped.
enum WorkloadMismatchSettingsSchema {
    static func create(_ db: Database) throws {
        try db.execute(sql: """
            ALTER TABLE workload_settings ADD COLUMN mismatch_high_overall INTEGER NOT NULL DEFAULT 5
                CHECK (mismatch_high_overall BETWEEN 1 AND 5);
            ALTER TABLE workload_settings ADD COLUMN mismatch_latt_percent INTEGER NOT NULL DEFAULT 50
                CHECK (mismatch_latt_percent BETWEEN 1 AND 99);
            ALTER TABLE workload_settings ADD COLUMN mismatch_low_overall INTEGER NOT NULL DEFAULT 2
                CHECK (mismatch_low_overall BETWEEN 1 AND 5);
            ALTER TABLE workload_settings ADD COLUMN mismatch_tung_percent INTEGER NOT NULL DEFAULT 40
                CHECK (mismatch_tung_percent BETWEEN 1 AND 100);
            ALTER TABLE workload_settings ADD COLUMN mismatch_min_cases INTEGER NOT NULL DEFAULT 3
                CHECK (mismatch_min_cases BETWEEN 1 AND 99);
            """)
    }
}
