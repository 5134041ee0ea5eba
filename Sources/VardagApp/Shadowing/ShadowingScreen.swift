import TerminalKit
import VardagDomain
import VardagStore

/// Skuggning: the day view of a skuggningsteam's logs, the entry form, hypotheses, the
/// participants' path, the analysis, the task catalogue and the team's setup.
public struct ShadowingScreen: Screen {
    public enum Message: Sendable {
        case nextTab, previousTab, move(Key), previousDay, nextDay, previousWeek, nextWeek, today
        case open, copyPrevious, add, edit, nextTeam, newTeam, cycleStatus, toggleActive, nextStep, leave, link, cycleRange
        /// Remove the selected hypothesis, or take back the selected participant's latest step (asks first).
        case remove
        /// A key or paste while a form, the entry editor or the link picker has focus.
        case input(Event)
    }

    /// What has the keyboard besides the tab's list.
    enum Mode {
        case browsing
        case entry(ShadowingEntryEditor)
        case form(ShadowingFormEditor)
        case linking(hypothesisId: Int64, entries: [(entry: DayEntry, participant: String)], state: TableState)
        case removing(RemoveQuestion<Removal>)
    }

    /// What a remove question is about.
    enum Removal {
        case hypothesis(id: Int64)
        case latestStep(participantId: Int64, name: String)
    }

    /// The analysis period, stepped with `p`.
    enum AnalysisRange: Int, CaseIterable { case whole, eightWeeks, fourWeeks, week }

    public private(set) var tab: ShadowingTab
    var mode: Mode = .browsing
    var table = TableState()
    var teams: [ShadowingTeam] = []
    var teamIndex = 0
    public private(set) var date: LocalDate?
    var dayRows: [DayViewRow] = []
    var participants: [ShadowingParticipant] = []
    var catalogue: [ShadowingTask] = []
    var hypotheses: [Hypothesis] = []
    var analysis: ShadowingAnalysis?
    var analysisRange: AnalysisRange = .whole
    /// How far the analysis's draft task list is scrolled (↑↓); render keeps it in range.
    var draftOffset = 0
    var supervisors: [(id: Int64, name: String)] = []
    /// The linked days' lessons per hypothesis id (date and text), for the detail pane.
    var linkedLessons: [Int64: [(date: String, text: String)]] = [:]
    var hostName = ""
    /// False until the first load has turned to the team this user chose last time.
    var restoredTeamChoice = false

    public init(tab: ShadowingTab = .day, date: LocalDate? = nil) {
        self.tab = tab
        self.date = date
    }

    var team: ShadowingTeam? { teams.indices.contains(teamIndex) ? teams[teamIndex] : nil }

    public func title(_ context: AppContext) -> String { context.strings["shadowing.title"] }

    public var isEditingText: Bool {
        if case .browsing = mode { return false }
        return true
    }

    // MARK: Keys

    public func keyMap(_ context: AppContext) -> KeyMap<Message> {
        let s = context.strings
        var b: [KeyBinding<Message>] = []
        switch tab {
        case .day:
            b += [
                KeyBinding([.enter], s["shadowing.key.log"], .open, label: "Enter", hint: true),
                KeyBinding([.char("c")], s["shadowing.key.copy"], .copyPrevious, label: "c", hint: true),
                KeyBinding([.left, .char("h")], s["shadowing.key.prevDay"], .previousDay, label: "←"),
                KeyBinding([.right, .char("l")], s["shadowing.key.nextDay"], .nextDay, label: "→"),
                KeyBinding([.char("<")], s["shadowing.key.prevWeek"], .previousWeek, label: "<"),
                KeyBinding([.char(">")], s["shadowing.key.nextWeek"], .nextWeek, label: ">"),
                KeyBinding([.char("i")], s["shadowing.key.today"], .today, label: "i"),
            ]
            b.insert(KeyBinding([], s["shadowing.key.day"], .nextDay, label: "←→", hint: true), at: 2)
            // The entry form's own keys, listed here so the help overlay shows them too.
            b += [
                KeyBinding([], s["shadowing.key.formAdd"], .open, label: s["shadowing.key.inForm"] + " Enter"),
                KeyBinding([], s["shadowing.key.formJudgement"], .open, label: s["shadowing.key.inForm"] + " Space ←→"),
                KeyBinding([], s["shadowing.key.formRemove"], .open, label: s["shadowing.key.inForm"] + " Del"),
                KeyBinding([], s["shadowing.key.formCopy"], .open, label: s["shadowing.key.inForm"] + " Ctrl-Y"),
                KeyBinding([], s["shadowing.key.formFields"], .open, label: s["shadowing.key.inForm"] + " Tab"),
                KeyBinding([], s["shadowing.key.formClose"], .open, label: s["shadowing.key.inForm"] + " Esc"),
            ]
        case .hypotheses:
            b += [
                KeyBinding([.char("a"), .insert], s["shadowing.key.addHypothesis"], .add, label: "a", hint: true),
                KeyBinding([.enter, .char("e")], s["shadowing.key.edit"], .edit, label: "Enter", hint: true),
                KeyBinding([.char("s")], s["shadowing.key.status"], .cycleStatus, label: "s", hint: true),
                KeyBinding([.char("k")], s["shadowing.key.link"], .link, label: "k"),
                KeyBinding([.char("x"), .delete], s["shadowing.key.removeHypothesis"], .remove, label: "x"),
            ]
        case .path:
            b += [
                KeyBinding([.char("a"), .insert], s["shadowing.key.addParticipant"], .add, label: "a", hint: true),
                KeyBinding([.enter, .char("n")], s["shadowing.key.nextStep"], .nextStep, label: "Enter", hint: true),
                KeyBinding([.char("u")], s["shadowing.key.leave"], .leave, label: "u", hint: true),
                KeyBinding([.char("e")], s["shadowing.key.stepDate"], .edit, label: "e"),
                KeyBinding([.char("x"), .delete], s["shadowing.key.removeStep"], .remove, label: "x"),
            ]
        case .analysis:
            b += [
                KeyBinding([.char("p")], s["shadowing.key.range"], .cycleRange, label: "p", hint: true),
                KeyBinding([.up, .down, .pageUp, .pageDown], s["shadowing.key.scrollDraft"], .move(.down), label: "↑↓"),
            ]
        case .catalogue:
            b += [
                KeyBinding([.char("a"), .insert], s["shadowing.key.addTask"], .add, label: "a", hint: true),
                KeyBinding([.enter, .char("e")], s["shadowing.key.edit"], .edit, label: "Enter", hint: true),
                KeyBinding([.char("d"), .delete], s["shadowing.key.toggleTask"], .toggleActive, label: "d", hint: true),
            ]
        case .team:
            b += [
                KeyBinding([.enter, .char("e")], s["shadowing.key.editTeam"], .edit, label: "Enter", hint: true),
                KeyBinding([.char("a"), .insert], s["shadowing.key.addParticipant"], .add, label: "a"),
            ]
        }
        b += [
            KeyBinding([.tab], s["shadowing.key.tab"], .nextTab, label: "Tab", hint: true),
            KeyBinding([.backTab], s["shadowing.key.prevTab"], .previousTab, label: "Shift-Tab"),
            KeyBinding([.char("t")], s["shadowing.key.team"], .nextTeam, label: "t"),
            KeyBinding([.char("N")], s["shadowing.key.newTeam"], .newTeam, label: "N"),
        ]
        if tab != .analysis && tab != .team {
            b.append(KeyBinding([.up, .down, .char("j")], s["shadowing.key.move"], .move(.down), label: "↑↓"))
        }
        return KeyMap(title: s["shadowing.title"], b)
    }

    public func message(for event: Event, context: AppContext) -> Message? {
        if case .browsing = mode {
            guard case .key(let key) = event else { return nil }
            switch key {
            case .up, .down, .char("j"), .pageUp, .pageDown, .home, .end: return .move(key)
            case .char("k") where tab != .hypotheses: return .move(.up)
            default: return keyMap(context).action(for: key)
            }
        }
        switch event {
        case .key, .paste: return .input(event)
        default: return nil
        }
    }

    // MARK: Update

    public mutating func update(_ message: Message, context: AppContext) -> Effect {
        let s = context.strings
        if team == nil {
            switch message {
            case .newTeam, .edit, .open, .add: return startTeamForm(nil, context: context)
            case .input(let event): return handleInput(event, context: context)
            case .nextTab, .previousTab: break
            default: return .none
            }
        }
        switch message {
        case .nextTab, .previousTab:
            let step = { if case .nextTab = message { return 1 } else { return -1 } }()
            tab = ShadowingTab(rawValue: TabBar.step(tab.rawValue, by: step, count: ShadowingTab.allCases.count)) ?? .day
            table = TableState()
            reload(context: context)
        case .move(let key) where tab == .analysis:
            let count = analysis?.draftTaskList.count ?? 0
            let step: Int
            switch key {
            case .up: step = -1
            case .down, .char("j"): step = 1
            case .pageUp: step = -pageSize(context)
            case .pageDown: step = pageSize(context)
            case .home: step = -count
            case .end: step = count
            default: step = 0
            }
            // No further than where the list's last rows fill its area.
            let rows = Self.draftRows(body: Self.layout(context.screenArea).body.inset(left: 1, right: 1),
                                      taskCount: analysis?.tasks.count ?? 0)
            draftOffset = max(0, min(count - max(1, rows), draftOffset + step))
        case .move(let key):
            _ = table.handle(key, rowCount: rowCount, pageSize: pageSize(context))
        case .previousDay: return shiftDate(-1, context: context)
        case .nextDay: return shiftDate(1, context: context)
        case .previousWeek: return shiftDate(-7, context: context)
        case .nextWeek: return shiftDate(7, context: context)
        case .today:
            date = context.today
            reload(context: context)
            return dayOutsideWarning(context: context)
        case .nextTeam:
            guard teams.count > 1 else { return .status(s["shadowing.onlyOneTeam"]) }
            teamIndex = (teamIndex + 1) % teams.count
            table = TableState()
            rememberTeam(context: context)
            reload(context: context)
            return .status(s.format("shadowing.teamChosen", team?.name ?? ""))
        case .newTeam:
            return startTeamForm(nil, context: context)
        case .open:
            return openEntry(copy: false, context: context)
        case .copyPrevious:
            return openEntry(copy: true, context: context)
        case .add:
            guard let team else { return .none }
            switch tab {
            case .hypotheses: mode = .form(.hypothesis(teamId: team.id, nil, today: context.today, strings: s))
            case .path, .team, .day: mode = .form(.participant(teamId: team.id, strings: s))
            case .catalogue: mode = .form(.task(nil, strings: s))
            case .analysis: break
            }
        case .edit:
            switch tab {
            case .hypotheses:
                guard let team, hypotheses.indices.contains(table.selected) else { return .none }
                mode = .form(.hypothesis(teamId: team.id, hypotheses[table.selected], today: context.today, strings: s))
            case .catalogue:
                guard catalogue.indices.contains(table.selected) else { return .none }
                mode = .form(.task(catalogue[table.selected], strings: s))
            case .team:
                return startTeamForm(team, context: context)
            case .path:
                guard participants.indices.contains(table.selected) else { return .none }
                let p = participants[table.selected]
                if p.path.steps.isEmpty { return .error(s.format("shadowing.noSteps", p.name)) }
                mode = .form(.stepDate(p, strings: s))
            default: break
            }
        case .remove:
            switch tab {
            case .hypotheses:
                guard hypotheses.indices.contains(table.selected) else { return .none }
                let h = hypotheses[table.selected]
                var message = s.format("shadowing.remove.hypothesis", h.statement)
                if !h.linkedEntryIds.isEmpty { message += " " + s.format("shadowing.remove.hypothesisLinks", h.linkedEntryIds.count) }
                mode = .removing(RemoveQuestion(target: .hypothesis(id: h.id), title: s["shadowing.remove.hypothesisTitle"],
                                                message: message + " " + s["confirm.keys"]))
            case .path:
                guard participants.indices.contains(table.selected) else { return .none }
                let p = participants[table.selected]
                guard let latest = p.path.steps.last else { return .error(s.format("shadowing.noSteps", p.name)) }
                if !p.isActive { return .error(s["shadowing.problem.left"]) }
                mode = .removing(RemoveQuestion(
                    target: .latestStep(participantId: p.id, name: p.name), title: s["shadowing.remove.stepTitle"],
                    message: s.format("shadowing.remove.step", p.name, ShadowingText.step(latest.step, s), latest.date.iso)))
            default: break
            }
        case .cycleStatus:
            guard hypotheses.indices.contains(table.selected) else { return .none }
            let h = hypotheses[table.selected]
            let all = HypothesisStatus.allCases
            let next = all[((all.firstIndex(of: h.status) ?? 0) + 1) % all.count]
            do {
                try context.store.updateHypothesis(id: h.id, statement: h.statement, status: next, reviewDate: h.reviewDate.iso)
            } catch { return .error(s.couldNotSave(error)) }
            reload(context: context)
            return .status(s.format("shadowing.statusSet", ShadowingText.status(next, s)))
        case .toggleActive:
            guard catalogue.indices.contains(table.selected) else { return .none }
            let t = catalogue[table.selected]
            do {
                try context.store.updateShadowingTask(id: t.id, name: t.name, category: t.category, judgement: t.defaultJudgement,
                                                      minutes: String(t.defaultMinutes), active: !t.active)
            } catch { return .error(s.couldNotSave(error)) }
            reload(context: context)
            return .status(s.format(t.active ? "shadowing.taskRetired" : "shadowing.taskActivated", t.name))
        case .nextStep, .leave:
            guard participants.indices.contains(table.selected) else { return .none }
            let p = participants[table.selected]
            if !p.isActive { return .error(s["shadowing.problem.left"]) }
            if case .nextStep = message {
                if p.path.current == .anstalld { return .error(s["shadowing.pathDone"]) }
                mode = .form(.step(p, today: context.today, strings: s))
            } else {
                mode = .form(.leaving(p, today: context.today, strings: s))
            }
        case .link:
            guard let team, hypotheses.indices.contains(table.selected) else { return .none }
            let entries = (try? context.store.entriesWithLessons(teamId: team.id)) ?? []
            if entries.isEmpty { return .status(s["shadowing.noLessons"]) }
            mode = .linking(hypothesisId: hypotheses[table.selected].id, entries: entries, state: TableState())
        case .cycleRange:
            analysisRange = AnalysisRange(rawValue: (analysisRange.rawValue + 1) % AnalysisRange.allCases.count) ?? .whole
            draftOffset = 0
            reload(context: context)
        case .input(let event):
            return handleInput(event, context: context)
        }
        return .none
    }

    private mutating func shiftDate(_ days: Int, context: AppContext) -> Effect {
        guard tab == .day, let current = date else { return .none }
        date = current.adding(days: days)
        reload(context: context)
        return dayOutsideWarning(context: context)
    }

    /// Says so at once when the chosen day lies outside the team's period, where no day can be logged.
    private func dayOutsideWarning(context: AppContext) -> Effect {
        guard let team, let date, !team.period.contains(date) else { return .none }
        return .error(context.strings.format("shadowing.dayOutside", team.startDate.iso, team.endDate.iso))
    }

    /// Stores the shown team as this user's choice; a failure to store only loses the preference.
    private func rememberTeam(context: AppContext) {
        guard let team else { return }
        try? context.store.rememberShadowingTeam(id: team.id)
    }

    private mutating func startTeamForm(_ team: ShadowingTeam?, context: AppContext) -> Effect {
        let store = context.store
        guard let tree = try? store.registerTree(),
              tree.kommuner.contains(where: { $0.enheter.contains { $0.enhet.omrade == .vardOchOmsorg && !$0.teams.isEmpty } }) else {
            return .error(context.strings["shadowing.needHostTeam"])
        }
        let staff = ((try? store.staff(offset: 0, limit: 2000, filter: StaffFilter(text: "", includeInactive: false), sort: .name)) ?? [])
            .filter { $0.omrade == .vardOchOmsorg }.map { (id: $0.id, name: "\($0.name) · \($0.teamName)") }
        mode = .form(.team(team, supervisors: team == nil ? [] : supervisors.map(\.id), tree: tree, staff: staff,
                           today: context.today, strings: context.strings))
        return .none
    }

    private mutating func openEntry(copy: Bool, context: AppContext) -> Effect {
        let s = context.strings
        guard let team, let date, dayRows.indices.contains(table.selected) else { return .none }
        let row = dayRows[table.selected]
        // A day the store would refuse is refused now, before anything is typed (an
        // entry already stored there stays open for reading and correcting).
        if row.entry == nil, let problem = ShadowingRules.dayProblem(on: date, period: team.period, participant: row.participant) {
            return .error(s.format("shadowing.dayRefused", ShadowingText.problem(problem, s)))
        }
        var editor = ShadowingEntryEditor(teamId: team.id, participant: row.participant, date: date, period: team.period,
                                          tasks: catalogue, existing: row.entry, strings: s)
        if copy {
            guard let previous = try? context.store.previousDayEntry(participantId: row.participant.id, before: date) else {
                return .error(s.format("shadowing.noPrevious", row.participant.name))
            }
            editor.load(previous, catalogue: catalogue, keepLessons: false)
            editor.formMessage = s.format("shadowing.copied", previous.date.iso)
            // A copy is where the user starts, not typing of hers: Esc still closes at once.
            editor.markUnchanged()
        }
        mode = .entry(editor)
        return .none
    }

    private mutating func handleInput(_ event: Event, context: AppContext) -> Effect {
        let s = context.strings
        switch mode {
        case .browsing:
            return .none
        case .entry(var editor):
            switch editor.handle(event, strings: s) {
            case .none:
                mode = .entry(editor)
            case .cancel:
                mode = .browsing
            case .copyPrevious:
                if let previous = try? context.store.previousDayEntry(participantId: editor.participant.id,
                                                                       before: (try? LocalDate.parse(editor.date.text)) ?? date ?? context.today) {
                    editor.load(previous, catalogue: catalogue, keepLessons: false)
                    editor.formMessage = s.format("shadowing.copied", previous.date.iso)
                } else {
                    editor.formMessage = s.format("shadowing.noPrevious", editor.participant.name)
                }
                mode = .entry(editor)
            case .save:
                if PersonnummerGuard.holds(editor.lessons.text, message: &editor.lessonsMessage,
                                           formMessage: &editor.formMessage, strings: s) {
                    editor.focus = .lessons
                    mode = .entry(editor)
                    return .none
                }
                do {
                    let saved = try context.store.saveDayEntry(editor.draft)
                    mode = .browsing
                    reload(context: context)
                    if let i = dayRows.firstIndex(where: { $0.participant.id == saved.participantId }) {
                        table.select(min(i + 1, dayRows.count - 1), rowCount: dayRows.count, pageSize: pageSize(context))
                    }
                    return .status(s.format("shadowing.saved", editor.participant.name, saved.date.iso, saved.tasks.count, saved.totalMinutes))
                } catch let failure as ShadowingValidationFailure {
                    editor.show(failure, strings: s)
                } catch {
                    editor.formMessage = s.couldNotSave(error)
                }
                mode = .entry(editor)
            }
            return .none
        case .form(var editor):
            switch editor.form.closeDecision(for: event, strings: context.strings) {
            case .close: mode = .browsing; return .none
            case .stay: mode = .form(editor); return .none
            case .pass: break
            }
            if case .key(.enter) = event {
                if PersonnummerGuard.holds(&editor.form, strings: s) { mode = .form(editor); return .none }
                do {
                    let name = try editor.save(to: context.store)
                    mode = .browsing
                    if case .team(nil, _, _) = editor.kind {
                        reload(context: context)
                        teamIndex = teams.firstIndex { $0.name == name } ?? 0
                        rememberTeam(context: context)
                    }
                    reload(context: context)
                    return .status(s.format("shadowing.stored", name))
                } catch let failure as ShadowingValidationFailure {
                    editor.show(failure, strings: s)
                } catch {
                    editor.form.message = s.couldNotSave(error)
                }
                mode = .form(editor)
                return .none
            }
            _ = editor.form.handle(event)
            mode = .form(editor)
            return .none
        case .removing(var question):
            guard case .key(let key) = event else { return .none }
            guard let yes = question.answer(key, strings: s) else {
                mode = .removing(question)
                return .none
            }
            mode = .browsing
            guard yes else { return .none }
            let status: String
            do {
                switch question.target {
                case .hypothesis(let id):
                    try context.store.removeHypothesis(id: id)
                    status = s["shadowing.removed.hypothesis"]
                case .latestStep(let participantId, let name):
                    try context.store.removeLatestPathStep(participantId: participantId)
                    status = s.format("shadowing.removed.step", name)
                }
            } catch let failure as ShadowingValidationFailure {
                return .error(failure.problems.values.map { ShadowingText.problem($0, s) }.sorted().joined(separator: " "))
            } catch {
                return .error(s.couldNotSave(error))
            }
            let selected = table.selected
            reload(context: context)
            table.select(selected, rowCount: rowCount, pageSize: pageSize(context))
            return .status(status)
        case .linking(let hypothesisId, let entries, var state):
            guard case .key(let key) = event else { return .none }
            switch key {
            case .escape, .enter:
                mode = .browsing
                reload(context: context)
                return .none
            case .char(" "):
                guard entries.indices.contains(state.selected) else { return .none }
                let entryId = entries[state.selected].entry.id
                let linked = hypotheses.first { $0.id == hypothesisId }?.linkedEntryIds.contains(entryId) ?? false
                do {
                    try context.store.setHypothesisLink(hypothesisId: hypothesisId, entryId: entryId, linked: !linked)
                } catch { return .error(s.couldNotSave(error)) }
                reload(context: context)
            default:
                _ = state.handle(key, rowCount: entries.count, pageSize: max(1, context.screenArea.height - 6))
            }
            mode = .linking(hypothesisId: hypothesisId, entries: entries, state: state)
            return .none
        }
    }

    // MARK: Data

    public mutating func reload(context: AppContext) {
        let store = context.store
        _ = try? store.ensureShadowingCatalogue()
        teams = (try? store.shadowingTeams()) ?? []
        if !restoredTeamChoice, !teams.isEmpty {
            restoredTeamChoice = true
            if let id = try? store.chosenShadowingTeamId(), let i = teams.firstIndex(where: { $0.id == id }) { teamIndex = i }
        }
        if teamIndex >= teams.count { teamIndex = 0 }
        catalogue = (try? store.shadowingTasks()) ?? []
        guard let team else { return }
        if date == nil {
            date = min(max(context.today, team.startDate), team.endDate)
        }
        participants = (try? store.shadowingParticipants(teamId: team.id)) ?? []
        switch tab {
        case .day:
            dayRows = date.flatMap { try? store.dayView(teamId: team.id, date: $0) } ?? []
        case .hypotheses:
            hypotheses = (try? store.hypotheses(teamId: team.id)) ?? []
            // Due ones first: the review list.
            hypotheses.sort { a, b in
                let (da, db) = (a.isDue(on: context.today), b.isDue(on: context.today))
                return da != db ? da : (a.reviewDate, a.id) < (b.reviewDate, b.id)
            }
            let entries = (try? store.entriesWithLessons(teamId: team.id, limit: 1000)) ?? []
            let byId = Dictionary(entries.map { ($0.entry.id, $0) }, uniquingKeysWith: { a, _ in a })
            linkedLessons = Dictionary(uniqueKeysWithValues: hypotheses.map { h in
                (h.id, h.linkedEntryIds.compactMap { byId[$0] }.map { (date: $0.entry.date.iso, text: "\($0.participant): \($0.entry.lessons)") })
            })
        case .analysis:
            let range = analysisPeriod(team: team, today: context.today)
            analysis = try? store.shadowingAnalysis(teamId: team.id, from: range.lowerBound, to: range.upperBound)
        case .team:
            supervisors = (try? store.shadowingSupervisors(teamId: team.id)) ?? []
            hostName = ((try? store.team(id: team.hostTeamId)) ?? nil)?.name ?? ""
        case .path, .catalogue:
            break
        }
        if table.selected >= rowCount { table.selected = max(0, rowCount - 1) }
    }

    /// Shows the team with this id (the benchmark and tests pick a team directly).
    public mutating func selectTeam(id: Int64, context: AppContext) {
        teams = (try? context.store.shadowingTeams()) ?? []
        teamIndex = teams.firstIndex { $0.id == id } ?? 0
        restoredTeamChoice = true
        date = nil
        reload(context: context)
    }

    /// The analysis period: the team's whole period, or the last weeks up to today (or the team's end).
    func analysisPeriod(team: ShadowingTeam, today: LocalDate) -> ClosedRange<LocalDate> {
        let end = min(max(today, team.startDate), team.endDate)
        let days: Int
        switch analysisRange {
        case .whole: return team.period
        case .eightWeeks: days = 56
        case .fourWeeks: days = 28
        case .week: days = 7
        }
        return max(team.startDate, end.adding(days: -days + 1))...end
    }

    var rowCount: Int {
        switch tab {
        case .day: return dayRows.count
        case .hypotheses: return hypotheses.count
        case .path: return participants.count
        case .catalogue: return catalogue.count
        case .analysis, .team: return 0
        }
    }

    /// The rows of the screen: tab bar, info line, body.
    static func layout(_ area: Rect) -> (tabs: Rect, info: Rect, body: Rect) {
        let (tabs, rest) = area.splitTop(1)
        let (info, body) = rest.inset(top: 1).splitTop(1)
        return (tabs, info, body.inset(top: 1))
    }

    func pageSize(_ context: AppContext) -> Int {
        max(1, Self.layout(context.screenArea).body.height - 1)
    }
}
