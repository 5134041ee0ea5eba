import TerminalKit
import VardagDomain

extension CompetenceCertificateTab {
    /// The info line (scope, how many, how many without any right) and the list.
    func render(into buffer: inout Buffer, area: Rect, context: AppContext) {
        let s = context.strings
        let scopeText = forKommun ? s.format("competence.gaps.kommunScope", shared.unit?.kommunName ?? "") : shared.unitText(s)
        let noRight = rows.filter { UncertifiedList.daysLeft($0.assessment.standing) == nil }.count
        let info = scopeText + " · " + s.format("competence.certificate.count", rows.count, noRight)
        let body = CompetenceLayout.renderInfo(info, into: &buffer, area: area, context: context)
        let rows = self.rows
        var table = Table(columns: [
            TableColumn(s["competence.col.name"], width: .flexible(3)),
            TableColumn(s["competence.col.unit"], width: .flexible(2)),
            TableColumn(s["competence.col.transition"], width: .fixed(9)),
            TableColumn(s.format("competence.col.daysLeftUntil", ProtectedTitleRule.transitionEnds.iso), width: .fixed(22), alignment: .right),
        ], rowCount: rows.count, emptyText: s["competence.certificate.none"]) { i in
            let row = rows[i]
            let days = UncertifiedList.daysLeft(row.assessment.standing)
            return [(row.person.isManager ? "★ " : "") + row.person.name, row.person.enhetName,
                    row.person.mapping.employedOnProtectionDay ? s["competence.yes"] : s["competence.no"],
                    days.map(String.init) ?? s["competence.certificate.noRight"]]
        }
        table.headerStyle = context.theme.header
        table.selectedStyle = context.theme.selected
        table.rowStyle = { i in UncertifiedList.daysLeft(rows[i].assessment.standing) == nil ? context.theme.warning : nil }
        table.render(into: &buffer, area: body, state: list, focused: true)
    }
}
