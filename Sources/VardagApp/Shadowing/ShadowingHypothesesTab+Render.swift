import TerminalKit
import VardagDomain

/// Drawing the hypotheses tab: a pure function of its state.
extension ShadowingHypothesesTab {
    func renderPage(into buffer: inout Buffer, area: Rect, team: ShadowingTeam, context: AppContext) {
        let s = context.strings
        let layout = ShadowingLayout(area)
        let info = layout.info.inset(left: 1, right: 1)
        let body = layout.body
        let today = context.today
        let due = hypotheses.filter { $0.isDue(on: today) }.count
        buffer.put(s.format("shadowing.hyp.info", hypotheses.count, due), x: info.x, y: info.y, maxWidth: info.width,
                   style: due > 0 ? context.theme.warning : context.theme.dim)
        let rows = hypotheses
        var widget = ShadowingLayout.table([
            TableColumn("", width: .fixed(1)),
            TableColumn(s["shadowing.col.status"], width: .fixed(10)),
            TableColumn(s["shadowing.col.review"], width: .fixed(10)),
            TableColumn(s["shadowing.col.statement"], width: .flexible(1)),
            TableColumn(s["shadowing.col.links"], width: .fixed(5), alignment: .right),
        ], rowCount: rows.count, empty: s["shadowing.hyp.empty"], context: context) { i in
            let h = rows[i]
            return [h.isDue(on: today) ? "!" : "", ShadowingText.status(h.status, s), h.reviewDate.iso, h.statement,
                    String(h.linkedEntryIds.count)]
        }
        let flag = context.theme.flag
        widget.rowStyle = { i in rows[i].isDue(on: today) ? flag : nil }
        // The selected hypothesis in full, with its linked lessons, below the list when there is room.
        let listHeight = min(body.height, rows.count + 1)
        widget.render(into: &buffer, area: Rect(x: body.x, y: body.y, width: body.width, height: listHeight),
                      state: table, focused: !isEditingText)
        if let h = selected, body.height - listHeight >= 4 {
            renderDetail(h, into: &buffer, area: body.inset(top: listHeight + 1, left: 2, right: 2), context: context)
        }
        if let detail, let h = hypotheses.first(where: { $0.id == detail.hypothesisId }) {
            detail.render(h, events: events[h.id] ?? [], into: &buffer, area: area, context: context)
        }
        if let linking {
            linking.render(into: &buffer, area: area,
                           linked: Set(hypotheses.first { $0.id == linking.hypothesisId }?.linkedEntryIds ?? []), context: context)
        }
        removing?.render(into: &buffer, area: area, strings: s)
    }

    /// The hypothesis in full, its conclusion, how many notes it has, and the lessons linked to it.
    private func renderDetail(_ h: Hypothesis, into buffer: inout Buffer, area detail: Rect, context: AppContext) {
        let s = context.strings
        var y = detail.y
        for line in ShadowingText.wrap(h.statement, width: detail.width) where y < detail.maxY {
            buffer.put(line, x: detail.x, y: y, maxWidth: detail.width, style: context.theme.title)
            y += 1
        }
        if let conclusion = h.conclusion, y < detail.maxY {
            buffer.put(s.format("shadowing.hyp.conclusion", conclusion), x: detail.x, y: y, maxWidth: detail.width)
            y += 1
        }
        let history = events[h.id] ?? []
        if y < detail.maxY {
            let notes = history.filter { $0.kind == .note }
            let latest = notes.last.map { " · " + s.format("shadowing.hyp.latestNote", $0.text) } ?? ""
            buffer.put(s.format("shadowing.hyp.notes", notes.count) + latest, x: detail.x, y: y, maxWidth: detail.width, style: context.theme.dim)
            y += 1
        }
        let lessons = linkedLessons[h.id] ?? []
        if y < detail.maxY {
            buffer.put(s.format("shadowing.hyp.linked", lessons.count), x: detail.x, y: y, maxWidth: detail.width, style: context.theme.header)
            y += 1
        }
        for lesson in lessons where y < detail.maxY {
            buffer.put("\(lesson.date) \(lesson.text)", x: detail.x, y: y, maxWidth: detail.width, style: context.theme.dim)
            y += 1
        }
    }
}
