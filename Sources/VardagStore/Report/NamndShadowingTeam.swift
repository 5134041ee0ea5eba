import VardagDomain

/// One skuggningsteam of a kommun with its analysis over the days of a report month.
public struct NamndShadowingTeam: Hashable, Sendable {
    /// The team.
    public var team: ShadowingTeam
    /// `AppDatabase.shadowingAnalysis` over the month's days: the observed time of the
    /// month; the participants per step as they stand when the report is made.
    public var analysis: ShadowingAnalysis

    public init(team: ShadowingTeam, analysis: ShadowingAnalysis) {
        self.team = team
        self.analysis = analysis
    }

    /// How many participants the team has had (every one counts under her latest step).
    public var participants: Int { analysis.participantsPerStep.values.reduce(0, +) }
}
