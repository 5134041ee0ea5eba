/// A case as it stood at the end of a period, the input of copy-forward.
public struct CarriedCase: Hashable, Sendable {
    public var caseId: Int64
    /// Who rated it in that period.
    public var medarbetareId: Int64
    public var time: Int
    public var difficulty: Int
    /// The latest decision on the case, if any.
    public var decision: DecisionKind?
    /// For `omfordela`: the colleague taking it over.
    public var toMedarbetareId: Int64?

    public init(caseId: Int64, medarbetareId: Int64, time: Int, difficulty: Int, decision: DecisionKind? = nil, toMedarbetareId: Int64? = nil) {
        self.caseId = caseId
        self.medarbetareId = medarbetareId
        self.time = time
        self.difficulty = difficulty
        self.decision = decision
        self.toMedarbetareId = toMedarbetareId
    }
}
