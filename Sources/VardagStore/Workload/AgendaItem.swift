import VardagDomain

/// One open decision on the talk's agenda: a case's latest decision that still asks for
/// something (see `AppDatabase.talkAgenda`), with who decided and when.
public struct AgendaItem: Hashable, Sendable, Identifiable {
    public var id: Int64 { caseId }
    public var caseId: Int64
    public var reference: String
    /// The worker whose case it is.
    public var medarbetareId: Int64
    public var medarbetareName: String
    public var kind: DecisionKind
    /// The period the decision was made in.
    public var period: String
    /// Kan vänta's review date.
    public var reviewDate: LocalDate?
    /// Omfördela's colleague.
    public var toMedarbetareId: Int64?
    public var toName: String?
    public var note: String
    public var decidedBy: String
    public var decidedAt: String

    public init(caseId: Int64, reference: String, medarbetareId: Int64, medarbetareName: String, kind: DecisionKind,
                period: String, reviewDate: LocalDate?, toMedarbetareId: Int64?, toName: String?, note: String,
                decidedBy: String, decidedAt: String) {
        self.caseId = caseId
        self.reference = reference
        self.medarbetareId = medarbetareId
        self.medarbetareName = medarbetareName
        self.kind = kind
        self.period = period
        self.reviewDate = reviewDate
        self.toMedarbetareId = toMedarbetareId
        self.toName = toName
        self.note = note
        self.decidedBy = decidedBy
        self.decidedAt = decidedAt
    }
}
