import TerminalKit
import VardagDomain

extension CompetenceGridTab {
    /// The info line, the grid and its legend, and the form or question when open.
    func render(into buffer: inout Buffer, area: Rect, context: AppContext) {
        let s = context.strings
        let body = CompetenceLayout.renderInfo(infoLine(s), into: &buffer, area: area, context: context)
        renderGrid(into: &buffer, area: body, context: context)
        editor?.render(into: &buffer, area: area, context: context)
        spreadingEditor?.render(into: &buffer, area: area, context: context)
        if let undoQuestion { undoQuestion.dialog(s).render(into: &buffer, area: area, state: undoQuestion.state) }
    }

    /// The unit, how many people are shown, and the filters; or why there is no unit.
    private func infoLine(_ s: Strings) -> String {
        guard shared.unit != nil else { return shared.unitText(s) }
        var parts = [shared.unitText(s), s.format("competence.count", rows.count, roster.rows.count)]
        if let titleFilter = shared.titleFilter, let title = roster.titles.first(where: { $0.id == titleFilter }) {
            parts.append(s.format("competence.filter.title", title.name))
        }
        if shared.managerFilter != .all { parts.append(s[shared.managerFilter.titleKey]) }
        return parts.joined(separator: " · ")
    }

    /// The competence grid: people × requirements, totals per row and column, and a legend.
    private func renderGrid(into buffer: inout Buffer, area: Rect, context: AppContext) {
        let s = context.strings
        let theme = context.theme
        let (gridArea, legendRow) = area.splitBottom(1)
        let rows = self.rows
        var widget = Grid(
            labelTitle: s["competence.col.person"],
            columnTitles: Requirement.all.map { CompetenceText.requirement($0, s) },
            totalTitle: s["competence.col.total"], rowCount: rows.count,
            label: { _ in "" }, cell: { row, column in CompetenceText.cell(rows[row].status(column), s, theme) },
            rowTotal: { row in "\(rows[row].assessment.doneCount)/\(rows[row].assessment.applicableCount)" })
        let labelWidth = widget.labelWidth(in: gridArea)
        let nameWidth = max(8, labelWidth * 3 / 5)
        let cache = gridText
        widget.textCache = cache
        widget.label = { row in
            let person = rows[row].person
            let title = rows[row].title?.name ?? person.registerTitle
            return cache.text(for: "\(person.id)|\(nameWidth)|\(person.isManager)|\(person.name)|\(title)") {
                let name = (person.isManager ? "★ " : "") + person.name
                return TextLayout.pad(TextLayout.truncate(name, to: nameWidth - 1), to: nameWidth) + title
            }
        }
        widget.footerLabel = s["competence.col.columnTotal"]
        widget.columnTotals = Requirement.all.indices.map { column in
            String(rows.reduce(0) { $0 + ($1.status(column) == .done || $1.status(column) == .transition ? 1 : 0) })
        }
        widget.headerStyle = theme.header
        widget.selectedCellStyle = theme.selected
        widget.emptyText = s["competence.grid.empty"]
        widget.render(into: &buffer, area: gridArea, state: shared.grid)
        buffer.put(s["competence.grid.legend"], x: legendRow.x, y: legendRow.y, maxWidth: legendRow.width, style: theme.dim)
    }
}
