import TerminalKit
import VardagDomain
import VardagStore

/// The Deltagare tab's forms for the ladder and employment: a competence step done (`m`),
/// and employing a participant as servicebiträde (`b`, a confirm form: team of the host
/// unit and start date).
extension ShadowingFormEditor {
    /// A form to mark the participant's next competence step done, dated today by default.
    static func ladderStep(_ participant: ShadowingParticipant, ladder: [LadderStep], today: LocalDate,
                           strings s: Strings) -> ShadowingFormEditor {
        let steps = participant.ladder.next.map { Array($0...Ladder.stepCount) } ?? []
        let names = steps.map { n in
            let name = ladder.first { $0.number == n }?.name ?? ""
            return name.isEmpty ? s.format("servicebitrade.step", n) : s.format("servicebitrade.stepNamed", n, name)
        }
        return ShadowingFormEditor(
            kind: .ladderStep(participantId: participant.id, steps: steps), titleKey: "servicebitrade.form.ladderStep",
            form: FormState(fields: [
                .choice("step", label: s["servicebitrade.field.ladderStep"], options: names),
                .text("date", label: s["shadowing.field.date"], text: today.iso, maxLength: 10),
            ], focus: 1))
    }

    /// The confirm form for employing a participant: the team of the host unit (the host team first) and her first day.
    static func employ(_ participant: ShadowingParticipant, teams: [(id: Int64, name: String)], unitName: String,
                       today: LocalDate, strings s: Strings) -> ShadowingFormEditor {
        ShadowingFormEditor(
            kind: .employ(participantId: participant.id, teamIds: teams.map(\.id)), titleKey: "servicebitrade.form.employ",
            form: FormState(fields: [
                .choice("hostTeam", label: s["servicebitrade.field.team"], options: teams.map { "\($0.name) · \(unitName)" }),
                .text("date", label: s["servicebitrade.field.start"], text: today.iso, maxLength: 10),
            ], focus: 1))
    }

    /// Stores a ladder or employment form.
    /// - Throws: `ShadowingValidationFailure` or a store error.
    func saveServicebitrade(context: AppContext) throws -> Saved {
        let store = context.store
        switch kind {
        case .ladderStep(let participantId, let steps):
            guard steps.indices.contains(chosen("step")) else { throw ShadowingValidationFailure([.step: .unknownReference]) }
            try store.markParticipantLadderStep(participantId: participantId, step: steps[chosen("step")],
                                                date: form.value(of: "date"), today: context.today)
            return Saved(name: form.value(of: "step"))
        case .employ(let participantId, let teamIds):
            guard teamIds.indices.contains(chosen("hostTeam")) else { throw ShadowingValidationFailure([.hostTeam: .unknownReference]) }
            try store.employParticipant(participantId: participantId, teamId: teamIds[chosen("hostTeam")],
                                        startDate: form.value(of: "date"))
            return Saved(name: context.strings.format("servicebitrade.employedAs", form.value(of: "hostTeam")))
        default:
            throw ShadowingValidationFailure([.step: .unknownReference])
        }
    }
}
