import TerminalKit
import VardagDomain
import VardagStore

/// A tab of the loop screen: three lines about the slinga, a table, a panel of lines
/// about the selected row and the warnings, and perhaps a form or a remove question over
/// it. The layout, the keys every tab has and the forms about the whole slinga are alike
/// on every tab, so they live here once.
protocol LoopScreenTab: HostedTab where Shared == LoopShared {
    /// The cursor and scroll position of the table.
    var table: TableState { get set }
    /// The form open over the tab, if any.
    var editor: DialogueForm? { get set }
    /// The question before something is removed, while open.
    var removal: RemoveQuestion<LoopRemoval>? { get set }
    /// How many rows the table has.
    var rowCount: Int { get }
    /// The table of the tab's rows.
    func tableWidget(_ detail: LoopDetail, _ context: AppContext) -> Table
    /// The lines under the table, each with its style.
    func panel(_ detail: LoopDetail, _ context: AppContext) -> [(String, Style)]
    /// A form of the kind was stored and the slinga read again.
    mutating func formSaved(_ kind: DialogueFormKind)
}

extension LoopScreenTab {
    var isEditingText: Bool { editor != nil || removal != nil }

    mutating func formSaved(_ kind: DialogueFormKind) {}

    /// Each time the tab is shown its cursor starts on the first row.
    mutating func tabShown(context: AppContext) { table = TableState() }

    mutating func reload(context: AppContext) throws {
        try readDetail(context)
    }

    /// Reads the slinga again and keeps the cursor on a row.
    mutating func readDetail(_ context: AppContext) throws {
        shared.detail = try context.store.loopDetail(id: shared.loopId, today: context.today)
        if table.selected >= rowCount { table.selected = max(0, rowCount - 1) }
    }

    /// The loop screen's keys on a tab: m and f, the tab's own, t, p, d and h, and the cursor keys.
    /// - Parameters:
    ///   - own: the tab's own keys.
    ///   - hints: the commands the hint bar shows on this tab.
    ///   - wrap: the tab's message for a message every tab has.
    static func loopKeyMap(
        _ context: AppContext, own: [KeyBinding<Message>], hints: Set<LoopCommand>,
        wrap: @escaping @Sendable (LoopMessage) -> Message
    ) -> KeyMap<Message> {
        let s = context.strings
        let command = { (c: LoopCommand) in wrap(.command(c)) }
        let first: [KeyBinding<Message>] = [
            KeyBinding([.char("m")], s["dialogue.key.logMeeting"], command(.logMeeting), label: "m", hint: hints.contains(.logMeeting)),
            KeyBinding([.char("f")], s["dialogue.key.askQuestion"], command(.askQuestion), label: "f", hint: hints.contains(.askQuestion)),
        ]
        let last: [KeyBinding<Message>] = [
            KeyBinding([.char("t")], s["dialogue.key.changeTheme"], command(.changeTheme), label: "t", hint: hints.contains(.changeTheme)),
            KeyBinding([.char("p")], s["dialogue.key.staff"], command(.editStaff), label: "p", hint: hints.contains(.editStaff)),
            KeyBinding([.char("d")], s["dialogue.key.planNext"], command(.planNext), label: "d", hint: hints.contains(.planNext)),
            KeyBinding([.char("h")], s["dialogue.key.hours"], command(.hours), label: "h", hint: hints.contains(.hours)),
        ]
        return KeyMap(title: s["dialogue.loop.keys"],
                      first + own + last + ListKeys.bindings(rowHelp: s["dialogue.key.move"], pageHelp: s["dialogue.key.page"]) { wrap(.move($0)) })
    }

    /// The a key of the tabs that offer a new action there.
    static func addActionBinding(_ context: AppContext, hint: Bool, _ message: Message) -> KeyBinding<Message> {
        KeyBinding([.char("a")], context.strings["dialogue.key.addAction"], message, label: "a", hint: hint)
    }

    /// Handles what every tab does alike.
    mutating func handle(_ message: LoopMessage, _ detail: LoopDetail, context: AppContext) -> Effect {
        switch message {
        case .move(let key):
            _ = table.handle(key, rowCount: rowCount, pageSize: max(1, Self.layout(context.screenArea).table.height - 1))
            return .none
        case .command(let command):
            return run(command, detail, context: context)
        case .input(let event):
            return input(event, context: context)
        }
    }

    /// Opens the form of a command, or says why it cannot be opened.
    private mutating func run(_ command: LoopCommand, _ detail: LoopDetail, context: AppContext) -> Effect {
        let s = context.strings
        do {
            switch command {
            case .logMeeting:
                guard let form = try LoopForms.meeting(detail, context) else { return .error(s["dialogue.error.allHeld"]) }
                editor = form
            case .askQuestion:
                guard let form = LoopForms.question(detail, context) else { return .error(s["dialogue.error.noMeetingYet"]) }
                editor = form
            case .addAction:
                guard detail.meetings.contains(where: { $0.kind == .gemensam }) else {
                    return .error(s["dialogue.error.gemensamNotHeld"])
                }
                editor = LoopForms.action(detail, context)
            case .changeTheme:
                editor = LoopForms.theme(detail, context)
            case .editStaff:
                editor = try LoopForms.staff(detail, context)
            case .hours:
                editor = LoopPlanForms.hours(detail, context)
            case .planNext:
                guard let form = LoopPlanForms.planNext(detail, context) else { return .error(s["dialogue.error.allHeld"]) }
                editor = form
            }
        } catch {
            return .error(s.couldNotRead(error))
        }
        return .none
    }

    /// A key or paste while a form or the remove question is open.
    private mutating func input(_ event: Event, context: AppContext) -> Effect {
        if removal != nil {
            guard case .key(let key) = event else { return .none }
            return answerRemoval(key, context: context)
        }
        guard let kind = editor?.kind,
              let saved = DialogueForm.edit(&editor, with: event, context: context) else { return .none }
        let effect = Effect.reloaded(context.strings, status: saved.status) { try reload(context: context) }
        formSaved(kind)
        return effect
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
            return .error(ErrorText.describe(failure, s))
        } catch {
            return .error(s.couldNotSave(error))
        }
        return Effect.reloaded(s, status: status) { try reload(context: context) }
    }

    /// The warnings of the slinga, for the panel.
    func warningLines(_ detail: LoopDetail, _ context: AppContext) -> [(String, Style)] {
        detail.warnings.map { ("⚠ " + DialogueText.warning($0, context.strings), context.theme.warning) }
    }

    /// Three header lines, the table and a panel under it, below the host's tab bar.
    /// The table takes the rows it needs, leaving at least seven lines for the panel.
    static func layout(_ area: Rect, rows: Int = Int.max) -> (header: Rect, table: Rect, panel: Rect) {
        let (header, body) = TabHost<LoopShared>.body(of: area).inset(top: 1).splitTop(3)
        let content = body.inset(top: 1)
        let tableHeight = max(2, min(rows == Int.max ? Int.max : rows + 1, content.height - 7))
        let (table, panel) = content.splitTop(min(content.height, tableHeight))
        return (header, table, panel.inset(top: 1, left: 1, right: 1))
    }

    func render(into buffer: inout Buffer, area: Rect, context: AppContext) {
        let s = context.strings
        let theme = context.theme
        guard let detail = shared.detail else {
            buffer.put(s["dialogue.loop.titleNone"], x: area.x + 1, y: area.y + 1, style: theme.error)
            return
        }
        let rows = Self.layout(area, rows: max(1, rowCount))
        let header = rows.header.inset(left: 1, right: 1)
        buffer.put(s.format("dialogue.loop.head", detail.theme, DialogueText.chooser(detail.themeChosenBy, s).lowercased(),
                            detail.enhetName, detail.kommunName),
                   x: header.x, y: header.y, maxWidth: header.width, style: theme.title)
        let guides = detail.guides.map { g in
            g.bought ? s.format("dialogue.loop.boughtGuide", g.name, g.kommunName) : g.name
        }.joined(separator: ", ")
        buffer.put(s.format("dialogue.loop.guides", guides), x: header.x, y: header.y + 1, maxWidth: header.width, style: theme.normal)
        buffer.put(s.format("dialogue.loop.staffNext", detail.staff.count, DialogueText.nextPlanned(detail, s),
                            detail.openQuestions.count, detail.actions.filter(\.overdue).count),
                   x: header.x, y: header.y + 2, maxWidth: header.width, style: theme.dim)
        var widget = tableWidget(detail, context)
        widget.headerStyle = theme.header
        widget.selectedStyle = theme.selected
        widget.render(into: &buffer, area: rows.table, state: table, focused: editor == nil)
        for (i, line) in panel(detail, context).prefix(rows.panel.height).enumerated() {
            buffer.put(line.0, x: rows.panel.x, y: rows.panel.y + i, maxWidth: rows.panel.width, style: line.1)
        }
        editor?.render(into: &buffer, area: area, context: context)
        removal?.render(into: &buffer, area: area, strings: s)
    }
}
