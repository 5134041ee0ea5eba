/// A hypothesis the project tests: a statement, its status, when to review it, the
/// day entries (observations and lessons) that bear on it, and its conclusion once closed.
public struct Hypothesis: Hashable, Sendable, Identifiable {
    public var id: Int64
    public var teamId: Int64
    public var statement: String
    public var status: HypothesisStatus
    public var reviewDate: LocalDate
    /// Ids of the linked day entries.
    public var linkedEntryIds: [Int64]
    /// What the project concluded when it closed (bekräftad or förkastad); nil while open.
    /// A reopened hypothesis has none; the old one stays in its history.
    public var conclusion: String?

    public init(id: Int64, teamId: Int64, statement: String, status: HypothesisStatus, reviewDate: LocalDate, linkedEntryIds: [Int64] = [],
                conclusion: String? = nil) {
        self.id = id; self.teamId = teamId; self.statement = statement; self.status = status
        self.reviewDate = reviewDate; self.linkedEntryIds = linkedEntryIds; self.conclusion = conclusion
    }

    /// True when still open and the review date has come.
    public func isDue(on today: LocalDate) -> Bool { status.isOpen && reviewDate <= today }
}
