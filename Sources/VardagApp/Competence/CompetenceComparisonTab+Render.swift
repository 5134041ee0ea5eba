import TerminalKit
import VardagDomain

extension CompetenceComparisonTab {
    /// The comparison's parts: the table on top, the bar chart of the selected row below.
    static func split(_ body: Rect, kommuner: Int) -> (table: Rect, chart: Rect) {
        let chartHeight = min(kommuner + 1, max(3, body.height / 2))
        let (table, chart) = body.splitBottom(chartHeight)
        return (table, chart)
    }

    /// The info line, the table and the chart, and the checklist or question when open.
    func render(into buffer: inout Buffer, area: Rect, context: AppContext) {
        let s = context.strings
        let info = s.format("competence.comparison.info", comparison?.kommuner.count ?? 0, comparison?.suppression.threshold ?? 5)
        let body = CompetenceLayout.renderInfo(info, into: &buffer, area: area, context: context)
        renderComparison(into: &buffer, area: body, context: context)
        if let thresholdQuestion { thresholdQuestion.dialog(s).render(into: &buffer, area: area, state: thresholdQuestion.state) }
        kommunPicker?.render(into: &buffer, area: area, context: context)
    }

    private func renderComparison(into buffer: inout Buffer, area: Rect, context: AppContext) {
        let s = context.strings
        guard let comparison else {
            let empty = CompetenceAccess.seesComparison(context.viewer) ? "competence.comparison.empty" : "competence.noRole"
            buffer.put(s[empty], x: area.x, y: area.y, maxWidth: area.width)
            return
        }
        let parts = Self.split(area, kommuner: comparison.kommuner.count)
        let columnWidth = 10
        let baseLabelWidth = min(30, max(16, parts.table.width / 3))
        // With several kommuner the row's total takes one column of its own, always shown.
        let totalColumns = comparison.kommuner.count > 1 ? 1 : 0
        let fitting = max(1, (parts.table.width - baseLabelWidth - 3) / (columnWidth + 1) - totalColumns)
        // The criterion column grows into the room the kommun columns leave, so a long
        // criterion ("Socialsekreterare: utbildning") is not cut at 80x24.
        let longest = comparison.rows.map { DisplayWidth.of(criterionLabel($0.criterion, s)) }.max() ?? 0
        let room = parts.table.width - 3 - (min(fitting, comparison.kommuner.count) + totalColumns) * (columnWidth + 1)
        let labelWidth = max(baseLabelWidth, min(longest, room))
        let shown = Array(comparison.kommuner.indices.dropFirst(kommunOffset).prefix(fitting))
        var table = Table(
            columns: [TableColumn(s["competence.col.criterion"], width: .fixed(labelWidth))]
                + shown.map { TableColumn(comparison.kommuner[$0].name, width: .fixed(columnWidth), alignment: .right) }
                + (totalColumns > 0 ? [TableColumn(s["competence.comparison.total"], width: .fixed(columnWidth), alignment: .right)] : []),
            rowCount: comparison.rows.count, emptyText: s["competence.comparison.empty"]) { i in
            let row = comparison.rows[i]
            return [self.criterionLabel(row.criterion, s)] + shown.map { Self.cellText(row.cells[$0], s) }
                + (totalColumns > 0 ? [Self.cellText(row.total, s)] : [])
        }
        table.headerStyle = context.theme.header
        table.selectedStyle = context.theme.selected
        table.render(into: &buffer, area: parts.table, state: list, focused: true)
        guard comparison.rows.indices.contains(list.selected) else { return }
        let row = comparison.rows[list.selected]
        // More kommuner than bar rows: the chart shows a window that ←→ moves with the
        // table's columns, and its title says which and how many there are.
        let count = comparison.kommuner.count
        let barRows = max(1, parts.chart.height - 1)
        let first = count > barRows ? min(kommunOffset, count - barRows) : 0
        let window = first..<min(count, first + barRows)
        var title = s.format("competence.comparison.chart", criterionLabel(row.criterion, s))
        if window.count < count {
            title += " " + s.format("competence.comparison.chartRange", window.lowerBound + 1, window.upperBound, count,
                                    first > 0 ? "←" : " ", window.upperBound < count ? "→" : " ")
        }
        buffer.put(title, x: parts.chart.x, y: parts.chart.y, maxWidth: parts.chart.width, style: context.theme.title)
        var chart = BarChart(bars: window.map { index in
            let cell = row.cells[index]
            return Bar(label: comparison.kommuner[index].name, value: (cell.share ?? 0) * 100, valueText: Self.cellText(cell, s))
        }, max: 100)
        chart.barStyle = context.theme.success
        chart.render(into: &buffer, area: parts.chart.inset(top: 1))
    }

    /// A cell's share, or why it is not shown, in the user's language.
    static func cellText(_ cell: ComparisonCell, _ s: Strings) -> String {
        switch cell.visibility {
        case .shown: return cell.text
        case .tooFew: return s["competence.comparison.tooFew"]
        case .withheld: return s["competence.comparison.withheld"]
        case .hidden: return "–"
        }
    }

    func criterionLabel(_ criterion: ComparisonCriterion, _ s: Strings) -> String {
        switch criterion {
        case .titleEducation(let title): return s.format("competence.criterion.title", title)
        case .step(let omrade, let step):
            return s.format("competence.criterion.step", CompetenceText.omrade(omrade, s), step)
        case .spreadSteps: return s["competence.criterion.spread"]
        }
    }
}
