import TerminalKit
import VardagDomain
import VardagStore

/// The main screen's Slingor tab: the slingor the viewer covers (`DialogueAccess`), or one
/// unit's, with the next meeting, open questions and overdue actions; Enter opens one, n
/// starts a new one (for whoever may); u, y and s filter by unit, year and stage.
struct DialogueLoopsTab: DialogueTableTab {
    enum Message: Sendable {
        case browse(DialogueBrowse), open, add, cycleUnit, cycleYear, cycleStage
        /// A key or paste while the new-loop form is open.
        case input(Event)
    }

    var shared = DialogueShared()
    var table = TableState()
    var editor: DialogueForm?
    /// The unit the list is limited to; nil for all.
    var unitFilter: Int64?
    /// The year the list is limited to (the year a slinga started, or is planned to); nil for all.
    var yearFilter: Int?
    /// The stage the list is limited to; nil for all.
    var stageFilter: LoopStage?
    var loops: [LoopRow] = []
    /// The years of the loops read without a filter, newest first, for the year key.
    private var allLoopsYears: [Int] = []
    /// The units of the loops read without a filter, for the filter key.
    private var allLoopsUnits: [(id: Int64, name: String)] = []

    func tabTitle(_ context: AppContext) -> String { context.strings[DialogueTab.loops.titleKey] }

    func keyMap(_ context: AppContext) -> KeyMap<Message> {
        let s = context.strings
        let add = DialogueAccess.startsLoops(context.viewer)
            ? [KeyBinding([.char("n"), .char("a")], s["dialogue.key.newLoop"], Message.add, label: "n", hint: true)] : []
        return KeyMap(title: s["dialogue.title"], [
            KeyBinding([.enter], s["dialogue.key.openLoop"], .open, label: "Enter", hint: true),
        ] + add + [
            KeyBinding([.char("u")], s["dialogue.key.unit"], .cycleUnit, label: "u", hint: true),
            KeyBinding([.char("y")], s["dialogue.key.loopYear"], .cycleYear, label: "y", hint: true),
            KeyBinding([.char("s")], s["dialogue.key.stage"], .cycleStage, label: "s", hint: true),
        ] + Self.browseBindings(s, year: nil) { .browse($0) })
    }

    func inputMessage(for event: Event) -> Message? { .input(event) }

    mutating func update(_ message: Message, context: AppContext) -> Effect {
        let s = context.strings
        switch message {
        case .browse(let browsing):
            return browse(browsing, context: context)
        case .open:
            guard loops.indices.contains(table.selected) else { return .none }
            return .push(LoopScreen(loopId: loops[table.selected].id))
        case .add:
            guard DialogueAccess.startsLoops(context.viewer) else { return .none }
            do {
                editor = try DialogueForms.newLoop(context)
            } catch {
                return .error(s.couldNotRead(error))
            }
        case .cycleUnit:
            let units = unitChoices
            if let current = unitFilter, let i = units.firstIndex(where: { $0.id == current }) {
                unitFilter = i + 1 < units.count ? units[i + 1].id : nil
            } else {
                unitFilter = units.first?.id
            }
            table = TableState()
            let said = unitFilter.flatMap { id in units.first { $0.id == id } }
                .map { s.format("dialogue.filter.unit", $0.name) } ?? s["dialogue.filter.all"]
            return Effect.reloaded(s, status: said) { try reload(context: context) }
        case .cycleYear:
            let years = allLoopsYears
            if let current = yearFilter, let i = years.firstIndex(of: current) {
                yearFilter = i + 1 < years.count ? years[i + 1] : nil
            } else {
                yearFilter = years.first
            }
            table = TableState()
            let said = yearFilter.map { s.format("dialogue.filter.year", $0) } ?? s["dialogue.filter.allYears"]
            return Effect.reloaded(s, status: said) { try reload(context: context) }
        case .cycleStage:
            let stages = LoopStage.allCases
            if let current = stageFilter, let i = stages.firstIndex(of: current) {
                stageFilter = i + 1 < stages.count ? stages[i + 1] : nil
            } else {
                stageFilter = stages.first
            }
            table = TableState()
            let said = stageFilter.map { s.format("dialogue.filter.stage", DialogueText.stage($0, s)) } ?? s["dialogue.filter.allStages"]
            return Effect.reloaded(s, status: said) { try reload(context: context) }
        case .input(let event):
            guard let saved = DialogueForm.edit(&editor, with: event, context: context) else { return .none }
            let effect = Effect.reloaded(s, status: saved.status) { try reload(context: context) }
            return saved.newLoopId.map { effect.then(.push(LoopScreen(loopId: $0))) } ?? effect
        }
        return .none
    }

    /// The units that have slingor, for the loop filter.
    var unitChoices: [(id: Int64, name: String)] {
        var seen: Set<Int64> = []
        return allLoopsUnits.filter { seen.insert($0.id).inserted }
    }

    mutating func reload(context: AppContext) throws {
        let access = try DialogueAccess.reading(context)
        let all = DialogueAccess.usesTool(context.viewer)
            ? try context.store.dialogueLoops(today: context.today).filter { access.covers(loopId: $0.id, enhetId: $0.enhetId) } : []
        allLoopsUnits = all.map { ($0.enhetId, "\($0.enhetName), \($0.kommunName)") }
        allLoopsYears = Array(Set(all.map(Self.year))).sorted(by: >)
        loops = all.filter { loop in
            (unitFilter.map { loop.enhetId == $0 } ?? true)
                && (yearFilter.map { Self.year(loop) == $0 } ?? true)
                && (stageFilter.map { LoopStage(startedOn: loop.startedOn, finishedOn: loop.finishedOn) == $0 } ?? true)
        }
        clampSelection()
    }

    var rowCount: Int { loops.count }

    func info(_ context: AppContext) -> String {
        let s = context.strings
        let unit = unitFilter.flatMap { id in unitChoices.first { $0.id == id }?.name } ?? s["dialogue.filter.allUnits"]
        let year = yearFilter.map(String.init) ?? s["dialogue.filter.anyYear"]
        let stage = stageFilter.map { DialogueText.stage($0, s) } ?? s["dialogue.filter.anyStage"]
        return s.format("dialogue.info.loops", loops.count, unit, year, stage)
    }

    /// The year a slinga belongs to: the year it started, or is planned to start.
    static func year(_ loop: LoopRow) -> Int { (loop.startedOn ?? loop.plannedStart).year }

    func footer(_ context: AppContext, height: Int) -> [(String, Style)] {
        guard loops.indices.contains(table.selected), loops[table.selected].overdueActions > 0 else { return [] }
        return [(context.strings.format("dialogue.loops.overdue", loops[table.selected].overdueActions), context.theme.flag)]
    }

    func tableWidget(_ context: AppContext) -> Table {
        let s = context.strings
        let rows = loops
        var t = Table(columns: [
            TableColumn(s["dialogue.col.kommun"], width: .flexible(2)),
            TableColumn(s["dialogue.col.enhet"], width: .flexible(3)),
            TableColumn(s["dialogue.col.theme"], width: .flexible(4)),
            TableColumn(s["dialogue.col.start"], width: .fixed(10)),
            TableColumn(s["dialogue.col.next"], width: .fixed(14)),
            TableColumn(s["dialogue.col.open"], width: .fixed(5), alignment: .right),
            TableColumn(s["dialogue.col.overdue"], width: .fixed(4), alignment: .right),
        ], rowCount: rows.count, emptyText: DialogueText.empty(
            "dialogue.emptyLoops", covered: "dialogue.emptyLoopsCovered", writes: DialogueAccess.startsLoops(context.viewer), context)
        ) { i in
            let r = rows[i]
            return [r.kommunName, r.enhetName, r.theme, (r.startedOn ?? r.plannedStart).iso,
                    DialogueText.next(r.nextMeeting, s), String(r.openQuestions), String(r.overdueActions)]
        }
        let flag = context.theme.flag
        t.rowStyle = { i in rows[i].overdueActions > 0 ? flag : nil }
        return t
    }
}
