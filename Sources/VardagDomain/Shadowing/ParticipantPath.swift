/// A participant's way toward employment: the steps reached with their dates, and how it ended.
public struct ParticipantPath: Hashable, Sendable {
    /// The steps reached, in path order, each with the date it began.
    public private(set) var steps: [(step: PathStep, date: LocalDate)]
    /// The date the participant left and why, or nil while still in the team.
    public private(set) var left: (date: LocalDate, outcome: PathOutcome)?

    public init(steps: [(step: PathStep, date: LocalDate)] = [], left: (date: LocalDate, outcome: PathOutcome)? = nil) {
        self.steps = steps.sorted { $0.step < $1.step }
        self.left = left
    }

    /// The step reached last, or nil before introduktion.
    public var current: PathStep? { steps.last?.step }

    /// Checks that a step can be recorded: later on the path than the current step, not
    /// dated before it, and the participant has not left. Steps may be skipped (someone
    /// who already knows the work goes straight to egna serviceinsatser).
    /// - Throws: `ShadowingValidationFailure` (`.step` or `.date`).
    public func checkAdvance(to step: PathStep, on date: LocalDate) throws(ShadowingValidationFailure) {
        if left != nil { throw ShadowingValidationFailure([.step: .participantLeft]) }
        if let last = steps.last {
            if step <= last.step { throw ShadowingValidationFailure([.step: .stepNotForward(current: last.step)]) }
            if date < last.date { throw ShadowingValidationFailure([.date: .dateBeforePrevious(last.date)]) }
        }
    }

    /// Checks a corrected date for a step already reached: not before the step before it,
    /// not after the step after it, nor after the day the participant left.
    /// - Throws: `ShadowingValidationFailure` (`.step` unknownReference when the step was not reached; `.date`).
    public func checkRedate(_ step: PathStep, to date: LocalDate) throws(ShadowingValidationFailure) {
        guard let index = steps.firstIndex(where: { $0.step == step }) else {
            throw ShadowingValidationFailure([.step: .unknownReference])
        }
        if index > 0, date < steps[index - 1].date {
            throw ShadowingValidationFailure([.date: .dateBeforePrevious(steps[index - 1].date)])
        }
        if index + 1 < steps.count, date > steps[index + 1].date {
            throw ShadowingValidationFailure([.date: .dateAfterNext(steps[index + 1].date)])
        }
        if let left, date > left.date { throw ShadowingValidationFailure([.date: .dateAfterNext(left.date)]) }
    }

    /// Checks that the latest step can be taken back: there is one, and the participant is
    /// still in the team (leaving closes the path).
    /// - Throws: `ShadowingValidationFailure` (`.step`: unknownReference, participantLeft).
    public func checkRemoveLatest() throws(ShadowingValidationFailure) {
        if steps.isEmpty { throw ShadowingValidationFailure([.step: .unknownReference]) }
        if left != nil { throw ShadowingValidationFailure([.step: .participantLeft]) }
    }

    /// Records a step after `checkAdvance`.
    public mutating func advance(to step: PathStep, on date: LocalDate) throws(ShadowingValidationFailure) {
        try checkAdvance(to: step, on: date)
        steps.append((step, date))
    }

    /// Checks that the participant can leave on a date (not already left, not before the last step).
    public func checkLeave(on date: LocalDate) throws(ShadowingValidationFailure) {
        if left != nil { throw ShadowingValidationFailure([.step: .participantLeft]) }
        if let last = steps.last, date < last.date {
            throw ShadowingValidationFailure([.date: .dateBeforePrevious(last.date)])
        }
    }

    /// Records leaving after `checkLeave`.
    public mutating func leave(on date: LocalDate, outcome: PathOutcome) throws(ShadowingValidationFailure) {
        try checkLeave(on: date)
        left = (date, outcome)
    }

    public static func == (lhs: ParticipantPath, rhs: ParticipantPath) -> Bool {
        lhs.steps.map(\.step) == rhs.steps.map(\.step) && lhs.steps.map(\.date) == rhs.steps.map(\.date)
            && lhs.left?.date == rhs.left?.date && lhs.left?.outcome == rhs.left?.outcome
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(steps.map(\.step))
        hasher.combine(steps.map(\.date))
        hasher.combine(left?.date)
        hasher.combine(left?.outcome)
    }
}
