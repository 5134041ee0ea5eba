import VardagDomain

/// Everything the grid screen shows for one worker and period.
public struct WorkloadGrid: Hashable, Sendable {
    public var medarbetareId: Int64
    public var name: String
    public var teamId: Int64
    public var period: WorkloadPeriod
    /// The cases rated in the period, in reference order.
    public var cases: [WorkloadCase]
    /// The overall self-rating 1–5, or nil.
    public var overall: Int?
    /// How many cases the previous period had (what copy-forward would start from).
    public var previousCount: Int

    public init(medarbetareId: Int64, name: String, teamId: Int64, period: WorkloadPeriod, cases: [WorkloadCase], overall: Int?, previousCount: Int) {
        self.medarbetareId = medarbetareId
        self.name = name
        self.teamId = teamId
        self.period = period
        self.cases = cases
        self.overall = overall
        self.previousCount = previousCount
    }

    /// The summary of the period under some settings.
    public func summary(threshold: Int) -> PeriodSummary {
        var counts = FieldCounts()
        for item in cases { counts[item.field(threshold: threshold)] += 1 }
        return PeriodSummary(
            period: period, counts: counts,
            load: LoadFigure.of(cases.map { ($0.time, $0.difficulty) }), overall: overall)
    }
}
