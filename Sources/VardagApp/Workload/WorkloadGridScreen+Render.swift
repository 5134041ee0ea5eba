import TerminalKit
import VardagDomain
import VardagStore

extension WorkloadGridScreen {
    /// Draws the header, the selected case, the four fields, the legend and any open form or box.
    public func render(into buffer: inout Buffer, area: Rect, context: AppContext) {
        let s = context.strings
        let theme = context.theme
        let inner = area.inset(left: 1, right: 1)
        guard let grid else {
            buffer.put(s["workload.grid.missing"], x: inner.x, y: inner.y, maxWidth: inner.width, style: theme.error)
            return
        }
        let summary = grid.summary(threshold: settings.highThreshold)
        var header = [WorkloadText.period(period, s), s.format("workload.grid.count", grid.cases.count),
                      s.format("workload.grid.load", summary.load)]
        header.append(grid.overall.map { s.format("workload.grid.overall", $0) } ?? s["workload.grid.noOverall"])
        let headerText = header.joined(separator: " · ")
        buffer.put(headerText, x: inner.x, y: inner.y, maxWidth: inner.width, style: theme.title)
        if let mismatch = SelfRatingMismatch.of(summary, settings: settings) {
            // After the overall rating it is about, in the warning colour.
            let used = DisplayWidth.of(headerText)
            buffer.put(" · " + s["workload.grid.mismatch.\(mismatch.rawValue)"], x: inner.x + used, y: inner.y,
                       maxWidth: max(0, inner.width - used), style: theme.warning)
        }
        let names = memberNames
        if let item = selectedCase {
            var parts = [item.reference, WorkloadText.caseType(item.caseType, s),
                         s.format("workload.grid.ratings", item.time, item.difficulty)]
            if let decision = item.decision {
                parts.append(s.format("workload.grid.decisionBy", WorkloadText.decisionText(decision, names: names, s), decision.decidedBy,
                                      String(decision.decidedAt.prefix(10))))
            }
            if !item.note.isEmpty { parts.append(item.note) }
            buffer.put(parts.joined(separator: " · "), x: inner.x, y: inner.y + 1, maxWidth: inner.width)
        } else if grid.cases.isEmpty {
            buffer.put(s.format("workload.grid.empty", grid.previousCount), x: inner.x, y: inner.y + 1, maxWidth: inner.width, style: theme.dim)
        }
        let boardArea = Rect(x: inner.x, y: inner.y + 2, width: inner.width, height: max(0, inner.height - 3))
        let wide = boardArea.width >= 110
        var board = QuadrantBoard(quadrants: Self.order.map { field in
            let items = cases(in: field)
            return QuadrantBoard.Quadrant(
                title: s.format("workload.grid.fieldTitle", WorkloadText.field(field, s), items.count),
                items: items.map { label($0, wide: wide, names: names, s) })
        })
        board.borderStyle = theme.border
        board.focusedBorderStyle = theme.title
        board.titleStyle = theme.title
        board.selectedStyle = theme.selected
        board.emptyText = s["workload.grid.fieldEmpty"]
        board.itemStyleFor = { quadrant, item in item < 0 ? theme.dim : (quadrant == 1 ? theme.warning : nil) }
        let focusIndex = Self.order.firstIndex(of: focusedField) ?? 0
        let selectedIndex = cases(in: focusedField).firstIndex { $0.id == selectedCaseId }
        board.render(into: &buffer, area: boardArea, focused: focusIndex, selected: selectedIndex)
        var legend = s.format("workload.grid.legend", settings.highThreshold)
        let marks = s["workload.grid.marks"]
        if DisplayWidth.of(legend + " · " + marks) <= inner.width { legend += " · " + marks }
        buffer.put(legend, x: inner.x, y: inner.maxY - 1, maxWidth: inner.width, style: theme.dim)
        switch mode {
        case .browsing: break
        case .editing(let editor): editor.render(into: &buffer, area: area, context: context)
        case .deciding(let editor): editor.render(into: &buffer, area: area, context: context)
        case .removing(let question): question.render(into: &buffer, area: area, strings: s)
        case .showingHistory(let box): box.render(names: names, into: &buffer, area: area, context: context)
        }
    }

    /// "Ärende 14  4×2 V" (with type and decision text in a wide window).
    private func label(_ item: WorkloadCase, wide: Bool, names: [Int64: String], _ s: Strings) -> String {
        var text = item.reference + "  \(item.time)×\(item.difficulty)"
        if let decision = item.decision {
            text += wide ? "  " + WorkloadText.decisionText(decision, names: names, s) : " " + WorkloadText.decisionMark(decision.kind, s)
        }
        if wide, let type = item.caseType { text += "  (" + WorkloadText.caseType(type, s) + ")" }
        return text
    }
}
