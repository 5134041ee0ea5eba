/// Change over time: the share of a group (a unit's staff on a ladder) who had completed
/// each ladder step by the end of each quarter.
///
/// A step counts from its completion date, validering or not. The group is the people as
/// they are now: someone who left is not in it, someone hired later counts in every
/// quarter, so the figures show how far today's staff had come, quarter by quarter.
public struct LadderProgress: Hashable, Sendable {
    /// The quarters, oldest first.
    public var quarters: [Quarter]
    /// `shares[step - 1][i]`: the share (0…1) done by the end of `quarters[i]`; nil for an empty group.
    public var shares: [[Double?]]
    /// How many people the shares are of.
    public var people: Int

    public init(quarters: [Quarter], shares: [[Double?]], people: Int) {
        self.quarters = quarters
        self.shares = shares
        self.people = people
    }

    /// Computes the shares.
    /// - Parameters:
    ///   - completions: each person's completed steps (one array per person).
    ///   - quarters: the quarters to judge, oldest first.
    /// - Returns: the shares per step and quarter.
    public static func compute(completions: [[StepCompletion]], quarters: [Quarter]) -> LadderProgress {
        let ends = quarters.map(lastDay)
        let shares = (1...Ladder.stepCount).map { step -> [Double?] in
            ends.map { end -> Double? in
                guard !completions.isEmpty else { return nil }
                let done = completions.filter { person in person.contains { $0.step == step && $0.date <= end } }.count
                return Double(done) / Double(completions.count)
            }
        }
        return LadderProgress(quarters: quarters, shares: shares, people: completions.count)
    }

    /// The last `count` quarters up to and including today's, oldest first.
    /// - Parameters:
    ///   - count: how many (at least 1).
    ///   - today: the day whose quarter is the last.
    /// - Returns: the quarters.
    public static func lastQuarters(_ count: Int, endingAt today: LocalDate) -> [Quarter] {
        var quarter = Quarter(today)
        var out = [quarter]
        while out.count < max(1, count) {
            quarter = quarter.number == 1 ? Quarter(year: quarter.year - 1, number: 4) : Quarter(year: quarter.year, number: quarter.number - 1)
            out.insert(quarter, at: 0)
        }
        return out
    }

    /// The last day of a quarter.
    static func lastDay(_ quarter: Quarter) -> LocalDate {
        let month = quarter.number * 3
        // A quarter of a valid date's year always has its last day; the fallback is never used.
        return (try? LocalDate(year: quarter.year, month: month, day: LocalDate.daysInMonth(year: quarter.year, month: month)))
            ?? ProtectedTitleRule.transitionEnds
    }
}
