import VardagDomain

/// One thing due for the person working, on her Idag list: what it is and where it is kept,
/// so the screen can name it and open the right screen at the right row.
public enum TodayItem: Hashable, Sendable {
    /// Her case rated last period and not yet this period (the grid's copy-forward would carry it).
    case awaitingRating(caseId: Int64, reference: String, medarbetareId: Int64, period: WorkloadPeriod)
    /// A case whose latest decision is kan vänta and whose review date has come.
    case reviewDue(caseId: Int64, reference: String, medarbetareId: Int64, medarbetareName: String, reviewDate: LocalDate)
    /// A team member flagged heavy in the period by the overview's rule (`HeavyFlag`).
    case heavy(medarbetareId: Int64, name: String, teamName: String, period: WorkloadPeriod)
    /// The meeting to log next in an unfinished slinga she is guide of.
    case nextMeeting(loopId: Int64, theme: String, enhetName: String, meeting: TraffTyp)
    /// The next träff of a slinga she is guide of, planned for a day from today to a week
    /// ahead, or for a day that has passed without the träff being held; `daysAway` counts from
    /// today to the planned day (0 today, negative when it has passed).
    case plannedMeeting(loopId: Int64, theme: String, enhetName: String, meeting: TraffTyp, on: LocalDate, daysAway: Int)
    /// An åtgärd past its date and not done.
    case overdueAction(loopId: Int64, actionId: Int64, what: String, due: LocalDate, enhetName: String)
    /// A participant of a skuggningsteam with no day entry for the date.
    case missingLog(teamId: Int64, teamName: String, participantId: Int64, participantName: String, date: LocalDate)
    /// An open hypothesis whose review date has come.
    case hypothesisDue(teamId: Int64, hypothesisId: Int64, statement: String, reviewDate: LocalDate)
    /// An open plan item whose target date falls in this quarter or earlier.
    case planStepDue(enhetId: Int64, planItemId: Int64, medarbetareId: Int64, name: String, step: Int?, course: String,
                     targetDate: LocalDate)
    /// An undersköterska (protected title) without the certificate and without the transition right.
    case missingCertificate(enhetId: Int64, medarbetareId: Int64, name: String, enhetName: String)
    /// How many åtgärder are overdue in a kommun's slingor (an aggregate, no names).
    case kommunOverdueActions(kommunId: Int64, kommunName: String, count: Int)
    /// The register, for the systemförvaltare: how many active medarbetare it holds.
    case register(activeStaff: Int)
}
