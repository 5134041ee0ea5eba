import TerminalKit
import VardagDomain
import VardagStore

/// The decisions on one case in a box over the grid: period, decision, who, when and note,
/// newest first. Any key closes it.
struct WorkloadHistoryBox {
    let reference: String
    let decisions: [CaseDecision]

    /// Draws the box in the middle of `area`.
    /// - Parameter names: the team's names, for "omfördela till Bo Ek".
    func render(names: [Int64: String], into buffer: inout Buffer, area: Rect, context: AppContext) {
        let s = context.strings
        let lines = decisions.isEmpty ? [s["workload.history.none"]] : decisions.map { decision in
            var line = "\(decision.period) · \(WorkloadText.decisionText(decision, names: names, s)) · \(decision.decidedBy) \(decision.decidedAt.prefix(16).replacingOccurrences(of: "T", with: " "))"
            if !decision.note.isEmpty { line += " · " + decision.note }
            return line
        }
        let box = area.centered(Size(width: min(area.width - 2, 100), height: min(area.height, lines.count + 4)))
        buffer.fill(box)
        buffer.box(box, title: s.format("workload.history.title", reference), style: context.theme.border, titleStyle: context.theme.title)
        let inner = box.inset(top: 1, left: 2, bottom: 1, right: 2)
        for (i, line) in lines.prefix(max(0, inner.height - 1)).enumerated() {
            buffer.put(line, x: inner.x, y: inner.y + i, maxWidth: inner.width)
        }
        buffer.put(s["workload.history.close"], x: inner.x, y: inner.maxY - 1, maxWidth: inner.width, style: context.theme.dim)
    }
}
