import TerminalKit
import VardagDomain

extension CompetenceScreen {
    /// The competence grid: people × requirements, totals per row and column, and a legend.
    func renderGrid(into buffer: inout Buffer, area: Rect, context: AppContext) {
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
        widget.render(into: &buffer, area: gridArea, state: grid)
        buffer.put(s["competence.grid.legend"], x: legendRow.x, y: legendRow.y, maxWidth: legendRow.width, style: theme.dim)
    }
}
