import TerminalKit
import VardagDomain
import VardagStore

/// One worker's four-field grid for a period: her cases as labels in lätt, tidskrävande,
/// svår and tung; keys move the selection, change time and difficulty (the case moves at
/// once), set the overall self-rating, copy last period forward, add, edit and decide.
public struct WorkloadGridScreen: Screen {
    public enum Message: Sendable {
        case move(Key), nextField
        case time(Int), difficulty(Int), overall(Int)
        case add, edit, remove, copyForward, decide, history, undo
        case previousPeriod, nextPeriod
        /// A key or paste while a form or dialog has focus.
        case input(Event)
    }

    /// What has the keys: the board, or a form or box over it.
    enum Mode {
        case browsing
        case editing(WorkloadCaseEditor)
        case deciding(WorkloadDecisionEditor)
        case removing(RemoveQuestion<WorkloadCase>)
        /// The decisions on a case, newest first (any key closes).
        case showingHistory(WorkloadHistoryBox)
    }

    /// The board's quadrants, top left to bottom right: difficulty grows upwards, time to the right.
    static let order: [WorkloadField] = [.svar, .tung, .latt, .tidskravande]

    public let medarbetareId: Int64
    public private(set) var period: WorkloadPeriod
    var grid: WorkloadGrid?
    var settings = WorkloadSettings.standard
    var focusedField: WorkloadField = .tung
    var selectedCaseId: Int64?
    var mode: Mode = .browsing
    var members: [TeamMember] = []
    /// The last rating or overall change, for `u` (one step; cleared once undone).
    var lastChange: GridUndo?

    public init(medarbetareId: Int64, period: WorkloadPeriod) {
        self.medarbetareId = medarbetareId
        self.period = period
    }

    public func title(_ context: AppContext) -> String {
        grid.map { context.strings.format("workload.grid.title", $0.name) } ?? context.strings["workload.grid.titleEmpty"]
    }

    public var isEditingText: Bool {
        if case .browsing = mode { return false }
        return true
    }

    public func keyMap(_ context: AppContext) -> KeyMap<Message> {
        let s = context.strings
        return KeyMap(title: s["workload.grid.keys"], [
            KeyBinding([.up, .down, .left, .right], s["workload.key.moveCase"], label: "↑↓←→") { .move($0) },
            KeyBinding([.tab], s["workload.key.nextField"], .nextField, label: "Tab"),
            KeyBinding([.char("t")], s["workload.key.timeUp"], .time(1), label: "t/T", hint: true),
            KeyBinding([.char("T")], s["workload.key.timeDown"], .time(-1), label: "T"),
            KeyBinding([.char("s")], s["workload.key.difficultyUp"], .difficulty(1), label: "s/S", hint: true),
            KeyBinding([.char("S")], s["workload.key.difficultyDown"], .difficulty(-1), label: "S"),
            KeyBinding.digits(1...5, s["workload.key.overall"], hint: true) { .overall($0) },
            KeyBinding([.char("a"), .insert], s["workload.key.add"], .add, label: "a", hint: true),
            KeyBinding([.enter, .char("e")], s["workload.key.edit"], .edit, label: "Enter"),
            KeyBinding([.char("c")], s["workload.key.copy"], .copyForward, label: "c", hint: true),
            KeyBinding([.char("b")], s["workload.key.decide"], .decide, label: "b", hint: true),
            KeyBinding([.char("h")], s["workload.key.history"], .history, label: "h"),
            KeyBinding([.char("x"), .delete], s["workload.key.remove"], .remove, label: "x"),
            KeyBinding([.char("u")], s["workload.key.undo"], .undo, label: "u"),
            KeyBinding([.char("p"), .pageUp], s["workload.key.previousPeriod"], .previousPeriod, label: "p/PgUp"),
            KeyBinding([.char("n"), .pageDown], s["workload.key.nextPeriod"], .nextPeriod, label: "n/PgDn"),
        ])
    }

    public func inputMessage(for event: Event) -> Message? { .input(event) }

    // MARK: Data

    public mutating func reload(context: AppContext) throws {
        settings = try context.store.workloadSettings()
        try reloadGrid(context: context)
        if let teamId = grid?.teamId { members = try context.store.teamMembers(teamId: teamId) }
    }

    /// Reloads only the grid (after a key in it), keeping the selection on the same case
    /// and moving the focus to the field the case now sits in.
    mutating func reloadGrid(context: AppContext) throws {
        grid = try context.store.workloadGrid(medarbetareId: medarbetareId, period: period)
        if selectedCase == nil { selectedCaseId = cases(in: focusedField).first?.id ?? grid?.cases.first?.id }
        if let item = selectedCase { focusedField = item.field(threshold: settings.highThreshold) }
    }

    /// Puts a stored rating into the loaded grid and moves the focus to the field the case now sits in.
    mutating func applyRating(caseId: Int64, time: Int, difficulty: Int) {
        guard let index = grid?.cases.firstIndex(where: { $0.id == caseId }) else { return }
        grid?.cases[index].time = time
        grid?.cases[index].difficulty = difficulty
        if let item = grid?.cases[index] { focusedField = item.field(threshold: settings.highThreshold) }
    }

    func cases(in field: WorkloadField) -> [WorkloadCase] {
        (grid?.cases ?? []).filter { $0.field(threshold: settings.highThreshold) == field }
    }

    var selectedCase: WorkloadCase? {
        guard let id = selectedCaseId else { return nil }
        return grid?.cases.first { $0.id == id }
    }

    /// The names of the worker's team, for "omfördela till Bo Ek".
    var memberNames: [Int64: String] { Dictionary(uniqueKeysWithValues: members.map { ($0.id, $0.name) }) }

    // MARK: Update

    public mutating func update(_ message: Message, context: AppContext) -> Effect {
        let s = context.strings
        let (period, medarbetareId) = (self.period, self.medarbetareId)
        // First what needs no selected case, then what acts on it.
        switch message {
        case .input(let event):
            return handleInput(event, context: context)
        case .move(let key):
            move(key)
            return .none
        case .nextField:
            let index = Self.order.firstIndex(of: focusedField) ?? 0
            focus(Self.order[(index + 1) % 4], row: 0)
            return .none
        case .overall(let value):
            let previous = grid?.overall
            let effect = write(context, status: s.format("workload.grid.overallSet", value)) {
                try context.store.setOverall(medarbetareId: medarbetareId, period: period, rating: value, today: context.today)
            }
            if grid?.overall == value, previous != value { lastChange = .overall(period: period, previous: previous) }
            return effect
        case .undo:
            return undo(context: context)
        case .copyForward:
            // Only ratings and the overall rating can be undone: another change ends the chance.
            lastChange = nil
            var copied = 0
            return write(context) {
                copied = try context.store.copyForward(medarbetareId: medarbetareId, period: period, today: context.today)
            }.then(.status(s.format("workload.grid.copied", copied, period.previous.description)))
        case .add:
            mode = .editing(WorkloadCaseEditor(nil, medarbetareId: medarbetareId, period: period, strings: s))
            return .none
        case .previousPeriod:
            return showPeriod(period.previous, context: context)
        case .nextPeriod:
            return Effect.refusingNext(after: period, today: context.today, s) ?? showPeriod(period.next, context: context)
        default:
            break
        }
        guard let item = selectedCase else { return .status(s["workload.grid.noSelection"]) }
        switch message {
        case .time(let step): return rate(item, time: item.time + step, difficulty: item.difficulty, context: context)
        case .difficulty(let step): return rate(item, time: item.time, difficulty: item.difficulty + step, context: context)
        case .edit:
            mode = .editing(WorkloadCaseEditor(item, medarbetareId: medarbetareId, period: period, strings: s))
        case .decide:
            // The colleagues with their load in this period, so the leader sees who has room.
            var rows: [OverviewRow] = []
            if let teamId = grid?.teamId {
                let settings = self.settings
                let read = Effect.reloading(s) {
                    rows = try context.store.workloadOverview(teamId: teamId, period: period,
                                                              periods: settings.heavyPeriodsInRow, settings: settings)
                }
                guard case .none = read else { return read }
            }
            let colleagues = ColleagueChoice.ordered(rows, excluding: medarbetareId, settings: settings, strings: s)
            mode = .deciding(WorkloadDecisionEditor(on: item, period: period, colleagues: colleagues,
                                                    today: context.today, strings: s))
        case .history:
            var decisions: [CaseDecision] = []
            let read = Effect.reloading(s) { decisions = try context.store.decisions(caseId: item.id) }
            guard case .none = read else { return read }
            mode = .showingHistory(WorkloadHistoryBox(reference: item.reference, decisions: decisions))
        case .remove:
            mode = .removing(RemoveQuestion(target: item, title: s["workload.remove.title"],
                                            message: s.format("workload.remove.message", item.reference, period.description)))
        default:
            break
        }
        return .none
    }

    /// Passes a key or paste to the open form or box; closing it returns to the board.
    private mutating func handleInput(_ event: Event, context: AppContext) -> Effect {
        let s = context.strings
        switch mode {
        case .browsing:
            return .none
        case .editing(var editor):
            switch editor.handle(event, context: context) {
            case .open: mode = .editing(editor)
            case .closed: mode = .browsing
            case .saved(let id):
                mode = .browsing
                lastChange = nil
                selectedCaseId = id
                return Effect.reloading(s) { try reload(context: context) }
                    .then(.status(s.format("workload.grid.saved", selectedCase?.reference ?? "")))
            }
        case .deciding(var editor):
            switch editor.handle(event, context: context) {
            case .open: mode = .deciding(editor)
            case .closed: mode = .browsing
            case .saved(let decision):
                mode = .browsing
                lastChange = nil
                let decided = s.format("workload.grid.decided", editor.reference,
                                       WorkloadText.decisionText(decision, names: memberNames, s))
                return Effect.reloading(s) { try reload(context: context) }.then(.status(decided))
            }
        case .showingHistory:
            if case .key = event { mode = .browsing }
        case .removing(var question):
            guard case .key(let key) = event else { return .none }
            guard let yes = question.answer(key, strings: s) else {
                mode = .removing(question)
                return .none
            }
            mode = .browsing
            guard yes else { return .none }
            let (item, period) = (question.target, self.period)
            selectedCaseId = nil
            lastChange = nil
            return write(context, status: s.format("workload.grid.removed", item.reference)) {
                try context.store.removeRating(caseId: item.id, period: period)
            }
        }
        return .none
    }

    /// Stores a new time and difficulty for a case; the case moves to its new field at once.
    private mutating func rate(_ item: WorkloadCase, time: Int, difficulty: Int, context: AppContext) -> Effect {
        guard Rating.range.contains(time), Rating.range.contains(difficulty) else {
            return .status(context.strings["workload.error.rating"])
        }
        let period = self.period
        let stored = Effect.attempt(context.strings) {
            try context.store.rateCase(caseId: item.id, period: period, time: time, difficulty: difficulty)
        }
        guard case .none = stored else { return stored }
        lastChange = .rating(caseId: item.id, reference: item.reference, period: period, time: item.time, difficulty: item.difficulty)
        // The write succeeded in one transaction, so the stored case is exactly this one; updating it here
        // (counts and load are derived from the cases) spares the grid query on every key.
        applyRating(caseId: item.id, time: time, difficulty: difficulty)
        return .none
    }

    /// Takes back the last rating or overall change of the shown period, through the same
    /// audited writes; says so when there is nothing to take back.
    private mutating func undo(context: AppContext) -> Effect {
        let s = context.strings
        guard let change = lastChange, change.period == period else { return .status(s["workload.grid.nothingToUndo"]) }
        let (medarbetareId, today) = (self.medarbetareId, context.today)
        switch change {
        case .rating(let caseId, let reference, let period, let time, let difficulty):
            let stored = Effect.attempt(s) { try context.store.rateCase(caseId: caseId, period: period, time: time, difficulty: difficulty) }
            guard case .none = stored else { return stored }
            lastChange = nil
            applyRating(caseId: caseId, time: time, difficulty: difficulty)
            selectedCaseId = caseId
            return .status(s.format("workload.grid.undoneRating", reference, time, difficulty))
        case .overall(let period, let previous):
            let effect = write(context, status: previous.map { s.format("workload.grid.undoneOverall", $0) } ?? s["workload.grid.undoneNoOverall"]) {
                if let previous {
                    try context.store.setOverall(medarbetareId: medarbetareId, period: period, rating: previous, today: today)
                } else {
                    try context.store.clearOverall(medarbetareId: medarbetareId, period: period, today: today)
                }
            }
            if grid?.overall == previous { lastChange = nil }
            return effect
        }
    }

    /// Shows another period, selecting its first case.
    private mutating func showPeriod(_ next: WorkloadPeriod, context: AppContext) -> Effect {
        period = next
        selectedCaseId = nil
        return Effect.reloading(context.strings) { try reload(context: context) }
    }

    /// Runs a store write and reloads the grid; a refused write or a failed read becomes an error line.
    private mutating func write(_ context: AppContext, status: String? = nil, _ body: () throws -> Void) -> Effect {
        let stored = Effect.attempt(context.strings, body)
        guard case .none = stored else { return stored }
        return Effect.reloading(context.strings) { try reloadGrid(context: context) }.then(status.map { .status($0) } ?? .none)
    }

    private mutating func focus(_ field: WorkloadField, row: Int) {
        focusedField = field
        let items = cases(in: field)
        selectedCaseId = items.isEmpty ? nil : items[max(0, min(row, items.count - 1))].id
    }

    /// Moves the selection within a field, and across to the next field at its edge.
    private mutating func move(_ key: Key) {
        let items = cases(in: focusedField)
        let index = items.firstIndex { $0.id == selectedCaseId } ?? 0
        switch key {
        case .up:
            if index > 0 { selectedCaseId = items[index - 1].id }
            else if !focusedField.highDifficulty {
                let above = focusedField.acrossDifficulty
                focus(above, row: cases(in: above).count - 1)
            }
        case .down:
            if index + 1 < items.count { selectedCaseId = items[index + 1].id }
            else if focusedField.highDifficulty { focus(focusedField.acrossDifficulty, row: 0) }
        case .left where focusedField.highTime, .right where !focusedField.highTime:
            focus(focusedField.acrossTime, row: index)
        default:
            break
        }
    }
}
