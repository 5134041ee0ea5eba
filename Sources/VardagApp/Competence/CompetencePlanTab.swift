import TerminalKit
import VardagDomain
import VardagStore

/// The development plan of a unit (or of one person) by quarter: add, correct, remove
/// (after asking) and step the status of plan items, each with its provider and cost, and
/// the unit's cost per quarter below.
struct CompetencePlanTab: HostedTab, PagedList {
    enum Message: Sendable {
        case move(Key), stepUnit(forward: Bool)
        case cycleStatus, addPlan, togglePersonFilter
        /// Correct or remove the selected plan item.
        case editPlan, removePlan
        /// Plan spreading of the selected finished item (kunskapsspridning).
        case spread
        /// Open the unit's spreading view.
        case openSpreadingView
        /// A key or paste while the plan form or the remove question is open.
        case input(Event)
    }

    var shared: CompetenceShared
    /// The people of the unit, for names and ladders.
    var roster = CompetenceRoster()
    var planItems: [PlanItem] = []
    /// The person whose items alone are shown, if any.
    var personFilter: Int64?
    var list = TableState()
    /// The unit the list was read for: another unit starts at its top, for everyone.
    var listUnitId: Int64?
    /// The plan form, while open.
    var editor: PlanItemEditor?
    /// The unit's spreading activities; those not held are listed below the plan.
    var spreading: [SpreadingActivity] = []
    /// The spreading form, while open.
    var spreadingEditor: SpreadingEditor?
    /// The question before a plan item is removed, while open.
    var removal: RemoveQuestion<PlanItem>?

    func tabTitle(_ context: AppContext) -> String { context.strings[CompetenceTab.plan.titleKey] }

    var isEditingText: Bool { editor != nil || removal != nil || spreadingEditor != nil }

    func inputMessage(for event: Event) -> Message? { .input(event) }

    func keyMap(_ context: AppContext) -> KeyMap<Message> {
        let s = context.strings
        if removal != nil {
            return RemoveQuestion<PlanItem>.keyMap(title: s["competence.removePlan.title"], yesHelp: s["competence.key.removePlanYes"],
                                                   noHelp: s["competence.key.removePlanNo"], strings: s) { .input($0) }
        }
        return KeyMap(title: s["competence.title"], [
            KeyBinding([.char("s")], s["competence.key.status"], .cycleStatus, label: "s", hint: true),
            KeyBinding([.char("n")], s["competence.key.addPlan"], .addPlan, label: "n", hint: true),
            KeyBinding([.char("f")], s["competence.key.personFilter"], .togglePersonFilter, label: "f", hint: true),
            KeyBinding([.enter, .char("e")], s["competence.key.editPlan"], .editPlan, label: "Enter/e"),
            KeyBinding([.char("x"), .delete], s["competence.key.removePlan"], .removePlan, label: "x"),
            KeyBinding([.char("r")], s["competence.key.spreadPlan"], .spread, label: "r"),
            KeyBinding([.char("S")], s["competence.key.spreadingView"], .openSpreadingView, label: "S"),
        ] + CompetenceLayout.unitKeys(s) { .stepUnit(forward: $0) } + [
            ListKeys.binding(s["competence.key.move"]) { .move($0) },
        ])
    }

    mutating func update(_ message: Message, context: AppContext) -> Effect {
        let s = context.strings
        switch message {
        case .move(let key):
            moveCursor(key, context: context)
        case .stepUnit(let forward):
            guard shared.stepUnit(forward: forward) else { return .none }
            return Effect.reloading(s) { try reload(context: context) }
        case .togglePersonFilter:
            if personFilter != nil {
                personFilter = nil
            } else {
                personFilter = gridPerson?.id
            }
            list = TableState()
            return Effect.reloading(s) { try reload(context: context) }
        case .addPlan:
            guard let person = selectedPerson else { return .error(s["competence.plan.noPerson"]) }
            editor = PlanItemEditor(newFor: person, today: context.today, strings: s)
        case .editPlan:
            guard let item = selectedItem else { return .none }
            editor = PlanItemEditor(correcting: item, name: roster.name(of: item.medarbetareId), strings: s)
        case .removePlan:
            guard let item = selectedItem else { return .none }
            let what = item.step.map { s.format("competence.removePlan.step", $0) } ?? item.course
            removal = RemoveQuestion(target: item, title: s["competence.removePlan.title"], message: s.format(
                "competence.removePlan.question", roster.name(of: item.medarbetareId), what, item.targetDate.iso))
        case .cycleStatus:
            return cycleStatus(context: context)
        case .spread:
            return openSpreading(context: context)
        case .openSpreadingView:
            return .push(CompetenceSpreadingScreen.make(shared))
        case .input(let event):
            if spreadingEditor != nil { return editSpreading(event, context: context) }
            return removal != nil ? answerRemoval(event, context: context) : edit(event, context: context)
        }
        return .none
    }

    /// Passes a key to the plan form; a saved item is shown with the cursor where it was.
    private mutating func edit(_ event: Event, context: AppContext) -> Effect {
        guard let status = editor.handle(event, context: context) else { return .none }
        return Effect.reloaded(context.strings, status: status) { try reload(context: context) }
    }

    /// Answers the question before a plan item is removed: yes removes it, no or Esc keeps it.
    private mutating func answerRemoval(_ event: Event, context: AppContext) -> Effect {
        let s = context.strings
        guard let question = removal, let yes = removal.answer(event, strings: s), yes else { return .none }
        do {
            try context.store.removeCompetencePlanItem(id: question.target.id)
        } catch {
            return .error(s.couldNotSave(error))
        }
        let status = s.format("competence.plan.removed", roster.name(of: question.target.medarbetareId))
        return Effect.reloaded(s, status: status) { try reload(context: context) }
    }

    /// Steps the selected item's status: planerad → pågår → klar → struken → planerad.
    private mutating func cycleStatus(context: AppContext) -> Effect {
        guard let item = selectedItem else { return .none }
        let all = PlanStatus.allCases
        let next = all[((all.firstIndex(of: item.status) ?? 0) + 1) % all.count]
        do {
            try context.store.setCompetencePlanStatus(id: item.id, status: next)
        } catch {
            return .error(context.strings.couldNotSave(error))
        }
        let status = context.strings.format("competence.plan.statusSet", CompetenceText.status(next, context.strings))
        return Effect.reloaded(context.strings, status: status) { try reload(context: context) }
    }

    mutating func reload(context: AppContext) throws {
        try shared.loadUnits(context)
        if listUnitId != shared.unit?.id {
            list = TableState()
            personFilter = nil
        }
        listUnitId = shared.unit?.id
        roster = try CompetenceRoster.load(shared.unitScope, context: context)
        let people = Set(roster.rows.map(\.person.id))
        planItems = try shared.unit.map { try context.store.competencePlanItems(.enhet($0.id)) }?.filter { people.contains($0.medarbetareId) } ?? []
        spreading = try shared.unit.map { try context.store.competenceSpreading(.enhet($0.id)) }?
            .filter { people.contains($0.medarbetareId) } ?? []
        if let id = shared.focusPlanItemId, let index = visibleItems.firstIndex(where: { $0.id == id }) { list.selected = index }
        shared.focusPlanItemId = nil
        keepCursor(context: context)
    }

    mutating func sizeChanged(context: AppContext) { keepCursor(context: context) }

    /// The items shown: the unit's, or the filtered person's.
    var visibleItems: [PlanItem] {
        guard let personFilter else { return planItems }
        return planItems.filter { $0.medarbetareId == personFilter }
    }

    var selectedItem: PlanItem? {
        let items = visibleItems
        return items.indices.contains(list.selected) ? items[list.selected] : nil
    }

    /// The person under the grid tab's cursor (its filters applied).
    private var gridPerson: CompetencePerson? {
        let rows = shared.filtered(roster.rows)
        return rows.indices.contains(shared.grid.row) ? rows[shared.grid.row].person : nil
    }

    /// Whom `n` adds an item for: the filtered person, else the selected item's, else the grid's.
    private var selectedPerson: CompetencePerson? {
        if let personFilter { return roster.rows.first { $0.person.id == personFilter }?.person }
        if let item = selectedItem { return roster.rows.first { $0.person.id == item.medarbetareId }?.person }
        return gridPerson
    }

    var listRowCount: Int { visibleItems.count }

    func listPageSize(_ context: AppContext) -> Int {
        max(1, splitSpreading(Self.split(CompetenceLayout.body(context), costRows: costSums.count).plan).plan.height - 1)
    }
}
