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
        var enhetId: Int64
        var enhet: String
        var kommun: String
        var staff: Int
    }

    var teams: [TeamChoice] = []
    var table = TableState()
    public private(set) var period: WorkloadPeriod?
    var settings = WorkloadSettings.standard
    var settingsEditor: WorkloadSettingsEditor?

    public init() {}

    /// Where Fyrfältaren opens for the person working: a medarbetare who leads no team or
    /// unit (and is no systemförvaltare) goes straight to her own grid for this period;
    /// everyone else to the team list.
    /// - Parameter context: the viewer, the store (for the period kind) and today.
    /// - Returns: the first screen.
    public static func entry(for context: AppContext) -> any Screen {
        let viewer = context.viewer
        guard !viewer.seesEverything, let personId = viewer.personId, viewer.holds(.medarbetare),
              !viewer.holds(.teamledare), !viewer.holds(.enhetschef) else { return WorkloadScreen() }
        let kind = (try? context.store.workloadSettings().periodKind) ?? .week
        return WorkloadGridScreen(medarbetareId: personId, period: WorkloadPeriod(containing: context.today, kind: kind))
    }

    /// Whether the viewer's grants cover a team: every team for whoever sees everything,
    /// else a team leader's teams and the teams of an enhetschef's units.
    static func covers(_ team: TeamChoice, _ viewer: Viewer) -> Bool {
        viewer.seesEverything || viewer.scopeIds(.teamledare).contains(team.id) || viewer.scopeIds(.enhetschef).contains(team.enhetId)
    }

    public func title(_ context: AppContext) -> String { context.strings["workload.title"] }

    public var isEditingText: Bool { settingsEditor != nil }

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
            KeyBinding([.up, .down, .pageUp, .pageDown, .end], s["workload.key.move"], label: "↑↓") { .move($0) },
        ])
    }

    public func inputMessage(for event: Event) -> Message? { .input(event) }

    public mutating func reload(context: AppContext) throws {
        settings = try context.store.workloadSettings()
        if period == nil || period?.kind != settings.periodKind {
            period = WorkloadPeriod(containing: context.today, kind: settings.periodKind)
        }
        let tree = try context.store.registerTree()
        teams = tree.kommuner.filter(\.kommun.active).flatMap { k in
            k.enheter.filter(\.enhet.active).flatMap { e in
                e.teams.filter(\.team.active).map {
                    TeamChoice(id: $0.team.id, name: $0.team.name, enhetId: e.enhet.id, enhet: e.enhet.name, kommun: k.kommun.name,
                               staff: $0.activeStaffCount)
                }
            }
        }.filter { Self.covers($0, context.viewer) }
        table.selected = min(table.selected, max(0, teams.count - 1))
    }

    public mutating func update(_ message: Message, context: AppContext) -> Effect {
        let s = context.strings
        guard let current = period else { return .none }
        let team = teams.indices.contains(table.selected) ? teams[table.selected] : nil
        switch message {
        case .move(let key):
            _ = table.handle(key, rowCount: teams.count, pageSize: max(1, context.screenArea.height - 6))
        case .open:
            guard let team else { return .error(s["workload.home.noTeams"]) }
            return .push(WorkloadOverviewScreen(teamId: team.id, teamName: team.name, period: current))
        case .previousPeriod:
            period = current.previous
        case .nextPeriod:
            if let refusal = Effect.refusingNext(after: current, today: context.today, s) { return refusal }
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
            settingsEditor = WorkloadSettingsEditor(settings, strings: s)
        case .input(let event):
            guard settingsEditor.handle(event, context: context) != nil else { return .none }
            return Effect.reloading(s) { try reload(context: context) }.then(.status(s["workload.settings.saved"]))
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
        ], rowCount: shown.count, emptyText: context.viewer.seesEverything ? s["workload.home.noTeams"] : s["workload.home.noTeamsCovered"]) { index in
            let team = shown[index]
            return [team.name, team.enhet, team.kommun, String(team.staff)]
        }
        widget.headerStyle = theme.header
        widget.selectedStyle = theme.selected
        widget.render(into: &buffer, area: inner.inset(top: 3), state: table, focused: settingsEditor == nil)
        settingsEditor?.render(into: &buffer, area: area, context: context)
    }
}
