import TerminalKit
import VardagDomain
import VardagStore

/// Everything waiting in a team ("kan vänta"), review dates due this week first; Enter opens the worker's grid.
public struct WorkloadWaitingScreen: Screen {
    public enum Message: Sendable {
        case move(Key), open
    }

    public let teamId: Int64
    let teamName: String
    let period: WorkloadPeriod
    var rows: [WaitingCase] = []
    var table = TableState()

    public init(teamId: Int64, teamName: String, period: WorkloadPeriod) {
        self.teamId = teamId
        self.teamName = teamName
        self.period = period
    }

    public func title(_ context: AppContext) -> String { context.strings.format("workload.waiting.title", teamName) }

    public func keyMap(_ context: AppContext) -> KeyMap<Message> {
        let s = context.strings
        return KeyMap(title: s.format("workload.waiting.title", teamName), [
            KeyBinding([.enter], s["workload.key.openGrid"], .open, label: "Enter", hint: true),
            KeyBinding([.up, .down, .pageUp, .pageDown, .home, .end], s["workload.key.move"], label: "↑↓") { .move($0) },
        ])
    }

    public mutating func reload(context: AppContext) throws {
        rows = Self.ordered(try context.store.waitingCases(teamId: teamId), today: context.today)
        table.selected = min(table.selected, max(0, rows.count - 1))
    }

    /// Due this week (and overdue) first, each group by review date.
    static func ordered(_ rows: [WaitingCase], today: LocalDate) -> [WaitingCase] {
        let sunday = IsoWeek(containing: today).sunday
        return rows.sorted { a, b in
            let aDue = a.reviewDate <= sunday, bDue = b.reviewDate <= sunday
            if aDue != bDue { return aDue }
            return (a.reviewDate, a.reference) < (b.reviewDate, b.reference)
        }
    }

    public mutating func update(_ message: Message, context: AppContext) -> Effect {
        switch message {
        case .move(let key):
            _ = table.handle(key, rowCount: rows.count, pageSize: max(1, context.screenArea.height - 5))
        case .open:
            guard rows.indices.contains(table.selected) else { return .none }
            let current = WorkloadPeriod(containing: context.today, kind: period.kind)
            return .push(WorkloadGridScreen(medarbetareId: rows[table.selected].medarbetareId, period: current))
        }
        return .none
    }

    public func render(into buffer: inout Buffer, area: Rect, context: AppContext) {
        let s = context.strings
        let theme = context.theme
        let inner = area.inset(left: 1, right: 1)
        let sunday = IsoWeek(containing: context.today).sunday
        let due = rows.filter { $0.reviewDate <= sunday }.count
        buffer.put(s.format("workload.waiting.info", rows.count, due), x: inner.x, y: inner.y, maxWidth: inner.width, style: theme.title)
        let shown = rows
        let today = context.today
        let wide = inner.width >= 110
        var columns = [
            TableColumn(s["workload.col.review"], width: .fixed(10)),
            TableColumn(s["workload.col.when"], width: .fixed(wide ? 14 : 11)),
            TableColumn(s["workload.col.case"], width: .fixed(wide ? 16 : 12)),
            TableColumn(s["workload.col.name"], width: .flexible(2)),
            TableColumn(s["workload.col.note"], width: .flexible(2)),
        ]
        if wide { columns.append(TableColumn(s["workload.col.decidedBy"], width: .fixed(24))) }
        var widget = Table(columns: columns, rowCount: shown.count, emptyText: s["workload.waiting.empty"]) { index in
            let row = shown[index]
            let when = row.reviewDate < today ? s["workload.waiting.overdue"]
                : row.reviewDate <= sunday ? s["workload.waiting.thisWeek"] : s["workload.waiting.later"]
            var cells = [row.reviewDate.iso, when, row.reference, row.medarbetareName, row.note]
            if wide { cells.append("\(row.decidedBy) \(row.decidedAt.prefix(10))") }
            return cells
        }
        widget.headerStyle = theme.header
        widget.selectedStyle = theme.selected
        widget.rowStyle = { index in
            shown[index].reviewDate < today ? theme.error : (shown[index].reviewDate <= sunday ? theme.warning : nil)
        }
        widget.render(into: &buffer, area: inner.inset(top: 2), state: table, focused: true)
    }
}
