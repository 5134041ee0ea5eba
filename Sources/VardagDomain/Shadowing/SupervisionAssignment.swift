/// Which handledare supervises a participant over a period: from a date, to a date or on.
///
/// A new assignment for the participant ends the one before it on the day before it begins.
public struct SupervisionAssignment: Hashable, Sendable, Identifiable {
    public var id: Int64
    public var participantId: Int64
    /// The handledare (a `medarbetare` in the team's pool).
    public var supervisorId: Int64
    public var from: LocalDate
    /// The last day, or nil while it runs.
    public var to: LocalDate?

    public init(id: Int64, participantId: Int64, supervisorId: Int64, from: LocalDate, to: LocalDate?) {
        self.id = id; self.participantId = participantId; self.supervisorId = supervisorId; self.from = from; self.to = to
    }

    /// Whether the assignment covers any day of a date range.
    public func overlaps(_ range: ClosedRange<LocalDate>) -> Bool {
        from <= range.upperBound && (to.map { $0 >= range.lowerBound } ?? true)
    }

    /// Whether the assignment covers a day.
    public func covers(_ date: LocalDate) -> Bool { overlaps(date...date) }
}
