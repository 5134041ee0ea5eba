import GRDB

/// Migration "v10-shadowing-team-choice": the skuggningsteam each user last chose, so that
/// Skuggning opens on it again instead of on the first team.
///
/// One row per user (the login the audit trail names). The team's deletion takes the
/// choice with it, so a remembered id always names a team that exists. The SQL is frozen
/// once shipped.
enum ShadowingTeamChoiceSchema {
    static func create(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE shadowing_team_choice (
                user TEXT PRIMARY KEY CHECK (length(user) > 0),
                team_id INTEGER NOT NULL REFERENCES shadowing_team(id) ON DELETE CASCADE
            );
            """)
    }
}
