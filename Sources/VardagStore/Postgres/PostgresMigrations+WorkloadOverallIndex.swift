extension PostgresMigrations {
    /// Mirrors `v18-workload-overall-index` (`WorkloadOverallIndexSchema.create`): the overall
    /// self-ratings by person and period with the rating in the index, for the team
    /// overview's index-only read.
    static let v18WorkloadOverallIndex = #"""
        CREATE INDEX workload_overall_by_person ON workload_overall(medarbetare_id, period, rating);
        """#
}
