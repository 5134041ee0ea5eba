import TerminalKit
import VardagDomain

/// Drawing the day tab: a pure function of its state.
extension ShadowingDayTab {
    func renderPage(into buffer: inout Buffer, area: Rect, team: ShadowingTeam, context: AppContext) {
        let s = context.strings
        let rows = ShadowingLayout(area)
        let info = rows.info.inset(left: 1, right: 1)
        if let date {
            let logged = dayRows.filter { $0.entry != nil }.count
            var text = s.format("shadowing.day.info", ShadowingText.weekday(date, s), date.iso, logged, dayRows.count, team.name)
            if !team.period.contains(date) { text += " · " + s["shadowing.day.outside"] }
            buffer.put(text, x: info.x, y: info.y, maxWidth: info.width, style: context.theme.dim)
            renderTable(into: &buffer, body: rows.body, context: context)
        }
        entry?.render(into: &buffer, area: area, context: context)
    }

    private func renderTable(into buffer: inout Buffer, body: Rect, context: AppContext) {
        let s = context.strings
        let rows = dayRows
        let missing = s["shadowing.day.missing"]
        var widget = ShadowingLayout.table([
            TableColumn(s["shadowing.col.participant"], width: .flexible(2)),
            TableColumn(s["shadowing.col.role"], width: .fixed(14)),
            TableColumn(s["shadowing.col.tasks"], width: .flexible(4)),
            TableColumn(s["shadowing.col.minutes"], width: .fixed(4), alignment: .right),
            TableColumn(s["shadowing.col.lessons"], width: .flexible(2)),
        ], rowCount: rows.count, empty: s["shadowing.day.empty"], context: context) { i in
            let r = rows[i]
            guard let e = r.entry else { return [r.participant.name, missing, "", "", ""] }
            // The person shadowed when named, else her role.
            return [r.participant.name, e.staffName ?? ShadowingText.role(e.role, s), e.tasks.map(\.taskName).joined(separator: ", "),
                    String(e.totalMinutes), e.lessons]
        }
        let warning = context.theme.warning
        widget.rowStyle = { i in rows[i].entry == nil ? warning : nil }
        widget.render(into: &buffer, area: body, state: table, focused: !isEditingText)
    }
}
