import TerminalKit
import VardagDomain
import VardagStore

extension CompetenceGridTab {
    /// Opens the spreading form for the selected person: the step under the cursor when it is
    /// completed, else her latest completed step.
    mutating func openSpreading(context: AppContext) -> Effect {
        let s = context.strings
        guard rows.indices.contains(shared.grid.row) else { return .none }
        let person = rows[shared.grid.row].person
        var step: Int?
        if case .step(let cursor) = Requirement.all[shared.grid.column], person.mapping.completion(of: cursor) != nil {
            step = cursor
        } else {
            step = person.mapping.completions.max { $0.step < $1.step }?.step
        }
        guard let step else { return .error(s.format("competence.spreading.noStep", person.name)) }
        let name = shared.unit.flatMap { roster.ladders[$0.omrade]?.step(step)?.name } ?? ""
        spreadingEditor = SpreadingEditor(newFor: person, step: step, planItemId: nil,
                                          what: s.format("competence.plan.step", step, name), today: context.today, strings: s)
        return .none
    }

    /// Passes a key to the spreading form; a saved activity keeps the cursor where it was.
    mutating func editSpreading(_ event: Event, context: AppContext) -> Effect {
        guard let status = spreadingEditor.handle(event, context: context) else { return .none }
        return Effect.reloaded(context.strings, status: status) { try reloadKeepingCursor(context) }
    }
}
