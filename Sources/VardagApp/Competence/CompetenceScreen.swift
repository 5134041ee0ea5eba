import TerminalKit
import VardagDomain
import VardagStore

/// Kompetenstrappa: the competence grid of a unit, gaps (managers first), development
/// plans by quarter, the comparison across kommuner, titles with their requirements and
/// the five-step ladders.
///
/// The grid keeps the unit's people with their assessment computed on reload, so a key
/// press only moves the cursor and draws the rows on screen.
public struct CompetenceScreen: Screen {
    public enum Message: Sendable {
        case nextTab, previousTab, move(Key)
        case toggleDone, markValidated, planStep, editMapping, nextUnit, previousUnit, cycleTitleFilter, cycleManagerFilter
        case cycleStatus, togglePersonFilter, addPlan, toggleScope
        case moreThreshold, lessThreshold
        case cycleEducation, morePoints, lessPoints, toggleCertificate
        case editStep
        /// A key while the grid asks before unmarking a completed step.
        case answerUndo(Key)
        /// Correct or remove the selected plan item.
        case editPlan, removePlan
        /// A key while the plan asks before removing an item.
        case answerRemovePlan(Key)
        /// A key while the comparison asks before the small-group threshold changes.
        case answerThreshold(Key)
        case openKommunPicker, pickerMove(Key), pickerToggle, pickerApply, pickerCancel
        /// A key or paste while a form has focus.
        case input(Event)
    }

    public internal(set) var tab: CompetenceTab
    var units: [CompetenceUnit] = []
    var unitIndex = 0
    var titles: [CompetenceTitle] = []
    var ladders: [Verksamhetsomrade: Ladder] = [:]
    /// All people of the unit (or kommun, in the gap view's kommun scope), managers first.
    var allRows: [CompetenceRow] = []
    /// `allRows` after the title and manager filters.
    var rows: [CompetenceRow] = []
    var grid = GridState()
    var list = TableState()
    var titleFilter: Int64?
    var managerFilter = ManagerFilter.all
    var gapsForKommun = false
    var planItems: [PlanItem] = []
    var personFilter: Int64?
    var comparison: CompetenceComparison?
    var kommunOffset = 0
    /// The kommuner the comparison shows; nil for all active ones.
    var chosenKommuner: Set<Int64>?
    /// The checklist choosing `chosenKommuner`, while open.
    var kommunPicker: KommunPicker?
    var transitionRows: [CompetenceRow] = []
    var ladderArea = Verksamhetsomrade.funktionshinder
    var editor: CompetenceEditor?
    /// The question before a completed step is unmarked, while open.
    var undoQuestion: UndoStepQuestion?
    /// The question before a plan item is removed, while open.
    var planRemoval: RemoveQuestion<PlanItem>?
    /// The question before the small-group threshold changes, while open.
    var thresholdQuestion: ThresholdQuestion?
    /// Grid labels and symbols kept between frames (see `GridTextCache`).
    let gridText = GridTextCache()

    /// Opens the screen.
    /// - Parameters:
    ///   - tab: the first view.
    ///   - enhetId: the unit to show first, if any.
    public init(tab: CompetenceTab = .grid, enhetId: Int64? = nil) {
        self.tab = tab
        self.initialEnhetId = enhetId
    }

    let initialEnhetId: Int64?
    var chosenFirstUnit = false

    public func title(_ context: AppContext) -> String { context.strings["competence.title"] }

    public var isEditingText: Bool { editor != nil || undoQuestion != nil || planRemoval != nil || thresholdQuestion != nil }

    var unit: CompetenceUnit? { units.indices.contains(unitIndex) ? units[unitIndex] : nil }

    // MARK: Keys

    public func keyMap(_ context: AppContext) -> KeyMap<Message> {
        let s = context.strings
        var bindings: [KeyBinding<Message>] = []
        let unitKeys: [KeyBinding<Message>] = [
            KeyBinding([.char("u")], s["competence.key.nextUnit"], .nextUnit, label: "u", hint: true),
            KeyBinding([.char("U")], s["competence.key.previousUnit"], .previousUnit, label: "U"),
        ]
        let yes = s["form.discard.yesKey"].first ?? "j"
        if undoQuestion != nil {
            return KeyMap(title: s["competence.undo.title"], [
                KeyBinding([.char(yes)], s["competence.key.undoYes"], .answerUndo(.char(yes)), label: String(yes), hint: true),
                KeyBinding([.char("n"), .escape], s["competence.key.undoNo"], .answerUndo(.char("n")), label: "n/Esc", hint: true),
            ])
        }
        if thresholdQuestion != nil {
            return KeyMap(title: s["competence.threshold.title"], [
                KeyBinding([.char(yes)], s["competence.key.thresholdYes"], .answerThreshold(.char(yes)), label: String(yes), hint: true),
                KeyBinding([.char("n"), .escape], s["competence.key.thresholdNo"], .answerThreshold(.char("n")), label: "n/Esc", hint: true),
            ])
        }
        if planRemoval != nil {
            return KeyMap(title: s["competence.removePlan.title"], [
                KeyBinding([.char(yes)], s["competence.key.removePlanYes"], .answerRemovePlan(.char(yes)), label: String(yes), hint: true),
                KeyBinding([.char("n"), .escape], s["competence.key.removePlanNo"], .answerRemovePlan(.char("n")), label: "n/Esc", hint: true),
            ])
        }
        switch tab {
        case .grid:
            bindings = [
                KeyBinding([.enter, .char(" ")], s["competence.key.toggleDone"], .toggleDone, label: "Enter", hint: true),
                KeyBinding([.char("v")], s["competence.key.validated"], .markValidated, label: "v"),
                KeyBinding([.char("p")], s["competence.key.planStep"], .planStep, label: "p", hint: true),
                KeyBinding([.char("m")], s["competence.key.editMapping"], .editMapping, label: "m", hint: true),
            ] + unitKeys + [
                KeyBinding([.char("t")], s["competence.key.titleFilter"], .cycleTitleFilter, label: "t", hint: true),
                KeyBinding([.char("c")], s["competence.key.managerFilter"], .cycleManagerFilter, label: "c"),
                KeyBinding([.up, .down, .left, .right], s["competence.key.moveCell"], .move(.down), label: "↑↓←→"),
            ]
        case .gaps:
            bindings = unitKeys + [
                KeyBinding([.char("k")], s["competence.key.scope"], .toggleScope, label: "k", hint: true),
                KeyBinding([.up, .down], s["competence.key.move"], .move(.down), label: "↑↓"),
            ]
        case .plan:
            bindings = [
                KeyBinding([.char("s")], s["competence.key.status"], .cycleStatus, label: "s", hint: true),
                KeyBinding([.char("n")], s["competence.key.addPlan"], .addPlan, label: "n", hint: true),
                KeyBinding([.char("f")], s["competence.key.personFilter"], .togglePersonFilter, label: "f", hint: true),
                KeyBinding([.enter, .char("e")], s["competence.key.editPlan"], .editPlan, label: "Enter/e"),
                KeyBinding([.char("x"), .delete], s["competence.key.removePlan"], .removePlan, label: "x"),
            ] + unitKeys + [
                KeyBinding([.up, .down], s["competence.key.move"], .move(.down), label: "↑↓"),
            ]
        case .comparison where kommunPicker != nil:
            bindings = [
                KeyBinding([.up, .down], s["competence.key.pickerMove"], .pickerMove(.down), label: "↑↓", hint: true),
                KeyBinding([.char(" ")], s["competence.key.pickerToggle"], .pickerToggle, label: "Space", hint: true),
                KeyBinding([.enter], s["competence.key.pickerApply"], .pickerApply, label: "Enter", hint: true),
                KeyBinding([.escape], s["competence.key.pickerCancel"], .pickerCancel, label: "Esc", hint: true),
            ]
            return KeyMap(title: s["competence.picker.title"], bindings)
        case .comparison:
            bindings = [
                KeyBinding([.char("v")], s["competence.key.chooseKommuner"], .openKommunPicker, label: "v", hint: true),
                KeyBinding([.char("+")], s["competence.key.moreThreshold"], .moreThreshold, label: "+", hint: true),
                KeyBinding([.char("-")], s["competence.key.lessThreshold"], .lessThreshold, label: "-", hint: true),
                KeyBinding([.up, .down], s["competence.key.move"], .move(.down), label: "↑↓"),
                KeyBinding([.left, .right], s["competence.key.scrollKommuner"], .move(.right), label: "←→"),
            ]
        case .titles:
            bindings = [
                KeyBinding([.char("e")], s["competence.key.education"], .cycleEducation, label: "e", hint: true),
                KeyBinding([.char("+")], s["competence.key.morePoints"], .morePoints, label: "+", hint: true),
                KeyBinding([.char("-")], s["competence.key.lessPoints"], .lessPoints, label: "-"),
                KeyBinding([.char("b")], s["competence.key.certificate"], .toggleCertificate, label: "b", hint: true),
                KeyBinding([.up, .down], s["competence.key.move"], .move(.down), label: "↑↓"),
            ]
        case .ladders:
            bindings = [
                KeyBinding([.enter, .char("e")], s["competence.key.editStep"], .editStep, label: "Enter", hint: true),
                KeyBinding([.left, .right], s["competence.key.area"], .move(.right), label: "←→", hint: true),
                KeyBinding([.up, .down], s["competence.key.move"], .move(.down), label: "↑↓"),
            ]
        }
        bindings += [
            KeyBinding([.tab], s["competence.key.tab"], .nextTab, label: "Tab", hint: true),
            KeyBinding([.backTab], s["competence.key.prevTab"], .previousTab, label: "Shift-Tab"),
        ]
        return KeyMap(title: s["competence.title"], bindings)
    }

    public func message(for event: Event, context: AppContext) -> Message? {
        if editor != nil {
            switch event {
            case .key, .paste: return .input(event)
            default: return nil
            }
        }
        guard case .key(let key) = event else { return nil }
        if undoQuestion != nil { return .answerUndo(key) }
        if planRemoval != nil { return .answerRemovePlan(key) }
        if thresholdQuestion != nil { return .answerThreshold(key) }
        if kommunPicker != nil {
            switch key {
            case .up, .down, .pageUp, .pageDown, .home, .end: return .pickerMove(key)
            case .char("j"): return .pickerMove(.down)
            case .char("k"): return .pickerMove(.up)
            default: return keyMap(context).action(for: key)
            }
        }
        switch key {
        case .up, .down, .pageUp, .pageDown, .home, .end: return .move(key)
        case .left, .right: return .move(key)
        case .char("j") where tab != .gaps: return .move(.down)
        case .char("k") where tab != .gaps: return .move(.up)
        default: return keyMap(context).action(for: key)
        }
    }

    // MARK: Update

    public mutating func update(_ message: Message, context: AppContext) -> Effect {
        switch message {
        case .nextTab, .previousTab:
            let step = { if case .nextTab = message { return 1 } else { return -1 } }()
            tab = CompetenceTab(rawValue: TabBar.step(tab.rawValue, by: step, count: CompetenceTab.allCases.count)) ?? .grid
            list = TableState()
            reload(context: context)
        case .move(let key):
            move(key, context: context)
        case .nextUnit, .previousUnit:
            guard !units.isEmpty else { return .none }
            let step = { if case .nextUnit = message { return 1 } else { return -1 } }()
            unitIndex = TabBar.step(unitIndex, by: step, count: units.count)
            grid = GridState()
            list = TableState()
            personFilter = nil
            reload(context: context)
        case .cycleTitleFilter:
            let present = Set(allRows.compactMap { $0.title?.id })
            let options: [Int64?] = [nil] + titles.filter { present.contains($0.id) }.map(\.id)
            let index = options.firstIndex { $0 == titleFilter } ?? 0
            titleFilter = options[(index + 1) % options.count]
            applyFilters(context)
        case .cycleManagerFilter:
            managerFilter = ManagerFilter(rawValue: (managerFilter.rawValue + 1) % ManagerFilter.allCases.count) ?? .all
            applyFilters(context)
        case .toggleScope:
            gapsForKommun.toggle()
            list = TableState()
            reload(context: context)
        case .toggleDone, .markValidated, .planStep:
            return changeCell(message, context: context)
        case .cycleStatus:
            return cyclePlanStatus(context: context)
        case .togglePersonFilter:
            if personFilter != nil { personFilter = nil } else if rows.indices.contains(grid.row) { personFilter = rows[grid.row].person.id }
            list = TableState()
            reload(context: context)
        case .addPlan:
            guard let person = selectedPlanPerson() else { return .error(context.strings["competence.plan.noPerson"]) }
            editor = .plan(for: person, today: context.today, strings: context.strings)
        case .moreThreshold, .lessThreshold:
            guard let current = comparison?.suppression.threshold else { return .none }
            let next = current + ({ if case .moreThreshold = message { return 1 } else { return -1 } }())
            // The domain's range decides; asking comes only after it allows the value.
            guard (try? SmallGroupSuppression(threshold: next)) != nil else {
                return .error(context.strings.format("competence.threshold.invalid", next,
                                                     SmallGroupSuppression.minimumThreshold, SmallGroupSuppression.maximumThreshold))
            }
            thresholdQuestion = ThresholdQuestion(from: current, to: next)
        case .answerThreshold(let key):
            return answerThreshold(key, context: context)
        case .cycleEducation, .morePoints, .lessPoints, .toggleCertificate:
            return editTitle(message, context: context)
        case .editMapping:
            guard rows.indices.contains(grid.row), !titles.isEmpty else { return .none }
            editor = .mapping(for: rows[grid.row].person, titles: titles, strings: context.strings)
        case .editStep:
            guard let ladder = ladders[ladderArea], let step = ladder.step(list.selected + 1) else { return .none }
            editor = .step(step, omrade: ladderArea, strings: context.strings)
        case .input(let event):
            return handleEditorInput(event, context: context)
        case .answerUndo(let key):
            return answerUndo(key, context: context)
        case .editPlan:
            let items = visiblePlanItems
            guard items.indices.contains(list.selected) else { return .none }
            let item = items[list.selected]
            editor = .editPlan(item, name: planPersonName(item), strings: context.strings)
        case .removePlan:
            let items = visiblePlanItems
            guard items.indices.contains(list.selected) else { return .none }
            let item = items[list.selected]
            let s = context.strings
            let what = item.step.map { s.format("competence.removePlan.step", $0) } ?? item.course
            planRemoval = RemoveQuestion(target: item, title: s["competence.removePlan.title"],
                                         message: s.format("competence.removePlan.question", planPersonName(item), what, item.targetDate.iso))
        case .answerRemovePlan(let key):
            return answerRemovePlan(key, context: context)
        case .openKommunPicker, .pickerMove, .pickerToggle, .pickerApply, .pickerCancel:
            return updateKommunPicker(message, context: context)
        }
        return .none
    }

    private mutating func move(_ key: Key, context: AppContext) {
        let page = pageSize(context)
        switch tab {
        case .grid:
            _ = grid.handle(key, rowCount: rows.count, columnCount: Requirement.all.count, pageSize: page)
        case .comparison where key == .left || key == .right:
            let count = comparison?.kommuner.count ?? 0
            kommunOffset = max(0, min(kommunOffset + (key == .right ? 1 : -1), max(0, count - 1)))
        case .ladders where key == .left || key == .right:
            let areas = Self.ladderAreas
            let index = areas.firstIndex(of: ladderArea) ?? 0
            ladderArea = areas[TabBar.step(index, by: key == .right ? 1 : -1, count: areas.count)]
        default:
            _ = list.handle(key, rowCount: listCount, pageSize: page)
        }
    }

    static let ladderAreas: [Verksamhetsomrade] = [.funktionshinder, .socialpsykiatri, .vardOchOmsorg]

    /// Marks, unmarks or plans the selected step for the selected person.
    private mutating func changeCell(_ message: Message, context: AppContext) -> Effect {
        let s = context.strings
        guard rows.indices.contains(grid.row) else { return .none }
        let row = rows[grid.row]
        guard case .step(let step) = Requirement.all[grid.column] else {
            return .error(s["competence.grid.onlySteps"])
        }
        guard row.person.hasLadder else { return .error(s["competence.grid.noLadder"]) }
        let status = row.status(grid.column)
        do {
            switch message {
            case .planStep:
                guard status == .missing else { return .error(s["competence.grid.planOnlyMissing"]) }
                let target = Self.endOfNextQuarter(context.today)
                try context.store.addCompetencePlanItem(medarbetareId: row.person.id, step: step, course: "", targetDate: target)
                reloadKeepingCursor(context)
                return .status(s.format("competence.grid.planned", row.person.name, step, target.iso))
            case .toggleDone where status == .done:
                // Removing a completion loses its date: ask first (answered in `answerUndo`).
                undoQuestion = UndoStepQuestion(medarbetareId: row.person.id, name: row.person.name, step: step,
                                                date: row.person.mapping.completion(of: step)?.date)
                return .none
            default:
                let validering = { if case .markValidated = message { return true } else { return false } }()
                try context.store.markCompetenceStepDone(medarbetareId: row.person.id, step: step, date: context.today, validering: validering)
                reloadKeepingCursor(context)
                return .status(s.format(validering ? "competence.grid.validated" : "competence.grid.done", row.person.name, step, context.today.iso))
            }
        } catch let error as CompetenceError {
            switch error {
            case .stepOutOfOrder(let step, let missing): return .error(s.format("competence.error.order", step, missing))
            default: return .error(s.couldNotSave(error))
            }
        } catch {
            return .error(s.couldNotSave(error))
        }
    }

    /// Answers the question before a completed step is unmarked: yes removes the mark,
    /// no or Esc keeps it.
    private mutating func answerUndo(_ key: Key, context: AppContext) -> Effect {
        guard var question = undoQuestion else { return .none }
        let s = context.strings
        guard let outcome = question.dialog(s).handle(key, state: &question.state) else {
            undoQuestion = question
            return .none
        }
        undoQuestion = nil
        guard outcome == .confirmed else { return .none }
        do {
            try context.store.unmarkCompetenceStep(medarbetareId: question.medarbetareId, step: question.step)
        } catch {
            return .error(s.couldNotSave(error))
        }
        reloadKeepingCursor(context)
        return .status(s.format("competence.grid.undone", question.name, question.step))
    }

    /// Answers the question before the threshold changes: yes stores it (audited with the
    /// old and new value), no or Esc keeps it.
    private mutating func answerThreshold(_ key: Key, context: AppContext) -> Effect {
        guard var question = thresholdQuestion else { return .none }
        let s = context.strings
        guard let outcome = question.dialog(s).handle(key, state: &question.state) else {
            thresholdQuestion = question
            return .none
        }
        thresholdQuestion = nil
        guard outcome == .confirmed else { return .status(s.format("competence.threshold.kept", question.from)) }
        do {
            try context.store.setCompetenceSuppressionThreshold(question.to)
        } catch {
            return .error(s.couldNotSave(error))
        }
        reload(context: context)
        return .status(s.format("competence.threshold.set", question.to))
    }

    private func planPersonName(_ item: PlanItem) -> String {
        allRows.first { $0.person.id == item.medarbetareId }?.person.name ?? ""
    }

    /// Answers the question before a plan item is removed: yes removes it, no or Esc keeps it.
    private mutating func answerRemovePlan(_ key: Key, context: AppContext) -> Effect {
        guard var question = planRemoval else { return .none }
        let s = context.strings
        guard let yes = question.answer(key, strings: s) else {
            planRemoval = question
            return .none
        }
        planRemoval = nil
        guard yes else { return .none }
        do {
            try context.store.removeCompetencePlanItem(id: question.target.id)
        } catch {
            return .error(s.couldNotSave(error))
        }
        let selected = list.selected
        reload(context: context)
        list.select(selected, rowCount: listCount, pageSize: pageSize(context))
        return .status(s.format("competence.plan.removed", planPersonName(question.target)))
    }

    /// The last day of the quarter after today's: a plan's default target date.
    static func endOfNextQuarter(_ today: LocalDate) -> LocalDate {
        let next = Quarter(today).next
        let month = next.number * 3
        return (try? LocalDate(year: next.year, month: month, day: LocalDate.daysInMonth(year: next.year, month: month))) ?? today
    }

    private mutating func cyclePlanStatus(context: AppContext) -> Effect {
        let items = visiblePlanItems
        guard items.indices.contains(list.selected) else { return .none }
        let item = items[list.selected]
        let all = PlanStatus.allCases
        let next = all[((all.firstIndex(of: item.status) ?? 0) + 1) % all.count]
        do {
            try context.store.setCompetencePlanStatus(id: item.id, status: next)
        } catch {
            return .error(context.strings.couldNotSave(error))
        }
        let selected = list.selected
        reload(context: context)
        list.select(selected, rowCount: listCount, pageSize: pageSize(context))
        return .status(context.strings.format("competence.plan.statusSet", CompetenceText.status(next, context.strings)))
    }

    private mutating func editTitle(_ message: Message, context: AppContext) -> Effect {
        guard titles.indices.contains(list.selected) else { return .none }
        var title = titles[list.selected]
        switch message {
        case .cycleEducation:
            let all = EducationKind.allCases
            title.educationKind = all[((all.firstIndex(of: title.educationKind) ?? 0) + 1) % all.count]
            if title.educationKind != .gymnasial { title.points = 0 }
        case .morePoints: title.points = min(5000, title.points + 100)
        case .lessPoints: title.points = max(0, title.points - 100)
        case .toggleCertificate: title.certificateRequired.toggle()
        default: return .none
        }
        do {
            try context.store.updateCompetenceTitle(id: title.id, educationKind: title.educationKind, points: title.points,
                                                    certificateRequired: title.certificateRequired)
        } catch {
            return .error(context.strings.couldNotSave(error))
        }
        let selected = list.selected
        reload(context: context)
        list.select(selected, rowCount: listCount, pageSize: pageSize(context))
        return .status(context.strings.format("competence.titles.saved", title.name))
    }

    private mutating func handleEditorInput(_ event: Event, context: AppContext) -> Effect {
        guard var current = editor else { return .none }
        if current.question != nil {
            guard case .key(let key) = event else { return .none }
            let saveNow = current.answerQuestion(key, strings: context.strings)
            editor = current
            if !saveNow { return .none }
            return handleEditorInput(.key(.enter), context: context)
        }
        switch current.form.closeDecision(for: event, strings: context.strings) {
        case .close: editor = nil; return .none
        case .stay: editor = current; return .none
        case .pass: break
        }
        if case .key(.enter) = event {
            if PersonnummerGuard.holds(&current.form, strings: context.strings) { editor = current; return .none }
            if let status = current.save(to: context.store, today: context.today, strings: context.strings) {
                editor = nil
                let selected = list.selected
                reload(context: context)
                list.select(selected, rowCount: listCount, pageSize: pageSize(context))
                return .status(status)
            }
            editor = current
            return .none
        }
        _ = current.form.handle(event)
        editor = current
        return .none
    }

    private func selectedPlanPerson() -> CompetencePerson? {
        if let personFilter { return allRows.first { $0.person.id == personFilter }?.person }
        let items = visiblePlanItems
        if items.indices.contains(list.selected) {
            return allRows.first { $0.person.id == items[list.selected].medarbetareId }?.person
        }
        return rows.indices.contains(grid.row) ? rows[grid.row].person : nil
    }

    // MARK: Data

    public mutating func reload(context: AppContext) {
        let store = context.store
        units = (try? store.competenceUnits()) ?? []
        if !chosenFirstUnit {
            // Open on the requested unit, else on the first unit that has a ladder.
            chosenFirstUnit = true
            unitIndex = units.firstIndex { $0.id == initialEnhetId } ?? units.firstIndex { $0.omrade != .ifo } ?? 0
        }
        unitIndex = min(unitIndex, max(0, units.count - 1))
        titles = (try? store.competenceTitles()) ?? []
        ladders = (try? store.competenceLadders()) ?? [:]
        let scope: CompetenceScope
        if tab == .gaps && gapsForKommun, let unit { scope = .kommun(unit.kommunId) } else if let unit { scope = .enhet(unit.id) } else { scope = .enhet(-1) }
        allRows = ((try? store.competencePeople(scope)) ?? []).map { assess($0, today: context.today) }
        applyFilters(context)
        switch tab {
        case .plan:
            planItems = unit.flatMap { try? store.competencePlanItems(.enhet($0.id)) } ?? []
        case .comparison:
            comparison = try? store.competenceComparison(kommunIds: chosenKommuner.map { Array($0) })
        case .titles:
            transitionRows = ((try? store.competencePeople(.all)) ?? []).map { assess($0, today: context.today) }
                .filter { if case .transition? = $0.assessment.standing { return true } else { return false } }
        default:
            break
        }
        list.select(list.selected, rowCount: listCount, pageSize: pageSize(context))
    }

    private mutating func reloadKeepingCursor(_ context: AppContext) {
        let saved = grid
        reload(context: context)
        grid = saved
        grid.clamp(rowCount: rows.count, columnCount: Requirement.all.count, pageSize: pageSize(context))
    }

    func assess(_ person: CompetencePerson, today: LocalDate) -> CompetenceRow {
        let title = person.mapping.titleId.flatMap { id in titles.first { $0.id == id } }
        return CompetenceRow(person: person, title: title, assessment: CompetenceAssessment.assess(
            mapping: person.mapping, title: title, hasLadder: ladders[person.omrade] != nil,
            plannedSteps: person.plannedSteps, today: today))
    }

    private mutating func applyFilters(_ context: AppContext) {
        rows = allRows.filter { row in
            if let titleFilter, row.title?.id != titleFilter { return false }
            switch managerFilter {
            case .all: return true
            case .managers: return row.person.isManager
            case .others: return !row.person.isManager
            }
        }
        grid.clamp(rowCount: rows.count, columnCount: Requirement.all.count, pageSize: pageSize(context))
    }

    var visiblePlanItems: [PlanItem] {
        guard let personFilter else { return planItems }
        return planItems.filter { $0.medarbetareId == personFilter }
    }

    var gapRows: [CompetenceRow] { allRows.filter { !$0.assessment.gaps.isEmpty } }

    var listCount: Int {
        switch tab {
        case .grid: return rows.count
        case .gaps: return gapRows.count
        case .plan: return visiblePlanItems.count
        case .comparison: return comparison?.rows.count ?? 0
        case .titles: return titles.count
        case .ladders: return Ladder.stepCount
        }
    }

    func pageSize(_ context: AppContext) -> Int {
        max(1, bodyHeight(Self.layout(context.screenArea).body))
    }

    /// Rows of data in the body area for the current tab.
    func bodyHeight(_ body: Rect) -> Int {
        switch tab {
        case .grid: return body.height - 2
        case .gaps: return Self.gapSplit(body).people.height - 1
        case .comparison: return Self.comparisonSplit(body, kommuner: comparison?.kommuner.count ?? 0).table.height - 1
        case .titles: return Self.titlesSplit(body).titles.height - 1
        default: return body.height - 1
        }
    }

    // MARK: Render

    /// Tab bar, info line, body.
    static func layout(_ area: Rect) -> (tabs: Rect, info: Rect, body: Rect) {
        let (tabs, rest) = area.splitTop(1)
        let (info, body) = rest.inset(top: 1).splitTop(1)
        return (tabs, info, body.inset(top: 1, left: 1, right: 1))
    }

    public func render(into buffer: inout Buffer, area: Rect, context: AppContext) {
        let s = context.strings
        let parts = Self.layout(area)
        var tabs = TabBar(titles: CompetenceTab.allCases.map { s[$0.titleKey] }, selected: tab.rawValue)
        tabs.selectedStyle = context.theme.selected
        tabs.render(into: &buffer, area: parts.tabs.inset(left: 1))
        buffer.put(infoLine(context), x: parts.info.x + 1, y: parts.info.y, maxWidth: parts.info.width - 2, style: context.theme.dim)
        switch tab {
        case .grid: renderGrid(into: &buffer, area: parts.body, context: context)
        case .gaps: renderGaps(into: &buffer, area: parts.body, context: context)
        case .plan: renderPlan(into: &buffer, area: parts.body, context: context)
        case .comparison: renderComparison(into: &buffer, area: parts.body, context: context)
        case .titles: renderTitles(into: &buffer, area: parts.body, context: context)
        case .ladders: renderLadders(into: &buffer, area: parts.body, context: context)
        }
        editor?.render(into: &buffer, area: area, context: context)
        if let undoQuestion { undoQuestion.dialog(s).render(into: &buffer, area: area, state: undoQuestion.state) }
        planRemoval?.render(into: &buffer, area: area, strings: s)
        if let thresholdQuestion { thresholdQuestion.dialog(s).render(into: &buffer, area: area, state: thresholdQuestion.state) }
        if tab == .comparison { kommunPicker?.render(into: &buffer, area: area, context: context) }
    }

    private func infoLine(_ context: AppContext) -> String {
        let s = context.strings
        let unitText = unit.map { "\($0.kommunName) › \($0.name) (\(CompetenceText.omrade($0.omrade, s)))" } ?? s["competence.noUnits"]
        switch tab {
        case .grid:
            var parts = [unitText, s.format("competence.count", rows.count, allRows.count)]
            if let titleFilter, let title = titles.first(where: { $0.id == titleFilter }) { parts.append(s.format("competence.filter.title", title.name)) }
            if managerFilter != .all { parts.append(s[managerFilter.titleKey]) }
            return parts.joined(separator: " · ")
        case .gaps:
            let scopeText = gapsForKommun ? s.format("competence.gaps.kommunScope", unit?.kommunName ?? "") : unitText
            return scopeText + " · " + s.format("competence.gaps.count", gapRows.count, allRows.count)
        case .plan:
            let who = personFilter.flatMap { id in allRows.first { $0.person.id == id }?.person.name }
            return unitText + (who.map { " · " + s.format("competence.plan.person", $0) } ?? "")
        case .comparison:
            return s.format("competence.comparison.info", comparison?.kommuner.count ?? 0, comparison?.suppression.threshold ?? 5)
        case .titles:
            return s.format("competence.titles.info", ProtectedTitleRule.transitionEnds.iso)
        case .ladders:
            return s.format("competence.ladders.info", CompetenceText.omrade(ladderArea, s))
        }
    }
}
