/// The configurable rules of Fyrfältaren: period length, the high threshold and the heavy flag.
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

    public init(
        periodKind: PeriodKind = .week, highThreshold: Int = defaultHighThreshold, heavyOverall: Int = 5,
        heavyTungPercent: Int = 50, heavyPeriodsInRow: Int = 2
    ) {
        self.periodKind = periodKind
        self.highThreshold = highThreshold
        self.heavyOverall = heavyOverall
        self.heavyTungPercent = heavyTungPercent
        self.heavyPeriodsInRow = heavyPeriodsInRow
    }

    /// The defaults.
    public static let standard = WorkloadSettings()

    /// Checks the values.
    /// - Throws: `WorkloadFailure` on `.threshold` when a value is outside its range.
    public func validate() throws(WorkloadFailure) {
        guard (2...5).contains(highThreshold), (1...5).contains(heavyOverall),
              (1...99).contains(heavyTungPercent), (1...12).contains(heavyPeriodsInRow) else {
            throw WorkloadFailure(.threshold, .ratingOutOfRange("\(highThreshold)"))
        }
    }
}
