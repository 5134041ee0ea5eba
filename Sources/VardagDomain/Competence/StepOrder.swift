/// The rule that ladder steps are completed in order, unless validated.
public enum StepOrder {
    /// Checks a set of completions.
    ///
    /// Every step must be 1–5. A step completed by course (not validering) needs every lower
    /// step completed, by course or validering; a validated step may stand alone.
    /// - Parameter completions: the completions, one per step.
    /// - Throws: `CompetenceError.unknownStep` or `.stepOutOfOrder` for the first problem.
    public static func validate(_ completions: [StepCompletion]) throws(CompetenceError) {
        // Fast path for the common case, steps 1…n in order (an import checks tens of thousands).
        if completions.count <= Ladder.stepCount, completions.indices.allSatisfy({ completions[$0].step == $0 + 1 }) { return }
        let done = Set(completions.map(\.step))
        for completion in completions.sorted(by: { $0.step < $1.step }) {
            guard (1...Ladder.stepCount).contains(completion.step) else { throw .unknownStep(completion.step) }
            if completion.validering { continue }
            if let missing = (1..<completion.step).first(where: { !done.contains($0) }) {
                throw .stepOutOfOrder(step: completion.step, missing: missing)
            }
        }
    }

    /// The next step a person can take by course: the lowest step not yet done.
    /// - Parameter completions: what is done.
    /// - Returns: 1–5, or nil when all five are done.
    public static func nextStep(after completions: [StepCompletion]) -> Int? {
        let done = Set(completions.map(\.step))
        return (1...Ladder.stepCount).first { !done.contains($0) }
    }
}
