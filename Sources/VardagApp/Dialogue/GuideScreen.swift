import TerminalKit
import VardagDomain
import VardagStore

/// One vägledare: her home, training and every slinga she is or was assigned to that the
/// viewer covers (`DialogueAccess`), with each slinga's next träff and its planned date;
/// k shows only her coming träffar, soonest first.
struct GuideScreen: Screen {
    enum Message: Sendable {
        case move(Key), open, toggleComing
    }

    let guide: GuideRow
    var table = TableState()
    var assignments: [GuideAssignment] = []
    /// Only the slingor with a next träff planned today or later, soonest first.
    var comingOnly = false

    init(guide: GuideRow) { self.guide = guide }

    func title(_ context: AppContext) -> String { guide.name }

    func keyMap(_ context: AppContext) -> KeyMap<Message> {
        let s = context.strings
        return KeyMap(title: s["dialogue.guide.title"], [
            KeyBinding([.enter], s["dialogue.key.openLoop"], .open, label: "Enter", hint: true),
            KeyBinding([.char("k")], s["dialogue.key.coming"], .toggleComing, label: "k", hint: true),
        ] + ListKeys.bindings(rowHelp: s["dialogue.key.move"], pageHelp: s["dialogue.key.page"]) { .move($0) })
    }

    mutating func update(_ message: Message, context: AppContext) -> Effect {
        switch message {
        case .move(let key):
            _ = table.handle(key, rowCount: assignments.count, pageSize: max(1, context.screenArea.height - 5))
        case .open:
            guard assignments.indices.contains(table.selected) else { return .none }
            return .push(LoopScreen(loopId: assignments[table.selected].id))
        case .toggleComing:
            comingOnly.toggle()
            table = TableState()
            return Effect.attempt(context.strings) { try reload(context: context) }
        }
        return .none
    }

    mutating func reload(context: AppContext) throws {
        let all = try DialogueAccess.reading(context).assignments(of: guide.id, context)
        assignments = comingOnly ? AppDatabase.coming(all, today: context.today) : all
        if table.selected >= assignments.count { table.selected = max(0, assignments.count - 1) }
    }

    func render(into buffer: inout Buffer, area: Rect, context: AppContext) {
        let s = context.strings
        let inner = area.inset(top: 1, left: 1, bottom: 0, right: 1)
        buffer.put(s.format("dialogue.guide.home", guide.name, guide.enhetName, guide.kommunName, guide.trainingDate),
                   x: inner.x, y: inner.y, maxWidth: inner.width, style: context.theme.title)
        let counts = comingOnly ? s.format("dialogue.guide.coming", assignments.count)
            : s.format("dialogue.guide.counts", assignments.count, guide.openAssignments, guide.ledThisYear)
        buffer.put(counts, x: inner.x, y: inner.y + 1, maxWidth: inner.width, style: context.theme.dim)
        if let left = guide.leftOn {
            buffer.put(s.format("dialogue.guide.left", left.iso), x: inner.x, y: inner.y + 2, maxWidth: inner.width,
                       style: context.theme.warning)
        }
        let rows = assignments
        var t = Table(columns: [
            TableColumn(s["dialogue.col.theme"], width: .flexible(3)),
            TableColumn(s["dialogue.col.enhet"], width: .flexible(3)),
            TableColumn(s["dialogue.col.start"], width: .fixed(10)),
            TableColumn(s["dialogue.col.next"], width: .fixed(14)),
            TableColumn(s["dialogue.col.planned"], width: .fixed(10)),
            TableColumn(s["dialogue.col.bought"], width: .fixed(5)),
        ], rowCount: rows.count, emptyText: s[comingOnly ? "dialogue.guide.noComing" : "dialogue.empty"]) { i in
            let r = rows[i]
            let planned = r.nextMeeting == nil ? "" : r.nextPlannedOn?.iso ?? "–"
            return [r.theme, "\(r.enhetName), \(r.kommunName)", r.plannedStart.iso, DialogueText.next(r.nextMeeting, s),
                    planned, r.bought ? s["dialogue.yes"] : ""]
        }
        t.headerStyle = context.theme.header
        t.selectedStyle = context.theme.selected
        t.render(into: &buffer, area: Rect(x: area.x, y: inner.y + 3, width: area.width, height: max(0, area.maxY - inner.y - 3)),
                 state: table, focused: true)
    }
}
