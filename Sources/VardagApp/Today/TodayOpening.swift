import VardagDomain
import VardagStore

/// What Enter on an Idag line opens: the screen that keeps the item, with its cursor on it.
enum TodayOpening {
    /// The effect of opening an item.
    /// - Parameters:
    ///   - item: the line's item.
    ///   - context: the app context (today, strings).
    /// - Returns: a push of the right screen, with a word in the status line where the row cannot be shown.
    static func open(_ item: TodayItem, context: AppContext) -> Effect {
        let s = context.strings
        switch item {
        case .awaitingRating(let caseId, let reference, let medarbetareId, let period):
            // Not on this period's grid yet: the grid opens on this period, where `c` (here or there) carries it.
            return .batch([.push(grid(medarbetareId, period, caseId)), .status(s.format("today.open.awaitingRating", reference))])
        case .reviewDue(let caseId, _, let medarbetareId, _, _):
            return .push(grid(medarbetareId, currentPeriod(context), caseId))
        case .heavy(let medarbetareId, _, _, let period):
            return .push(WorkloadGridScreen(medarbetareId: medarbetareId, period: period))
        case .nextMeeting(let loopId, _, _, _), .plannedMeeting(let loopId, _, _, _, _, _):
            return .push(LoopScreen(loopId: loopId))
        case .overdueAction(let loopId, let actionId, _, _, _):
            return .push(LoopScreen(loopId: loopId, tab: LoopScreen.actionsTab, focusActionId: actionId))
        case .missingLog(let teamId, _, let participantId, _, let date):
            return .push(ShadowingScreen(tab: .day, teamId: teamId, date: date, focusRowId: participantId))
        case .hypothesisDue(let teamId, let hypothesisId, _, _):
            return .push(ShadowingScreen(tab: .hypotheses, teamId: teamId, date: nil, focusRowId: hypothesisId))
        case .planStepDue(let enhetId, let planItemId, _, _, _, _, _):
            return .push(CompetenceScreen(tab: .plan, enhetId: enhetId, focusPersonId: nil, focusPlanItemId: planItemId))
        case .missingCertificate(let enhetId, let medarbetareId, _, _):
            return .push(CompetenceScreen(tab: .grid, enhetId: enhetId, focusPersonId: medarbetareId, focusPlanItemId: nil))
        case .kommunOverdueActions:
            return .push(DialogueScreen(tab: .loops))
        case .register:
            return .push(RegisterScreen())
        }
    }

    /// This period, as the workload settings count periods (weeks unless changed).
    static func currentPeriod(_ context: AppContext) -> WorkloadPeriod {
        let kind = (try? context.store.workloadSettings().periodKind) ?? .week
        return WorkloadPeriod(containing: context.today, kind: kind)
    }

    private static func grid(_ medarbetareId: Int64, _ period: WorkloadPeriod, _ caseId: Int64) -> WorkloadGridScreen {
        var screen = WorkloadGridScreen(medarbetareId: medarbetareId, period: period)
        screen.selectedCaseId = caseId
        return screen
    }
}
