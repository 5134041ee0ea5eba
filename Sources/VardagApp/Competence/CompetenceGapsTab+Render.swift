import TerminalKit
import VardagDomain

extension CompetenceGapsTab {
    /// The gap view's parts: per occupational group on top, people (managers first) below.
    static func split(_ body: Rect) -> (groups: Rect, people: Rect) {
        let groupHeight = min(7, max(3, body.height / 3))
        let (groups, people) = body.splitTop(groupHeight)
        return (groups, people.inset(top: 1))
    }

    /// One occupational group's gaps: how many lack the education, the certificate, each step.
    struct GroupGap {
        var title: String
        var people: Int
        var missing: [Int]
    }

    var groupGaps: [GroupGap] {
        var groups: [String: GroupGap] = [:]
        for row in roster.rows {
            let name = row.title?.name ?? row.person.registerTitle
            var group = groups[name] ?? GroupGap(title: name, people: 0, missing: Array(repeating: 0, count: Requirement.all.count))
            group.people += 1
            for (index, requirement) in Requirement.all.enumerated() where row.assessment.gaps.contains(requirement) {
                group.missing[index] += 1
            }
            groups[name] = group
        }
        return groups.values.sorted { $0.people != $1.people ? $0.people > $1.people : $0.title < $1.title }
    }

    /// The info line, the groups and the people.
    func render(into buffer: inout Buffer, area: Rect, context: AppContext) {
        let s = context.strings
        let scopeText = forKommun ? s.format("competence.gaps.kommunScope", shared.unit?.kommunName ?? "") : shared.unitText(s)
        let info = scopeText + " · " + s.format("competence.gaps.count", gapRows.count, roster.rows.count)
        let body = CompetenceLayout.renderInfo(info, into: &buffer, area: area, context: context)
        renderBody(into: &buffer, area: body, context: context)
    }

    private func renderBody(into buffer: inout Buffer, area: Rect, context: AppContext) {
        let s = context.strings
        let parts = Self.split(area)
        let groups = groupGaps
        var groupTable = Table(
            columns: [TableColumn(s["competence.col.group"], width: .flexible(2)), TableColumn(s["competence.col.people"], width: .fixed(6), alignment: .right)]
                + Requirement.all.map { TableColumn(CompetenceText.requirement($0, s), width: .fixed(5), alignment: .right) },
            rowCount: groups.count, emptyText: s["competence.grid.empty"]) { i in
            [groups[i].title, String(groups[i].people)] + groups[i].missing.map { $0 == 0 ? "·" : String($0) }
        }
        groupTable.headerStyle = context.theme.header
        groupTable.highlightSymbol = "  "
        groupTable.render(into: &buffer, area: parts.groups, state: TableState(selected: -1), focused: false)
        let people = gapRows
        var table = Table(columns: [
            TableColumn(s["competence.col.name"], width: .flexible(3)),
            TableColumn(s["competence.col.role"], width: .fixed(11)),
            TableColumn(s["competence.col.title"], width: .flexible(2)),
            TableColumn(s["competence.col.missing"], width: .flexible(5)),
        ], rowCount: people.count, emptyText: s["competence.gaps.none"]) { i in
            let row = people[i]
            var missing = row.assessment.gaps.map {
                CompetenceText.gap($0, planned: row.assessment.cells[$0] == .planned, s)
            }.joined(separator: ", ")
            if case .transition(let days)? = row.assessment.standing {
                missing += (missing.isEmpty ? "" : "; ") + s.format("competence.gaps.transition", days)
            }
            return [row.person.name + (forKommun ? " (\(row.person.enhetName))" : ""),
                    CompetenceText.role(row.person.role, s), row.title?.name ?? row.person.registerTitle, missing]
        }
        table.headerStyle = context.theme.header
        table.selectedStyle = context.theme.selected
        table.rowStyle = { i in people[i].person.isManager ? context.theme.title : nil }
        table.render(into: &buffer, area: parts.people, state: list, focused: true)
    }
}
