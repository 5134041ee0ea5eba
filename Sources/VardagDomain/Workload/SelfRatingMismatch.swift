/// How a worker's overall self-rating and her case ratings disagree in a period.
///
/// Neither side is wrong: a worker who rates herself 5 with mostly light cases may carry
/// something the cases do not show, and one who says 1–2 with many heavy cases may be
/// underplaying it. Either is something for the talk with her leader.
public enum SelfRatingMismatch: String, Hashable, Sendable, Codable {
    /// A high overall self-rating while most cases sit in "lätt".
    case ratesHigher
    /// A low overall self-rating while many cases sit in "tung".
    case ratesLower

    /// The disagreement in one period, if any.
    /// - Parameters:
    ///   - summary: the period's field counts and overall self-rating.
    ///   - settings: the mismatch thresholds.
    /// - Returns: nil when the ratings agree, the overall rating is missing, or fewer cases than
    ///   the set minimum are rated.
    public static func of(_ summary: PeriodSummary, settings: WorkloadSettings) -> SelfRatingMismatch? {
        guard let overall = summary.overall else { return nil }
        let total = summary.counts.total
        guard total > 0, total >= settings.mismatchMinCases else { return nil }
        if overall >= settings.mismatchHighOverall, summary.counts.latt * 100 > total * settings.mismatchLattPercent {
            return .ratesHigher
        }
        if overall <= settings.mismatchLowOverall, summary.counts.tung * 100 >= total * settings.mismatchTungPercent {
            return .ratesLower
        }
        return nil
    }
}
