import VardagDomain

/// A case whose latest decision is "kan vänta", for the waiting list.
public struct WaitingCase: Hashable, Sendable, Identifiable {
    public var id: Int64 { caseId }
    public var caseId: Int64
    public var reference: String
    public var medarbetareId: Int64
    public var medarbetareName: String
    public var reviewDate: LocalDate
    public var note: String
    public var decidedBy: String
    public var decidedAt: String

    public init(caseId: Int64, reference: String, medarbetareId: Int64, medarbetareName: String, reviewDate: LocalDate, note: String, decidedBy: String, decidedAt: String) {
        self.caseId = caseId
        self.reference = reference
        self.medarbetareId = medarbetareId
        self.medarbetareName = medarbetareName
        self.reviewDate = reviewDate
        self.note = note
        self.decidedBy = decidedBy
        self.decidedAt = decidedAt
    }
}
