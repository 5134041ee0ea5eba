import TerminalKit
import VardagDomain

extension CompetenceLaddersTab {
    /// The info line, the ladder, and the step form when open.
    func render(into buffer: inout Buffer, area: Rect, context: AppContext) {
        let s = context.strings
        let info = s.format("competence.ladders.info", CompetenceText.omrade(self.area, s))
        renderLadder(into: &buffer, area: CompetenceLayout.renderInfo(info, into: &buffer, area: area, context: context), context: context)
        editor?.render(into: &buffer, area: area, context: context)
    }

    /// The ladder of one area: five steps with name, content and courses.
    private func renderLadder(into buffer: inout Buffer, area: Rect, context: AppContext) {
        let s = context.strings
        let areas = Self.areas
        var tabs = TabBar(titles: areas.map { CompetenceText.omrade($0, s) }, selected: areas.firstIndex(of: self.area) ?? 0)
        tabs.selectedStyle = context.theme.selected
        tabs.render(into: &buffer, area: Rect(x: area.x, y: area.y, width: area.width, height: 1))
        guard let ladder = ladders[self.area] else { return }
        let body = area.inset(top: 2)
        let perStep = max(1, min(4, body.height / Ladder.stepCount))
        for (index, step) in ladder.steps.enumerated() {
            let y = body.y + index * perStep
            guard y < body.maxY else { break }
            let selected = index == list.selected
            let style = selected ? context.theme.selected : context.theme.title
            buffer.putPadded((selected ? "> " : "  ") + s.format("competence.ladders.step", step.number, step.name),
                             in: Rect(x: body.x, y: y, width: body.width, height: 1), style: style)
            if perStep > 1 && y + 1 < body.maxY {
                buffer.put(step.content, x: body.x + 4, y: y + 1, maxWidth: body.width - 4)
            }
            if perStep > 2 && y + 2 < body.maxY {
                buffer.put(s.format("competence.ladders.courses", step.courses.joined(separator: "; ")),
                           x: body.x + 4, y: y + 2, maxWidth: body.width - 4, style: context.theme.dim)
            }
        }
    }
}
