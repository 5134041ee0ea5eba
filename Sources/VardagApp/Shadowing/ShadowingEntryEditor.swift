import TerminalKit
import VardagDomain
import VardagStore

/// The day-entry form: date, whom was shadowed, observed tasks picked by incremental
/// search with minutes and judgement pre-filled from the catalogue, and lärdomar.
///
/// Built for speed: the form opens in the search field, "tvä" Enter adds Tvätt with its
/// defaults, the next letters search again, and Enter on an empty search stores the day.
/// A task line has two stops: its minutes (digits only; anything else is refused with a
/// message at the line) and its judgement (Space or ←→ steps it).
struct ShadowingEntryEditor {
    /// What has the keyboard inside the form: `line` is a task line's minutes field,
    /// `judgement` the same line's judgement.
    enum Focus: Hashable { case date, role, search, line(Int), judgement(Int), lessons }

    /// One observed task line being edited.
    struct Line: Hashable {
        var task: ShadowingTask
        var minutes: TextFieldState
        var judgement: TransferJudgement
        var message: String?
    }

    /// What the screen should do after a key.
    enum Outcome { case none, save, cancel, copyPrevious }

    let teamId: Int64
    let participant: ShadowingParticipant
    /// The team's period, to refuse a typed date outside it at once.
    let period: ClosedRange<LocalDate>
    var date: TextFieldState
    var role: ShadowedRole = .underskoterska
    var search = TextFieldState(maxLength: 40)
    var suggestions: [ShadowingTask]
    var suggestion = 0
    var lines: [Line] = []
    var lessons = TextFieldState(maxLength: ShadowingRules.maxLessonsLength)
    var focus: Focus = .search
    var dateMessage: String?
    /// Why the typed day cannot be logged, shown at the date field (see `checkDate`).
    var dateProblem: ShadowingProblem?
    var searchMessage: String?
    var lessonsMessage: String?
    var formMessage: String?
    /// True when the day already had an entry (the form edits it).
    var editing = false
    let taskSearch: TaskSearch
    /// Asks before Esc throws typing away.
    var discardGuard = DiscardGuard()
    /// What the form held when it opened, to tell typing from an untouched form.
    private var openingDraft: DayEntryDraft?

    init(teamId: Int64, participant: ShadowingParticipant, date: LocalDate, period: ClosedRange<LocalDate>,
         tasks: [ShadowingTask], existing: DayEntry?, strings: Strings) {
        minutesOnlyDigits = strings["shadowing.entry.digitsOnly"]
        self.teamId = teamId
        self.participant = participant
        self.period = period
        self.date = TextFieldState(text: date.iso, maxLength: 10)
        taskSearch = TaskSearch(tasks: tasks)
        suggestions = taskSearch.matches("")
        if let existing {
            load(existing, catalogue: tasks, keepLessons: true)
            editing = true
        }
        checkDate()
        openingDraft = draft
    }

    /// Shows at the date field why the typed day cannot be logged (outside the team's
    /// period, after the participant left), as soon as it is a whole date.
    mutating func checkDate() {
        guard let day = try? LocalDate.parse(date.text.trimmingCharacters(in: .whitespaces)) else { dateProblem = nil; return }
        dateProblem = ShadowingRules.dayProblem(on: day, period: period, participant: participant)
    }

    /// Whether the form holds anything that Esc would throw away.
    var isEdited: Bool { draft != openingDraft }

    /// Takes what the form holds now as its untouched state (after a copy on opening).
    mutating func markUnchanged() { openingDraft = draft }

    /// Fills the form from a stored entry (an earlier save of the day, or yesterday's).
    mutating func load(_ entry: DayEntry, catalogue: [ShadowingTask], keepLessons: Bool) {
        role = entry.role
        let byId = Dictionary(uniqueKeysWithValues: catalogue.map { ($0.id, $0) })
        lines = entry.tasks.map { t in
            Line(task: byId[t.taskId] ?? ShadowingTask(id: t.taskId, name: t.taskName, category: t.category,
                                                        defaultJudgement: t.judgement, defaultMinutes: t.minutes),
                 minutes: TextFieldState(text: String(t.minutes), maxLength: 3), judgement: t.judgement)
        }
        if keepLessons { lessons = TextFieldState(text: entry.lessons, maxLength: ShadowingRules.maxLessonsLength) }
        // A copy with fewer lines than the focused one (Ctrl-Y on line 4): back to the search.
        switch focus {
        case .line(let i), .judgement(let i): if !lines.indices.contains(i) { focus = .search }
        default: break
        }
    }

    /// The fields in Tab order.
    var focusOrder: [Focus] { [.date, .role, .search] + lines.indices.flatMap { [Focus.line($0), .judgement($0)] } + [.lessons] }

    var draft: DayEntryDraft {
        DayEntryDraft(teamId: teamId, participantId: participant.id, date: date.text, role: role,
                      tasks: lines.map { .init(taskId: $0.task.id, minutes: $0.minutes.text, judgement: $0.judgement) },
                      lessons: lessons.text)
    }

    // MARK: Keys

    mutating func handle(_ event: Event, strings: Strings) -> Outcome {
        // Esc in a search with text clears the search; only then does it mean "close".
        if !discardGuard.isAsking, case .key(.escape) = event, focus == .search, !search.text.isEmpty {
            setSearch("")
            return .none
        }
        switch discardGuard.decide(event, isEdited: isEdited, dialog: DiscardQuestion.dialog(strings)) {
        case .close: return .cancel
        case .stay: return .none
        case .pass: break
        }
        guard case .key(let key) = event else {
            if case .paste(let text) = event { pasteText(text) }
            return .none
        }
        switch key {
        case .ctrl("y"), .function(5):
            return .copyPrevious
        case .tab: move(1); return .none
        case .backTab: move(-1); return .none
        case .enter:
            if focus == .search && !search.text.isEmpty { addSuggestion(); return .none }
            return .save
        default: break
        }
        switch focus {
        case .date:
            if key == .down { move(1) } else if key == .up { move(-1) } else {
                _ = date.handle(key)
                dateMessage = nil
                checkDate()
            }
        case .role:
            switch key {
            case .left, .right, .char(" "): role = role == .underskoterska ? .vardbitrade : .underskoterska
            case .down: move(1)
            case .up: move(-1)
            default: break
            }
        case .search:
            switch key {
            case .down:
                if suggestion + 1 < suggestions.count { suggestion += 1 } else { move(1) }
            case .up:
                if suggestion > 0 { suggestion -= 1 } else { move(-1) }
            default:
                var field = search
                if field.handle(key) { setSearch(field.text, keeping: field) }
            }
        case .line(let i), .judgement(let i):
            switch key {
            case .delete, .ctrl("d"):
                lines.remove(at: i)
                focus = lines.isEmpty ? .search : .line(min(i, lines.count - 1))
            case .down: moveLine(i, by: 1)
            case .up: moveLine(i, by: -1)
            default:
                if focus == .judgement(i) { handleJudgement(key, line: i) } else { handleMinutes(key, line: i) }
            }
        case .lessons:
            if key == .up { move(-1) } else { _ = lessons.handle(key); lessonsMessage = nil }
        }
        return .none
    }

    /// A key in a line's minutes field: digits are typed, any other character is refused
    /// with a message at the line (it never steps the judgement or vanishes unnoticed).
    private mutating func handleMinutes(_ key: Key, line i: Int) {
        if case .char(let c) = key, !Self.isDigit(c) {
            lines[i].message = minutesOnlyDigits
            return
        }
        _ = lines[i].minutes.handle(key)
        lines[i].message = nil
    }

    /// A key on a line's judgement: Space and → step forward, ← steps back.
    private mutating func handleJudgement(_ key: Key, line i: Int) {
        let all = TransferJudgement.allCases
        let step: Int
        switch key {
        case .char(" "), .right: step = 1
        case .left: step = all.count - 1
        default: return
        }
        lines[i].judgement = all[((all.firstIndex(of: lines[i].judgement) ?? 0) + step) % all.count]
    }

    /// 0–9 only: `Character.isNumber` also takes ½ and other scripts' digits, which `Int` cannot read.
    static func isDigit(_ c: Character) -> Bool { c.isASCII && c.isNumber }

    private mutating func pasteText(_ text: String) {
        switch focus {
        case .date: date.paste(text)
        case .search: var f = search; f.paste(text); setSearch(f.text, keeping: f)
        case .lessons: lessons.paste(text)
        case .line(let i):
            let digits = text.filter(Self.isDigit)
            lines[i].minutes.paste(digits)
            lines[i].message = digits.count == text.count ? nil : minutesOnlyDigits
        case .role, .judgement: break
        }
    }

    /// Up and down between task lines keep to the minutes or the judgement column; past
    /// the first line is the search, past the last the lessons.
    private mutating func moveLine(_ i: Int, by step: Int) {
        let target = i + step
        guard lines.indices.contains(target) else { focus = step < 0 ? .search : .lessons; return }
        focus = focus == .judgement(i) ? .judgement(target) : .line(target)
    }

    private mutating func move(_ step: Int) {
        let order = focusOrder
        let i = order.firstIndex(of: focus) ?? 0
        focus = order[max(0, min(order.count - 1, i + step))]
    }

    private mutating func setSearch(_ text: String, keeping field: TextFieldState? = nil) {
        if let field { search = field } else { search.setText(text) }
        suggestions = taskSearch.matches(search.text)
        suggestion = 0
        searchMessage = nil
    }

    /// Adds the highlighted suggestion with the catalogue's minutes and judgement.
    private mutating func addSuggestion() {
        guard suggestions.indices.contains(suggestion) else {
            searchMessage = nil
            formMessage = nil
            return
        }
        let task = suggestions[suggestion]
        lines.append(Line(task: task, minutes: TextFieldState(text: String(task.defaultMinutes), maxLength: 3),
                          judgement: task.defaultJudgement))
        setSearch("")
    }

    /// The message at a minutes field that was given something other than digits.
    let minutesOnlyDigits: String

    /// Shows the store's refusal at the fields.
    mutating func show(_ failure: ShadowingValidationFailure, strings s: Strings) {
        for (field, problem) in failure.problems {
            let text = ShadowingText.problem(problem, s)
            switch field {
            case .date: dateMessage = text
            case .task(let i), .minutes(let i): if lines.indices.contains(i) { lines[i].message = text }
            case .lessons: lessonsMessage = text
            default: formMessage = text
            }
        }
        if formMessage == nil { formMessage = s["shadowing.form.hasErrors"] }
        if dateMessage != nil { focus = .date } else if let i = lines.firstIndex(where: { $0.message != nil }) { focus = .line(i) }
    }

    /// The search field text shown when no task matches what was typed.
    var searchHasNoMatch: Bool { !search.text.isEmpty && suggestions.isEmpty }

    // MARK: Render

    func render(into buffer: inout Buffer, area: Rect, context: AppContext) {
        let s = context.strings, theme = context.theme
        let box = area
        buffer.fill(box)
        buffer.box(box, title: s.format(editing ? "shadowing.entry.titleEdit" : "shadowing.entry.title", participant.name),
                   style: theme.border, titleStyle: theme.title)
        let inner = box.inset(top: 1, left: 2, bottom: 1, right: 2)
        let labelWidth = 14
        let fieldX = inner.x + labelWidth
        var field = TextField()
        field.focusedStyle = theme.focusedField
        var y = inner.y
        var cursor: Point?
        func label(_ key: String, _ f: Focus) {
            buffer.put(s[key], x: inner.x, y: y, maxWidth: labelWidth - 1, style: focus == f ? theme.title : .plain)
        }
        // Date
        label("shadowing.entry.date", .date)
        field.render(into: &buffer, area: Rect(x: fieldX, y: y, width: 12, height: 1), state: date, focused: focus == .date)
        if focus == .date { cursor = buffer.cursor }
        if let message = dateMessage ?? dateProblem.map({ ShadowingText.problem($0, s) }) {
            buffer.put(message, x: fieldX + 13, y: y, maxWidth: inner.maxX - fieldX - 13, style: theme.error)
        }
        y += 1
        // Role
        label("shadowing.entry.role", .role)
        let roleText = "< \(ShadowingText.role(role, s)) >"
        buffer.put(roleText, x: fieldX, y: y, style: focus == .role ? theme.focusedField : Style(underline: true))
        if focus == .role { cursor = Point(x: fieldX, y: y) }
        y += 1
        // Search
        label("shadowing.entry.search", .search)
        var searchField = field
        searchField.placeholder = s["shadowing.entry.searchPlaceholder"]
        searchField.render(into: &buffer, area: Rect(x: fieldX, y: y, width: min(30, inner.maxX - fieldX), height: 1),
                           state: search, focused: focus == .search)
        if focus == .search { cursor = buffer.cursor }
        if searchHasNoMatch {
            buffer.put(s["shadowing.entry.noMatch"], x: fieldX + 31, y: y, maxWidth: inner.maxX - fieldX - 31, style: theme.error)
        }
        y += 1
        let bottomRows = 4  // lessons, its message, form message, hint
        let room = inner.maxY - y - bottomRows
        let suggestionRows = focus == .search && !search.text.isEmpty ? min(suggestions.count, max(2, min(6, room / 2))) : 0
        if suggestionRows > 0 {
            let start = max(0, min(suggestion - suggestionRows + 1, suggestions.count - suggestionRows))
            for (n, task) in suggestions.dropFirst(start).prefix(suggestionRows).enumerated() {
                let selected = start + n == suggestion
                let text = "\(selected ? ">" : " ") \(task.name)"
                let rect = Rect(x: fieldX, y: y, width: inner.maxX - fieldX, height: 1)
                buffer.putPadded(text, in: rect, style: selected ? theme.selected : .plain)
                let detail = "\(ShadowingText.category(task.category, s)) · \(task.defaultMinutes) min · \(ShadowingText.judgement(task.defaultJudgement, s))"
                let dx = fieldX + 26
                if dx < rect.maxX { buffer.put(detail, x: dx, y: y, maxWidth: rect.maxX - dx, style: selected ? theme.selected : theme.dim) }
                y += 1
            }
        }
        // Lines
        buffer.put(s.format("shadowing.entry.tasks", lines.count, lines.reduce(0) { $0 + (Int($1.minutes.text) ?? 0) }),
                   x: inner.x, y: y, maxWidth: inner.width, style: theme.header)
        y += 1
        let lineRows = max(1, inner.maxY - y - bottomRows)
        if lines.isEmpty {
            buffer.put(s["shadowing.entry.noTasks"], x: inner.x + 2, y: y, maxWidth: inner.width - 2, style: theme.dim)
        }
        var focusedLine = 0
        if case .line(let i) = focus { focusedLine = i }
        if case .judgement(let i) = focus { focusedLine = i }
        let firstLine = max(0, min(focusedLine - lineRows + 1, lines.count - lineRows))
        for (n, line) in lines.enumerated().dropFirst(firstLine).prefix(lineRows) {
            let rowY = y + n - firstLine
            let isFocused = focus == .line(n)
            let judgementFocused = focus == .judgement(n)
            buffer.put("\(n + 1)", x: inner.x, y: rowY, style: isFocused || judgementFocused ? theme.title : theme.dim)
            let nameWidth = max(10, min(24, inner.width - 44))
            buffer.put(line.task.name, x: inner.x + 3, y: rowY, maxWidth: nameWidth, style: isFocused || judgementFocused ? theme.title : .plain)
            var x = inner.x + 4 + nameWidth
            field.render(into: &buffer, area: Rect(x: x, y: rowY, width: 4, height: 1), state: line.minutes, focused: isFocused)
            if isFocused { cursor = buffer.cursor }
            buffer.put("min", x: x + 5, y: rowY, style: theme.dim)
            x += 9
            let judgement = "< \(ShadowingText.judgement(line.judgement, s)) >"
            if judgementFocused { cursor = Point(x: x, y: rowY) }
            x += buffer.put(judgement, x: x, y: rowY, style: judgementFocused ? theme.focusedField : Style(underline: true)) + 1
            if let message = line.message {
                buffer.put(message, x: x, y: rowY, maxWidth: inner.maxX - x, style: theme.error)
            } else {
                buffer.put(ShadowingText.category(line.task.category, s), x: x, y: rowY, maxWidth: inner.maxX - x, style: theme.dim)
            }
        }
        // Lessons, messages, hint.
        y = inner.maxY - bottomRows
        label("shadowing.entry.lessons", .lessons)
        var lessonsField = field
        lessonsField.placeholder = s["shadowing.entry.lessonsPlaceholder"]
        lessonsField.render(into: &buffer, area: Rect(x: fieldX, y: y, width: inner.maxX - fieldX, height: 1),
                            state: lessons, focused: focus == .lessons)
        if focus == .lessons { cursor = buffer.cursor }
        if let lessonsMessage { buffer.put(lessonsMessage, x: fieldX, y: y + 1, maxWidth: inner.maxX - fieldX, style: theme.error) }
        if let formMessage { buffer.put(formMessage, x: inner.x, y: y + 2, maxWidth: inner.width, style: theme.error) }
        buffer.put(s["shadowing.entry.hint"], x: inner.x, y: y + 3, maxWidth: inner.width, style: theme.dim)
        buffer.cursor = cursor
        DiscardQuestion.render(discardGuard, into: &buffer, area: area, context: context)
    }
}
