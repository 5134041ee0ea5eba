import VardagDomain
import VardagStore

/// What the Skuggning tabs share: the skuggningsteams and which of them is shown.
public struct ShadowingShared: Sendable {
    /// The teams the viewer covers (`ShadowingAccess`), in the store's order.
    private(set) var teams: [ShadowingTeam] = []
    /// The index of the shown team in `teams`.
    private(set) var teamIndex = 0
    /// The team to turn to at the next load (one just created, or chosen by id).
    var wantedTeamId: Int64?
    /// A row the tab on show puts its cursor on at its first read: a participant on the day
    /// tab, a hypothesis on the hypotheses tab (opened from Idag).
    var focusRowId: Int64?
    /// False until the first load has turned to the team this user chose last time.
    private var restoredChoice: Bool

    /// The teams at first: none read yet.
    /// - Parameter teamId: a team to show at once instead of the user's remembered choice.
    init(teamId: Int64? = nil, focusRowId: Int64? = nil) {
        wantedTeamId = teamId
        self.focusRowId = focusRowId
        restoredChoice = teamId != nil
    }

    /// The shown team; nil while there is none.
    var team: ShadowingTeam? { teams.indices.contains(teamIndex) ? teams[teamIndex] : nil }

    /// Reads the teams the viewer covers (after making sure the task catalogue exists) and
    /// turns to the wanted team, or on the first load to the one this user chose last time.
    /// - Throws: a failed read or write of the store.
    mutating func load(context: AppContext) throws {
        let store = context.store
        _ = try store.ensureShadowingCatalogue()
        teams = try store.shadowingTeams().filter { ShadowingAccess.covers($0, context.viewer) }
        if !restoredChoice, !teams.isEmpty {
            restoredChoice = true
            wantedTeamId = try store.chosenShadowingTeamId()
        }
        if let id = wantedTeamId, !teams.isEmpty {
            teamIndex = teams.firstIndex { $0.id == id } ?? teamIndex
            wantedTeamId = nil
        }
        if teamIndex >= teams.count { teamIndex = 0 }
    }

    /// Turns to the next team (round the list).
    mutating func nextTeam() {
        guard !teams.isEmpty else { return }
        teamIndex = (teamIndex + 1) % teams.count
    }
}
