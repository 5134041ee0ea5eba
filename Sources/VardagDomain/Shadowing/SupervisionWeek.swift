/// A skuggningsteam's supervision in one ISO week: participants against the handledare's places.
public struct SupervisionWeek: Hashable, Sendable {
    public var week: IsoWeek
    /// Participants in the team on some day of the week.
    public var participants: Int
    /// Handledare in the pool by the week's end.
    public var supervisors: Int
    /// Their places together.
    public var places: Int
    /// Participants in the team that week with no handledare on any day of it.
    public var withoutSupervisor: Int

    public init(week: IsoWeek, participants: Int, supervisors: Int, places: Int, withoutSupervisor: Int) {
        self.week = week; self.participants = participants; self.supervisors = supervisors
        self.places = places; self.withoutSupervisor = withoutSupervisor
    }

    /// Participants beyond the places (0 when the places suffice).
    public var shortage: Int { max(0, participants - places) }
    /// Whether the week is flagged: too few places, or someone without a handledare.
    public var isFlagged: Bool { shortage > 0 || withoutSupervisor > 0 }
}
