import VardagDomain

/// What the viewer sees and may change in Skuggning: the one place that decides it.
///
/// It follows PostgreSQL's policies (the `handledare` grants in `vardag_scope_grant`): a handledare works in
/// her own skuggningsteam(s), whoever sees everything in all of them, and only she sets
/// teams up (the team and its handledare are the register's, written by the systemförvaltare).
/// On SQLite the app keeps to this; on PostgreSQL the server already does.
enum ShadowingAccess {
    /// Whether the viewer sees (and logs in) a skuggningsteam.
    static func covers(_ team: ShadowingTeam, _ viewer: Viewer) -> Bool {
        viewer.seesEverything || viewer.scopeIds(.handledare).contains(team.id)
    }

    /// Whether she creates skuggningsteam and changes a team's setup (period, host team, handledare).
    static func setsUpTeams(_ viewer: Viewer) -> Bool { viewer.seesEverything }

    /// Whether she employs a participant as servicebiträde: that adds a medarbetare to the
    /// register, which only the systemförvaltare writes (as on PostgreSQL's `medarbetare`).
    static func employs(_ viewer: Viewer) -> Bool { viewer.seesEverything }
}
