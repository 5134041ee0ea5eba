import TerminalKit
import VardagDomain

extension CompetenceSpreadingTab {
    /// The info line (the unit, steps completed against spread, planned and overdue), the
    /// activities, and the form when open.
    func render(into buffer: inout Buffer, area: Rect, context: AppContext) {
        let s = context.strings
        let share = summary.share.map { " (\(Int(($0 * 100).rounded())) %)" } ?? ""
        let full = CompetenceLayout.renderInfo(shared.unitText(s), into: &buffer, area: area, context: context)
        // The summary on the body's first line, the list below it.
        let (summaryLine, rest) = full.splitTop(1)
        buffer.put(s.format("competence.spreading.summary", summary.completedSteps, summary.spreadSteps, share,
                            summary.planned, summary.overdue),
                   x: summaryLine.x + 2, y: summaryLine.y, maxWidth: max(0, summaryLine.width - 2), style: context.theme.title)
        let body = rest.inset(top: 1)
        let rows = activities
        let today = context.today
        let names = Dictionary(roster.rows.map { ($0.person.id, $0.person.name) }) { a, _ in a }
        var table = Table(columns: [
            TableColumn(s["competence.col.name"], width: .flexible(3)),
            TableColumn(s["competence.col.what"], width: .flexible(3)),
            TableColumn(s["competence.spreading.col.kind"], width: .flexible(3)),
            TableColumn(s["competence.spreading.col.planned"], width: .fixed(10)),
            TableColumn(s["competence.spreading.col.held"], width: .fixed(10)),
            TableColumn(s["competence.spreading.col.count"], width: .fixed(5), alignment: .right),
        ], rowCount: rows.count, emptyText: s["competence.spreading.empty"]) { i in
            let activity = rows[i]
            let held: String
            if let day = activity.heldOn {
                held = day.iso
            } else {
                held = activity.isOverdue(today: today) ? s["competence.spreading.overdue"] : s["competence.spreading.notHeld"]
            }
            return [names[activity.medarbetareId] ?? "", what(activity, s), SpreadingEditor.kindText(activity.kind, s),
                    activity.plannedOn.iso, held, activity.participants.map(String.init) ?? ""]
        }
        table.headerStyle = context.theme.header
        table.selectedStyle = context.theme.selected
        table.rowStyle = { i in
            if rows[i].isOverdue(today: today) { return context.theme.error }
            return rows[i].isHeld ? context.theme.dim : nil
        }
        table.render(into: &buffer, area: body, state: list, focused: true)
        editor?.render(into: &buffer, area: area, context: context)
    }
}
