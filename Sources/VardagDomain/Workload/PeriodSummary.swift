/// One worker's period at a glance: cases per field, load figure and overall self-rating.
public struct PeriodSummary: Hashable, Sendable, Codable {
    public var period: WorkloadPeriod
    public var counts: FieldCounts
    /// Σ time × difficulty (see `LoadFigure`).
    public var load: Int
    /// The overall self-rating 1–5, or nil when not given.
    public var overall: Int?

    public init(period: WorkloadPeriod, counts: FieldCounts = FieldCounts(), load: Int = 0, overall: Int? = nil) {
        self.period = period
        self.counts = counts
        self.load = load
        self.overall = overall
    }

    /// Whether the period counts as heavy: overall at or above the setting, or more than
    /// the set share of the cases in "tung".
    /// - Parameter settings: the thresholds.
    /// - Returns: true for a heavy period.
    public func isHeavy(_ settings: WorkloadSettings) -> Bool {
        if let overall, overall >= settings.heavyOverall { return true }
        guard counts.total > 0 else { return false }
        return counts.tung * 100 > counts.total * settings.heavyTungPercent
    }
}
