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

    /// Passes a key to the spreading form; a saved activity shows below the plan.
    mutating func editSpreading(_ event: Event, context: AppContext) -> Effect {
        guard let status = spreadingEditor.handle(event, context: context) else { return .none }
        return Effect.reloaded(context.strings, status: status) { try reload(context: context) }
    }
}

extension CompetencePlanTab {
    /// The spreading planned and not held for the people the plan shows, by planned day.
    var openSpreading: [SpreadingActivity] {
        spreading.filter { !$0.isHeld && (personFilter == nil || $0.medarbetareId == personFilter) }
            .sorted { ($0.plannedOn, $0.id) < ($1.plannedOn, $1.id) }
    }

    /// The plan's area split into the plan and, below it, the planned spreading (a blank line,
    /// a title and up to a third of the area's rows, at most 5; nothing when none is planned).
    func splitSpreading(_ area: Rect) -> (plan: Rect, spreading: Rect) {
        let count = openSpreading.count
        guard count > 0, area.height >= 6 else { return (area, Rect(x: area.x, y: area.y + area.height, width: area.width, height: 0)) }
        let rows = min(count, 5, max(1, area.height / 3))
        let (plan, rest) = area.splitBottom(rows + 2)
        return (plan, rest.inset(top: 1))
    }

    /// Draws the planned spreading beside the planned courses: day, name, what and kind;
    /// overdue ones marked and in the error colour.
    func renderSpreading(into buffer: inout Buffer, area: Rect, context: AppContext) {
        guard area.height > 1 else { return }
        let s = context.strings
        let open = openSpreading
        let overdue = open.filter { $0.isOverdue(today: context.today) }.count
        buffer.put(s.format("competence.spreading.planSection", open.count, overdue), x: area.x + 2, y: area.y,
                   maxWidth: max(0, area.width - 2), style: context.theme.header)
        for (offset, activity) in open.prefix(area.height - 1).enumerated() {
            let late = activity.isOverdue(today: context.today)
            var what = SpreadingEditor.kindText(activity.kind, s)
            if let step = activity.step { what += " · " + s.format("competence.col.step", step) }
            let line = (late ? "! " : "  ") + activity.plannedOn.iso + "  " + roster.name(of: activity.medarbetareId) + " · " + what
            buffer.put(line, x: area.x + 1, y: area.y + 1 + offset, maxWidth: max(0, area.width - 1),
                       style: late ? context.theme.error : .plain)
        }
    }
}
