/// The configurable rules of Fyrfältaren: period length, the high threshold, the heavy flag
/// and when an overall self-rating disagrees with the case ratings (`SelfRatingMismatch`).
public struct WorkloadSettings: Hashable, Sendable, Codable {
    /// The default lowest "high" rating.
    public static let defaultHighThreshold = 3

    /// Week (default) or month.
    public var periodKind: PeriodKind
    /// A rating at or above this is high (2–5; default 3).
    public var highThreshold: Int
    /// An overall self-rating at or above this makes a period heavy (default 5).
    public var heavyOverall: Int
    /// A period is heavy when more than this share (percent) of the rated cases are in "tung" (default 50: most).
    public var heavyTungPercent: Int
    /// How many heavy periods in a row raise the flag (default 2).
    public var heavyPeriodsInRow: Int
    /// An overall self-rating at or above this, with most cases in "lätt", disagrees (default 5).
    public var mismatchHighOverall: Int
    /// "Most in lätt": more than this share (percent) of the rated cases (default 50).
    public var mismatchLattPercent: Int
    /// An overall self-rating at or below this, with many cases in "tung", disagrees (default 2).
    public var mismatchLowOverall: Int
    /// "Many in tung": at least this share (percent) of the rated cases (default 40).
    public var mismatchTungPercent: Int
    /// Fewer rated cases than this never disagree (default 3).
    public var mismatchMinCases: Int

    public init(
        periodKind: PeriodKind = .week, highThreshold: Int = defaultHighThreshold, heavyOverall: Int = 5,
        heavyTungPercent: Int = 50, heavyPeriodsInRow: Int = 2,
        mismatchHighOverall: Int = 5, mismatchLattPercent: Int = 50, mismatchLowOverall: Int = 2,
        mismatchTungPercent: Int = 40, mismatchMinCases: Int = 3
    ) {
        self.periodKind = periodKind
        self.highThreshold = highThreshold
        self.heavyOverall = heavyOverall
        self.heavyTungPercent = heavyTungPercent
        self.heavyPeriodsInRow = heavyPeriodsInRow
        self.mismatchHighOverall = mismatchHighOverall
        self.mismatchLattPercent = mismatchLattPercent
        self.mismatchLowOverall = mismatchLowOverall
        self.mismatchTungPercent = mismatchTungPercent
        self.mismatchMinCases = mismatchMinCases
    }

    /// The defaults.
    public static let standard = WorkloadSettings()

    /// Checks the values.
    /// - Throws: `WorkloadFailure` on `.threshold` when a value is outside its range.
    public func validate() throws(WorkloadFailure) {
        guard (2...5).contains(highThreshold), (1...5).contains(heavyOverall),
              (1...99).contains(heavyTungPercent), (1...12).contains(heavyPeriodsInRow),
              (1...5).contains(mismatchHighOverall), (1...99).contains(mismatchLattPercent),
              (1...5).contains(mismatchLowOverall), (1...100).contains(mismatchTungPercent),
              (1...99).contains(mismatchMinCases) else {
            throw WorkloadFailure(.threshold, .ratingOutOfRange("\(highThreshold)"))
        }
    }
}
