/// A group's ladder steps completed against those spread, and its activities not yet held.
///
/// A completed step counts as spread when the same person has a held activity for that step
/// (directly, or through a plan item of that step). Courses outside the ladder are not steps.
public struct SpreadingSummary: Hashable, Sendable {
    /// Ladder steps completed (a person's step counts once).
    public var completedSteps: Int
    /// Of those, the steps with a held spreading activity.
    public var spreadSteps: Int
    /// Activities planned and not yet held.
    public var planned: Int
    /// Of those, the ones whose planned day has passed.
    public var overdue: Int

    public init(completedSteps: Int, spreadSteps: Int, planned: Int, overdue: Int) {
        self.completedSteps = completedSteps
        self.spreadSteps = spreadSteps
        self.planned = planned
        self.overdue = overdue
    }

    /// Sums up a group.
    /// - Parameters:
    ///   - completions: each person's completed steps, by person id.
    ///   - activities: the group's spreading activities.
    ///   - today: the day overdue is judged on.
    /// - Returns: the summary.
    public static func summarise(completions: [Int64: [StepCompletion]], activities: [SpreadingActivity],
                                 today: LocalDate) -> SpreadingSummary {
        var spread: Set<PersonStep> = []
        for activity in activities where activity.isHeld {
            if let step = activity.step { spread.insert(PersonStep(person: activity.medarbetareId, step: step)) }
        }
        var completed = 0, spreadCount = 0
        for (person, steps) in completions {
            for step in Set(steps.map(\.step)) {
                completed += 1
                if spread.contains(PersonStep(person: person, step: step)) { spreadCount += 1 }
            }
        }
        let open = activities.filter { !$0.isHeld }
        return SpreadingSummary(completedSteps: completed, spreadSteps: spreadCount, planned: open.count,
                                overdue: open.filter { $0.isOverdue(today: today) }.count)
    }

    /// The share of completed steps spread, or nil when none are completed.
    public var share: Double? { completedSteps == 0 ? nil : Double(spreadSteps) / Double(completedSteps) }

    private struct PersonStep: Hashable {
        var person: Int64
        var step: Int
    }
}
