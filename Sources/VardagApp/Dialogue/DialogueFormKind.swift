import VardagDomain

/// Which form is open in the dialogue screens, with the ids it writes to.
enum DialogueFormKind {
    case newLoop
    case newGuide
    case target(enhetId: Int64, year: Int)
    case meeting(loopId: Int64)
    case question(loopId: Int64)
    case answer(questionId: Int64)
    case action(loopId: Int64)
    case theme(loopId: Int64)
    case staff(loopId: Int64)
    /// Corrections of what is logged.
    case editMeeting(meetingId: Int64, kind: TraffTyp)
    case editAnswer(questionId: Int64)
    case editAction(actionId: Int64)
    /// Migration v21: the next träff's date, the chef at the gemensam träff, the feedback.
    case planNext(loopId: Int64)
    case chef(meetingId: Int64)
    case feedback(actionId: Int64)
    /// A guide leaving the pool (or coming back).
    case guideLeft(guideId: Int64)
    /// The hours of the slinga's guides (the exchange ledger).
    case hours(loopId: Int64)
}
