/// The overview's flag: someone heavy for the set number of periods in a row, ending with the latest.
public enum HeavyFlag {
    /// Whether the last `settings.heavyPeriodsInRow` periods are all heavy.
    /// - Parameters:
    ///   - history: one summary per period, oldest first, with no gaps (an unrated period is an empty summary).
    ///   - settings: the thresholds.
    /// - Returns: true when the flag is raised.
    public static func isRaised(_ history: [PeriodSummary], settings: WorkloadSettings) -> Bool {
        let needed = settings.heavyPeriodsInRow
        guard needed > 0, history.count >= needed else { return false }
        return history.suffix(needed).allSatisfy { $0.isHeavy(settings) }
    }

    /// The longest run of heavy periods anywhere in the history, for the trend column.
    public static func longestRun(_ history: [PeriodSummary], settings: WorkloadSettings) -> Int {
        var best = 0, run = 0
        for summary in history {
            run = summary.isHeavy(settings) ? run + 1 : 0
            best = max(best, run)
        }
        return best
    }
}
