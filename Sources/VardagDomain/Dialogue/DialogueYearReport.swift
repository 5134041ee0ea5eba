/// The course leaders' yearly figures for one kommun: what its slingor did that year.
///
/// Started and finished count slingor whose brukarträff 1 / uppföljning fell in the year.
/// Themes, relay questions, guides and actions are those of the slingor started in the year,
/// so each slinga is counted once, in the year it began.
public struct DialogueYearReport: Hashable, Sendable {
    public var kommunId: Int64
    public var year: Int
    public var started: Int
    public var finished: Int
    /// The themes of the slingor started, in start order.
    public var themes: [String]
    public var questionsAsked: Int
    public var questionsAnswered: Int
    /// Distinct vägledare from the kommun itself.
    public var ownGuides: Int
    /// Distinct vägledare bought from other kommuner.
    public var boughtGuides: Int
    /// Guide assignments bought from other kommuner (two per slinga at most).
    public var boughtAssignments: Int
    public var actions: Int
    public var actionsDone: Int

    public init(
        kommunId: Int64, year: Int, started: Int, finished: Int, themes: [String],
        questionsAsked: Int, questionsAnswered: Int, ownGuides: Int, boughtGuides: Int,
        boughtAssignments: Int, actions: Int, actionsDone: Int
    ) {
        self.kommunId = kommunId
        self.year = year
        self.started = started
        self.finished = finished
        self.themes = themes
        self.questionsAsked = questionsAsked
        self.questionsAnswered = questionsAnswered
        self.ownGuides = ownGuides
        self.boughtGuides = boughtGuides
        self.boughtAssignments = boughtAssignments
        self.actions = actions
        self.actionsDone = actionsDone
    }

    /// Computes the report from the kommun's slingor.
    /// - Parameters:
    ///   - kommunId: the kommun.
    ///   - year: the year.
    ///   - loops: the kommun's slingor (others are ignored).
    /// - Returns: the figures.
    public static func make(kommunId: Int64, year: Int, loops: [LoopFacts]) -> DialogueYearReport {
        let own = loops.filter { $0.kommunId == kommunId }
        let started = own.filter { $0.startedOn?.year == year }
            .sorted { ($0.startedOn!, $0.loopId) < ($1.startedOn!, $1.loopId) }
        var ownGuides: Set<Int64> = []
        var boughtGuides: Set<Int64> = []
        var boughtAssignments = 0
        for loop in started {
            for assignment in loop.guides {
                if DialogueRules.isBought(guideKommunId: assignment.providingKommunId, loopKommunId: kommunId) {
                    boughtGuides.insert(assignment.guideId)
                    boughtAssignments += 1
                } else {
                    ownGuides.insert(assignment.guideId)
                }
            }
        }
        return DialogueYearReport(
            kommunId: kommunId, year: year, started: started.count,
            finished: own.filter { $0.finishedOn?.year == year }.count,
            themes: started.map(\.theme),
            questionsAsked: started.reduce(0) { $0 + $1.questionsAsked },
            questionsAnswered: started.reduce(0) { $0 + $1.questionsAnswered },
            ownGuides: ownGuides.count, boughtGuides: boughtGuides.count, boughtAssignments: boughtAssignments,
            actions: started.reduce(0) { $0 + $1.actions },
            actionsDone: started.reduce(0) { $0 + $1.actionsDone })
    }
}
