/// Why a Skuggning rule refused a field.
public enum ShadowingProblem: Error, Hashable, Sendable {
    /// Nothing was given where something is needed.
    case required
    /// Not a date in the form YYYY-MM-DD.
    case invalidDate
    /// Outside the team's period (start and end given).
    case outsidePeriod(start: LocalDate, end: LocalDate)
    /// The participant does not belong to the team (or has left).
    case notInTeam
    /// Minutes not a whole number from 1 to 600.
    case minutesOutOfRange
    /// The end date is before the start date.
    case endBeforeStart
    /// Longer than the field allows.
    case tooLong(max: Int)
    /// Holds control characters, escape sequences or bidi controls (or a line break in a
    /// one-line field); see `FreeText`.
    case invalidCharacters
    /// A name or statement that looks like a personnummer.
    case personnummer
    /// Another item has this name already.
    case duplicate
    /// The reference (task, kommun, team) does not exist.
    case unknownReference
    /// A path step that is not after the current one.
    case stepNotForward(current: PathStep)
    /// A step date before the date of the step before it.
    case dateBeforePrevious(LocalDate)
    /// A corrected step date after the date of the step (or the leaving) that follows it.
    case dateAfterNext(LocalDate)
    /// The participant has left; no more steps.
    case participantLeft
    /// The participant left the team on this date, so later days cannot be logged for her.
    case leftOn(LocalDate)
    /// A handledare's places not a whole number from 0 to 10.
    case placesOutOfRange
    /// A handledare who has supervised participants stays in the pool (her history refers to her).
    case hasSupervised
    /// A date after today (a ladder step is marked when done).
    case dateInFuture
    /// This ladder step is done already.
    case ladderStepDone(Int)
    /// A lower ladder step is not done yet (participants take the steps in order).
    case ladderStepMissing(Int)
    /// She has no competence step to take back.
    case noLadderStep
    /// She is employed already (as staff; not twice, and her steps are in Kompetenstrappa now).
    case alreadyEmployed
    /// The register has no title Servicebiträde to employ her with.
    case noServicebitradeTitle
}
