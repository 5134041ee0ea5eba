/// One slinga as the yearly report counts it.
public struct LoopFacts: Hashable, Sendable {
    /// One vägledare assignment of the slinga.
    public struct Assignment: Hashable, Sendable {
        public var guideId: Int64
        /// The kommun that provided the guide (her home kommun).
        public var providingKommunId: Int64
        public init(guideId: Int64, providingKommunId: Int64) {
            self.guideId = guideId
            self.providingKommunId = providingKommunId
        }
    }

    public var loopId: Int64
    public var kommunId: Int64
    public var theme: String
    /// The date of brukarträff 1, nil before it is held.
    public var startedOn: LocalDate?
    /// The date of the uppföljning, nil before it is held.
    public var finishedOn: LocalDate?
    public var questionsAsked: Int
    public var questionsAnswered: Int
    public var guides: [Assignment]
    public var actions: Int
    public var actionsDone: Int

    public init(
        loopId: Int64, kommunId: Int64, theme: String, startedOn: LocalDate?, finishedOn: LocalDate?,
        questionsAsked: Int, questionsAnswered: Int, guides: [Assignment], actions: Int, actionsDone: Int
    ) {
        self.loopId = loopId
        self.kommunId = kommunId
        self.theme = theme
        self.startedOn = startedOn
        self.finishedOn = finishedOn
        self.questionsAsked = questionsAsked
        self.questionsAnswered = questionsAnswered
        self.guides = guides
        self.actions = actions
        self.actionsDone = actionsDone
    }
}
