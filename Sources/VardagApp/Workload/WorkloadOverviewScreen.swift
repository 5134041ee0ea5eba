import TerminalKit
import VardagDomain
import VardagStore

/// The team leader's overview: one row per active medarbetare with cases per field, load,
/// overall self-rating, a 12-period sparkline, the heavy flag ⚑ and the self-rating mark ≠
/// (`SelfRatingMismatch`); Enter opens the worker's grid.
/// Each sparkline is scaled to that person's own highest load, so a quiet colleague's trend
/// is not flattened by the team's busiest one; the line under the table gives the selected
/// person's loads as numbers.
public struct WorkloadOverviewScreen: Screen {
    public enum Message: Sendable {
        case move(Key), open, cycleSort, previousPeriod, nextPeriod, waiting, diary, agenda
    }

    public let teamId: Int64
    let teamName: String
    public private(set) var period: WorkloadPeriod
    var rows: [OverviewRow] = []
    var sort: OverviewSort = .load
    var table = TableState()
    var settings = WorkloadSettings.standard

    /// How many periods the sparkline covers.
    public static let trendPeriods = 12

    public init(teamId: Int64, teamName: String, period: WorkloadPeriod) {
        self.teamId = teamId
        self.teamName = teamName
        self.period = period
    }

    public func title(_ context: AppContext) -> String { context.strings.format("workload.overview.title", teamName) }

    public func keyMap(_ context: AppContext) -> KeyMap<Message> {
        let s = context.strings
        return KeyMap(title: s.format("workload.overview.title", teamName), [
            KeyBinding([.enter], s["workload.key.openGrid"], .open, label: "Enter", hint: true),
            KeyBinding([.char("s")], s["workload.key.sort"], .cycleSort, label: "s", hint: true),
            KeyBinding([.char("p")], s["workload.key.previousPeriod"], .previousPeriod, label: "p", hint: true),
            KeyBinding([.char("n")], s["workload.key.nextPeriod"], .nextPeriod, label: "n"),
            KeyBinding([.char("v")], s["workload.key.waiting"], .waiting, label: "v", hint: true),
            KeyBinding([.char("d")], s["workload.key.diary"], .diary, label: "d"),
            KeyBinding([.char("a")], s["workload.key.agenda"], .agenda, label: "a", hint: true),
            KeyBinding([.up, .down, .pageUp, .pageDown, .home, .end], s["workload.key.move"], label: "↑↓") { .move($0) },
        ])
    }

    public mutating func reload(context: AppContext) throws {
        // Settings and rows in one read: the period stays unless the period kind changed.
        let (shown, today) = (period, context.today)
        let overview = try context.store.workloadOverview(teamId: teamId, periods: Self.trendPeriods) { settings in
            shown.kind == settings.periodKind ? shown : WorkloadPeriod(containing: today, kind: settings.periodKind)
        }
        settings = overview.settings
        period = overview.period
        let selectedId = rows.indices.contains(table.selected) ? rows[table.selected].id : nil
        rows = Self.sorted(overview.rows, by: sort)
        if let selectedId, let index = rows.firstIndex(where: { $0.id == selectedId }) { table.selected = index }
        table.selected = min(table.selected, max(0, rows.count - 1))
        table.offset = TableState.visibleOffset(selected: table.selected, offset: table.offset, rowCount: rows.count, height: pageSize(context))
    }

    /// Rows in the chosen order; ties by name.
    static func sorted(_ rows: [OverviewRow], by sort: OverviewSort) -> [OverviewRow] {
        rows.sorted { a, b in
            switch sort {
            case .name: return (a.sortKey, a.id) < (b.sortKey, b.id)
            case .load:
                if a.current.load != b.current.load { return a.current.load > b.current.load }
            case .flag:
                if a.flagged != b.flagged { return a.flagged }
                if a.current.load != b.current.load { return a.current.load > b.current.load }
            }
            return (a.sortKey, a.id) < (b.sortKey, b.id)
        }
    }

    public mutating func update(_ message: Message, context: AppContext) -> Effect {
        let s = context.strings
        switch message {
        case .move(let key):
            _ = table.handle(key, rowCount: rows.count, pageSize: pageSize(context))
        case .open:
            guard rows.indices.contains(table.selected) else { return .none }
            return .push(WorkloadGridScreen(medarbetareId: rows[table.selected].id, period: period))
        case .cycleSort:
            let all = OverviewSort.allCases
            sort = all[((all.firstIndex(of: sort) ?? 0) + 1) % all.count]
            table = TableState()
            rows = Self.sorted(rows, by: sort)
            return .status(s.format("workload.sortedBy", s[sort.key]))
        case .previousPeriod:
            period = period.previous
            return Effect.reloading(s) { try reload(context: context) }
        case .nextPeriod:
            if let refusal = Effect.refusingNext(after: period, today: context.today, s) { return refusal }
            period = period.next
            return Effect.reloading(s) { try reload(context: context) }
        case .waiting:
            return .push(WorkloadWaitingScreen(teamId: teamId, teamName: teamName, period: period))
        case .diary:
            return .push(TimeDiaryScreen(teamId: teamId, teamName: teamName))
        case .agenda:
            return .push(TalkAgendaScreen(teamId: teamId, teamName: teamName, period: period))
        }
        return .none
    }

    static func layout(_ area: Rect) -> (info: Rect, table: Rect, detail: Rect, legend: Rect) {
        let (info, rest) = area.inset(left: 1, right: 1).splitTop(1)
        let (table, bottom) = rest.inset(top: 1).splitBottom(2)
        let (detail, legend) = bottom.splitTop(1)
        return (info, table, detail, legend)
    }

    private func pageSize(_ context: AppContext) -> Int {
        max(1, Self.layout(context.screenArea).table.height - 1)
    }

    /// The selected person's loads over the sparkline's periods as numbers, oldest first
    /// ("–" where nothing was rated), with the highest, which is her sparkline's full block.
    func trendDetail(_ row: OverviewRow, _ s: Strings) -> String {
        let loads = row.history.suffix(Self.trendPeriods)
        let numbers = loads.map { $0.counts.total == 0 ? "–" : String($0.load) }.joined(separator: " ")
        let top = loads.filter { $0.counts.total > 0 }.map(\.load).max()
        return s.format("workload.overview.trendDetail", row.name, numbers, loads.last?.period.description ?? "",
                        top.map(String.init) ?? "–")
    }

    /// How the row's overall self-rating disagrees with its case ratings in the shown period, if it does.
    func mismatch(_ row: OverviewRow) -> SelfRatingMismatch? {
        SelfRatingMismatch.of(row.current, settings: settings)
    }

    /// "≠ Anna Berg: helhet 5 men 4 av 6 ärenden i lätt" for a row whose ratings disagree.
    static func mismatchDetail(_ row: OverviewRow, _ mismatch: SelfRatingMismatch, _ s: Strings) -> String {
        let c = row.current
        let (key, count) = mismatch == .ratesHigher ? ("workload.mismatch.ratesHigher", c.counts.latt)
                                                    : ("workload.mismatch.ratesLower", c.counts.tung)
        return s.format(key, row.name, c.overall ?? 0, count, c.counts.total)
    }

    public func render(into buffer: inout Buffer, area: Rect, context: AppContext) {
        let s = context.strings
        let theme = context.theme
        let parts = Self.layout(area)
        let flagged = rows.filter(\.flagged).count
        let mismatched = rows.filter { mismatch($0) != nil }.count
        var info = [WorkloadText.period(period, s), s.format("workload.overview.people", rows.count), s.format("workload.sortedBy", s[sort.key])]
        if flagged > 0 { info.append(s.format("workload.overview.flagged", flagged)) }
        // The ≠ count only where it fits: the flag column and the detail line show it anyway.
        let mismatchInfo = s.format("workload.overview.mismatched", mismatched)
        if mismatched > 0, DisplayWidth.of((info + [mismatchInfo]).joined(separator: " · ")) <= parts.info.width {
            info.append(mismatchInfo)
        }
        buffer.put(info.joined(separator: " · "), x: parts.info.x, y: parts.info.y, maxWidth: parts.info.width, style: theme.title)
        let wide = parts.table.width >= 110
        let short = wide ? "" : "short."
        let columns = [
            TableColumn(s["workload.col.name"], width: .fill),
            TableColumn(s["workload.col.\(short)latt"], width: .fixed(wide ? 6 : 5), alignment: .right),
            TableColumn(s["workload.col.\(short)tidskravande"], width: .fixed(wide ? 13 : 5), alignment: .right),
            TableColumn(s["workload.col.\(short)svar"], width: .fixed(wide ? 6 : 5), alignment: .right),
            TableColumn(s["workload.col.\(short)tung"], width: .fixed(wide ? 6 : 5), alignment: .right),
            TableColumn(s["workload.col.\(short)load"], width: .fixed(wide ? 10 : 6), alignment: .right),
            TableColumn(s["workload.col.\(short)overall"], width: .fixed(wide ? 8 : 6), alignment: .right),
            TableColumn(s["workload.col.trend"], width: .fixed(Self.trendPeriods)),
            TableColumn(s["workload.col.\(short)flag"], width: .fixed(wide ? 12 : 3)),
        ]
        let shownRows = rows
        let flagText = s[wide ? "workload.flag.long" : "workload.flag.short"]
        let mismatchText = s["workload.flag.mismatch"]
        let marks = shownRows.map { row in
            [row.flagged ? flagText : "", mismatch(row) != nil ? mismatchText : ""].filter { !$0.isEmpty }.joined(separator: wide ? " " : "")
        }
        var widget = Table(columns: columns, rowCount: shownRows.count, emptyText: s["workload.overview.empty"]) { index in
            let row = shownRows[index]
            let c = row.current
            let loads = row.history.map { $0.counts.total == 0 ? nil : Double($0.load) }
            let cells = [row.name, String(c.counts.latt), String(c.counts.tidskravande), String(c.counts.svar), String(c.counts.tung),
                         String(c.load), c.overall.map(String.init) ?? "–",
                         // Her own scale: the block heights show her weeks against each other.
                         Sparkline(values: loads).text(width: Self.trendPeriods), marks[index]]
            return cells
        }
        widget.headerStyle = theme.header
        widget.selectedStyle = theme.selected
        widget.rowStyle = { index in shownRows[index].flagged ? theme.flag : nil }
        widget.render(into: &buffer, area: parts.table, state: table, focused: true)
        if rows.indices.contains(table.selected) {
            // A disagreeing self-rating takes the detail line: the sparkline still shows her trend.
            let row = rows[table.selected]
            if let mismatch = mismatch(row) {
                buffer.put(Self.mismatchDetail(row, mismatch, s), x: parts.detail.x, y: parts.detail.y,
                           maxWidth: parts.detail.width, style: theme.warning)
            } else {
                buffer.put(trendDetail(row, s), x: parts.detail.x, y: parts.detail.y,
                           maxWidth: parts.detail.width, style: theme.normal)
            }
        }
        buffer.put(s.format("workload.overview.legend", settings.heavyOverall, settings.heavyPeriodsInRow), x: parts.legend.x,
                   y: parts.legend.y, maxWidth: parts.legend.width, style: theme.dim)
    }
}
