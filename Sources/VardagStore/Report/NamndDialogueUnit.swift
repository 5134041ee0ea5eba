/// One unit's Delaktighetsmodellen year to a month's end, for the nämnd report.
///
/// Counted over the unit's slingor started (brukarträff 1) from 1 January to the month's
/// last day; questions by the dates of the meetings that asked and answered them; actions
/// as they stand when the report is made (an action records no date of its status).
public struct NamndDialogueUnit: Hashable, Sendable {
    /// The unit.
    public var enhetId: Int64
    /// Its name.
    public var enhetName: String
    /// Its target of slingor for the year, nil when none is set.
    public var target: Int?
    /// Slingor started in the year up to the month's end.
    public var held: Int
    /// Of those, slingor whose uppföljning was held by the month's end.
    public var finished: Int
    /// Relay questions asked at meetings up to the month's end.
    public var questionsAsked: Int
    /// Of those, answered at meetings up to the month's end.
    public var questionsAnswered: Int
    /// Actions of those slingor.
    public var actions: Int
    /// Of those, done (klar).
    public var actionsDone: Int
    /// Of those, fed back to the brukare.
    public var actionsFedBack: Int

    public init(enhetId: Int64, enhetName: String, target: Int?, held: Int, finished: Int, questionsAsked: Int,
                questionsAnswered: Int, actions: Int, actionsDone: Int, actionsFedBack: Int) {
        self.enhetId = enhetId
        self.enhetName = enhetName
        self.target = target
        self.held = held
        self.finished = finished
        self.questionsAsked = questionsAsked
        self.questionsAnswered = questionsAnswered
        self.actions = actions
        self.actionsDone = actionsDone
        self.actionsFedBack = actionsFedBack
    }
}
