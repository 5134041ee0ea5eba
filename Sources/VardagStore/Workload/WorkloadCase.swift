import VardagDomain

/// One case in a worker's grid for a period: its reference, its ratings there and its latest decision.
public struct WorkloadCase: Hashable, Sendable, Identifiable {
    /// The case id (`workload_case.id`).
    public var id: Int64
    /// The pseudonymous reference, e.g. "Ärende 14".
    public var reference: String
    public var caseType: CaseType?
    public var note: String
    /// Tidsåtgång 1–5 in this period.
    public var time: Int
    /// Upplevd svårighetsgrad 1–5 in this period.
    public var difficulty: Int
    /// The latest decision on the case, in any period up to this one.
    public var decision: CaseDecision?

    public init(id: Int64, reference: String, caseType: CaseType?, note: String, time: Int, difficulty: Int, decision: CaseDecision? = nil) {
        self.id = id
        self.reference = reference
        self.caseType = caseType
        self.note = note
        self.time = time
        self.difficulty = difficulty
        self.decision = decision
    }

    /// The field the case sits in.
    /// - Parameter threshold: the lowest high rating.
    public func field(threshold: Int) -> WorkloadField {
        WorkloadField.of(time: time, difficulty: difficulty, threshold: threshold)
    }
}
