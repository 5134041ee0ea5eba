import TerminalKit
import VardagDomain
import VardagStore

/// Kunskapsspridning for a unit: its completed ladder steps against those spread, and its
/// spreading activities, those planned but not held first (overdue ones marked), then those
/// held; Enter records the selected one as held (date, how many took part, what changed).
struct CompetenceSpreadingTab: HostedTab, PagedList {
    enum Message: Sendable {
        case move(Key), stepUnit(forward: Bool), record
        /// A key or paste while the form is open.
        case input(Event)
    }

    var shared: CompetenceShared
    /// The people of the unit, for names and their completed steps.
    var roster = CompetenceRoster()
    /// The unit's activities: not held first (by planned day), then held (latest first).
    var activities: [SpreadingActivity] = []
    /// The course of each plan item an activity names, by id.
    var courses: [Int64: String] = [:]
    var summary = SpreadingSummary(completedSteps: 0, spreadSteps: 0, planned: 0, overdue: 0)
    var list = TableState()
    /// The unit the list was read for: another unit starts at its top.
    var listUnitId: Int64?
    /// The form, while open.
    var editor: SpreadingEditor?

    func tabTitle(_ context: AppContext) -> String { context.strings["competence.tab.spreading"] }

    var isEditingText: Bool { editor != nil }

    func inputMessage(for event: Event) -> Message? { .input(event) }

    func keyMap(_ context: AppContext) -> KeyMap<Message> {
        let s = context.strings
        return KeyMap(title: s["competence.title"], [
            KeyBinding([.enter, .char("e")], s["competence.key.recordSpreading"], .record, label: "Enter/e", hint: true),
        ] + CompetenceLayout.unitKeys(s) { .stepUnit(forward: $0) } + [
            ListKeys.binding(s["competence.key.move"]) { .move($0) },
        ])
    }

    mutating func update(_ message: Message, context: AppContext) -> Effect {
        switch message {
        case .move(let key):
            moveCursor(key, context: context)
            return .none
        case .stepUnit(let forward):
            guard shared.stepUnit(forward: forward) else { return .none }
            return Effect.reloading(context.strings) { try reload(context: context) }
        case .record:
            guard activities.indices.contains(list.selected) else { return .none }
            let activity = activities[list.selected]
            editor = SpreadingEditor(recording: activity, name: roster.name(of: activity.medarbetareId),
                                     what: what(activity, context.strings), strings: context.strings)
            return .none
        case .input(let event):
            guard let status = editor.handle(event, context: context) else { return .none }
            return Effect.reloaded(context.strings, status: status) { try reload(context: context) }
        }
    }

    mutating func reload(context: AppContext) throws {
        try shared.loadUnits(context)
        if listUnitId != shared.unit?.id { list = TableState() }
        listUnitId = shared.unit?.id
        roster = try CompetenceRoster.load(shared.unitScope, context: context)
        let people = Set(roster.rows.map(\.person.id))
        let all = try shared.unit.map { try context.store.competenceSpreading(.enhet($0.id)) }?
            .filter { people.contains($0.medarbetareId) } ?? []
        activities = Self.ordered(all)
        courses = Dictionary(try shared.unit.map { try context.store.competencePlanItems(.enhet($0.id)) }?
            .map { ($0.id, $0.course) } ?? []) { a, _ in a }
        summary = SpreadingSummary.summarise(
            completions: Dictionary(roster.rows.map { ($0.person.id, $0.person.mapping.completions) }) { a, _ in a },
            activities: all, today: context.today)
        keepCursor(context: context)
    }

    /// Not held first, by planned day; then held, the latest first.
    static func ordered(_ activities: [SpreadingActivity]) -> [SpreadingActivity] {
        let open = activities.filter { !$0.isHeld }.sorted { ($0.plannedOn, $0.id) < ($1.plannedOn, $1.id) }
        let held = activities.filter(\.isHeld).sorted { ($0.heldOn ?? $0.plannedOn, $0.id) > ($1.heldOn ?? $1.plannedOn, $1.id) }
        return open + held
    }

    /// What an activity spreads: "Steg 2 Name" or the course.
    func what(_ activity: SpreadingActivity, _ s: Strings) -> String {
        if let step = activity.step {
            let name = shared.unit.flatMap { roster.ladders[$0.omrade]?.step(step)?.name } ?? ""
            return s.format("competence.plan.step", step, name)
        }
        return activity.planItemId.flatMap { courses[$0] } ?? ""
    }

    mutating func sizeChanged(context: AppContext) { keepCursor(context: context) }

    var listRowCount: Int { activities.count }

    func listPageSize(_ context: AppContext) -> Int { max(1, CompetenceLayout.body(context).height - 3) }
}
