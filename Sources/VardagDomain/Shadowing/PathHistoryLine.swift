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
    /// The competence step (1–5) done on this date, on a ladder line (then `step` and
    /// `outcome` are nil and `days` is nil).
    public var ladderStep: Int?

    public init(step: PathStep?, outcome: PathOutcome?, date: LocalDate, days: Int?, isCurrent: Bool, ladderStep: Int? = nil) {
        self.step = step; self.outcome = outcome; self.date = date; self.days = days; self.isCurrent = isCurrent
        self.ladderStep = ladderStep
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

extension ShadowingParticipant {
    /// Her way toward employment with her competence beside it: the path's history with a
    /// line for each ladder step done, in date order (on the same day the path step first).
    /// - Parameter today: the end of the current step while she is still in the team.
    /// - Returns: the path lines and ladder lines merged by date.
    public func journey(today: LocalDate) -> [PathHistoryLine] {
        let path = self.path.history(today: today)
        let ladder = self.ladder.completions.map {
            PathHistoryLine(step: nil, outcome: nil, date: $0.date, days: nil, isCurrent: false, ladderStep: $0.step)
        }
        var merged: [PathHistoryLine] = []
        var i = 0, j = 0
        while i < path.count || j < ladder.count {
            if j >= ladder.count || (i < path.count && path[i].date <= ladder[j].date) {
                merged.append(path[i]); i += 1
            } else {
                merged.append(ladder[j]); j += 1
            }
        }
        return merged
    }
}
