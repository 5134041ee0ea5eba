import TerminalKit
import VardagDomain
import VardagStore

extension CompetencePlanTab {
    /// Opens the spreading form for the selected item, once it is finished (klar).
    mutating func openSpreading(context: AppContext) -> Effect {
        let s = context.strings
        guard let item = selectedItem else { return .none }
        guard item.status == .klar, let person = roster.rows.first(where: { $0.person.id == item.medarbetareId })?.person else {
            return .error(s["competence.spreading.planNotDone"])
        }
        let what: String
        if let step = item.step {
            what = s.format("competence.plan.step", step, shared.unit.flatMap { roster.ladders[$0.omrade]?.step(step)?.name } ?? "")
        } else {
            what = item.course
        }
        spreadingEditor = SpreadingEditor(newFor: person, step: item.step, planItemId: item.id, what: what,
                                          today: context.today, strings: s)
        return .none
    }

    /// Passes a key to the spreading form; a saved activity shows beside its item.
    mutating func editSpreading(_ event: Event, context: AppContext) -> Effect {
        guard let status = spreadingEditor.handle(event, context: context) else { return .none }
        return Effect.reloaded(context.strings, status: status) { try reload(context: context) }
    }

    /// The spreading planned for an item (its own, or one of the same person's step): "✓ hållen"
    /// once held, "! försenad" when overdue, else the planned day; "" when none.
    func spreadingText(for item: PlanItem, today: LocalDate, strings s: Strings) -> String {
        let mine = spreading.filter { activity in
            activity.medarbetareId == item.medarbetareId
                && (activity.planItemId == item.id || (activity.planItemId == nil && item.step != nil && activity.step == item.step))
        }
        guard let first = mine.first(where: { !$0.isHeld }) ?? mine.last else { return "" }
        if first.isHeld { return s["competence.spreading.beside.held"] }
        return first.isOverdue(today: today) ? s["competence.spreading.beside.overdue"] : first.plannedOn.iso
    }
}
