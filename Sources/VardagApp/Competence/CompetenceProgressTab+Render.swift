import TerminalKit
import VardagDomain

extension CompetenceProgressTab {
    /// The info line, the table of shares with a sparkline per step, and the selected step's bars.
    func render(into buffer: inout Buffer, area: Rect, context: AppContext) {
        let s = context.strings
        var info = shared.unitText(s)
        if shared.unit != nil { info += " · " + s.format("competence.progress.people", progress.people) }
        let body = CompetenceLayout.renderInfo(info, into: &buffer, area: area, context: context)
        guard shared.unit != nil else { return }
        guard ladder != nil, progress.people > 0 else {
            buffer.put(s[ladder == nil ? "competence.progress.noLadder" : "competence.progress.nobody"], x: body.x + 2, y: body.y,
                       maxWidth: body.width - 2, style: context.theme.dim)
            return
        }
        let (top, rest) = body.splitTop(Ladder.stepCount + 1)
        renderTable(into: &buffer, area: top, context: context)
        renderBars(into: &buffer, area: rest.inset(top: 1), context: context)
    }

    /// "60 %", or "–" for no one to count.
    static func percent(_ share: Double?) -> String {
        share.map { "\(Int(($0 * 100).rounded())) %" } ?? "–"
    }

    private func renderTable(into buffer: inout Buffer, area: Rect, context: AppContext) {
        let s = context.strings
        let progress = self.progress
        var table = Table(columns: [TableColumn(s["competence.col.ladderStep"], width: .fixed(Self.stepWidth))]
            + progress.quarters.map { TableColumn($0.description, width: .fixed(7), alignment: .right) }
            + [TableColumn(s["competence.col.trend"], width: .fixed(Self.sparkWidth))],
            rowCount: Ladder.stepCount) { i in
            [s.format("competence.progress.step", i + 1)] + progress.shares[i].map(Self.percent)
                + [Sparkline(values: progress.shares[i], max: 1).text(width: progress.quarters.count)]
        }
        table.headerStyle = context.theme.header
        table.selectedStyle = context.theme.selected
        table.render(into: &buffer, area: area, state: list, focused: true)
    }

    /// The selected step's share per quarter as bars (a full bar is 100 %).
    private func renderBars(into buffer: inout Buffer, area: Rect, context: AppContext) {
        guard area.height > 1, progress.shares.indices.contains(list.selected) else { return }
        let s = context.strings
        let step = list.selected + 1
        let name = ladder?.step(step)?.name ?? ""
        buffer.put(s.format("competence.progress.chartTitle", step, name), x: area.x, y: area.y, maxWidth: area.width,
                   style: context.theme.title)
        let shares = progress.shares[list.selected]
        // The latest quarters when not all fit.
        let shown = Array(zip(progress.quarters, shares).suffix(area.height - 1))
        var chart = BarChart(bars: shown.map { Bar(label: $0.0.description, value: $0.1 ?? 0, valueText: Self.percent($0.1)) },
                             max: 1, labelWidth: 8)
        chart.barStyle = context.theme.title
        chart.render(into: &buffer, area: area.inset(top: 1))
    }
}
