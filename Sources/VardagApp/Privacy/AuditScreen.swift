import Foundation
import TerminalKit
import VardagDomain
import VardagStore

/// The audit trail, read only: newest first, when (local time), who (the login, and the
/// person it belongs to), what kind, which table and row, and below the list the changed fields of the selected row, before → after.
///
/// The trail can hold 100,000 rows and more, so the screen keeps only a window of rows
/// around what is on screen and fetches a new window when the cursor leaves it. Nothing
/// here writes: the table's triggers refuse UPDATE and DELETE anyway.
public struct AuditScreen: Screen {
    public enum Message: Sendable {
        case move(Key), nextFilter, previousFilter
    }

    var table = TableState()
    /// The tables with audit rows; the filter cycles through nil (all) and these.
    var entities: [String] = []
    var entity: String?
    var total = 0
    /// The rows around what is on screen.
    var window = RowWindow<AuditEntry>()
    /// The names the held rows refer to by id, looked up with each window (render does no I/O).
    var names = AuditText.Names()

    public init() {}

    public func title(_ context: AppContext) -> String { context.strings["audit.title"] }

    public func keyMap(_ context: AppContext) -> KeyMap<Message> {
        let s = context.strings
        return KeyMap(title: s["audit.title"], ListKeys.bindings(rowHelp: s["audit.key.move"], pageHelp: s["audit.key.page"]) { .move($0) } + [
            KeyBinding([.char("f"), .tab], s["audit.key.filter"], .nextFilter, label: "f", hint: true),
            KeyBinding([.char("F"), .backTab], s["audit.key.previousFilter"], .previousFilter, label: "F"),
        ])
    }

    public mutating func update(_ message: Message, context: AppContext) -> Effect {
        switch message {
        case .move(let key):
            _ = table.handle(key, rowCount: total, pageSize: pageSize(context))
            return Effect.reloading(context.strings) { try loadWindow(context) }
        case .nextFilter, .previousFilter:
            let choices: [String?] = [nil] + entities.map { Optional($0) }
            let i = choices.firstIndex(of: entity) ?? 0
            let step = { if case .nextFilter = message { return 1 } else { return -1 } }()
            entity = choices[(i + step + choices.count) % choices.count]
            table = TableState()
            return Effect.reloading(context.strings) { try reload(context: context) }
        }
        return .none
    }

    public mutating func reload(context: AppContext) throws {
        entities = try context.store.auditEntities()
        if let e = entity, !entities.contains(e) { entity = nil }
        total = try context.store.auditCount(entity: entity)
        window.clear()
        if table.selected >= total { table.selected = max(0, total - 1) }
        try sizeChanged(context: context)
    }

    /// A bigger window shows more rows: they are fetched at once.
    public mutating func sizeChanged(context: AppContext) throws {
        table.offset = TableState.visibleOffset(selected: table.selected, offset: table.offset, rowCount: total, height: pageSize(context))
        try loadWindow(context)
    }

    /// Fetches the rows around the visible page when they are not already held,
    /// with the names they refer to.
    private mutating func loadWindow(_ context: AppContext) throws {
        let entity = self.entity
        let fetched = try window.fill(top: table.offset, page: pageSize(context), total: total) { offset, limit in
            try context.store.auditPage(entity: entity, offset: offset, limit: limit)
        }
        if fetched { names = try AuditText.Names.load(for: window.rows, from: context.store) }
    }

    private func row(at index: Int) -> AuditEntry? { window.row(at: index) }

    /// The list above, the selected row's changes below.
    static func layout(_ area: Rect) -> (heading: Rect, table: Rect, detail: Rect) {
        let (heading, rest) = area.inset(top: 0, left: 1, bottom: 0, right: 1).splitTop(1)
        let detailHeight = max(5, rest.height / 3)
        let (table, detail) = rest.splitBottom(detailHeight)
        return (heading, table, detail)
    }

    private func pageSize(_ context: AppContext) -> Int {
        max(1, Self.layout(context.screenArea).table.height - 1)
    }

    /// An ISO 8601 UTC timestamp in Swedish local time, `2026-11-23 19:20:00`.
    static func localTime(_ at: String) -> String {
        var parse = Date.ISO8601FormatStyle(includingFractionalSeconds: true)
        parse.timeZone = TimeZone(identifier: "UTC")!
        guard let date = try? parse.parse(at) else { return at }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = LocalDate.stockholm
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        return String(format: "%04d-%02d-%02d %02d:%02d:%02d", c.year ?? 0, c.month ?? 0, c.day ?? 0, c.hour ?? 0, c.minute ?? 0, c.second ?? 0)
    }

    static func actionName(_ action: AuditAction, _ s: Strings) -> String { s["audit.action.\(action.rawValue)"] }

    public func render(into buffer: inout Buffer, area: Rect, context: AppContext) {
        let s = context.strings
        let theme = context.theme
        let layout = Self.layout(area)
        let filter = entity.map { AuditText.entity($0, s) } ?? s["audit.filter.all"]
        buffer.put(s.format("audit.heading", filter, total), x: layout.heading.x, y: layout.heading.y,
                   maxWidth: layout.heading.width, style: theme.header)
        var widget = Table(
            columns: [
                TableColumn(s["audit.col.when"], width: .fixed(19)),
                TableColumn(s["audit.col.who"], width: .flexible(1)),
                TableColumn(s["audit.col.person"], width: .flexible(1)),
                TableColumn(s["audit.col.action"], width: .fixed(12)),
                TableColumn(s["audit.col.entity"], width: .flexible(1)),
                TableColumn(s["audit.col.id"], width: .fixed(7)),
            ],
            rowCount: total, emptyText: s["audit.empty"]
        ) { i in
            guard let e = row(at: i) else { return ["…", "", "", "", "", ""] }
            return [Self.localTime(e.at), e.user, e.personName ?? "", Self.actionName(e.action, s), AuditText.entity(e.entity, s),
                    String(e.entityId)]
        }
        widget.headerStyle = theme.header
        widget.selectedStyle = theme.selected
        widget.render(into: &buffer, area: layout.table, state: table, focused: true)
        renderDetail(into: &buffer, area: layout.detail, context: context)
    }

    /// The changed fields of the selected row, one per line in words: `field: before → after`.
    ///
    /// When they do not all fit, the last line says how many more there are instead of
    /// a field (and never overwrites part of one).
    private func renderDetail(into buffer: inout Buffer, area: Rect, context: AppContext) {
        let s = context.strings
        guard area.height > 1, let e = row(at: table.selected) else { return }
        buffer.put(String(repeating: "─", count: area.width), x: area.x, y: area.y, maxWidth: area.width, style: context.theme.border)
        buffer.put(s.format("audit.detail", Self.actionName(e.action, s), AuditText.entity(e.entity, s), e.entityId),
                   x: area.x, y: area.y + 1, maxWidth: area.width, style: context.theme.title)
        let keys = Set((e.before ?? [:]).keys).union((e.after ?? [:]).keys).sorted {
            AuditText.field($0, s).localizedStandardCompare(AuditText.field($1, s)) == .orderedAscending
        }
        let lines = area.height - 2
        let shown = keys.count > lines ? max(0, lines - 1) : keys.count
        for (index, key) in keys.prefix(shown).enumerated() {
            let before = e.before?[key].map { AuditText.value($0, entity: e.entity, key: key, names: names, s) } ?? "–"
            let after = e.after?[key].map { AuditText.value($0, entity: e.entity, key: key, names: names, s) } ?? "–"
            let field = AuditText.field(key, s)
            let text = e.before == nil ? "\(field): \(after)" : e.after == nil ? "\(field): \(before)" : "\(field): \(before) → \(after)"
            buffer.fill(Rect(x: area.x, y: area.y + 2 + index, width: area.width, height: 1), with: Cell(style: context.theme.normal))
            buffer.put(text, x: area.x, y: area.y + 2 + index, maxWidth: area.width, style: context.theme.normal)
        }
        if shown < keys.count {
            let y = area.y + 2 + shown
            buffer.fill(Rect(x: area.x, y: y, width: area.width, height: 1), with: Cell(style: context.theme.dim))
            buffer.put(s.format("audit.more", keys.count - shown), x: area.x, y: y, maxWidth: area.width, style: context.theme.dim)
        }
    }
}
