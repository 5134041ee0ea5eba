import TerminalKit
import VardagDomain
import VardagStore

/// Fyrfältaren's first screen: pick a team and a period; Enter opens the team leader's overview.
/// The settings (week or month, high threshold, heavy flag) are edited here too.
public struct WorkloadScreen: Screen {
    public enum Message: Sendable {
        case move(Key), open, previousPeriod, nextPeriod, currentPeriod, waiting, diary, settings
        /// A key or paste while the settings form has focus.
        case input(Event)
    }

    /// A team to pick, with its place in the register.
    struct TeamChoice: Hashable {
        var id: Int64
        var name: String
        var enhet: String
        var kommun: String
        var staff: Int
    }

    var teams: [TeamChoice] = []
    var table = TableState()
    public private(set) var period: WorkloadPeriod?
    var settings = WorkloadSettings.standard
    var settingsForm: FormState?

    public init() {}

    public func title(_ context: AppContext) -> String { context.strings["workload.title"] }

    public var isEditingText: Bool { settingsForm != nil }

    public func keyMap(_ context: AppContext) -> KeyMap<Message> {
        let s = context.strings
        return KeyMap(title: s["workload.title"], [
            KeyBinding([.enter], s["workload.key.openOverview"], .open, label: "Enter", hint: true),
            KeyBinding([.char("p"), .left], s["workload.key.previousPeriod"], .previousPeriod, label: "p/←", hint: true),
            KeyBinding([.char("n"), .right], s["workload.key.nextPeriod"], .nextPeriod, label: "n/→"),
            KeyBinding([.char("."), .home], s["workload.key.currentPeriod"], .currentPeriod, label: "."),
            KeyBinding([.char("v")], s["workload.key.waiting"], .waiting, label: "v", hint: true),
            KeyBinding([.char("d")], s["workload.key.diary"], .diary, label: "d", hint: true),
            KeyBinding([.char("i")], s["workload.key.settings"], .settings, label: "i", hint: true),
            KeyBinding([.up, .down, .pageUp, .pageDown, .end], s["workload.key.move"], .move(.down), label: "↑↓"),
        ])
    }

    public func message(for event: Event, context: AppContext) -> Message? {
        if settingsForm != nil {
            switch event {
            case .key, .paste: return .input(event)
            default: return nil
            }
        }
        guard case .key(let key) = event else { return nil }
        switch key {
        case .up, .down, .pageUp, .pageDown, .end: return .move(key)
        default: return keyMap(context).action(for: key)
        }
    }

    public mutating func reload(context: AppContext) {
        settings = (try? context.store.workloadSettings()) ?? .standard
        if period == nil || period?.kind != settings.periodKind {
            period = WorkloadPeriod(containing: context.today, kind: settings.periodKind)
        }
        let tree = (try? context.store.registerTree()) ?? RegisterTree(kommuner: [])
        teams = tree.kommuner.filter(\.kommun.active).flatMap { k in
            k.enheter.filter(\.enhet.active).flatMap { e in
                e.teams.filter(\.team.active).map {
                    TeamChoice(id: $0.team.id, name: $0.team.name, enhet: e.enhet.name, kommun: k.kommun.name, staff: $0.activeStaffCount)
                }
            }
        }
        table.selected = min(table.selected, max(0, teams.count - 1))
    }

    public mutating func update(_ message: Message, context: AppContext) -> Effect {
        let s = context.strings
        guard let current = period else { return .none }
        let team = teams.indices.contains(table.selected) ? teams[table.selected] : nil
        switch message {
        case .move(let key):
            let page = max(1, context.screenArea.height - 6)
            _ = table.handle(key, rowCount: teams.count, pageSize: page)
            table.offset = TableState.visibleOffset(selected: table.selected, offset: table.offset, rowCount: teams.count, height: page)
        case .open:
            guard let team else { return .error(s["workload.home.noTeams"]) }
            return .push(WorkloadOverviewScreen(teamId: team.id, teamName: team.name, period: current))
        case .previousPeriod:
            period = current.previous
        case .nextPeriod:
            do {
                try PeriodRule.check(current.next, today: context.today)
            } catch {
                return .error(WorkloadText.failure(error, s))
            }
            period = current.next
        case .currentPeriod:
            period = WorkloadPeriod(containing: context.today, kind: settings.periodKind)
        case .waiting:
            guard let team else { return .none }
            return .push(WorkloadWaitingScreen(teamId: team.id, teamName: team.name, period: current))
        case .diary:
            guard let team else { return .none }
            return .push(TimeDiaryScreen(teamId: team.id, teamName: team.name))
        case .settings:
            settingsForm = FormState(fields: [
                .choice("kind", label: s["workload.settings.kind"], options: [s["workload.settings.week"], s["workload.settings.month"]],
                        selected: settings.periodKind == .week ? 0 : 1),
                .text("threshold", label: s["workload.settings.threshold"], text: String(settings.highThreshold), maxLength: 2),
                .text("overall", label: s["workload.settings.overall"], text: String(settings.heavyOverall), maxLength: 2),
                .text("percent", label: s["workload.settings.percent"], text: String(settings.heavyTungPercent), maxLength: 3),
                .text("run", label: s["workload.settings.run"], text: String(settings.heavyPeriodsInRow), maxLength: 3),
            ])
        case .input(let event):
            guard var form = settingsForm else { return .none }
            switch form.closeDecision(for: event, strings: context.strings) {
            case .close: settingsForm = nil; return .none
            case .stay: settingsForm = form; return .none
            case .pass: break
            }
            if case .key(.enter) = event {
                form.clearMessages()
                let number = { (id: String) in Int(form.value(of: id).trimmingCharacters(in: .whitespaces)) ?? -1 }
                let checks: [(String, Int, ClosedRange<Int>)] = [
                    ("threshold", number("threshold"), 2...5), ("overall", number("overall"), 1...5),
                    ("percent", number("percent"), 1...99), ("run", number("run"), 1...12),
                ]
                for (id, value, range) in checks where !range.contains(value) {
                    form.setMessage(s.format("workload.settings.range", range.lowerBound, range.upperBound), for: id)
                }
                if form.fields.contains(where: { $0.message != nil }) {
                    form.message = s["workload.form.hasErrors"]
                    settingsForm = form
                    return .none
                }
                let kind: PeriodKind = form.index(of: "kind").flatMap { form.fields[$0].selectedOption } == 1 ? .month : .week
                let new = WorkloadSettings(periodKind: kind, highThreshold: number("threshold"), heavyOverall: number("overall"),
                                           heavyTungPercent: number("percent"), heavyPeriodsInRow: number("run"))
                do {
                    try context.store.updateWorkloadSettings(new)
                } catch {
                    form.message = s.couldNotSave(error)
                    settingsForm = form
                    return .none
                }
                settingsForm = nil
                reload(context: context)
                return .status(s["workload.settings.saved"])
            }
            _ = form.handle(event)
            settingsForm = form
        }
        return .none
    }

    public func render(into buffer: inout Buffer, area: Rect, context: AppContext) {
        let s = context.strings
        let theme = context.theme
        let inner = area.inset(left: 1, right: 1)
        if let period {
            buffer.put(s.format("workload.home.period", WorkloadText.period(period, s)), x: inner.x, y: inner.y,
                       maxWidth: inner.width, style: theme.title)
        }
        buffer.put(s.format("workload.home.settings", settings.highThreshold, settings.heavyOverall, settings.heavyPeriodsInRow),
                   x: inner.x, y: inner.y + 1, maxWidth: inner.width, style: theme.dim)
        let shown = teams
        var widget = Table(columns: [
            TableColumn(s["workload.col.team"], width: .flexible(2)),
            TableColumn(s["workload.col.enhet"], width: .flexible(2)),
            TableColumn(s["workload.col.kommun"], width: .flexible(1)),
            TableColumn(s["workload.col.staff"], width: .fixed(11), alignment: .right),
        ], rowCount: shown.count, emptyText: s["workload.home.noTeams"]) { index in
            let team = shown[index]
            return [team.name, team.enhet, team.kommun, String(team.staff)]
        }
        widget.headerStyle = theme.header
        widget.selectedStyle = theme.selected
        widget.render(into: &buffer, area: inner.inset(top: 3), state: table, focused: settingsForm == nil)
        if let form = settingsForm {
            WorkloadFormBox.render(form, title: s["workload.settings.title"], intro: s["workload.settings.intro"],
                                   into: &buffer, area: area, context: context)
        }
    }
}
