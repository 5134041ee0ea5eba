import TerminalKit
import VardagDomain

/// Drawing the path tab: a pure function of its state.
extension ShadowingPathTab {
    func renderPage(into buffer: inout Buffer, area: Rect, team: ShadowingTeam, context: AppContext) {
        let s = context.strings
        let layout = ShadowingLayout(area)
        let info = layout.info.inset(left: 1, right: 1)
        // The last row shows the selected participant's competence step: a column of its own
        // would cut the names at 80 columns.
        let (body, ladderRow) = layout.body.splitBottom(1)
        let active = participants.filter(\.isActive).count
        var text = s.format("shadowing.path.info", active, participants.count - active)
        let warn = ShadowingRules.sizeNeedsWarning(active)
        if warn { text += " · " + s.format("shadowing.sizeWarning", active) }
        buffer.put(text, x: info.x, y: info.y, maxWidth: info.width, style: warn ? context.theme.warning : context.theme.dim)
        let rows = participants
        let wide = body.width >= 110
        // The step and outcome columns fit their longest words, so no step is cut at 80x24;
        // names take what is left.
        let stepWidth = PathStep.allCases.map { DisplayWidth.of(ShadowingText.step($0, s)) }.max() ?? 10
        let outcomeWidth = (PathOutcome.allCases.map { DisplayWidth.of(s["shadowing.outcomeShort.\($0.rawValue)"]) }.max() ?? 8) + 11
        var columns = [
            TableColumn(s["shadowing.col.participant"], width: .flexible(1)),
            TableColumn(s["shadowing.col.step"], width: .fixed(stepWidth)),
            TableColumn(s["shadowing.col.since"], width: .fixed(10)),
            TableColumn(s["shadowing.col.outcome"], width: .fixed(outcomeWidth)),
        ]
        if wide { columns.append(TableColumn(s["shadowing.col.path"], width: .flexible(3))) }
        var widget = ShadowingLayout.table(columns, rowCount: rows.count, empty: s["shadowing.path.empty"], context: context) { i in
            let p = rows[i].path
            var cells = [rows[i].name, p.current.map { ShadowingText.step($0, s) } ?? "–", p.steps.last?.date.iso ?? "",
                         p.left.map { "\(s["shadowing.outcomeShort.\($0.outcome.rawValue)"]) \($0.date.iso)" } ?? ""]
            if wide { cells.append(PathStep.allCases.map { step in p.steps.contains { $0.step == step } ? "●" : "○" }.joined(separator: "─")) }
            return cells
        }
        let dim = context.theme.dim
        widget.rowStyle = { i in rows[i].isActive ? nil : dim }
        widget.render(into: &buffer, area: body, state: table, focused: !isEditingText)
        if rows.indices.contains(table.selected) {
            buffer.put(Self.ladderLine(rows[table.selected], s), x: ladderRow.x + 2, y: ladderRow.y,
                       maxWidth: max(0, ladderRow.width - 3), style: context.theme.dim)
        }
        removing?.render(into: &buffer, area: area, strings: s)
        history?.render(into: &buffer, area: area, context: context)
    }

    /// The line under the table: the selected participant's highest competence step and its date, or "–";
    /// once she is employed, that she is (her steps are marked in Kompetenstrappa then).
    static func ladderLine(_ p: ShadowingParticipant, _ s: Strings) -> String {
        guard let latest = p.ladder.completions.last else { return s.format("servicebitrade.ladderLineNone", p.name) }
        return s.format(p.employment == nil ? "servicebitrade.ladderLine" : "servicebitrade.ladderLineEmployed",
                        p.name, latest.step, Ladder.stepCount, latest.date.iso)
    }
}
