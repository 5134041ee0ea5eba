import VardagDomain

/// One slinga in the loop list.
public struct LoopRow: Hashable, Sendable, Identifiable {
    public var id: Int64
    public var enhetId: Int64
    public var enhetName: String
    public var kommunName: String
    public var theme: String
    public var plannedStart: LocalDate
    public var startedOn: LocalDate?
    public var finishedOn: LocalDate?
    /// The meeting to log next; nil when all five are held.
    public var nextMeeting: TraffTyp?
    public var openQuestions: Int
    public var overdueActions: Int
}
