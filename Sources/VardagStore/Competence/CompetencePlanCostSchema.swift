import GRDB

/// Migration "v22-competence-plan-cost-and-title-history": a plan item's course provider and
/// cost, and titles that can be retired without losing them.
///
/// - `competence_plan.provider`: who gives the course (a school, a company; '' when not
///   known), one line of at most 100 characters like the course.
/// - `competence_plan.cost`: what the item costs in whole kronor, 0–10 000 000, or NULL
///   when not known (an unknown cost is not a free one: sums say how many items lack one).
/// - `competence_title.active`: 0 for a retired title. It is kept, with its requirements,
///   so the people who hold it and the audit trail still name it; it is no longer offered
///   for a mapping. Renames are updates of `name` and `name_key`, audited as before.
///
/// The SQL is frozen once shipped.
enum CompetencePlanCostSchema {
    static func create(_ db: Database) throws {
        try db.execute(sql: """
            ALTER TABLE competence_plan ADD COLUMN provider TEXT NOT NULL DEFAULT '' CHECK (length(provider) <= 100);
            ALTER TABLE competence_plan ADD COLUMN cost INTEGER CHECK (cost IS NULL OR cost BETWEEN 0 AND 10000000);
            ALTER TABLE competence_title ADD COLUMN active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1));
            """)
    }
}
