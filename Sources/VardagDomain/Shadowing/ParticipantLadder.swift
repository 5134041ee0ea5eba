/// A participant's competence steps on the ladder (Kompetenstrappa) and, once she is
/// employed, the rules of her employment as servicebiträde.
///
/// Participants are mapped like staff: the five steps of the host unit's area, each done
/// on a date. Unlike staff, a participant takes them in order (no validering: she has no
/// earlier work to validate here), each dated no earlier than the step before and not in
/// the future. Once she is employed the steps are carried over to her staff mapping and
/// further steps are marked in Kompetenstrappa.
public struct ParticipantLadder: Hashable, Sendable {
    /// The steps done, in step order.
    public private(set) var completions: [StepCompletion]

    public init(_ completions: [StepCompletion] = []) {
        self.completions = completions.sorted { $0.step < $1.step }
    }

    /// The step to mark next (the lowest not done), or nil when all five are done.
    public var next: Int? { StepOrder.nextStep(after: completions) }

    /// Checks that a step can be marked done on a date.
    /// - Parameters:
    ///   - step: 1–5, the next step on the ladder.
    ///   - date: the day she completed it.
    ///   - today: no later than this.
    ///   - employed: true once she is staff (her steps live in Kompetenstrappa then).
    /// - Throws: `ShadowingValidationFailure` (`.step`, `.date`).
    public func checkComplete(step: Int, on date: LocalDate, today: LocalDate, employed: Bool) throws(ShadowingValidationFailure) {
        if employed { throw ShadowingValidationFailure([.step: .alreadyEmployed]) }
        guard (1...Ladder.stepCount).contains(step) else { throw ShadowingValidationFailure([.step: .unknownReference]) }
        if completions.contains(where: { $0.step == step }) { throw ShadowingValidationFailure([.step: .ladderStepDone(step)]) }
        if let missing = next, missing < step { throw ShadowingValidationFailure([.step: .ladderStepMissing(missing)]) }
        if date > today { throw ShadowingValidationFailure([.date: .dateInFuture]) }
        if let last = completions.last, date < last.date { throw ShadowingValidationFailure([.date: .dateBeforePrevious(last.date)]) }
    }

    /// Checks that her latest competence step can be taken back (a mark made by mistake).
    /// - Parameter employed: true once she is staff (her steps live in Kompetenstrappa then).
    /// - Returns: the step that goes, the highest she has done.
    /// - Throws: `ShadowingValidationFailure` (`.step`: `.alreadyEmployed` or `.noLadderStep`).
    public func checkRemoveLatest(employed: Bool) throws(ShadowingValidationFailure) -> StepCompletion {
        if employed { throw ShadowingValidationFailure([.step: .alreadyEmployed]) }
        guard let latest = completions.last else { throw ShadowingValidationFailure([.step: .noLadderStep]) }
        return latest
    }

    /// Checks that a participant can be employed as servicebiträde from a date: not employed
    /// already, still in the team or left for that very job, and the start no earlier than her
    /// latest path step.
    /// - Parameters:
    ///   - path: her path so far.
    ///   - employed: whether she already has a staff row.
    ///   - start: her first day as staff.
    /// - Throws: `ShadowingValidationFailure` (`.step`, `.date`).
    public static func checkEmploy(path: ParticipantPath, employed: Bool, start: LocalDate) throws(ShadowingValidationFailure) {
        if employed { throw ShadowingValidationFailure([.step: .alreadyEmployed]) }
        if let left = path.left, left.outcome != .servicebitrade { throw ShadowingValidationFailure([.step: .participantLeft]) }
        if let last = path.steps.last, start < last.date {
            throw ShadowingValidationFailure([.date: .dateBeforePrevious(last.date)])
        }
    }

    /// What employment adds to her path: the step anställd (unless reached) and her leaving
    /// the team as servicebiträde (unless she left already), both on the start date.
    /// - Returns: the step to add, if any, and whether she leaves now.
    public static func employmentChanges(path: ParticipantPath) -> (addsStep: Bool, leaves: Bool) {
        (path.current != .anstalld, path.left == nil)
    }
}
