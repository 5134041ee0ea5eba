/// A decision about a case, with who decided and when.
public struct CaseDecision: Hashable, Sendable, Codable {
    public var id: Int64
    public var caseId: Int64
    /// The period the decision was made in.
    public var period: WorkloadPeriod
    public var kind: DecisionKind
    /// For `kanVanta`: the date to look at it again.
    public var reviewDate: LocalDate?
    /// For `omfordela`: the colleague who takes it over.
    public var toMedarbetareId: Int64?
    /// A free note (never a brukare's name).
    public var note: String
    /// Who decided (the app's user).
    public var decidedBy: String
    /// When, ISO 8601 UTC.
    public var decidedAt: String

    public init(
        id: Int64, caseId: Int64, period: WorkloadPeriod, kind: DecisionKind, reviewDate: LocalDate?,
        toMedarbetareId: Int64?, note: String, decidedBy: String, decidedAt: String
    ) {
        self.id = id
        self.caseId = caseId
        self.period = period
        self.kind = kind
        self.reviewDate = reviewDate
        self.toMedarbetareId = toMedarbetareId
        self.note = note
        self.decidedBy = decidedBy
        self.decidedAt = decidedAt
    }
}
