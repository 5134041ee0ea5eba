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
        case add, edit, remove, copyForward, decide, history
        case previousPeriod, nextPeriod
        /// A key or paste while a form or dialog has focus.
        case input(Event)
    }

    enum Mode {
        case browsing
        case editing(WorkloadCaseEditor)
        case deciding(WorkloadDecisionEditor)
        case confirmingRemove(caseId: Int64, reference: String, state: ConfirmDialogState)
        /// The decisions on a case, newest first (any key closes).
        case showingHistory(reference: String, decisions: [CaseDecision])
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
            KeyBinding([.up, .down, .left, .right], s["workload.key.moveCase"], .move(.down), label: "↑↓←→"),
            KeyBinding([.tab], s["workload.key.nextField"], .nextField, label: "Tab"),
            KeyBinding([.char("t")], s["workload.key.timeUp"], .time(1), label: "t/T", hint: true),
            KeyBinding([.char("T")], s["workload.key.timeDown"], .time(-1), label: "T"),
            KeyBinding([.char("s")], s["workload.key.difficultyUp"], .difficulty(1), label: "s/S", hint: true),
            KeyBinding([.char("S")], s["workload.key.difficultyDown"], .difficulty(-1), label: "S"),
            KeyBinding((1...5).map { Key.char(Character(String($0))) }, s["workload.key.overall"], .overall(0), label: "1–5", hint: true),
            KeyBinding([.char("a"), .insert], s["workload.key.add"], .add, label: "a", hint: true),
            KeyBinding([.enter, .char("e")], s["workload.key.edit"], .edit, label: "Enter"),
            KeyBinding([.char("c")], s["workload.key.copy"], .copyForward, label: "c", hint: true),
            KeyBinding([.char("b")], s["workload.key.decide"], .decide, label: "b", hint: true),
            KeyBinding([.char("h")], s["workload.key.history"], .history, label: "h"),
            KeyBinding([.char("x"), .delete], s["workload.key.remove"], .remove, label: "x"),
            KeyBinding([.char("p"), .pageUp], s["workload.key.previousPeriod"], .previousPeriod, label: "p/PgUp"),
            KeyBinding([.char("n"), .pageDown], s["workload.key.nextPeriod"], .nextPeriod, label: "n/PgDn"),
        ])
    }

    public func message(for event: Event, context: AppContext) -> Message? {
        if case .browsing = mode {
            guard case .key(let key) = event else { return nil }
            switch key {
            case .up, .down, .left, .right: return .move(key)
            case .char(let c) where ("1"..."5").contains(c): return .overall(Int(String(c)) ?? 0)
            default: return keyMap(context).action(for: key)
            }
        }
        switch event {
        case .key, .paste: return .input(event)
        default: return nil
        }
    }

    // MARK: Data

    public mutating func reload(context: AppContext) {
        settings = (try? context.store.workloadSettings()) ?? .standard
        reloadGrid(context: context)
        if let teamId = grid?.teamId { members = (try? context.store.teamMembers(teamId: teamId)) ?? [] }
    }

    /// Reloads only the grid (after a key in it), keeping the selection on the same case
    /// and moving the focus to the field the case now sits in.
    mutating func reloadGrid(context: AppContext) {
        grid = try? context.store.workloadGrid(medarbetareId: medarbetareId, period: period)
        if let id = selectedCaseId, let item = grid?.cases.first(where: { $0.id == id }) {
            focusedField = item.field(threshold: settings.highThreshold)
        } else {
            selectedCaseId = cases(in: focusedField).first?.id ?? grid?.cases.first?.id
            if let id = selectedCaseId, let item = grid?.cases.first(where: { $0.id == id }) {
                focusedField = item.field(threshold: settings.highThreshold)
            }
        }
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

    // MARK: Update

    public mutating func update(_ message: Message, context: AppContext) -> Effect {
        let s = context.strings
        switch message {
        case .move(let key):
            move(key)
        case .nextField:
            let index = Self.order.firstIndex(of: focusedField) ?? 0
            focus(Self.order[(index + 1) % 4], row: 0)
        case .time(let step), .difficulty(let step):
            guard let item = selectedCase else { return .status(s["workload.grid.noSelection"]) }
            var time = item.time, difficulty = item.difficulty
            if case .time = message { time += step } else { difficulty += step }
            guard Rating.range.contains(time), Rating.range.contains(difficulty) else {
                return .status(s["workload.error.rating"])
            }
            let period = self.period
            if let failure = Self.attempt(context, { try context.store.rateCase(caseId: item.id, period: period, time: time, difficulty: difficulty) }) {
                return failure
            }
            // The write succeeded in one transaction, so the stored case is exactly this one; updating it here
            // (counts and load are derived from the cases) spares the grid query on every key.
            applyRating(caseId: item.id, time: time, difficulty: difficulty)
        case .overall(let value):
            let (period, medarbetareId) = (self.period, self.medarbetareId)
            return write(context, status: s.format("workload.grid.overallSet", value)) {
                try context.store.setOverall(medarbetareId: medarbetareId, period: period, rating: value, today: context.today)
            }
        case .add:
            mode = .editing(.make(nil, strings: s))
        case .edit:
            guard let item = selectedCase else { return .status(s["workload.grid.noSelection"]) }
            mode = .editing(.make(item, strings: s))
        case .decide:
            guard let item = selectedCase else { return .status(s["workload.grid.noSelection"]) }
            mode = .deciding(.make(caseId: item.id, reference: item.reference,
                                   colleagues: members.filter { $0.id != medarbetareId }, today: context.today, strings: s))
        case .history:
            guard let item = selectedCase else { return .status(s["workload.grid.noSelection"]) }
            mode = .showingHistory(reference: item.reference, decisions: (try? context.store.decisions(caseId: item.id)) ?? [])
        case .remove:
            guard let item = selectedCase else { return .status(s["workload.grid.noSelection"]) }
            mode = .confirmingRemove(caseId: item.id, reference: item.reference, state: ConfirmDialogState())
        case .copyForward:
            var copied = 0
            let (period, medarbetareId) = (self.period, self.medarbetareId)
            let effect = write(context) {
                copied = try context.store.copyForward(medarbetareId: medarbetareId, period: period, today: context.today)
            }
            if case .error = effect { return effect }
            return .status(s.format("workload.grid.copied", copied, period.previous.description))
        case .previousPeriod:
            period = period.previous
            selectedCaseId = nil
            reload(context: context)
        case .nextPeriod:
            do {
                try PeriodRule.check(period.next, today: context.today)
            } catch {
                return .error(WorkloadText.failure(error, s))
            }
            period = period.next
            selectedCaseId = nil
            reload(context: context)
        case .input(let event):
            return handleInput(event, context: context)
        }
        return .none
    }

    /// Runs a store write and reloads the grid; a refused write becomes an error line.
    private mutating func write(_ context: AppContext, status: String? = nil, _ body: () throws -> Void) -> Effect {
        if let failure = Self.attempt(context, body) { return failure }
        reloadGrid(context: context)
        return status.map { .status($0) } ?? .none
    }

    /// Runs a write; nil when it succeeded, otherwise the error effect.
    private static func attempt(_ context: AppContext, _ body: () throws -> Void) -> Effect? {
        do {
            try body()
            return nil
        } catch let failure as WorkloadFailure {
            return .error(WorkloadText.failure(failure, context.strings))
        } catch {
            return .error(context.strings.couldNotSave(error))
        }
    }

    private mutating func focus(_ field: WorkloadField, row: Int) {
        focusedField = field
        let items = cases(in: field)
        selectedCaseId = items.isEmpty ? nil : items[max(0, min(row, items.count - 1))].id
    }

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

    private mutating func handleInput(_ event: Event, context: AppContext) -> Effect {
        let s = context.strings
        switch mode {
        case .browsing:
            return .none
        case .editing(var editor):
            switch editor.form.closeDecision(for: event, strings: context.strings) {
            case .close: mode = .browsing; return .none
            case .stay: mode = .editing(editor); return .none
            case .pass: break
            }
            if case .key(.enter) = event {
                // The reference is refused by the rule itself; only the free-text note gets the warning.
                if PersonnummerGuard.holds(&editor.form, strings: s, fieldIds: [WorkloadInput.note.rawValue],
                                           nameFieldIds: [WorkloadInput.note.rawValue]) {
                    mode = .editing(editor)
                    return .none
                }
                do {
                    let id = try editor.save(store: context.store, medarbetareId: medarbetareId, period: period, today: context.today)
                    mode = .browsing
                    selectedCaseId = id
                    reload(context: context)
                    return .status(s.format("workload.grid.saved", selectedCase?.reference ?? ""))
                } catch let failure as WorkloadFailure {
                    editor.show(failure, strings: s)
                } catch {
                    editor.form.message = s.couldNotSave(error)
                }
                mode = .editing(editor)
                return .none
            }
            _ = editor.form.handle(event)
            mode = .editing(editor)
        case .deciding(var editor):
            switch editor.form.closeDecision(for: event, strings: context.strings) {
            case .close: mode = .browsing; return .none
            case .stay: mode = .deciding(editor); return .none
            case .pass: break
            }
            if case .key(.enter) = event {
                if PersonnummerGuard.holds(&editor.form, strings: s, nameFieldIds: [WorkloadInput.note.rawValue]) {
                    mode = .deciding(editor)
                    return .none
                }
                do {
                    let decision = try editor.save(store: context.store, period: period, today: context.today)
                    mode = .browsing
                    reload(context: context)
                    let names = Dictionary(uniqueKeysWithValues: members.map { ($0.id, $0.name) })
                    return .status(s.format("workload.grid.decided", editor.reference, WorkloadText.decisionText(decision, names: names, s)))
                } catch let failure as WorkloadFailure {
                    editor.show(failure, strings: s)
                } catch {
                    editor.form.message = s.couldNotSave(error)
                }
                mode = .deciding(editor)
                return .none
            }
            _ = editor.form.handle(event)
            mode = .deciding(editor)
        case .showingHistory:
            if case .key = event { mode = .browsing }
        case .confirmingRemove(let caseId, let reference, var state):
            guard case .key(let key) = event else { return .none }
            guard let outcome = removeDialog(reference, s).handle(key, state: &state) else {
                mode = .confirmingRemove(caseId: caseId, reference: reference, state: state)
                return .none
            }
            mode = .browsing
            guard outcome == .confirmed else { return .none }
            selectedCaseId = nil
            let period = self.period
            return write(context, status: s.format("workload.grid.removed", reference)) {
                try context.store.removeRating(caseId: caseId, period: period)
            }
        }
        return .none
    }

    private func removeDialog(_ reference: String, _ s: Strings) -> ConfirmDialog {
        ConfirmDialog(
            title: s["workload.remove.title"], message: s.format("workload.remove.message", reference, period.description),
            confirmLabel: s["register.yesButton"], declineLabel: s["register.noButton"], confirmShortcut: "j", declineShortcut: "n")
    }

    // MARK: Render

    public func render(into buffer: inout Buffer, area: Rect, context: AppContext) {
        let s = context.strings
        let theme = context.theme
        let inner = area.inset(left: 1, right: 1)
        guard let grid else {
            buffer.put(s["workload.grid.missing"], x: inner.x, y: inner.y, maxWidth: inner.width, style: theme.error)
            return
        }
        let summary = grid.summary(threshold: settings.highThreshold)
        var header = [WorkloadText.period(period, s), s.format("workload.grid.count", grid.cases.count),
                      s.format("workload.grid.load", summary.load)]
        header.append(grid.overall.map { s.format("workload.grid.overall", $0) } ?? s["workload.grid.noOverall"])
        buffer.put(header.joined(separator: " · "), x: inner.x, y: inner.y, maxWidth: inner.width, style: theme.title)
        let names = Dictionary(uniqueKeysWithValues: members.map { ($0.id, $0.name) })
        if let item = selectedCase {
            var parts = [item.reference, WorkloadText.caseType(item.caseType, s),
                         s.format("workload.grid.ratings", item.time, item.difficulty)]
            if let decision = item.decision {
                parts.append(s.format("workload.grid.decisionBy", WorkloadText.decisionText(decision, names: names, s), decision.decidedBy,
                                      String(decision.decidedAt.prefix(10))))
            }
            if !item.note.isEmpty { parts.append(item.note) }
            buffer.put(parts.joined(separator: " · "), x: inner.x, y: inner.y + 1, maxWidth: inner.width)
        } else if grid.cases.isEmpty {
            buffer.put(s.format("workload.grid.empty", grid.previousCount), x: inner.x, y: inner.y + 1, maxWidth: inner.width, style: theme.dim)
        }
        let boardArea = Rect(x: inner.x, y: inner.y + 2, width: inner.width, height: max(0, inner.height - 3))
        let wide = boardArea.width >= 110
        var board = QuadrantBoard(quadrants: Self.order.map { field in
            let items = cases(in: field)
            return QuadrantBoard.Quadrant(
                title: s.format("workload.grid.fieldTitle", WorkloadText.field(field, s), items.count),
                items: items.map { label($0, wide: wide, names: names, s) })
        })
        board.borderStyle = theme.border
        board.focusedBorderStyle = theme.title
        board.titleStyle = theme.title
        board.selectedStyle = theme.selected
        board.emptyText = s["workload.grid.fieldEmpty"]
        board.itemStyleFor = { quadrant, item in item < 0 ? theme.dim : (quadrant == 1 ? theme.warning : nil) }
        let focusIndex = Self.order.firstIndex(of: focusedField) ?? 0
        let selectedIndex = cases(in: focusedField).firstIndex { $0.id == selectedCaseId }
        board.render(into: &buffer, area: boardArea, focused: focusIndex, selected: selectedIndex)
        var legend = s.format("workload.grid.legend", settings.highThreshold)
        let marks = s["workload.grid.marks"]
        if DisplayWidth.of(legend + " · " + marks) <= inner.width { legend += " · " + marks }
        buffer.put(legend, x: inner.x, y: inner.maxY - 1, maxWidth: inner.width, style: theme.dim)
        switch mode {
        case .browsing: break
        case .editing(let editor): editor.render(into: &buffer, area: area, context: context)
        case .deciding(let editor): editor.render(into: &buffer, area: area, context: context)
        case .confirmingRemove(_, let reference, let state):
            removeDialog(reference, s).render(into: &buffer, area: area, state: state)
        case .showingHistory(let reference, let decisions):
            renderHistory(reference, decisions, names: names, into: &buffer, area: area, context: context)
        }
    }

    /// The decision history box: period, decision, who, when and note, newest first.
    private func renderHistory(
        _ reference: String, _ decisions: [CaseDecision], names: [Int64: String], into buffer: inout Buffer, area: Rect, context: AppContext
    ) {
        let s = context.strings
        let lines = decisions.isEmpty ? [s["workload.history.none"]] : decisions.map { decision in
            var line = "\(decision.period) · \(WorkloadText.decisionText(decision, names: names, s)) · \(decision.decidedBy) \(decision.decidedAt.prefix(16).replacingOccurrences(of: "T", with: " "))"
            if !decision.note.isEmpty { line += " · " + decision.note }
            return line
        }
        let box = area.centered(Size(width: min(area.width - 2, 100), height: min(area.height, lines.count + 4)))
        buffer.fill(box)
        buffer.box(box, title: s.format("workload.history.title", reference), style: context.theme.border, titleStyle: context.theme.title)
        let inner = box.inset(top: 1, left: 2, bottom: 1, right: 2)
        for (i, line) in lines.prefix(max(0, inner.height - 1)).enumerated() {
            buffer.put(line, x: inner.x, y: inner.y + i, maxWidth: inner.width)
        }
        buffer.put(s["workload.history.close"], x: inner.x, y: inner.maxY - 1, maxWidth: inner.width, style: context.theme.dim)
    }

    /// "Ärende 14  4×2 V" (with type and decision text in a wide window).
    private func label(_ item: WorkloadCase, wide: Bool, names: [Int64: String], _ s: Strings) -> String {
        var text = item.reference + "  \(item.time)×\(item.difficulty)"
        if let decision = item.decision {
            text += wide ? "  " + WorkloadText.decisionText(decision, names: names, s) : " " + WorkloadText.decisionMark(decision.kind, s)
        }
        if wide, let type = item.caseType { text += "  (" + WorkloadText.caseType(type, s) + ")" }
        return text
    }
}
