import VardagDomain

/// One slinga a vägledare is assigned to.
public struct GuideAssignment: Hashable, Sendable, Identifiable {
    /// The loop id.
    public var id: Int64
    public var theme: String
    public var enhetName: String
    public var kommunName: String
    public var plannedStart: LocalDate
    /// The meeting to log next; nil when all five are held.
    public var nextMeeting: TraffTyp?
    /// The date the next träff is planned for; nil when not planned.
    public var nextPlannedOn: LocalDate?
    /// True when the loop's kommun bought her time from her home kommun.
    public var bought: Bool
}
