import TerminalKit
import VardagDomain
import VardagStore

/// The Deltagare tab's ladder and employment keys: `m` marks a competence step done, `M`
/// takes the latest back (asks first), `b` employs the participant as servicebiträde in the
/// host unit.
extension ShadowingPathTab {
    /// Opens the form for her next competence step, named as on the host unit's ladder.
    mutating func openLadderStep(_ p: ShadowingParticipant, team: ShadowingTeam, context: AppContext) -> Effect {
        let s = context.strings
        if p.employment != nil { return .error(s["servicebitrade.problem.alreadyEmployed"]) }
        if p.ladder.next == nil { return .error(s.format("servicebitrade.ladderDone", p.name)) }
        do {
            let omrade = try context.store.team(id: team.hostTeamId).flatMap { try context.store.enhet(id: $0.enhetId) }?.omrade
            let ladder = try omrade.flatMap { try context.store.competenceLadders()[$0] }?.steps ?? []
            form = .ladderStep(p, ladder: ladder, today: context.today, strings: s)
        } catch {
            return .error(s.couldNotRead(error))
        }
        return .none
    }

    /// Opens the confirm form that employs her: a team of the host unit, and her first day.
    mutating func openEmployment(_ p: ShadowingParticipant, team: ShadowingTeam, context: AppContext) -> Effect {
        let s = context.strings
        guard ShadowingAccess.employs(context.viewer) else { return .none }
        if p.employment != nil { return .error(s.format("servicebitrade.alreadyEmployed", p.name)) }
        if let left = p.path.left, left.outcome != .servicebitrade { return .error(s["shadowing.problem.left"]) }
        do {
            let unit = try context.store.team(id: team.hostTeamId).flatMap { try context.store.enhet(id: $0.enhetId) }
            let teams = try context.store.hostUnitTeams(hostTeamId: team.hostTeamId)
            form = .employ(p, teams: teams, unitName: unit?.name ?? "", today: context.today, strings: s)
        } catch {
            return .error(s.couldNotRead(error))
        }
        return .none
    }

    /// Asks before taking back her latest competence step; refused once she is employed.
    mutating func askRemoveLadderStep(_ p: ShadowingParticipant, context: AppContext) -> Effect {
        let s = context.strings
        let latest: StepCompletion
        do {
            latest = try p.ladder.checkRemoveLatest(employed: p.employment != nil)
        } catch {
            return .error(ErrorText.describe(error, s))
        }
        removing = RemoveQuestion(
            target: StepRemoval(participantId: p.id, name: p.name, ladderStep: latest.step),
            title: s["servicebitrade.remove.ladderTitle"],
            message: s.format("servicebitrade.remove.ladder", p.name, latest.step, latest.date.iso))
        return .none
    }

    /// Takes back the competence step the question was about, after yes.
    mutating func removeLadderStep(_ target: StepRemoval, context: AppContext) -> Effect {
        let s = context.strings
        return write(context: context) {
            let removed = try context.store.removeLatestParticipantLadderStep(participantId: target.participantId)
            return s.format("servicebitrade.removed.ladder", target.name, removed.step)
        }
    }
}
