import GRDB

/// Migration "v7-competence-indexes": an index for the cross-kommun comparison.
///
/// The comparison counts active staff per team, with their mapping and completed steps.
/// `medarbetare_by_team` has no `active`, so each person's table row had to be read to
/// skip the inactive; this partial index lists only active staff, by team, and covers
/// what the counting reads. The SQL is frozen once shipped.
enum CompetenceIndexSchema {
    static func create(_ db: Database) throws {
        try db.execute(sql: "CREATE INDEX medarbetare_active_by_team ON medarbetare(team_id, id) WHERE active = 1")
    }
}
