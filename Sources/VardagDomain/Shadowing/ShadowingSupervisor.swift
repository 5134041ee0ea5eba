/// A handledare in a skuggningsteam's pool: a staff member of the host team who supervises
/// participants, with her handledarutbildning and how many participants she takes at once.
public struct ShadowingSupervisor: Hashable, Sendable, Identifiable {
    /// The skuggningsteam.
    public var teamId: Int64
    /// The staff member (a `medarbetare` of the host team).
    public var medarbetareId: Int64
    /// Her name, as the register has it.
    public var name: String
    /// The date she completed handledarutbildning, or nil when she has none.
    public var trainedOn: LocalDate?
    /// How many participants she can supervise at once (0: none for now).
    public var places: Int
    /// The day she joined the pool; her places count from this day's week.
    public var since: LocalDate

    public init(teamId: Int64, medarbetareId: Int64, name: String, trainedOn: LocalDate?, places: Int, since: LocalDate) {
        self.teamId = teamId; self.medarbetareId = medarbetareId; self.name = name
        self.trainedOn = trainedOn; self.places = places; self.since = since
    }

    /// The pool member's id: the staff member's.
    public var id: Int64 { medarbetareId }
    /// Whether she has handledarutbildning.
    public var isTrained: Bool { trainedOn != nil }
}
