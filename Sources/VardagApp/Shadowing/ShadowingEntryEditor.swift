import TerminalKit
import VardagDomain
import VardagStore

/// The day-entry form: date, whom was shadowed, observed tasks picked by incremental
/// search with minutes and judgement pre-filled from the catalogue, and lärdomar.
///
/// Built for speed: the form opens in the search field, "tvä" Enter adds Tvätt with its
/// defaults, the next letters search again, Enter on an empty search goes on to the
/// lärdomar, and Enter there (or in any field but the search) stores the day.
/// A task line has two stops: its minutes (digits only; anything else is refused with a
/// message at the line) and its judgement (Space or ←→ steps it).
struct ShadowingEntryEditor {
    /// What has the keyboard inside the form: `line` is a task line's minutes field,
    /// `judgement` the same line's judgement.
    enum Focus: Hashable { case date, role, staff, search, line(Int), judgement(Int), lessons }

    /// A staff member of the host team who can be named as the one shadowed.
    struct StaffChoice: Hashable {
        var id: Int64
        var name: String
    }

    /// One observed task line being edited.
    struct Line: Hashable {
        var task: ShadowingTask
        var minutes: TextFieldState
        var judgement: TransferJudgement
        var message: String?
    }

    let teamId: Int64
    let participant: ShadowingParticipant
    /// The day the form opened on (Ctrl-Y copies from before it while the typed date is no date).
    let openedOn: LocalDate
    /// The task catalogue, to fill lines copied from another day.
    let catalogue: [ShadowingTask]
    /// The team's period, to refuse a typed date outside it at once.
    let period: ClosedRange<LocalDate>
    var date: TextFieldState
    var role: ShadowedRole = .underskoterska
    /// The host team's staff, in the order ←→ steps through them.
    let hostStaff: [StaffChoice]
    /// The staff member shadowed, or nil when only the role is given.
    var staffId: Int64?
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
    /// The shadowed person's name as the stored day had it (she may have left the host team).
    var storedStaffName: String?
    /// True when the day already had an entry (the form edits it).
    var editing = false
    let taskSearch: TaskSearch
    /// Asks before Esc throws typing away.
    var discardGuard = DiscardGuard()
    /// What the form held when it opened, to tell typing from an untouched form.
    private var openingDraft: DayEntryDraft?

    init(teamId: Int64, participant: ShadowingParticipant, date: LocalDate, period: ClosedRange<LocalDate>,
         tasks: [ShadowingTask], hostStaff: [StaffChoice] = [], existing: DayEntry?, strings: Strings) {
        minutesOnlyDigits = strings["shadowing.entry.digitsOnly"]
        self.hostStaff = hostStaff
        self.teamId = teamId
        self.participant = participant
        self.openedOn = date
        self.catalogue = tasks
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
        staffId = entry.staffId
        storedStaffName = entry.staffName
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
    var focusOrder: [Focus] { [.date, .role, .staff, .search] + lines.indices.flatMap { [Focus.line($0), .judgement($0)] } + [.lessons] }

    var draft: DayEntryDraft {
        DayEntryDraft(teamId: teamId, participantId: participant.id, date: date.text, role: role, staffId: staffId,
                      tasks: lines.map { .init(taskId: $0.task.id, minutes: $0.minutes.text, judgement: $0.judgement) },
                      lessons: lessons.text)
    }

    // MARK: Keys

    /// Handles one key or paste. The keys are the form's own (the search, the task lines);
    /// Esc goes through the shared discard question and Enter through the shared
    /// `submit(context:)`: the personnummer and name guard, the save, a failure at its field.
    /// - Returns: `.open`, `.closed` (nothing stored) or `.saved` with the stored day.
    mutating func handle(_ event: Event, context: AppContext) -> EditorOutcome<DayEntry> {
        // Esc in a search with text clears the search; only then does it mean "close".
        if !discardGuard.isAsking, case .key(.escape) = event, focus == .search, !search.text.isEmpty {
            setSearch("")
            return .open
        }
        switch discardGuard.decide(event, isEdited: isEdited, dialog: DiscardQuestion.dialog(context.strings)) {
        case .close: return .closed
        case .stay: return .open
        case .pass: break
        }
        guard case .key(let key) = event else {
            if case .paste(let text) = event { pasteText(text) }
            return .open
        }
        switch key {
        case .ctrl("y"), .function(5):
            copyPreviousInForm(context: context)
        case .tab: move(1)
        case .backTab: move(-1)
        case .enter:
            // In the search: add the found task, or (nothing typed) go on to the lärdomar,
            // the last thing a day needs; Enter anywhere else stores the day.
            if focus == .search {
                if search.text.isEmpty { focus = .lessons } else { addSuggestion() }
                return .open
            }
            return submit(context: context)
        default: edit(key)
        }
        return .open
    }

    /// A key for the focused field.
    private mutating func edit(_ key: Key) {
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
        case .staff:
            switch key {
            case .right, .char(" "): stepStaff(1)
            case .left: stepStaff(-1)
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
        case .role, .staff, .judgement: break
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

    /// Steps the shadowed person through "none named" and the host team's staff (wrapping).
    private mutating func stepStaff(_ step: Int) {
        let choices: [Int64?] = [nil] + hostStaff.map(\.id)
        let i = choices.firstIndex(of: staffId) ?? 0
        staffId = choices[(i + step + choices.count) % choices.count]
    }

    /// The shadowed person's name: from the host team's list, else as the stored day had it.
    var staffName: String? {
        guard let staffId else { return nil }
        return hostStaff.first { $0.id == staffId }?.name ?? storedStaffName
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

    /// The search field text shown when no task matches what was typed.
    var searchHasNoMatch: Bool { !search.text.isEmpty && suggestions.isEmpty }
}
