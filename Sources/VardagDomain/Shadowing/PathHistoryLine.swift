/// One line of a participant's step history: a step reached (or her leaving), its date,
/// and how many days she spent in the step.
public struct PathHistoryLine: Hashable, Sendable {
    /// The step, or nil for the line that says she left.
    public var step: PathStep?
    /// How she left, on the leaving line.
    public var outcome: PathOutcome?
    public var date: LocalDate
    /// Days from this step's date to the next step (or leaving, or `today` for the current step);
    /// nil on the leaving line.
    public var days: Int?
    /// True for the step she is in now (not left, no later step).
    public var isCurrent: Bool

    public init(step: PathStep?, outcome: PathOutcome?, date: LocalDate, days: Int?, isCurrent: Bool) {
        self.step = step; self.outcome = outcome; self.date = date; self.days = days; self.isCurrent = isCurrent
    }
}

extension ParticipantPath {
    /// Every step reached with its date and the days spent in it, then her leaving if she left.
    /// - Parameter today: the end of the current step while she is still in the team.
    /// - Returns: the lines in path order.
    public func history(today: LocalDate) -> [PathHistoryLine] {
        var lines: [PathHistoryLine] = steps.enumerated().map { i, s in
            let end = i + 1 < steps.count ? steps[i + 1].date : (left?.date ?? today)
            return PathHistoryLine(step: s.step, outcome: nil, date: s.date, days: max(0, s.date.days(to: end)),
                                   isCurrent: left == nil && i == steps.count - 1)
        }
        if let left { lines.append(PathHistoryLine(step: nil, outcome: left.outcome, date: left.date, days: nil, isCurrent: false)) }
        return lines
    }
}
