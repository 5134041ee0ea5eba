import TerminalKit
import VardagDomain

/// Drawing the handledare tab: a pure function of its state.
extension ShadowingSupervisorsTab {
    /// The most pool rows shown at once above the participants (more scroll).
    static let poolRows = 5

    func renderPage(into buffer: inout Buffer, area: Rect, team: ShadowingTeam, context: AppContext) {
        let s = context.strings, theme = context.theme
        let layout = ShadowingLayout(area)
        let info = layout.info.inset(left: 1, right: 1)
        let day = Self.day(team, today: context.today)
        let load = SupervisionRules.load(on: day, participants: participants, team: team, assignments: assignments)
        let active = participants.filter { SupervisionRules.isActive($0, team: team, in: day...day) }
        let without = active.filter { SupervisionRules.supervisor(of: $0.id, on: day, assignments: assignments) == nil }.count
        let places = pool.filter { $0.since <= day }.reduce(0) { $0 + $1.places }
        let shortage = max(0, active.count - places)
        var text = s.format("shadowing.supervisors.info", active.count, pool.count, places)
        if shortage > 0 { text += " · " + s.format("shadowing.supervisors.shortage", shortage) }
        if without > 0 { text += " · " + s.format("shadowing.supervisors.without", without) }
        buffer.put(text, x: info.x, y: info.y, maxWidth: info.width, style: shortage > 0 || without > 0 ? theme.warning : theme.dim)

        let body = layout.body
        let poolHeight = 1 + max(1, min(pool.count, Self.poolRows))
        let poolArea = Rect(x: body.x, y: body.y, width: body.width, height: min(poolHeight, body.height))
        let rest = Rect(x: body.x, y: poolArea.maxY + 1, width: body.width, height: max(0, body.maxY - poolArea.maxY - 1))
        let onPool = table.selected < pool.count
        let focused = !isEditingText

        let members = pool
        var poolTable = ShadowingLayout.table([
            TableColumn(s["shadowing.supervisors.col.supervisor"], width: .flexible(2)),
            TableColumn(s["shadowing.supervisors.col.load"], width: .fixed(9)),
            TableColumn(s["shadowing.supervisors.col.trained"], width: .fixed(14)),
            TableColumn(s["shadowing.supervisors.col.since"], width: .fixed(10)),
        ], rowCount: members.count, empty: s["shadowing.supervisors.emptyPoolRow"], context: context) { i in
            let m = members[i]
            return [m.name, s.format("shadowing.supervisors.loadCell", load[m.medarbetareId] ?? 0, m.places),
                    m.trainedOn?.iso ?? s["shadowing.supervisors.notTrained"], m.since.iso]
        }
        let warning = theme.warning
        poolTable.rowStyle = { i in (load[members[i].medarbetareId] ?? 0) > members[i].places || members[i].trainedOn == nil ? warning : nil }
        if !onPool { Self.unselect(&poolTable) }
        poolTable.render(into: &buffer, area: poolArea, state: TableState(selected: onPool ? table.selected : 0), focused: focused && onPool)

        let rows = shownParticipants
        let byId = Dictionary(members.map { ($0.medarbetareId, $0.name) }, uniquingKeysWith: { a, _ in a })
        var participantTable = ShadowingLayout.table([
            TableColumn(s["shadowing.col.participant"], width: .flexible(1)),
            TableColumn(s["shadowing.supervisors.col.supervisor"], width: .flexible(1)),
            TableColumn(s["shadowing.supervisors.col.from"], width: .fixed(10)),
        ], rowCount: rows.count, empty: s["shadowing.path.empty"], context: context) { i in
            let p = rows[i]
            guard p.isActive else { return [p.name, s["shadowing.supervisors.left"], p.path.left?.date.iso ?? ""] }
            guard let a = SupervisionRules.supervisor(of: p.id, on: day, assignments: assignments) else {
                return ["! " + p.name, s["shadowing.supervisors.none"], ""]
            }
            return [p.name, byId[a.supervisorId] ?? "–", a.from.iso]
        }
        let dim = theme.dim
        participantTable.rowStyle = { i in
            guard rows[i].isActive else { return dim }
            return SupervisionRules.supervisor(of: rows[i].id, on: day, assignments: assignments) == nil ? warning : nil
        }
        if onPool { Self.unselect(&participantTable) }
        participantTable.render(into: &buffer, area: rest, state: TableState(selected: onPool ? 0 : table.selected - pool.count),
                                focused: focused && !onPool)
        supervisionForm?.render(into: &buffer, area: area, context: context)
        weeksBox?.render(into: &buffer, area: area, context: context)
        removing?.render(into: &buffer, area: area, strings: s)
    }

    /// Draws a table's selected row like the others (the cursor is in the other list).
    private static func unselect(_ table: inout Table) {
        table.selectedStyle = .plain
        table.highlightSymbol = String(repeating: " ", count: DisplayWidth.of(table.highlightSymbol))
    }
}
