/// A participant of a skuggningsteam: a labour-market placement, staff-like, not a brukare.
public struct ShadowingParticipant: Hashable, Sendable, Identifiable {
    public var id: Int64
    public var teamId: Int64
    public var name: String
    /// The path so far: steps with dates and, once left, the outcome.
    public var path: ParticipantPath
    /// Her competence steps on the ladder, with dates.
    public var ladder: ParticipantLadder
    /// Her staff row once employed as servicebiträde, else nil.
    public var employment: ParticipantEmployment?

    public init(id: Int64, teamId: Int64, name: String, path: ParticipantPath = ParticipantPath(),
                ladder: ParticipantLadder = ParticipantLadder(), employment: ParticipantEmployment? = nil) {
        self.id = id; self.teamId = teamId; self.name = name; self.path = path
        self.ladder = ladder; self.employment = employment
    }

    /// True while the participant is in the team (has not left).
    public var isActive: Bool { path.left == nil }
}
