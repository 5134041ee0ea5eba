/// A participant of a skuggningsteam: a labour-market placement, staff-like, not a brukare.
public struct ShadowingParticipant: Hashable, Sendable, Identifiable {
    public var id: Int64
    public var teamId: Int64
    public var name: String
    /// The path so far: steps with dates and, once left, the outcome.
    public var path: ParticipantPath

    public init(id: Int64, teamId: Int64, name: String, path: ParticipantPath = ParticipantPath()) {
        self.id = id; self.teamId = teamId; self.name = name; self.path = path
    }

    /// True while the participant is in the team (has not left).
    public var isActive: Bool { path.left == nil }
}
