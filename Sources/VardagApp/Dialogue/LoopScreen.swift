import TerminalKit
import VardagDomain
import VardagStore

/// One slinga: its meetings in the fixed order with the open relay questions at each,
/// the relay questions as chains from asked to answered, the actions (overdue ones
/// highlighted), the theme's history, and the warnings.
struct LoopScreen: Screen {
    enum Message: Sendable {
        case nextTab, previousTab, move(Key)
        case logMeeting, askQuestion, answer, addAction, stepStatus, toggleFedBack, changeTheme, editStaff
        /// Correct or remove the selected meeting, answer or action.
        case edit, remove
        case input(Event)
        /// A key while a remove question is open.
        case answerRemove(Key)
    }

    /// What a remove question is about.
    enum Removal {
        case meeting(id: Int64, name: String)
        case answer(questionId: Int64)
        case action(id: Int64, what: String)
    }

    let loopId: Int64
    var tab: LoopTab = .meetings
    var table = TableState()
    var detail: LoopDetail?
    var editor: DialogueForm?
    /// The question before a meeting, an answer or an action is removed, while open.
    var removal: RemoveQuestion<Removal>?

    init(loopId: Int64, tab: LoopTab = .meetings) {
        self.loopId = loopId
        self.tab = tab
    }

    func title(_ context: AppContext) -> String {
        detail.map { context.strings.format("dialogue.loop.title", $0.enhetName) } ?? context.strings["dialogue.loop.titleNone"]
    }

    var isEditingText: Bool { editor != nil || removal != nil }

    func keyMap(_ context: AppContext) -> KeyMap<Message> {
        let s = context.strings
        var bindings: [KeyBinding<Message>] = [
            KeyBinding([.char("m")], s["dialogue.key.logMeeting"], .logMeeting, label: "m", hint: tab == .meetings),
            KeyBinding([.char("f")], s["dialogue.key.askQuestion"], .askQuestion, label: "f", hint: tab != .actions && tab != .theme),
        ]
        switch tab {
        case .questions:
            bindings += [
                KeyBinding([.char("s"), .enter], s["dialogue.key.answer"], .answer, label: "s", hint: true),
                KeyBinding([.char("e")], s["dialogue.key.editAnswer"], .edit, label: "e"),
                KeyBinding([.char("x"), .delete], s["dialogue.key.removeAnswer"], .remove, label: "x"),
            ]
        case .actions:
            bindings += [
                KeyBinding([.char("a")], s["dialogue.key.addAction"], .addAction, label: "a", hint: true),
                KeyBinding([.char("s"), .char(" ")], s["dialogue.key.stepStatus"], .stepStatus, label: "s", hint: true),
                KeyBinding([.char("b")], s["dialogue.key.fedBack"], .toggleFedBack, label: "b", hint: true),
                KeyBinding([.char("e")], s["dialogue.key.editAction"], .edit, label: "e"),
                KeyBinding([.char("x"), .delete], s["dialogue.key.removeAction"], .remove, label: "x"),
            ]
        case .meetings:
            bindings += [
                KeyBinding([.char("a")], s["dialogue.key.addAction"], .addAction, label: "a"),
                KeyBinding([.char("e")], s["dialogue.key.editMeeting"], .edit, label: "e"),
                KeyBinding([.char("x"), .delete], s["dialogue.key.removeMeeting"], .remove, label: "x"),
            ]
        case .theme:
            bindings.append(KeyBinding([.char("a")], s["dialogue.key.addAction"], .addAction, label: "a"))
        }
        bindings += [
            KeyBinding([.char("t")], s["dialogue.key.changeTheme"], .changeTheme, label: "t", hint: tab == .theme),
            KeyBinding([.char("p")], s["dialogue.key.staff"], .editStaff, label: "p", hint: tab == .theme),
            KeyBinding([.tab], s["dialogue.key.tab"], .nextTab, label: "Tab", hint: true),
            KeyBinding([.backTab], s["dialogue.key.prevTab"], .previousTab, label: "Shift-Tab"),
            KeyBinding([.up, .down, .char("k"), .char("j")], s["dialogue.key.move"], .move(.down), label: "↑↓"),
        ]
        return KeyMap(title: s["dialogue.loop.keys"], bindings)
    }

    func message(for event: Event, context: AppContext) -> Message? {
        if editor != nil {
            switch event {
            case .key, .paste: return .input(event)
            default: return nil
            }
        }
        guard case .key(let key) = event else { return nil }
        if removal != nil { return .answerRemove(key) }
        switch key {
        case .up, .down, .char("k"), .char("j"), .pageUp, .pageDown, .home, .end: return .move(key)
        default: return keyMap(context).action(for: key)
        }
    }

    // MARK: Update

    mutating func update(_ message: Message, context: AppContext) -> Effect {
        let s = context.strings
        guard let detail else { return .none }
        switch message {
        case .nextTab, .previousTab:
            let step = { if case .nextTab = message { return 1 } else { return -1 } }()
            tab = LoopTab(rawValue: TabBar.step(tab.rawValue, by: step, count: LoopTab.allCases.count)) ?? .meetings
            table = TableState()
            if tab == .meetings { selectNextMeeting() }
        case .move(let key):
            _ = table.handle(key, rowCount: rowCount, pageSize: max(1, Self.layout(context.screenArea).table.height - 1))
        case .logMeeting:
            do {
                guard let form = try DialogueForms.meeting(detail, context) else { return .error(s["dialogue.error.allHeld"]) }
                editor = form
            } catch {
                return .error(s.couldNotSave(error))
            }
        case .askQuestion:
            guard let form = DialogueForms.question(detail, context) else { return .error(s["dialogue.error.noMeetingYet"]) }
            editor = form
        case .answer:
            guard tab == .questions, detail.questions.indices.contains(table.selected) else { return .none }
            let question = detail.questions[table.selected]
            guard question.isOpen else { return .error(s["dialogue.error.alreadyAnswered"]) }
            guard let form = DialogueForms.answer(question, detail, context) else {
                return .error(s.format("dialogue.error.noAnsweringMeeting", DialogueText.group(question.to, s).lowercased()))
            }
            editor = form
        case .addAction:
            guard detail.meetings.contains(where: { $0.kind == .gemensam }) else { return .error(s["dialogue.error.gemensamNotHeld"]) }
            editor = DialogueForms.action(detail, context)
        case .stepStatus, .toggleFedBack:
            guard tab == .actions, detail.actions.indices.contains(table.selected) else { return .none }
            let action = detail.actions[table.selected]
            do {
                if case .stepStatus = message {
                    try context.store.setActionStatus(id: action.id, status: action.status.next)
                } else {
                    try context.store.setActionFedBack(id: action.id, fedBack: !action.fedBack)
                }
            } catch {
                return .error(s.couldNotSave(error))
            }
            reload(context: context)
            return .status(s["dialogue.saved.action"])
        case .changeTheme:
            editor = DialogueForms.theme(detail, context)
        case .editStaff:
            do {
                editor = try DialogueForms.staff(detail, context)
            } catch {
                return .error(s.couldNotSave(error))
            }
        case .edit:
            return openCorrection(detail, context: context)
        case .remove:
            return askRemoval(detail, context: context)
        case .answerRemove(let key):
            return answerRemoval(key, context: context)
        case .input(let event):
            guard let form = editor else { return .none }
            switch DialogueForms.handle(event, form: form, context: context) {
            case .closed: editor = nil
            case .editing(let form): editor = form
            case .saved(let saved):
                editor = nil
                reload(context: context)
                // After a new meeting the cursor moves on; after a correction it stays.
                if tab == .meetings, case .meeting = form.kind { selectNextMeeting() }
                return .status(saved.status)
            }
        }
        return .none
    }

    /// The meeting on the selected row of the Träffar tab, if held.
    private func selectedMeeting(_ detail: LoopDetail) -> LoopDetail.Meeting? {
        guard tab == .meetings, TraffTyp.allCases.indices.contains(table.selected) else { return nil }
        let kind = TraffTyp.allCases[table.selected]
        return detail.meetings.first { $0.kind == kind }
    }

    /// Opens the correction form for the selected meeting, answer or action.
    private mutating func openCorrection(_ detail: LoopDetail, context: AppContext) -> Effect {
        let s = context.strings
        switch tab {
        case .meetings:
            guard let meeting = selectedMeeting(detail) else { return .error(s["dialogue.error.meetingNotHeld"]) }
            editor = DialogueForms.editMeeting(meeting, context)
        case .questions:
            guard detail.questions.indices.contains(table.selected) else { return .none }
            guard let form = DialogueForms.editAnswer(detail.questions[table.selected], detail, context) else {
                return .error(s["dialogue.error.notAnswered"])
            }
            editor = form
        case .actions:
            guard detail.actions.indices.contains(table.selected) else { return .none }
            editor = DialogueForms.editAction(detail.actions[table.selected], context)
        case .theme:
            break
        }
        return .none
    }

    /// Opens the question before the selected meeting, answer or action is removed.
    private mutating func askRemoval(_ detail: LoopDetail, context: AppContext) -> Effect {
        let s = context.strings
        switch tab {
        case .meetings:
            guard let meeting = selectedMeeting(detail) else { return .error(s["dialogue.error.meetingNotHeld"]) }
            guard detail.meetings.last?.id == meeting.id else { return .error(s["dialogue.error.notLatestMeeting"]) }
            if meeting.kind == .gemensam && !detail.actions.isEmpty { return .error(s["dialogue.error.meetingHasActions"]) }
            let name = DialogueText.traff(meeting.kind, s)
            let asked = detail.questions.filter { $0.askedMeetingId == meeting.id }.count
            let answered = detail.questions.filter { $0.answeredMeetingId == meeting.id }.count
            var message = s.format("dialogue.remove.meeting", name, meeting.date.iso)
            if asked + answered > 0 { message += " " + s.format("dialogue.remove.meetingQuestions", asked, answered) }
            message += " " + s["confirm.keys"]
            removal = RemoveQuestion(target: .meeting(id: meeting.id, name: name), title: s["dialogue.remove.meetingTitle"],
                                     message: message)
        case .questions:
            guard detail.questions.indices.contains(table.selected) else { return .none }
            let question = detail.questions[table.selected]
            guard let answer = question.answer else { return .error(s["dialogue.error.notAnswered"]) }
            removal = RemoveQuestion(target: .answer(questionId: question.id), title: s["dialogue.remove.answerTitle"],
                                     message: s.format("dialogue.remove.answer", answer))
        case .actions:
            guard detail.actions.indices.contains(table.selected) else { return .none }
            let action = detail.actions[table.selected]
            removal = RemoveQuestion(target: .action(id: action.id, what: action.what), title: s["dialogue.remove.actionTitle"],
                                     message: s.format("dialogue.remove.action", action.what))
        case .theme:
            break
        }
        return .none
    }

    /// Answers the remove question: yes removes in one transaction, no or Esc keeps.
    private mutating func answerRemoval(_ key: Key, context: AppContext) -> Effect {
        guard var question = removal else { return .none }
        let s = context.strings
        guard let yes = question.answer(key, strings: s) else {
            removal = question
            return .none
        }
        removal = nil
        guard yes else { return .none }
        let status: String
        do {
            switch question.target {
            case .meeting(let id, let name):
                try context.store.removeMeeting(id: id)
                status = s.format("dialogue.removed.meeting", name)
            case .answer(let questionId):
                try context.store.removeAnswer(questionId: questionId)
                status = s["dialogue.removed.answer"]
            case .action(let id, _):
                try context.store.removeAction(id: id)
                status = s["dialogue.removed.action"]
            }
        } catch let failure as DialogueFailure {
            return .error(failure.errors.values.map { DialogueText.error($0, s) }.sorted().joined(separator: " "))
        } catch {
            return .error(s.couldNotSave(error))
        }
        reload(context: context)
        return .status(status)
    }

    /// Puts the cursor on the next meeting to log (or the last held).
    private mutating func selectNextMeeting() {
        guard let detail else { return }
        table.selected = min(TraffTyp.allCases.count - 1, detail.meetings.count)
    }

    mutating func reload(context: AppContext) {
        let first = detail == nil
        detail = try? context.store.loopDetail(id: loopId, today: context.today)
        if first && tab == .meetings { selectNextMeeting() }
        if table.selected >= rowCount { table.selected = max(0, rowCount - 1) }
    }

    var rowCount: Int {
        guard let detail else { return 0 }
        switch tab {
        case .meetings: return TraffTyp.allCases.count
        case .questions: return detail.questions.count
        case .actions: return detail.actions.count
        case .theme: return detail.themeHistory.count
        }
    }

    // MARK: Render

    /// Tabs, three header lines, the table and a panel under it.
    /// The table takes the rows it needs, leaving at least seven lines for the panel under it.
    static func layout(_ area: Rect, rows: Int = Int.max) -> (tabs: Rect, header: Rect, table: Rect, panel: Rect) {
        let (tabs, rest) = area.splitTop(1)
        let (header, body) = rest.inset(top: 1).splitTop(3)
        let content = body.inset(top: 1)
        let tableHeight = max(2, min(rows == Int.max ? Int.max : rows + 1, content.height - 7))
        let (table, panel) = content.splitTop(min(content.height, tableHeight))
        return (tabs, header, table, panel.inset(top: 1, left: 1, right: 1))
    }

    func render(into buffer: inout Buffer, area: Rect, context: AppContext) {
        let s = context.strings
        let theme = context.theme
        guard let detail else {
            buffer.put(s["dialogue.loop.titleNone"], x: area.x + 1, y: area.y + 1, style: theme.error)
            return
        }
        let rows = Self.layout(area, rows: max(1, rowCount))
        var tabs = TabBar(titles: LoopTab.allCases.map { s[$0.titleKey] }, selected: tab.rawValue)
        tabs.selectedStyle = theme.selected
        tabs.render(into: &buffer, area: rows.tabs.inset(left: 1))
        let header = rows.header.inset(left: 1, right: 1)
        buffer.put(s.format("dialogue.loop.head", detail.theme, DialogueText.chooser(detail.themeChosenBy, s).lowercased(),
                            detail.enhetName, detail.kommunName),
                   x: header.x, y: header.y, maxWidth: header.width, style: theme.title)
        let guides = detail.guides.map { g in
            g.bought ? s.format("dialogue.loop.boughtGuide", g.name, g.kommunName) : g.name
        }.joined(separator: ", ")
        buffer.put(s.format("dialogue.loop.guides", guides), x: header.x, y: header.y + 1, maxWidth: header.width, style: theme.normal)
        buffer.put(s.format("dialogue.loop.staffNext", detail.staff.count, DialogueText.next(detail.nextMeeting, s),
                            detail.openQuestions.count, detail.actions.filter(\.overdue).count),
                   x: header.x, y: header.y + 2, maxWidth: header.width, style: theme.dim)
        var widget = table(detail, context)
        widget.headerStyle = theme.header
        widget.selectedStyle = theme.selected
        widget.render(into: &buffer, area: rows.table, state: table, focused: editor == nil)
        let lines = panel(detail, context)
        for (i, line) in lines.prefix(rows.panel.height).enumerated() {
            buffer.put(line.0, x: rows.panel.x, y: rows.panel.y + i, maxWidth: rows.panel.width, style: line.1)
        }
        if let editor { editor.render(into: &buffer, area: area, context: context) }
        removal?.render(into: &buffer, area: area, strings: s)
    }

    private func table(_ detail: LoopDetail, _ context: AppContext) -> Table {
        let s = context.strings
        switch tab {
        case .meetings:
            let held = Dictionary(uniqueKeysWithValues: detail.meetings.map { ($0.kind, $0) })
            let next = detail.nextMeeting
            let dim = context.theme.dim
            var t = Table(columns: [
                TableColumn(s["dialogue.col.meeting"], width: .fixed(17)),
                TableColumn(s["dialogue.col.date"], width: .fixed(10)),
                TableColumn(s["dialogue.col.brukare"], width: .fixed(7), alignment: .right),
                TableColumn(s["dialogue.col.staff"], width: .fixed(8), alignment: .right),
                TableColumn(s["dialogue.col.guides"], width: .flexible(1)),
            ], rowCount: TraffTyp.allCases.count) { i in
                let kind = TraffTyp.allCases[i]
                guard let m = held[kind] else {
                    return ["\(kind.order). \(DialogueText.traff(kind, s))", kind == next ? s["dialogue.loop.nextMark"] : "–", "", "", ""]
                }
                return ["\(kind.order). \(DialogueText.traff(kind, s))", m.date.iso, String(m.brukareCount),
                        String(m.staffCount), m.guideNames]
            }
            t.rowStyle = { i in held[TraffTyp.allCases[i]] == nil ? dim : nil }
            return t
        case .questions:
            let rows = detail.questions
            return Table(columns: [
                TableColumn(s["dialogue.col.fromTo"], width: .fixed(19)),
                TableColumn(s["dialogue.col.asked"], width: .fixed(14)),
                TableColumn(s["dialogue.col.answered"], width: .fixed(14)),
                TableColumn(s["dialogue.col.question"], width: .flexible(1)),
            ], rowCount: rows.count, emptyText: s["dialogue.emptyQuestions"]) { i in
                let q = rows[i]
                return ["\(DialogueText.group(q.from, s)) → \(DialogueText.group(q.to, s))", DialogueText.traff(q.askedKind, s),
                        q.answeredKind.map { DialogueText.traff($0, s) } ?? s["dialogue.question.open"], q.text]
            }
        case .actions:
            let rows = detail.actions
            let flag = context.theme.flag
            var t = Table(columns: [
                TableColumn(s["dialogue.col.what"], width: .flexible(2)),
                TableColumn(s["dialogue.col.responsible"], width: .flexible(1)),
                TableColumn(s["dialogue.col.due"], width: .fixed(10)),
                TableColumn(s["dialogue.col.status"], width: .fixed(14)),
                TableColumn(s["dialogue.col.fedBack"], width: .fixed(11)),
            ], rowCount: rows.count, emptyText: s["dialogue.emptyActions"]) { i in
                let a = rows[i]
                return [a.what, a.responsible, a.due.iso,
                        a.overdue ? s.format("dialogue.action.overdue", DialogueText.status(a.status, s)) : DialogueText.status(a.status, s),
                        a.fedBack ? s["dialogue.yes"] : s["dialogue.no"]]
            }
            t.rowStyle = { i in rows[i].overdue ? flag : nil }
            return t
        case .theme:
            let rows = detail.themeHistory
            return Table(columns: [
                TableColumn(s["dialogue.col.date"], width: .fixed(10)),
                TableColumn(s["dialogue.col.theme"], width: .flexible(2)),
                TableColumn(s["dialogue.col.chosenBy"], width: .fixed(8)),
                TableColumn(s["dialogue.col.reason"], width: .flexible(3)),
            ], rowCount: rows.count) { i in
                let c = rows[i]
                return [c.date.iso, c.theme, DialogueText.chooser(c.chosenBy, s), c.reason.isEmpty ? "–" : c.reason]
            }
        }
    }

    /// The lines under the table: the selected meeting with its open questions, the
    /// selected question's chain, the overdue count, or the staff; then the warnings.
    private func panel(_ detail: LoopDetail, _ context: AppContext) -> [(String, Style)] {
        let s = context.strings
        let theme = context.theme
        var lines: [(String, Style)] = detail.warnings.map { ("⚠ " + DialogueText.warning($0, s), theme.warning) }
        switch tab {
        case .meetings:
            guard TraffTyp.allCases.indices.contains(table.selected) else { break }
            let kind = TraffTyp.allCases[table.selected]
            let meeting = detail.meetings.first { $0.kind == kind }
            if let meeting, !meeting.notes.isEmpty {
                lines.append((s.format("dialogue.loop.notes", meeting.notes), theme.normal))
            }
            // Open at this meeting: asked earlier, not answered before it.
            let open = detail.questions.filter { q in
                q.askedKind < kind && (q.answeredKind.map { $0 >= kind } ?? true)
            }
            if meeting == nil && kind != detail.nextMeeting {
                lines.append((s["dialogue.loop.notHeld"], theme.dim))
            } else if open.isEmpty {
                lines.append((s["dialogue.loop.noOpenQuestions"], theme.dim))
            } else {
                lines.append((s.format("dialogue.loop.openAt", DialogueText.traff(kind, s), open.count), theme.header))
                for q in open {
                    let mark = q.answeredKind == kind ? s["dialogue.loop.answeredHere"] : ""
                    lines.append(("  \(DialogueText.group(q.from, s)) → \(DialogueText.group(q.to, s)): \(q.text)\(mark)", theme.normal))
                }
            }
        case .questions:
            guard detail.questions.indices.contains(table.selected) else { break }
            let q = detail.questions[table.selected]
            let asked = s.format("dialogue.chain.asked", DialogueText.traff(q.askedKind, s), q.askedDate, DialogueText.group(q.from, s).lowercased())
            let answered: String
            if let kind = q.answeredKind, let date = q.answeredDate {
                answered = s.format("dialogue.chain.answered", DialogueText.traff(kind, s), date, DialogueText.group(q.to, s).lowercased())
            } else {
                answered = s.format("dialogue.chain.waiting", DialogueText.group(q.to, s).lowercased())
            }
            var chain: [(String, Style)] = [
                ("● " + asked, theme.normal),
                ("  │ " + s.format("dialogue.chain.question", q.text), theme.normal),
                ((q.isOpen ? "  ◌ " : "  ● ") + answered, q.isOpen ? theme.warning : theme.success),
            ]
            if let answer = q.answer {
                let level = q.level.map { s.format("dialogue.chain.level", $0) } ?? ""
                chain.append(("    " + s.format("dialogue.chain.answer", answer) + level, theme.normal))
            }
            lines.insert(contentsOf: chain, at: 0)
        case .actions:
            let overdue = detail.actions.filter(\.overdue).count
            if overdue > 0 { lines.insert((s.format("dialogue.loops.overdue", overdue), theme.flag), at: 0) }
        case .theme:
            lines.insert((s.format("dialogue.loop.staffList", detail.staff.map(\.name).joined(separator: ", ")), theme.normal), at: 0)
        }
        return lines
    }
}
