import GRDB

/// Migration "v15-competence-comparison": nothing on SQLite, whose file is owner-only.
///
/// On PostgreSQL it computes the comparison across kommuner, small groups suppressed, in a
/// function (`vardag_competence_comparison`, `PostgresMigrations.v15CompetenceComparison`)
/// and takes the logins' SELECT on the raw views of `v12-access-policies` away: their exact
/// counts of small groups named single people. On SQLite those views stay, and the store
/// computes and suppresses the comparison from them as before. The identifier is here so
/// that both backends list the same migrations in the same order. The (empty) effect is
/// frozen once shipped.
enum CompetenceComparisonSchema {
    static func create(_ db: Database) throws {}
}
