extension PostgresMigrations {
    /// Mirrors `v19-workload-mismatch-settings` (`WorkloadMismatchSettingsSchema.create`): the
    /// self-rating check's five thresholds as columns of `workload_settings`, with the defaults.
    static let v19WorkloadMismatchSettings = #"""
        ALTER TABLE workload_settings ADD COLUMN mismatch_high_overall BIGINT NOT NULL DEFAULT 5
            CHECK (mismatch_high_overall BETWEEN 1 AND 5);
        ALTER TABLE workload_settings ADD COLUMN mismatch_latt_percent BIGINT NOT NULL DEFAULT 50
            CHECK (mismatch_latt_percent BETWEEN 1 AND 99);
        ALTER TABLE workload_settings ADD COLUMN mismatch_low_overall BIGINT NOT NULL DEFAULT 2
            CHECK (mismatch_low_overall BETWEEN 1 AND 5);
        ALTER TABLE workload_settings ADD COLUMN mismatch_tung_percent BIGINT NOT NULL DEFAULT 40
            CHECK (mismatch_tung_percent BETWEEN 1 AND 100);
        ALTER TABLE workload_settings ADD COLUMN mismatch_min_cases BIGINT NOT NULL DEFAULT 3
            CHECK (mismatch_min_cases BETWEEN 1 AND 99);
        """#
}
