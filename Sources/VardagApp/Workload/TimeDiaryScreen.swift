import TerminalKit
import VardagDomain
import VardagStore

/// The time diary (tidsdagbok) of a team: one person's day by category, entered as minutes
/// or 10-minute slots, and every category's share per person and for the team as stacked bars
/// (direct time's percent beside each), over this week, four weeks or any range the user types.
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
    var rangeEditor: DiaryRangeEditor?
    var shares: [DirectShareRow] = []
    /// The minutes field while typing.
    var minutesEditor: DiaryMinutesEditor?

    public init(teamId: Int64, teamName: String) {
        self.teamId = teamId
        self.teamName = teamName
    }

    public func title(_ context: AppContext) -> String { context.strings.format("workload.diary.title", teamName) }

    public var isEditingText: Bool { minutesEditor != nil || rangeEditor != nil }

    public func keyMap(_ context: AppContext) -> KeyMap<Message> {
        let s = context.strings
        return KeyMap(title: s.format("workload.diary.title", teamName), [
            KeyBinding([.char("+")], s["workload.key.slotUp"], .slot(1), label: "+/-", hint: true),
            KeyBinding([.char("-")], s["workload.key.slotDown"], .slot(-1), label: "-"),
            KeyBinding([.enter], s["workload.key.typeMinutes"], .typeMinutes, label: "Enter", hint: true),
            KeyBinding([.up, .down], s["workload.key.category"], label: "↑↓") { .moveCategory($0 == .up ? -1 : 1) },
            KeyBinding([.left, .right], s["workload.key.day"], label: "←→", hint: true) { .day($0 == .left ? -1 : 1) },
            KeyBinding([.tab, .backTab], s["workload.key.person"], label: "Tab", hint: true) { .person($0 == .backTab ? -1 : 1) },
            KeyBinding([.char("r")], s["workload.key.range"], .toggleRange, label: "r", hint: true),
            KeyBinding([.char("i")], s["workload.key.customRange"], .chooseRange, label: "i", hint: true),
        ])
    }

    public func inputMessage(for event: Event) -> Message? {
        rangeEditor != nil ? .rangeInput(event) : .input(event)
    }

    var person: TeamMember? { members.indices.contains(personIndex) ? members[personIndex] : nil }

    public mutating func reload(context: AppContext) throws {
        if day == nil { day = context.today }
        members = try context.store.teamMembers(teamId: teamId)
        personIndex = min(personIndex, max(0, members.count - 1))
        minutes = [:]
        if let person, let day { minutes = try context.store.diaryDay(medarbetareId: person.id, day: day) }
        let range = summaryRange(context.today)
        shares = try context.store.directShares(teamId: teamId, from: range.from, to: range.to)
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
            return .none
        case .day(let step):
            let next = (day ?? context.today).adding(days: step)
            if context.today < next { return .status(s["workload.diary.noFuture"]) }
            day = next
        case .person(let step):
            guard !members.isEmpty else { return .none }
            personIndex = (personIndex + step + members.count) % members.count
        case .toggleRange:
            // From a typed range, `r` returns to the first preset.
            rangeWeeks = customRange == nil && rangeWeeks == 1 ? 4 : 1
            customRange = nil
        case .chooseRange:
            rangeEditor = DiaryRangeEditor(showing: summaryRange(context.today), today: context.today, strings: s)
            return .none
        case .rangeInput(let event):
            guard let range = rangeEditor.handle(event, context: context) else { return .none }
            customRange = range
            return reloaded(context, status: s.format("workload.diary.rangeSet", range.from.iso, range.to.iso))
        case .slot(let step):
            guard let person, let day else { return .none }
            let chosen = TimeCategory.allCases[category]
            let text = String(max(0, (minutes[chosen] ?? 0) + step * TimeDiary.slotMinutes))
            var status = ""
            let stored = Effect.attempt(s) {
                status = try DiaryMinutesEditor.store(text, medarbetareId: person.id, day: day, category: chosen, context: context)
            }
            guard case .none = stored else { return stored }
            return reloaded(context, status: status)
        case .typeMinutes:
            guard let person, let day else { return .none }
            let chosen = TimeCategory.allCases[category]
            minutesEditor = DiaryMinutesEditor(medarbetareId: person.id, day: day, category: chosen, minutes: minutes[chosen] ?? 0)
            return .none
        case .input(let event):
            guard var editor = minutesEditor else { return .none }
            switch editor.type(event, context: context) {
            case .open: minutesEditor = editor
            case .closed: minutesEditor = nil
            case .saved(let status):
                minutesEditor = nil
                return reloaded(context, status: status)
            }
            return .none
        }
        return Effect.reloading(s) { try reload(context: context) }
    }

    /// Reloads after a change; `status` when the read worked, else the failure in words.
    private mutating func reloaded(_ context: AppContext, status: String) -> Effect {
        Effect.reloading(context.strings) { try reload(context: context) }.then(.status(status))
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
            if selected, let minutesEditor {
                minutesEditor.render(into: &buffer, area: Rect(x: inner.x + labelWidth, y: y, width: 10, height: 1), context: context)
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
        if let message = minutesEditor?.message {
            buffer.put(message, x: inner.x + 2, y: totalY + 1, maxWidth: entryWidth - 2, style: theme.error)
        } else if minutesEditor != nil {
            buffer.put(s["workload.diary.typeHint"], x: inner.x + 2, y: totalY + 1, maxWidth: entryWidth - 2, style: theme.dim)
        }
        // The summary: every category's share per person over the range, and the team's.
        let chartArea = sideBySide
            ? Rect(x: inner.x + entryWidth + 3, y: inner.y, width: inner.width - entryWidth - 3, height: inner.height)
            : Rect(x: inner.x, y: totalY + 3, width: inner.width, height: max(0, inner.maxY - totalY - 3))
        let cursor = buffer.cursor
        renderSummary(into: &buffer, area: chartArea, range: summaryRange(context.today), context: context)
        buffer.cursor = cursor
        rangeEditor?.render(into: &buffer, area: area, context: context)
        if let minutesEditor { DiscardQuestion.render(minutesEditor.form.discardGuard, into: &buffer, area: area, context: context) }
    }
}
