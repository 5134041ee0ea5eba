import TerminalKit
import VardagDomain

extension CompetencePlanTab {
    /// The info line, the plan, and the form or question when open.
    func render(into buffer: inout Buffer, area: Rect, context: AppContext) {
        let s = context.strings
        let who = personFilter.flatMap { id in roster.rows.first { $0.person.id == id }?.person.name }
        let info = shared.unitText(s) + (who.map { " · " + s.format("competence.plan.person", $0) } ?? "")
        let body = CompetenceLayout.renderInfo(info, into: &buffer, area: area, context: context)
        let parts = Self.split(body, costRows: costSums.count)
        let (planArea, spreadingArea) = splitSpreading(parts.plan)
        renderPlan(into: &buffer, area: planArea, context: context)
        renderSpreading(into: &buffer, area: spreadingArea, context: context)
        renderCost(into: &buffer, area: parts.cost, context: context)
        editor?.render(into: &buffer, area: area, context: context)
        removal?.render(into: &buffer, area: area, strings: s)
        spreadingEditor?.render(into: &buffer, area: area, context: context)
    }

    /// The plan on top, the cost per quarter below (header, quarters, total; at most a third
    /// of the body, and nothing when no item counts).
    static func split(_ body: Rect, costRows: Int) -> (plan: Rect, cost: Rect) {
        guard costRows > 0 else { return (body, Rect(x: body.x, y: body.y + body.height, width: body.width, height: 0)) }
        let height = min(costRows + 2, max(3, body.height / 3))
        let (plan, cost) = body.splitBottom(height + 1)
        return (plan, cost.inset(top: 1))
    }

    /// The unit's plan cost per quarter (`PlanCostSum`), whoever the plan shows.
    var costSums: [PlanCostSum] { PlanCostSum.byQuarter(planItems) }

    /// The cost per quarter and the unit's total: from the selected item's quarter on when
    /// not all quarters fit.
    private func renderCost(into buffer: inout Buffer, area: Rect, context: AppContext) {
        guard area.height > 0 else { return }
        let s = context.strings
        let all = costSums
        guard let total = PlanCostSum.total(all) else { return }
        let fit = max(0, area.height - 2)
        var first = 0
        if all.count > fit, let item = selectedItem {
            first = min(all.firstIndex { $0.quarter == Quarter(item.targetDate) } ?? 0, all.count - fit)
        }
        let shown = Array(all.dropFirst(first).prefix(fit))
        let rows: [(String, PlanCostSum)] = shown.map { ($0.quarter.description, $0) } + [(s["competence.plan.costTotalLabel"], total)]
        var table = Table(columns: [
            TableColumn(s["competence.col.quarter"], width: .fixed(12)),
            TableColumn(s["competence.col.items"], width: .fixed(7), alignment: .right),
            TableColumn(s["competence.col.cost"], width: .fixed(14), alignment: .right),
            TableColumn(s["competence.col.withoutCost"], width: .flexible(1)),
        ], rowCount: rows.count) { i in
            let (label, sum) = rows[i]
            // No known cost at all is not 0 kr.
            let kronor = sum.withoutCost == sum.items ? "–" : PlanCostSum.grouped(sum.kronor) + " kr"
            return [label, String(sum.items), kronor,
                    sum.withoutCost == 0 ? "" : s.format("competence.plan.costMissing", sum.withoutCost)]
        }
        table.headerStyle = context.theme.header
        table.highlightSymbol = "  "
        table.rowStyle = { i in i == rows.count - 1 ? context.theme.title : nil }
        table.render(into: &buffer, area: area, state: TableState(selected: -1), focused: false)
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
            TableColumn(s["competence.col.cost"], width: .fixed(9), alignment: .right),
            TableColumn(s["competence.col.status"], width: .flexible(2)),
        ], rowCount: items.count, emptyText: s["competence.plan.empty"]) { i in
            let item = items[i]
            let quarter = Quarter(item.targetDate)
            let firstOfQuarter = i == 0 || Quarter(items[i - 1].targetDate) != quarter
            var what: String
            if let step = item.step {
                let stepName = self.shared.unit.flatMap { self.roster.ladders[$0.omrade]?.step(step)?.name } ?? ""
                what = s.format("competence.plan.step", step, stepName)
            } else {
                what = item.course
            }
            if !item.provider.isEmpty { what += " · " + item.provider }
            var status = CompetenceText.status(item.status, s)
            if item.isOverdue(today: today) { status = s["competence.plan.overdue"] + " · " + status }
            return [firstOfQuarter ? quarter.description : "", names[item.medarbetareId] ?? "", what, item.targetDate.iso,
                    item.cost.map(PlanCostSum.grouped) ?? "", status]
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
