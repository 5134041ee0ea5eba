import TerminalKit
import VardagDomain
import VardagStore

/// Drawing the Skuggning screen: pure functions of the state.
extension ShadowingScreen {
    public func render(into buffer: inout Buffer, area: Rect, context: AppContext) {
        let s = context.strings, theme = context.theme
        let rows = Self.layout(area)
        var tabs = TabBar(titles: ShadowingTab.allCases.map { s[$0.titleKey] }, selected: tab.rawValue)
        tabs.selectedStyle = theme.selected
        tabs.render(into: &buffer, area: rows.tabs.inset(left: 1))
        let info = rows.info.inset(left: 1, right: 1)
        if let team {
            switch tab {
            case .day: renderDay(into: &buffer, info: info, body: rows.body, team: team, context: context)
            case .hypotheses: renderHypotheses(into: &buffer, info: info, body: rows.body, context: context)
            case .path: renderPath(into: &buffer, info: info, body: rows.body, context: context)
            case .analysis: renderAnalysis(into: &buffer, info: info, body: rows.body.inset(left: 1, right: 1), team: team, context: context)
            case .catalogue: renderCatalogue(into: &buffer, info: info, body: rows.body, context: context)
            case .team: renderTeam(into: &buffer, body: rows.info.inset(left: 1, right: 1), team: team, context: context)
            }
        } else {
            buffer.put(s["shadowing.noTeam"], x: info.x, y: info.y, maxWidth: info.width, style: theme.title)
            buffer.put(s["shadowing.noTeamHelp"], x: info.x, y: info.y + 2, maxWidth: info.width, style: theme.dim)
        }
        switch mode {
        case .browsing: break
        case .entry(let editor): editor.render(into: &buffer, area: area, context: context)
        case .form(let editor): editor.render(into: &buffer, area: area, context: context)
        case .linking(let hypothesisId, let entries, let state):
            renderLinking(into: &buffer, area: area, hypothesisId: hypothesisId, entries: entries, state: state, context: context)
        case .removing(let question): question.render(into: &buffer, area: area, strings: s)
        }
    }

    private func table(_ columns: [TableColumn], rowCount: Int, empty: String, context: AppContext, row: @escaping (Int) -> [String]) -> Table {
        var widget = Table(columns: columns, rowCount: rowCount, emptyText: empty, row: row)
        widget.headerStyle = context.theme.header
        widget.selectedStyle = context.theme.selected
        return widget
    }

    // MARK: Day

    private func renderDay(into buffer: inout Buffer, info: Rect, body: Rect, team: ShadowingTeam, context: AppContext) {
        let s = context.strings
        guard let date else { return }
        let logged = dayRows.filter { $0.entry != nil }.count
        var text = s.format("shadowing.day.info", ShadowingText.weekday(date, s), date.iso, logged, dayRows.count, team.name)
        if !team.period.contains(date) { text += " · " + s["shadowing.day.outside"] }
        buffer.put(text, x: info.x, y: info.y, maxWidth: info.width, style: context.theme.dim)
        let rows = dayRows
        let missing = s["shadowing.day.missing"]
        var widget = table([
            TableColumn(s["shadowing.col.participant"], width: .flexible(2)),
            TableColumn(s["shadowing.col.role"], width: .fixed(14)),
            TableColumn(s["shadowing.col.tasks"], width: .flexible(4)),
            TableColumn(s["shadowing.col.minutes"], width: .fixed(4), alignment: .right),
            TableColumn(s["shadowing.col.lessons"], width: .flexible(2)),
        ], rowCount: rows.count, empty: s["shadowing.day.empty"], context: context) { i in
            let r = rows[i]
            guard let e = r.entry else { return [r.participant.name, missing, "", "", ""] }
            return [r.participant.name, ShadowingText.role(e.role, s), e.tasks.map(\.taskName).joined(separator: ", "),
                    String(e.totalMinutes), e.lessons]
        }
        let warning = context.theme.warning
        widget.rowStyle = { i in rows[i].entry == nil ? warning : nil }
        widget.render(into: &buffer, area: body, state: table, focused: !isEditingText)
    }

    // MARK: Hypotheses

    private func renderHypotheses(into buffer: inout Buffer, info: Rect, body: Rect, context: AppContext) {
        let s = context.strings
        let due = hypotheses.filter { $0.isDue(on: context.today) }.count
        buffer.put(s.format("shadowing.hyp.info", hypotheses.count, due), x: info.x, y: info.y, maxWidth: info.width,
                   style: due > 0 ? context.theme.warning : context.theme.dim)
        let rows = hypotheses
        let today = context.today
        var widget = table([
            TableColumn("", width: .fixed(1)),
            TableColumn(s["shadowing.col.status"], width: .fixed(10)),
            TableColumn(s["shadowing.col.review"], width: .fixed(10)),
            TableColumn(s["shadowing.col.statement"], width: .flexible(1)),
            TableColumn(s["shadowing.col.links"], width: .fixed(5), alignment: .right),
        ], rowCount: rows.count, empty: s["shadowing.hyp.empty"], context: context) { i in
            let h = rows[i]
            return [h.isDue(on: today) ? "!" : "", ShadowingText.status(h.status, s), h.reviewDate.iso, h.statement,
                    String(h.linkedEntryIds.count)]
        }
        let flag = context.theme.flag
        widget.rowStyle = { i in rows[i].isDue(on: today) ? flag : nil }
        // The selected hypothesis in full, with its linked lessons, below the list when there is room.
        let listHeight = min(body.height, rows.count + 1)
        widget.render(into: &buffer, area: Rect(x: body.x, y: body.y, width: body.width, height: listHeight),
                      state: table, focused: !isEditingText)
        guard rows.indices.contains(table.selected), body.height - listHeight >= 4 else { return }
        let detail = body.inset(top: listHeight + 1, left: 2, right: 2)
        let h = rows[table.selected]
        var y = detail.y
        for line in ShadowingText.wrap(h.statement, width: detail.width) where y < detail.maxY {
            buffer.put(line, x: detail.x, y: y, maxWidth: detail.width, style: context.theme.title)
            y += 1
        }
        let lessons = linkedLessons[h.id] ?? []
        if y < detail.maxY {
            buffer.put(s.format("shadowing.hyp.linked", lessons.count), x: detail.x, y: y, maxWidth: detail.width, style: context.theme.header)
            y += 1
        }
        for lesson in lessons where y < detail.maxY {
            buffer.put("\(lesson.date) \(lesson.text)", x: detail.x, y: y, maxWidth: detail.width, style: context.theme.dim)
            y += 1
        }
    }

    private func renderLinking(into buffer: inout Buffer, area: Rect, hypothesisId: Int64,
                               entries: [(entry: DayEntry, participant: String)], state: TableState, context: AppContext) {
        let s = context.strings
        let box = area.inset(left: 2, right: 2)
        buffer.fill(box)
        buffer.box(box, title: s["shadowing.link.title"], style: context.theme.border, titleStyle: context.theme.title)
        let inner = box.inset(top: 1, left: 1, bottom: 1, right: 1)
        let (list, hint) = inner.splitBottom(1)
        let linked = Set(hypotheses.first { $0.id == hypothesisId }?.linkedEntryIds ?? [])
        let widget = table([
            TableColumn("", width: .fixed(3)),
            TableColumn(s["shadowing.col.date"], width: .fixed(10)),
            TableColumn(s["shadowing.col.participant"], width: .flexible(1)),
            TableColumn(s["shadowing.col.lessons"], width: .flexible(3)),
        ], rowCount: entries.count, empty: "", context: context) { i in
            [linked.contains(entries[i].entry.id) ? "[x]" : "[ ]", entries[i].entry.date.iso, entries[i].participant, entries[i].entry.lessons]
        }
        widget.render(into: &buffer, area: list, state: state, focused: true)
        buffer.put(s["shadowing.link.hint"], x: hint.x, y: hint.y, maxWidth: hint.width, style: context.theme.dim)
    }

    // MARK: Path

    private func renderPath(into buffer: inout Buffer, info: Rect, body: Rect, context: AppContext) {
        let s = context.strings
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
        var widget = table(columns, rowCount: rows.count, empty: s["shadowing.path.empty"], context: context) { i in
            let p = rows[i].path
            var cells = [rows[i].name, p.current.map { ShadowingText.step($0, s) } ?? "–", p.steps.last?.date.iso ?? "",
                         p.left.map { "\(s["shadowing.outcomeShort.\($0.outcome.rawValue)"]) \($0.date.iso)" } ?? ""]
            if wide { cells.append(PathStep.allCases.map { step in p.steps.contains { $0.step == step } ? "●" : "○" }.joined(separator: "─")) }
            return cells
        }
        let dim = context.theme.dim
        widget.rowStyle = { i in rows[i].isActive ? nil : dim }
        widget.render(into: &buffer, area: body, state: table, focused: !isEditingText)
    }

    // MARK: Catalogue

    private func renderCatalogue(into buffer: inout Buffer, info: Rect, body: Rect, context: AppContext) {
        let s = context.strings
        buffer.put(s.format("shadowing.catalogue.info", catalogue.filter(\.active).count, catalogue.count),
                   x: info.x, y: info.y, maxWidth: info.width, style: context.theme.dim)
        let rows = catalogue
        var widget = table([
            TableColumn(s["shadowing.col.task"], width: .flexible(3)),
            TableColumn(s["shadowing.col.category"], width: .flexible(2)),
            TableColumn(s["shadowing.col.minutes"], width: .fixed(4), alignment: .right),
            TableColumn(s["shadowing.col.judgement"], width: .fixed(9)),
            TableColumn(s["shadowing.col.active"], width: .fixed(6)),
        ], rowCount: rows.count, empty: s["shadowing.catalogue.empty"], context: context) { i in
            let t = rows[i]
            return [t.name, ShadowingText.category(t.category, s), String(t.defaultMinutes), ShadowingText.judgement(t.defaultJudgement, s),
                    t.active ? s["shadowing.yes"] : s["shadowing.no"]]
        }
        let dim = context.theme.dim
        widget.rowStyle = { i in rows[i].active ? nil : dim }
        widget.render(into: &buffer, area: body, state: table, focused: !isEditingText)
    }

    // MARK: Team

    private func renderTeam(into buffer: inout Buffer, body: Rect, team: ShadowingTeam, context: AppContext) {
        let s = context.strings
        let active = participants.filter(\.isActive).count
        let lines: [(String, String)] = [
            (s["shadowing.field.teamName"], team.name),
            (s["shadowing.field.hostTeam"], hostName),
            (s["shadowing.team.period"], "\(team.startDate.iso) – \(team.endDate.iso)"),
            (s["shadowing.team.supervisors"], supervisors.isEmpty ? "–" : supervisors.map(\.name).joined(separator: ", ")),
            (s["shadowing.team.participants"], s.format("shadowing.team.participantCount", active, participants.count - active)),
            (s["shadowing.team.teams"], s.format("shadowing.team.teamCount", teams.count)),
        ]
        var y = body.y
        for (label, value) in lines {
            buffer.put(label, x: body.x, y: y, maxWidth: 20, style: context.theme.title)
            buffer.put(value, x: body.x + 21, y: y, maxWidth: body.width - 21)
            y += 1
        }
        if ShadowingRules.sizeNeedsWarning(active) {
            buffer.put(s.format("shadowing.sizeWarning", active), x: body.x, y: y + 1, maxWidth: body.width, style: context.theme.warning)
        }
        for (n, line) in ShadowingText.wrap(s["shadowing.team.privacy"], width: body.width).enumerated() {
            buffer.put(line, x: body.x, y: y + 3 + n, maxWidth: body.width, style: context.theme.dim)
        }
    }
}
