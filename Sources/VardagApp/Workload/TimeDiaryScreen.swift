import TerminalKit
import VardagDomain
import VardagStore

/// The time diary (tidsdagbok) of a team: one person's day by category, entered as minutes
/// or 10-minute slots, and the share of direct time per person and for the team as a bar chart, over this
/// week, four weeks or any range the user types.
public struct TimeDiaryScreen: Screen {
    public enum Message: Sendable {
        case moveCategory(Int), day(Int), person(Int), slot(Int), typeMinutes, toggleRange, chooseRange
        /// A key or paste while the minutes field has focus.
        case input(Event)
        /// A key or paste while the range form is open.
        case rangeInput(Event)
    }

    public let teamId: Int64
    let teamName: String
    var members: [TeamMember] = []
    var personIndex = 0
    var day: LocalDate?
    var category = 0
    var minutes: [TimeCategory: Int] = [:]
    /// Weeks in the summary preset: 1 or 4 (used while no custom range is chosen).
    var rangeWeeks = 1
    /// A range the user typed; replaces the preset until `r` picks a preset again.
    var customRange: DiaryRange?
    /// The from–to form while it is open.
    var rangeForm: FormState?
    var shares: [DirectShareRow] = []
    /// The minutes field while typing, with its message.
    var editing: TextFieldState?
    var editMessage: String?
    /// What the minutes field held when typing began, to tell typing from an untouched field.
    var editingOpenedWith = ""
    /// Asks before Esc throws typed minutes away, as every form does.
    var discardGuard = DiscardGuard()

    public init(teamId: Int64, teamName: String) {
        self.teamId = teamId
        self.teamName = teamName
    }

    public func title(_ context: AppContext) -> String { context.strings.format("workload.diary.title", teamName) }

    public var isEditingText: Bool { editing != nil || rangeForm != nil }

    public func keyMap(_ context: AppContext) -> KeyMap<Message> {
        let s = context.strings
        return KeyMap(title: s.format("workload.diary.title", teamName), [
            KeyBinding([.char("+")], s["workload.key.slotUp"], .slot(1), label: "+/-", hint: true),
            KeyBinding([.char("-")], s["workload.key.slotDown"], .slot(-1), label: "-"),
            KeyBinding([.enter], s["workload.key.typeMinutes"], .typeMinutes, label: "Enter", hint: true),
            KeyBinding([.up, .down], s["workload.key.category"], .moveCategory(1), label: "↑↓"),
            KeyBinding([.left, .right], s["workload.key.day"], .day(1), label: "←→", hint: true),
            KeyBinding([.tab, .backTab], s["workload.key.person"], .person(1), label: "Tab", hint: true),
            KeyBinding([.char("r")], s["workload.key.range"], .toggleRange, label: "r", hint: true),
            KeyBinding([.char("i")], s["workload.key.customRange"], .chooseRange, label: "i", hint: true),
        ])
    }

    public func message(for event: Event, context: AppContext) -> Message? {
        if rangeForm != nil {
            switch event {
            case .key, .paste: return .rangeInput(event)
            default: return nil
            }
        }
        if editing != nil {
            switch event {
            case .key, .paste: return .input(event)
            default: return nil
            }
        }
        guard case .key(let key) = event else { return nil }
        switch key {
        case .up: return .moveCategory(-1)
        case .down: return .moveCategory(1)
        case .left: return .day(-1)
        case .right: return .day(1)
        case .tab: return .person(1)
        case .backTab: return .person(-1)
        default: return keyMap(context).action(for: key)
        }
    }

    var person: TeamMember? { members.indices.contains(personIndex) ? members[personIndex] : nil }

    public mutating func reload(context: AppContext) {
        if day == nil { day = context.today }
        members = (try? context.store.teamMembers(teamId: teamId)) ?? []
        personIndex = min(personIndex, max(0, members.count - 1))
        minutes = [:]
        if let person, let day { minutes = (try? context.store.diaryDay(medarbetareId: person.id, day: day)) ?? [:] }
        let range = summaryRange(context.today)
        shares = (try? context.store.directShares(teamId: teamId, from: range.from, to: range.to)) ?? []
    }

    /// The summary covers the typed range, else the week of the chosen day or the four weeks ending with it.
    func summaryRange(_ today: LocalDate) -> DiaryRange {
        if let customRange { return customRange }
        return rangeWeeks == 1 ? .week(containing: day ?? today) : .fourWeeks(endingWith: day ?? today)
    }

    public mutating func update(_ message: Message, context: AppContext) -> Effect {
        let s = context.strings
        switch message {
        case .moveCategory(let step):
            category = (category + step + TimeCategory.allCases.count) % TimeCategory.allCases.count
        case .day(let step):
            let next = (day ?? context.today).adding(days: step)
            if context.today < next { return .status(s["workload.diary.noFuture"]) }
            day = next
            reload(context: context)
        case .person(let step):
            guard !members.isEmpty else { return .none }
            personIndex = (personIndex + step + members.count) % members.count
            reload(context: context)
        case .toggleRange:
            // From a typed range, `r` returns to the first preset.
            rangeWeeks = customRange == nil && rangeWeeks == 1 ? 4 : 1
            customRange = nil
            reload(context: context)
        case .chooseRange:
            let range = summaryRange(context.today)
            rangeForm = FormState(fields: [
                .text(WorkloadInput.rangeFrom.rawValue, label: s["workload.diary.rangeFrom"], text: range.from.iso, maxLength: 10),
                // A week preset ends on Sunday, which may be after today; offer what would be accepted.
                .text(WorkloadInput.rangeTo.rawValue, label: s["workload.diary.rangeTo"], text: min(range.to, context.today).iso, maxLength: 10),
            ])
        case .rangeInput(let event):
            return handleRangeInput(event, context: context)
        case .slot(let step):
            let current = minutes[TimeCategory.allCases[category]] ?? 0
            return store(String(max(0, current + step * TimeDiary.slotMinutes)), context: context)
        case .typeMinutes:
            guard person != nil else { return .none }
            editing = TextFieldState(text: String(minutes[TimeCategory.allCases[category]] ?? 0), maxLength: 10)
            editingOpenedWith = editing?.text ?? ""
            editMessage = nil
        case .input(let event):
            guard var field = editing else { return .none }
            switch discardGuard.decide(event, isEdited: field.text != editingOpenedWith, dialog: DiscardQuestion.dialog(s)) {
            case .close: editing = nil; editMessage = nil; return .none
            case .stay: return .none
            case .pass: break
            }
            if case .key(.enter) = event {
                let effect = store(field.text, context: context)
                if case .error(let text) = effect { editMessage = text; return .none }
                editing = nil
                editMessage = nil
                return effect
            }
            let before = field.text
            _ = field.handle(event)
            // Digits and a slot word only: any other key is refused at once, with the reason.
            if !TimeDiary.couldBecomeMinutes(field.text) {
                editMessage = s["workload.diary.digitsOnly"]
                return .none
            }
            if field.text != before { editMessage = nil }
            editing = field
        }
        return .none
    }

    /// Edits the range form; Enter checks the dates and, if they hold, shows the summary over them.
    private mutating func handleRangeInput(_ event: Event, context: AppContext) -> Effect {
        guard var form = rangeForm else { return .none }
        let s = context.strings
        switch form.closeDecision(for: event, strings: context.strings) {
        case .close: rangeForm = nil; return .none
        case .stay: rangeForm = form; return .none
        case .pass: break
        }
        guard case .key(.enter) = event else {
            _ = form.handle(event)
            rangeForm = form
            return .none
        }
        form.clearMessages()
        do {
            let range = try DiaryRange.parse(from: form.value(of: WorkloadInput.rangeFrom.rawValue),
                                             to: form.value(of: WorkloadInput.rangeTo.rawValue), today: context.today)
            customRange = range
            rangeForm = nil
            reload(context: context)
            return .status(s.format("workload.diary.rangeSet", range.from.iso, range.to.iso))
        } catch {
            for (field, problem) in error.errors { form.setMessage(WorkloadText.error(problem, s), for: field.rawValue) }
            if let first = form.fields.firstIndex(where: { $0.message != nil }) { form.focus = first }
            rangeForm = form
            return .none
        }
    }

    /// Stores the minutes of the selected category; a refused value becomes an error.
    private mutating func store(_ text: String, context: AppContext) -> Effect {
        guard let person, let day else { return .none }
        let chosen = TimeCategory.allCases[category]
        do {
            let stored = try context.store.setDiaryMinutes(
                medarbetareId: person.id, day: day.iso, category: chosen, minutes: text, today: context.today)
            reload(context: context)
            return .status(context.strings.format("workload.diary.saved", WorkloadText.category(chosen, context.strings),
                                                  WorkloadText.minutes(stored, context.strings)))
        } catch let failure as WorkloadFailure {
            return .error(WorkloadText.failure(failure, context.strings))
        } catch {
            return .error(context.strings.couldNotSave(error))
        }
    }

    public func render(into buffer: inout Buffer, area: Rect, context: AppContext) {
        let s = context.strings
        let theme = context.theme
        let inner = area.inset(left: 1, right: 1)
        guard let person, let day else {
            buffer.put(s["workload.diary.noPeople"], x: inner.x, y: inner.y, maxWidth: inner.width, style: theme.dim)
            return
        }
        let sideBySide = inner.width >= 100
        let entryWidth = sideBySide ? 52 : inner.width
        buffer.put(s.format("workload.diary.person", person.name, personIndex + 1, members.count), x: inner.x, y: inner.y,
                   maxWidth: entryWidth, style: theme.title)
        let weekday = s["workload.weekday.\(day.isoWeekday)"]
        buffer.put(s.format("workload.diary.day", day.iso, weekday), x: inner.x, y: inner.y + 1, maxWidth: entryWidth)
        let labelWidth = 26
        for (i, item) in TimeCategory.allCases.enumerated() {
            let y = inner.y + 3 + i
            let value = minutes[item] ?? 0
            let line = Rect(x: inner.x, y: y, width: entryWidth, height: 1)
            let selected = i == category
            if selected { buffer.style(line, with: theme.selected) }
            buffer.put((selected ? "> " : "  ") + WorkloadText.category(item, s), x: inner.x, y: y, maxWidth: labelWidth,
                       style: selected ? theme.selected : theme.normal)
            if selected, let field = editing {
                var widget = TextField()
                widget.focusedStyle = theme.focusedField
                widget.render(into: &buffer, area: Rect(x: inner.x + labelWidth, y: y, width: 10, height: 1), state: field, focused: true)
            } else {
                buffer.put(WorkloadText.minutes(value, s), x: inner.x + labelWidth, y: y, maxWidth: 14,
                           style: selected ? theme.selected : theme.normal)
                let slots = String(repeating: "▮", count: min(value / TimeDiary.slotMinutes, max(0, entryWidth - labelWidth - 15)))
                buffer.put(slots, x: inner.x + labelWidth + 15, y: y, maxWidth: entryWidth - labelWidth - 15,
                           style: selected ? theme.selected : theme.dim)
            }
        }
        let total = minutes.values.reduce(0, +)
        let dayShare = TimeDiary.directPercent(minutes).map { s.format("workload.diary.share", $0) } ?? s["workload.diary.noShare"]
        let totalY = inner.y + 3 + TimeCategory.allCases.count
        buffer.put(s.format("workload.diary.total", WorkloadText.minutes(total, s), dayShare), x: inner.x + 2, y: totalY,
                   maxWidth: entryWidth - 2, style: theme.dim)
        if let message = editMessage {
            buffer.put(message, x: inner.x + 2, y: totalY + 1, maxWidth: entryWidth - 2, style: theme.error)
        } else if editing != nil {
            buffer.put(s["workload.diary.typeHint"], x: inner.x + 2, y: totalY + 1, maxWidth: entryWidth - 2, style: theme.dim)
        }
        // The summary: share of direct time per person over the range, and the team's.
        let chartArea = sideBySide
            ? Rect(x: inner.x + entryWidth + 3, y: inner.y, width: inner.width - entryWidth - 3, height: inner.height)
            : Rect(x: inner.x, y: totalY + 3, width: inner.width, height: max(0, inner.maxY - totalY - 3))
        let range = summaryRange(context.today)
        var teamMinutes: [TimeCategory: Int] = [:]
        for row in shares { teamMinutes.merge(row.minutes, uniquingKeysWith: +) }
        let teamShare = TimeDiary.directPercent(teamMinutes).map { "\($0) %" } ?? "–"
        buffer.put(s.format("workload.diary.summary", range.from.iso, range.to.iso, teamShare), x: chartArea.x, y: chartArea.y,
                   maxWidth: chartArea.width, style: theme.title)
        let teamPercent = TimeDiary.directPercent(teamMinutes)
        let bars = shares.map { row in
            Bar(label: row.name, value: Double(row.directPercent ?? 0),
                valueText: row.directPercent.map { "\($0) %" } ?? s["workload.diary.none"])
        } + [Bar(label: s["workload.diary.team"], value: Double(teamPercent ?? 0),
                 valueText: teamPercent.map { "\($0) %" } ?? s["workload.diary.none"])]
        var chart = BarChart(bars: bars, max: 100, labelWidth: min(20, max(8, chartArea.width / 3)))
        chart.barStyle = theme.success
        chart.valueStyle = theme.dim
        let cursor = buffer.cursor
        chart.render(into: &buffer, area: chartArea.inset(top: 1))
        buffer.cursor = cursor
        if let rangeForm {
            WorkloadFormBox.render(rangeForm, title: s["workload.diary.rangeTitle"], intro: s["workload.diary.rangeIntro"],
                                   into: &buffer, area: area, context: context)
        }
        DiscardQuestion.render(discardGuard, into: &buffer, area: area, context: context)
    }
}
