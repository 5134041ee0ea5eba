/// One item of a person's competence development plan: a ladder step or a course, with a
/// target date, who gives it and what it costs.
public struct PlanItem: Hashable, Sendable, Identifiable {
    /// The highest cost of one item, in kronor.
    public static let maximumCost = 10_000_000

    public var id: Int64
    public var medarbetareId: Int64
    /// The ladder step planned, or nil for a course outside the ladder.
    public var step: Int?
    /// The course name (may be empty when a step is planned).
    public var course: String
    /// When it should be done.
    public var targetDate: LocalDate
    public var status: PlanStatus
    /// Who gives the course ("" when not known).
    public var provider: String
    /// What the item costs in whole kronor, or nil when not known.
    public var cost: Int?

    public init(id: Int64, medarbetareId: Int64, step: Int?, course: String, targetDate: LocalDate, status: PlanStatus,
                provider: String = "", cost: Int? = nil) {
        self.provider = provider
        self.cost = cost
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

    /// Checks the item's rules: a step 1–5 or a course name, and a provider (each ≤ 100
    /// characters, one line, no control characters: `FreeText`); a cost of 0–10 000 000 kronor.
    /// - Throws: `CompetenceError`.
    public func validate() throws(CompetenceError) {
        if let step, !(1...Ladder.stepCount).contains(step) { throw .unknownStep(step) }
        if step == nil && course.trimmingCharacters(in: .whitespaces).isEmpty { throw .required(.course) }
        if course.count > 100 { throw .tooLong(.course, max: 100) }
        if FreeText.hasForbiddenCharacters(course) { throw .invalidCharacters(.course) }
        if provider.count > 100 { throw .tooLong(.provider, max: 100) }
        if FreeText.hasForbiddenCharacters(provider) { throw .invalidCharacters(.provider) }
        if let cost, !(0...Self.maximumCost).contains(cost) { throw .costOutOfRange(cost) }
    }
}
