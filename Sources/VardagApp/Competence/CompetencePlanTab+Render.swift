import TerminalKit
import VardagDomain

extension CompetencePlanTab {
    /// The info line, the plan, and the form or question when open.
    func render(into buffer: inout Buffer, area: Rect, context: AppContext) {
        let s = context.strings
        let who = personFilter.flatMap { id in roster.rows.first { $0.person.id == id }?.person.name }
        let info = shared.unitText(s) + (who.map { " · " + s.format("competence.plan.person", $0) } ?? "")
        let body = CompetenceLayout.renderInfo(info, into: &buffer, area: area, context: context)
        renderPlan(into: &buffer, area: body, context: context)
        editor?.render(into: &buffer, area: area, context: context)
        removal?.render(into: &buffer, area: area, strings: s)
    }

    /// The unit's (or one person's) plan by quarter; overdue items highlighted.
    private func renderPlan(into buffer: inout Buffer, area: Rect, context: AppContext) {
        let s = context.strings
        let items = visibleItems
        let names = Dictionary(roster.rows.map { ($0.person.id, $0.person.name) }) { a, _ in a }
        let today = context.today
        var table = Table(columns: [
            TableColumn(s["competence.col.quarter"], width: .fixed(8)),
            TableColumn(s["competence.col.name"], width: .flexible(3)),
            TableColumn(s["competence.col.what"], width: .flexible(4)),
            TableColumn(s["competence.col.target"], width: .fixed(10)),
            TableColumn(s["competence.col.status"], width: .flexible(2)),
        ], rowCount: items.count, emptyText: s["competence.plan.empty"]) { i in
            let item = items[i]
            let quarter = Quarter(item.targetDate)
            let firstOfQuarter = i == 0 || Quarter(items[i - 1].targetDate) != quarter
            let what: String
            if let step = item.step {
                let stepName = self.shared.unit.flatMap { self.roster.ladders[$0.omrade]?.step(step)?.name } ?? ""
                what = s.format("competence.plan.step", step, stepName)
            } else {
                what = item.course
            }
            var status = CompetenceText.status(item.status, s)
            if item.isOverdue(today: today) { status = s["competence.plan.overdue"] + " · " + status }
            return [firstOfQuarter ? quarter.description : "", names[item.medarbetareId] ?? "", what, item.targetDate.iso, status]
        }
        table.headerStyle = context.theme.header
        table.selectedStyle = context.theme.selected
        table.rowStyle = { i in
            if items[i].isOverdue(today: today) { return context.theme.error }
            return items[i].status.isOpen ? nil : context.theme.dim
        }
        table.render(into: &buffer, area: area, state: list, focused: true)
    }
}
