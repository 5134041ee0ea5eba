extension PostgresMigrations {
    /// Mirrors `v22-competence-plan-cost-and-title-history` (`CompetencePlanCostSchema.create`):
    /// a plan item's provider and cost, and a title's active flag. Columns of tables that
    /// already have row-level security (`competence_plan`: the person's own rows and those of
    /// the staff a role covers; `competence_title`: read by everyone, written by the
    /// kompetensstrateg and the systemförvaltare), so the policies and the table grants cover
    /// them as they stand.
    static let v22CompetencePlanCostAndTitleHistory = #"""
        ALTER TABLE competence_plan ADD COLUMN provider TEXT COLLATE "C" NOT NULL DEFAULT '' CHECK (length(provider) <= 100);
        ALTER TABLE competence_plan ADD COLUMN cost BIGINT CHECK (cost IS NULL OR cost BETWEEN 0 AND 10000000);
        ALTER TABLE competence_title ADD COLUMN active BIGINT NOT NULL DEFAULT 1 CHECK (active IN (0, 1));
        """#
}
