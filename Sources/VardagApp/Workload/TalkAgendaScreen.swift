import TerminalKit
import VardagDomain
import VardagStore

/// The agenda and log of a team's next talk: every open decision of the period (prioritera,
/// kan vänta with its review date, omfördela pending, avsluta this period) with who decided
/// and when; `f` narrows it to one person (her cases and those handed to her), Enter opens
/// the worker's grid, p / n change the period.
public struct TalkAgendaScreen: Screen {
    public enum Message: Sendable {
        case move(Key), open, filter(Int), previousPeriod, nextPeriod
    }

    public let teamId: Int64
    let teamName: String
    public private(set) var period: WorkloadPeriod
    var items: [AgendaItem] = []
    var members: [TeamMember] = []
    /// The person shown, or nil for everyone.
    var personId: Int64?
    var table = TableState()

    public init(teamId: Int64, teamName: String, period: WorkloadPeriod) {
        self.teamId = teamId
        self.teamName = teamName
        self.period = period
    }

    public func title(_ context: AppContext) -> String { context.strings.format("workload.agenda.title", teamName) }

    public func keyMap(_ context: AppContext) -> KeyMap<Message> {
        let s = context.strings
        return KeyMap(title: s.format("workload.agenda.title", teamName), [
            KeyBinding([.enter], s["workload.key.openGrid"], .open, label: "Enter", hint: true),
            KeyBinding([.char("f")], s["workload.key.agendaPerson"], .filter(1), label: "f/F", hint: true),
            KeyBinding([.char("F")], s["workload.key.agendaPersonBack"], .filter(-1), label: "F"),
            KeyBinding([.char("p")], s["workload.key.previousPeriod"], .previousPeriod, label: "p", hint: true),
            KeyBinding([.char("n")], s["workload.key.nextPeriod"], .nextPeriod, label: "n"),
            KeyBinding([.up, .down, .pageUp, .pageDown, .home, .end], s["workload.key.move"], label: "↑↓") { .move($0) },
        ])
    }

    public mutating func reload(context: AppContext) throws {
        members = try context.store.teamMembers(teamId: teamId)
        items = try context.store.talkAgenda(teamId: teamId, period: period)
        if let personId, !members.contains(where: { $0.id == personId }) { self.personId = nil }
        table.selected = min(table.selected, max(0, shown.count - 1))
    }

    /// The items for the chosen person (her own cases and those handed to her), or all.
    var shown: [AgendaItem] {
        guard let personId else { return items }
        return items.filter { $0.medarbetareId == personId || $0.toMedarbetareId == personId }
    }

    public mutating func update(_ message: Message, context: AppContext) -> Effect {
        let s = context.strings
        switch message {
        case .move(let key):
            _ = table.handle(key, rowCount: shown.count, pageSize: max(1, context.screenArea.height - 6))
        case .open:
            guard shown.indices.contains(table.selected) else { return .none }
            return .push(WorkloadGridScreen(medarbetareId: shown[table.selected].medarbetareId, period: period))
        case .filter(let step):
            // Everyone, then each member in name order, then everyone again.
            let ids: [Int64?] = [nil] + members.map(\.id)
            let index = ids.firstIndex(of: personId) ?? 0
            personId = ids[(index + step + ids.count) % ids.count]
            table = TableState()
            let name = members.first { $0.id == personId }?.name ?? s["workload.agenda.everyone"]
            return .status(s.format("workload.agenda.showing", name))
        case .previousPeriod:
            period = period.previous
            return Effect.reloading(s) { try reload(context: context) }
        case .nextPeriod:
            if let refusal = Effect.refusingNext(after: period, today: context.today, s) { return refusal }
            period = period.next
            return Effect.reloading(s) { try reload(context: context) }
        }
        return .none
    }

    /// What the decision asks: "till 2026-11-26", "→ Bo Ek", or nothing.
    static func detail(_ item: AgendaItem, _ s: Strings) -> String {
        switch item.kind {
        case .kanVanta: return item.reviewDate.map { s.format("workload.agenda.until", $0.iso) } ?? ""
        case .omfordela: return "→ " + (item.toName ?? "")
        case .prioritera, .avsluta: return ""
        }
    }

    public func render(into buffer: inout Buffer, area: Rect, context: AppContext) {
        let s = context.strings
        let theme = context.theme
        let inner = area.inset(left: 1, right: 1)
        let rows = shown
        let who = members.first { $0.id == personId }?.name ?? s["workload.agenda.everyone"]
        let counts = DecisionKind.allCases.map { kind in "\(WorkloadText.decisionMark(kind, s)) \(rows.filter { $0.kind == kind }.count)" }
        let info = [WorkloadText.period(period, s), s.format("workload.agenda.count", rows.count), who, counts.joined(separator: " ")]
        buffer.put(info.joined(separator: " · "), x: inner.x, y: inner.y, maxWidth: inner.width, style: theme.title)
        let wide = inner.width >= 110
        let columns = [
            TableColumn(s["workload.col.decision"], width: .fixed(wide ? 12 : 11)),
            TableColumn(s["workload.col.case"], width: .fixed(wide ? 16 : 10)),
            TableColumn(s["workload.col.name"], width: .flexible(2)),
            TableColumn(s["workload.col.concerns"], width: .flexible(2)),
            TableColumn(s["workload.col.decidedBy"], width: .fixed(wide ? 24 : 19)),
        ]
        let today = context.today
        var widget = Table(columns: columns, rowCount: rows.count, emptyText: s["workload.agenda.empty"]) { index in
            let item = rows[index]
            return [WorkloadText.decision(item.kind, s), item.reference, item.medarbetareName, Self.detail(item, s),
                    "\(item.decidedBy) \(item.decidedAt.prefix(10))"]
        }
        widget.headerStyle = theme.header
        widget.selectedStyle = theme.selected
        widget.rowStyle = { index in
            guard let date = rows[index].reviewDate else { return nil }
            return date < today ? theme.error : nil
        }
        widget.render(into: &buffer, area: inner.inset(top: 2, bottom: 1), state: table, focused: true)
        if rows.indices.contains(table.selected) {
            let item = rows[table.selected]
            let note = item.note.isEmpty ? s["workload.agenda.noNote"] : item.note
            buffer.put(s.format("workload.agenda.detail", item.reference, item.period, note), x: inner.x, y: inner.maxY - 1,
                       maxWidth: inner.width, style: theme.dim)
        }
    }
}
