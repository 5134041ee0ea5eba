import TerminalKit
import VardagDomain

extension CompetenceTitlesTab {
    /// The titles view's parts: titles on top, people relying on the undersköterska transition below.
    static func split(_ body: Rect) -> (titles: Rect, transition: Rect) {
        let titleHeight = max(4, body.height / 2 + 1)
        let (titles, transition) = body.splitTop(titleHeight)
        return (titles, transition.inset(top: 1))
    }

    /// The info line, the titles and the people on the transition.
    func render(into buffer: inout Buffer, area: Rect, context: AppContext) {
        let s = context.strings
        let info = s.format("competence.titles.info", ProtectedTitleRule.transitionEnds.iso)
        renderTitles(into: &buffer, area: CompetenceLayout.renderInfo(info, into: &buffer, area: area, context: context), context: context)
        editor?.render(into: &buffer, area: area, context: context)
        detail?.render(into: &buffer, area: area, context: context)
    }

    private func renderTitles(into buffer: inout Buffer, area: Rect, context: AppContext) {
        let s = context.strings
        let parts = Self.split(area)
        let titles = self.titles
        var table = Table(columns: [
            TableColumn(s["competence.col.title"], width: .flexible(3)),
            TableColumn(s["competence.col.educationKind"], width: .fixed(14)),
            TableColumn(s["competence.col.points"], width: .fixed(6), alignment: .right),
            TableColumn(s["competence.col.certificateRequired"], width: .fixed(6)),
            TableColumn(s["competence.col.protected"], width: .flexible(2)),
        ], rowCount: titles.count) { i in
            let title = titles[i]
            return [title.name, CompetenceText.education(title.educationKind, s),
                    title.educationKind == .gymnasial ? String(title.points) : "–",
                    title.certificateRequired ? s["competence.yes"] : s["competence.no"],
                    !title.active ? s["competence.titles.retiredMark"]
                        : title.protected ? s.format("competence.titles.protectedSince", ProtectedTitleRule.protectedFrom.iso) : ""]
        }
        table.headerStyle = context.theme.header
        table.selectedStyle = context.theme.selected
        table.rowStyle = { i in titles[i].active ? nil : context.theme.dim }
        table.render(into: &buffer, area: parts.titles, state: list, focused: true)
        let transition = transitionRows
        let heading = s.format("competence.titles.transition", transition.count, ProtectedTitleRule.transitionEnds.iso)
        buffer.put(heading, x: parts.transition.x, y: parts.transition.y, maxWidth: parts.transition.width, style: context.theme.title)
        var people = Table(columns: [
            TableColumn(s["competence.col.name"], width: .flexible(3)),
            TableColumn(s["competence.col.unit"], width: .flexible(3)),
            TableColumn(s["competence.col.daysLeft"], width: .fixed(12), alignment: .right),
        ], rowCount: transition.count, emptyText: s["competence.titles.noTransition"]) { i in
            var days = 0
            if case .transition(let left)? = transition[i].assessment.standing { days = left }
            return [transition[i].person.name, "\(transition[i].person.enhetName), \(transition[i].person.kommunName)", String(days)]
        }
        people.headerStyle = context.theme.header
        people.highlightSymbol = "  "
        people.render(into: &buffer, area: parts.transition.inset(top: 1), state: TableState(selected: -1), focused: false)
    }
}
