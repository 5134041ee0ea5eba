import TerminalKit
import VardagDomain
import VardagStore

/// Skuggning's path tab: each participant's steps from introduction to employment,
/// and how those who left ended.
struct ShadowingPathTab: ShadowingPage {
    enum Message: ShadowingPageMessage {
        case common(ShadowingCommon)
        case move(Key)
        /// `a`: a new participant.
        case add
        /// Enter: the selected participant's next step.
        case nextStep
        /// `u`: the selected participant leaves.
        case leave
        /// `e`: correct the date of a step reached.
        case editDate
        /// Take back the selected participant's latest step (asks first).
        case remove
        /// `v`: the selected participant's step history with every date.
        case history
        /// `m`: mark her next competence step (Kompetenstrappa) done.
        case ladderStep
        /// `b`: employ her as servicebiträde (a confirm form).
        case employ
        /// `M`: take back her latest competence step (asks first).
        case removeLadderStep
    }

    /// The participant whose latest step a remove question is about.
    struct StepRemoval {
        let participantId: Int64
        let name: String
        /// Her latest competence step when the question takes back that, nil for a path step.
        var ladderStep: Int? = nil
    }

    static let kind = ShadowingTab.path
    var shared = ShadowingShared()
    var form: ShadowingFormEditor?
    var participants: [ShadowingParticipant] = []
    var table = TableState()
    var loadedTeamId: Int64?
    var removing: RemoveQuestion<StepRemoval>?
    /// The step history box, while open.
    var history: ShadowingStepHistory?

    var isDialogOpen: Bool { removing != nil || history != nil }

    func keyMap(_ context: AppContext) -> KeyMap<Message> {
        let s = context.strings
        return keyMap(title: s, viewer: context.viewer, [
            KeyBinding([.char("a"), .insert], s["shadowing.key.addParticipant"], .add, label: "a", hint: true),
            KeyBinding([.enter, .char("n")], s["shadowing.key.nextStep"], .nextStep, label: "Enter", hint: true),
            KeyBinding([.char("u")], s["shadowing.key.leave"], .leave, label: "u", hint: true),
            KeyBinding([.char("e")], s["shadowing.key.stepDate"], .editDate, label: "e"),
            KeyBinding([.char("x"), .delete], s["shadowing.key.removeStep"], .remove, label: "x"),
            KeyBinding([.char("v")], s["shadowing.key.history"], .history, label: "v", hint: true),
            KeyBinding([.char("m")], s["servicebitrade.key.ladderStep"], .ladderStep, label: "m"),
            KeyBinding([.char("M")], s["servicebitrade.key.removeLadderStep"], .removeLadderStep, label: "M"),
        ] + (ShadowingAccess.employs(context.viewer) ? [
            KeyBinding([.char("b")], s["servicebitrade.key.employ"], .employ, label: "b"),
        ] : []), list: ListKeys.bindings(rowHelp: s["shadowing.key.move"], pageHelp: s["shadowing.key.page"]) { .move($0) })
    }

    mutating func update(_ message: Message, context: AppContext) -> Effect {
        let s = context.strings
        if case .common(let common) = message { return updateCommon(common, context: context) }
        guard let team = shared.team else {
            switch message {
            case .add, .editDate: return openTeamForm(nil, supervisors: [], context: context)
            default: return .none
            }
        }
        if case .move(let key) = message {
            // The body's last row shows her competence step, so a page is one row shorter.
            _ = table.handle(key, rowCount: participants.count, pageSize: max(1, ShadowingLayout.pageSize(context) - 1))
            return .none
        }
        if case .add = message {
            form = .participant(teamId: team.id, strings: s)
            return .none
        }
        guard participants.indices.contains(table.selected) else { return .none }
        let p = participants[table.selected]
        switch message {
        case .nextStep:
            if !p.isActive { return .error(s["shadowing.problem.left"]) }
            if p.path.current == .anstalld { return .error(s["shadowing.pathDone"]) }
            form = .step(p, today: context.today, strings: s)
        case .leave:
            if !p.isActive { return .error(s["shadowing.problem.left"]) }
            form = .leaving(p, today: context.today, strings: s)
        case .editDate:
            if p.path.steps.isEmpty { return .error(s.format("shadowing.noSteps", p.name)) }
            form = .stepDate(p, strings: s)
        case .remove:
            guard let latest = p.path.steps.last else { return .error(s.format("shadowing.noSteps", p.name)) }
            if !p.isActive { return .error(s["shadowing.problem.left"]) }
            removing = RemoveQuestion(
                target: StepRemoval(participantId: p.id, name: p.name), title: s["shadowing.remove.stepTitle"],
                message: s.format("shadowing.remove.step", p.name, ShadowingText.step(latest.step, s), latest.date.iso))
        case .history:
            history = ShadowingStepHistory(participant: p, today: context.today)
        case .ladderStep:
            return openLadderStep(p, team: team, context: context)
        case .employ:
            return openEmployment(p, team: team, context: context)
        case .removeLadderStep:
            return askRemoveLadderStep(p, context: context)
        case .common, .move, .add: break
        }
        return .none
    }

    mutating func updateDialog(_ event: Event, context: AppContext) -> Effect {
        if history != nil {
            if case .key(let key) = event, ShadowingStepHistory.closes(key) { history = nil }
            return .none
        }
        guard case .key(let key) = event, var question = removing else { return .none }
        let s = context.strings
        guard let yes = question.answer(key, strings: s) else { removing = question; return .none }
        removing = nil
        guard yes else { return .none }
        if question.target.ladderStep != nil { return removeLadderStep(question.target, context: context) }
        return write(context: context) {
            try context.store.removeLatestPathStep(participantId: question.target.participantId)
            return s.format("shadowing.removed.step", question.target.name)
        }
    }

    mutating func load(team: ShadowingTeam, context: AppContext) throws {
        participants = try context.store.shadowingParticipants(teamId: team.id)
        if table.selected >= participants.count { table.selected = max(0, participants.count - 1) }
    }

    mutating func teamChanged() { table = TableState() }
}
