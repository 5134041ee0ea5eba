/// One spreading activity (kunskapsspridning): how a person passes on a step or a course she
/// completed, for whom, how many took part (a count, never names), when, and what changed.
public struct SpreadingActivity: Hashable, Sendable, Identifiable {
    /// The longest description (one line).
    public static let maximumDescription = 200
    /// The longest outcome text.
    public static let maximumOutcome = 500
    /// The most participants one activity may count.
    public static let maximumParticipants = 1000

    public var id: Int64
    public var medarbetareId: Int64
    /// The ladder step spread, if any (also set for a plan item of a step).
    public var step: Int?
    /// The plan item (a step or a course) spread, if any.
    public var planItemId: Int64?
    public var kind: SpreadingKind
    /// What is spread, in a line ("" when the kind says it).
    public var description: String
    public var audience: SpreadingAudience
    /// When it is planned.
    public var plannedOn: LocalDate
    /// When it was held, or nil while only planned.
    public var heldOn: LocalDate?
    /// How many took part, counted once held.
    public var participants: Int?
    /// What changed afterwards ("" until known).
    public var outcome: String

    public init(id: Int64, medarbetareId: Int64, step: Int?, planItemId: Int64?, kind: SpreadingKind, description: String = "",
                audience: SpreadingAudience, plannedOn: LocalDate, heldOn: LocalDate? = nil, participants: Int? = nil,
                outcome: String = "") {
        self.id = id
        self.medarbetareId = medarbetareId
        self.step = step
        self.planItemId = planItemId
        self.kind = kind
        self.description = description
        self.audience = audience
        self.plannedOn = plannedOn
        self.heldOn = heldOn
        self.participants = participants
        self.outcome = outcome
    }

    /// Whether the activity has been held.
    public var isHeld: Bool { heldOn != nil }

    /// Whether it is planned, not held, and its planned day has passed.
    /// - Parameter today: the day to judge.
    public func isOverdue(today: LocalDate) -> Bool { heldOn == nil && plannedOn < today }

    /// Checks the activity's own rules: a description of one line ≤ 200 characters, an outcome
    /// ≤ 500, no control characters; a held date not after today; a count of 1–1000 and an
    /// outcome only once held.
    /// - Parameter today: the day a held date may not pass.
    /// - Throws: `SpreadingError`.
    public func validate(today: LocalDate) throws(SpreadingError) {
        if description.count > Self.maximumDescription { throw .tooLong(.description, max: Self.maximumDescription) }
        if FreeText.hasForbiddenCharacters(description) { throw .invalidCharacters(.description) }
        if outcome.count > Self.maximumOutcome { throw .tooLong(.outcome, max: Self.maximumOutcome) }
        if FreeText.hasForbiddenCharacters(outcome, lines: .multiple) { throw .invalidCharacters(.outcome) }
        if let heldOn {
            if today < heldOn { throw .heldInFuture }
            if let participants, !(1...Self.maximumParticipants).contains(participants) {
                throw .participantsOutOfRange(participants)
            }
        } else {
            if participants != nil { throw .notHeldYet(.participants) }
            if !outcome.isEmpty { throw .notHeldYet(.outcome) }
        }
    }

    /// Checks that what is spread was completed: the step is among the person's completed
    /// steps, or the plan item is hers and finished (klar).
    /// - Parameters:
    ///   - completions: the person's completed steps.
    ///   - planItem: the plan item named by `planItemId`, when there is one.
    /// - Throws: `SpreadingError.notCompleted`.
    public func validateSource(completions: [StepCompletion], planItem: PlanItem?) throws(SpreadingError) {
        if let planItemId {
            guard let planItem, planItem.id == planItemId, planItem.medarbetareId == medarbetareId,
                  planItem.status == .klar else { throw .notCompleted }
            if let step, planItem.step != step { throw .notCompleted }
            return
        }
        guard let step, completions.contains(where: { $0.step == step }) else { throw .notCompleted }
    }
}
