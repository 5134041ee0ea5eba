/// One item of a person's competence development plan: a ladder step or a course, with a target date.
public struct PlanItem: Hashable, Sendable, Identifiable {
    public var id: Int64
    public var medarbetareId: Int64
    /// The ladder step planned, or nil for a course outside the ladder.
    public var step: Int?
    /// The course name (may be empty when a step is planned).
    public var course: String
    /// When it should be done.
    public var targetDate: LocalDate
    public var status: PlanStatus

    public init(id: Int64, medarbetareId: Int64, step: Int?, course: String, targetDate: LocalDate, status: PlanStatus) {
        self.id = id
        self.medarbetareId = medarbetareId
        self.step = step
        self.course = course
        self.targetDate = targetDate
        self.status = status
    }

    /// Whether the item is open and its target date has passed.
    /// - Parameter today: the day to judge.
    public func isOverdue(today: LocalDate) -> Bool {
        status.isOpen && targetDate < today
    }

    /// Checks the item's rules: a step 1–5 or a course name (≤ 100 characters, one line,
    /// no control characters: `FreeText`).
    /// - Throws: `CompetenceError`.
    public func validate() throws(CompetenceError) {
        if let step, !(1...Ladder.stepCount).contains(step) { throw .unknownStep(step) }
        if step == nil && course.trimmingCharacters(in: .whitespaces).isEmpty { throw .required(.course) }
        if course.count > 100 { throw .tooLong(.course, max: 100) }
        if FreeText.hasForbiddenCharacters(course) { throw .invalidCharacters(.course) }
    }
}
