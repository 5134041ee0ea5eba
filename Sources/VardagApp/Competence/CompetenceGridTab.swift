import TerminalKit
import VardagDomain
import VardagStore

/// The competence grid of a unit: people × requirements; marks a step done (asking before
/// a completion is removed), by validering, or planned; the mapping form; title and
/// manager filters.
///
/// The people are assessed on reload, so a key press only moves the cursor and draws the
/// rows on screen. The cursor and filters sit in `shared`: the plan tab follows them.
struct CompetenceGridTab: HostedTab {
    enum Message: Sendable {
        case move(Key)
        case toggleDone, markValidated, planStep, editMapping
        /// Plan or record spreading of a completed step (kunskapsspridning).
        case spread
        /// Open the unit's spreading view.
        case openSpreadingView
        case stepUnit(forward: Bool), cycleTitleFilter, cycleManagerFilter
        /// A key or paste while the mapping form or the undo question is open.
        case input(Event)
    }

    var shared: CompetenceShared
    /// All people of the unit, managers first.
    var roster = CompetenceRoster()
    /// `roster.rows` after the title and manager filters.
    var rows: [CompetenceRow] = []
    /// The mapping form, while open.
    var editor: MappingEditor?
    /// The spreading form, while open.
    var spreadingEditor: SpreadingEditor?
    /// The question before a completed step is unmarked, while open.
    var undoQuestion: UndoStepQuestion?
    /// Grid labels and symbols kept between frames (see `GridTextCache`).
    let gridText = GridTextCache()

    func tabTitle(_ context: AppContext) -> String { context.strings[CompetenceTab.grid.titleKey] }

    var isEditingText: Bool { editor != nil || undoQuestion != nil || spreadingEditor != nil }

    func inputMessage(for event: Event) -> Message? { .input(event) }

    func keyMap(_ context: AppContext) -> KeyMap<Message> {
        let s = context.strings
        if undoQuestion != nil {
            return UndoStepQuestion.keyMap(title: s["competence.undo.title"], yesHelp: s["competence.key.undoYes"],
                                           noHelp: s["competence.key.undoNo"], strings: s) { .input($0) }
        }
        // Without a unit the viewer covers there is nobody to change.
        let edits: [KeyBinding<Message>] = shared.unit == nil ? [] : [
            KeyBinding([.enter, .char(" ")], s["competence.key.toggleDone"], .toggleDone, label: "Enter", hint: true),
            KeyBinding([.char("v")], s["competence.key.validated"], .markValidated, label: "v"),
            KeyBinding([.char("p")], s["competence.key.planStep"], .planStep, label: "p", hint: true),
            KeyBinding([.char("m")], s["competence.key.editMapping"], .editMapping, label: "m", hint: true),
            KeyBinding([.char("r")], s["competence.key.spread"], .spread, label: "r"),
            KeyBinding([.char("S")], s["competence.key.spreadingView"], .openSpreadingView, label: "S"),
        ]
        return KeyMap(title: s["competence.title"], edits + CompetenceLayout.unitKeys(s) { .stepUnit(forward: $0) } + [
            KeyBinding([.char("t")], s["competence.key.titleFilter"], .cycleTitleFilter, label: "t", hint: true),
            KeyBinding([.char("c")], s["competence.key.managerFilter"], .cycleManagerFilter, label: "c"),
            KeyBinding([.up, .down, .left, .right, .char("k"), .char("j"), .pageUp, .pageDown, .home, .end],
                       s["competence.key.moveCell"], label: "↑↓←→") { .move($0) },
        ])
    }

    mutating func update(_ message: Message, context: AppContext) -> Effect {
        switch message {
        case .move(let key):
            _ = shared.grid.handle(key, rowCount: rows.count, columnCount: Requirement.all.count, pageSize: pageSize(context))
        case .stepUnit(let forward):
            guard shared.stepUnit(forward: forward) else { return .none }
            return Effect.reloading(context.strings) { try reload(context: context) }
        case .cycleTitleFilter:
            let present = Set(roster.rows.compactMap { $0.title?.id })
            let options: [Int64?] = [nil] + roster.titles.filter { present.contains($0.id) }.map(\.id)
            let index = options.firstIndex { $0 == shared.titleFilter } ?? 0
            shared.titleFilter = options[(index + 1) % options.count]
            applyFilters(context)
        case .cycleManagerFilter:
            shared.managerFilter = ManagerFilter(rawValue: (shared.managerFilter.rawValue + 1) % ManagerFilter.allCases.count) ?? .all
            applyFilters(context)
        case .toggleDone, .markValidated, .planStep:
            return changeCell(message, context: context)
        case .editMapping:
            guard rows.indices.contains(shared.grid.row), !roster.titles.isEmpty else { return .none }
            let person = rows[shared.grid.row].person
            // A retired title is offered only to the people who still hold it.
            let titles = roster.titles.filter { $0.active || $0.id == person.mapping.titleId }
            editor = MappingEditor(for: person, titles: titles, strings: context.strings)
        case .spread:
            return openSpreading(context: context)
        case .openSpreadingView:
            return .push(CompetenceSpreadingScreen.make(shared))
        case .input(let event):
            if undoQuestion != nil { return answerUndo(event, context: context) }
            if spreadingEditor != nil { return editSpreading(event, context: context) }
            return editMapping(event, context: context)
        }
        return .none
    }

    /// Passes a key to the mapping form (or its question about someone else's change).
    private mutating func editMapping(_ event: Event, context: AppContext) -> Effect {
        guard var form = editor else { return .none }
        let outcome: EditorOutcome<String?>
        if form.question != nil {
            guard case .key(let key) = event else { return .none }
            let saveNow = form.answerQuestion(key, strings: context.strings)
            editor = form
            guard saveNow else { return .none }
            outcome = form.submit(context: context)
        } else {
            outcome = form.handle(event, context: context)
        }
        switch outcome {
        case .open, .saved(nil):
            // Still open: refused at a field, or asking about someone else's change.
            editor = form
            return .none
        case .closed:
            editor = nil
            return .none
        case .saved(let status?):
            editor = nil
            return Effect.reloaded(context.strings, status: status) { try reloadKeepingCursor(context) }
        }
    }

    mutating func reload(context: AppContext) throws {
        try shared.loadUnits(context)
        roster = try CompetenceRoster.load(shared.unitScope, context: context)
        applyFilters(context)
        if let id = shared.focusPersonId, let row = rows.firstIndex(where: { $0.person.id == id }) {
            shared.grid.row = row
            shared.grid.column = Requirement.all.firstIndex(of: .certificate) ?? 0
            shared.grid.rowOffset = max(0, row - pageSize(context) + 1)
            shared.grid.clamp(rowCount: rows.count, columnCount: Requirement.all.count, pageSize: pageSize(context))
        }
        shared.focusPersonId = nil
    }

    /// Reloads after a change to a cell, keeping the cursor where it was.
    mutating func reloadKeepingCursor(_ context: AppContext) throws {
        let saved = shared.grid
        try reload(context: context)
        shared.grid = saved
        shared.grid.clamp(rowCount: rows.count, columnCount: Requirement.all.count, pageSize: pageSize(context))
    }

    mutating func sizeChanged(context: AppContext) {
        shared.grid.clamp(rowCount: rows.count, columnCount: Requirement.all.count, pageSize: pageSize(context))
    }

    private mutating func applyFilters(_ context: AppContext) {
        rows = shared.filtered(roster.rows)
        shared.grid.clamp(rowCount: rows.count, columnCount: Requirement.all.count, pageSize: pageSize(context))
    }

    /// Rows of people that fit: the body less the header and the column totals.
    func pageSize(_ context: AppContext) -> Int { max(1, CompetenceLayout.body(context).height - 2) }
}
