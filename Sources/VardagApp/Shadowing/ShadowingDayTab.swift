import TerminalKit
import VardagDomain
import VardagStore

/// Skuggning's day tab: the team's participants on one day, who is logged, and the
/// day-entry form.
struct ShadowingDayTab: ShadowingPage {
    enum Message: ShadowingPageMessage {
        case common(ShadowingCommon)
        /// A list key (↑↓ j k PgUp PgDn Home End) for the table.
        case move(Key)
        /// Another day, this many days away (←→ one, < > a week).
        case shift(days: Int)
        case today
        /// Enter: the selected participant's form for the day.
        case open
        /// `c`: the form filled from the participant's last logged day.
        case copyPrevious
    }

    static let kind = ShadowingTab.day
    var shared = ShadowingShared()
    var form: ShadowingFormEditor?
    /// The day-entry form, while open.
    var entry: ShadowingEntryEditor?
    /// The day shown; nil until the first load puts today (within the team's period) here.
    private(set) var date: LocalDate?
    var dayRows: [DayViewRow] = []
    var catalogue: [ShadowingTask] = []
    var table = TableState()
    var loadedTeamId: Int64?

    init(date: LocalDate? = nil) {
        self.date = date
    }

    var isDialogOpen: Bool { entry != nil }

    func keyMap(_ context: AppContext) -> KeyMap<Message> {
        let s = context.strings
        // Without a team there is no day to log: only setting one up, for whoever may.
        guard shared.team != nil else {
            let setUp = ShadowingAccess.setsUpTeams(context.viewer)
            return keyMap(title: s, viewer: context.viewer,
                          setUp ? [KeyBinding([.enter], s["shadowing.key.newTeam"], .open, label: "Enter", hint: true)] : [])
        }
        let back: Set<Key> = [.left, .char("h")]
        var b: [KeyBinding<Message>] = [
            KeyBinding([.enter], s["shadowing.key.log"], .open, label: "Enter", hint: true),
            KeyBinding([.char("c")], s["shadowing.key.copy"], .copyPrevious, label: "c", hint: true),
            KeyBinding([.left, .char("h"), .right, .char("l")], s["shadowing.key.day"], label: "←→", hint: true) {
                .shift(days: back.contains($0) ? -1 : 1)
            },
            KeyBinding([.left, .char("h")], s["shadowing.key.prevDay"], .shift(days: -1), label: "←/h"),
            KeyBinding([.right, .char("l")], s["shadowing.key.nextDay"], .shift(days: 1), label: "→/l"),
            KeyBinding([.char("<")], s["shadowing.key.prevWeek"], .shift(days: -7), label: "<"),
            KeyBinding([.char(">")], s["shadowing.key.nextWeek"], .shift(days: 7), label: ">"),
            KeyBinding([.char("i")], s["shadowing.key.today"], .today, label: "i"),
        ]
        // The keys of the form Enter opens, so the help overlay shows them too; they have
        // no keys here, and what they name is done by the form.
        let inForm = s["shadowing.key.inForm"]
        b += [("formAdd", "Enter"), ("formJudgement", "Space ←→"), ("formStaff", "←→"), ("formRemove", "Del"), ("formCopy", "Ctrl-Y"),
              ("formFields", "Tab"), ("formClose", "Esc")].map { key, label in
            KeyBinding([], s["shadowing.key.\(key)"], .open, label: inForm + " " + label)
        }
        return keyMap(title: s, viewer: context.viewer, b,
                      list: ListKeys.bindings(rowHelp: s["shadowing.key.move"], pageHelp: s["shadowing.key.page"]) { .move($0) })
    }

    mutating func update(_ message: Message, context: AppContext) -> Effect {
        if case .common(let common) = message { return updateCommon(common, context: context) }
        guard let team = shared.team else {
            if case .open = message { return openTeamForm(nil, supervisors: [], context: context) }
            return .none
        }
        switch message {
        case .common: return .none
        case .move(let key):
            _ = table.handle(key, rowCount: dayRows.count, pageSize: ShadowingLayout.pageSize(context))
            return .none
        case .shift(let days):
            guard let current = date else { return .none }
            return show(current.adding(days: days), team: team, context: context)
        case .today:
            return show(context.today, team: team, context: context)
        case .open:
            return openEntry(copy: false, team: team, context: context)
        case .copyPrevious:
            return openEntry(copy: true, team: team, context: context)
        }
    }

    /// Turns to a day, and says so at once when it lies outside the team's period, where no day can be logged.
    private mutating func show(_ day: LocalDate, team: ShadowingTeam, context: AppContext) -> Effect {
        date = day
        let effect = reloaded(context)
        guard !team.period.contains(day) else { return effect }
        return effect.then(.error(context.strings.format("shadowing.dayOutside", team.startDate.iso, team.endDate.iso)))
    }

    private mutating func openEntry(copy: Bool, team: ShadowingTeam, context: AppContext) -> Effect {
        let s = context.strings
        guard let date, dayRows.indices.contains(table.selected) else { return .none }
        let row = dayRows[table.selected]
        // A day the store would refuse is refused now, before anything is typed (an
        // entry already stored there stays open for reading and correcting).
        if row.entry == nil, let problem = ShadowingRules.dayProblem(on: date, period: team.period, participant: row.participant) {
            return .error(s.format("shadowing.dayRefused", ShadowingText.problem(problem, s)))
        }
        // The host team's staff to name the one shadowed; a viewer who may not read them names none.
        let staff = ((try? context.store.medarbetare(teamId: team.hostTeamId)) ?? [])
            .map { ShadowingEntryEditor.StaffChoice(id: $0.id, name: $0.name) }
        var editor = ShadowingEntryEditor(teamId: team.id, participant: row.participant, date: date, period: team.period,
                                          tasks: catalogue, hostStaff: staff, existing: row.entry, strings: s)
        if copy {
            do {
                guard try editor.copyPreviousDay(store: context.store, strings: s) else {
                    return .error(s.format("shadowing.noPrevious", row.participant.name))
                }
            } catch {
                return .error(s.couldNotRead(error))
            }
            // A copy is where the user starts, not typing of hers: Esc still closes at once.
            editor.markUnchanged()
        }
        entry = editor
        return .none
    }

    mutating func updateDialog(_ event: Event, context: AppContext) -> Effect {
        let name = entry?.participant.name ?? ""
        guard let saved = entry.handle(event, context: context) else { return .none }
        let s = context.strings
        let effect = Effect.status(s.format("shadowing.saved", name, saved.date.iso, saved.tasks.count, saved.totalMinutes))
            .then(reloaded(context))
        // On to the next participant, who is likely the next to log.
        if let i = dayRows.firstIndex(where: { $0.participant.id == saved.participantId }) {
            table.select(min(i + 1, dayRows.count - 1), rowCount: dayRows.count, pageSize: ShadowingLayout.pageSize(context))
        }
        return effect
    }

    mutating func load(team: ShadowingTeam, context: AppContext) throws {
        catalogue = try context.store.shadowingTasks()
        if date == nil { date = min(max(context.today, team.startDate), team.endDate) }
        if let date { dayRows = try context.store.dayView(teamId: team.id, date: date) }
        if let id = shared.focusRowId, let index = dayRows.firstIndex(where: { $0.participant.id == id }) {
            table.select(index, rowCount: dayRows.count, pageSize: ShadowingLayout.pageSize(context))
        }
        shared.focusRowId = nil
        if table.selected >= dayRows.count { table.selected = max(0, dayRows.count - 1) }
    }

    mutating func teamChanged() { table = TableState() }
}
