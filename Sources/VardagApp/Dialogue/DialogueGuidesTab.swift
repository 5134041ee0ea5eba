import TerminalKit
import VardagDomain
import VardagStore

/// The main screen's Vägledare tab: the region's guide pool with each guide's open
/// assignments and loops led in the year; a tall window shows the selected guide's
/// assignments under it. l records that a guide left the pool (she stays in its history).
struct DialogueGuidesTab: DialogueTableTab {
    enum Message: Sendable {
        case browse(DialogueBrowse), open, add, leave
        /// A key or paste while the new-guide form is open.
        case input(Event)
    }

    var shared = DialogueShared()
    var table = TableState()
    var editor: DialogueForm?
    var guides: [GuideRow] = []
    /// The selected guide's assignments, read when the window has room for them.
    var selectedAssignments: [GuideAssignment] = []
    /// Why the assignments could not be read after the window grew, in words.
    var assignmentsFailure: String?

    static var tallFooter: Bool { true }

    func tabTitle(_ context: AppContext) -> String { context.strings[DialogueTab.guides.titleKey] }

    func keyMap(_ context: AppContext) -> KeyMap<Message> {
        let s = context.strings
        let add = DialogueAccess.keepsPool(context.viewer)
            ? [KeyBinding([.char("n"), .char("a")], s["dialogue.key.newGuide"], Message.add, label: "n", hint: true),
               KeyBinding([.char("l")], s["dialogue.key.guideLeft"], Message.leave, label: "l", hint: true)] : []
        return KeyMap(title: s["dialogue.title"], [
            KeyBinding([.enter], s["dialogue.key.assignments"], .open, label: "Enter", hint: true),
        ] + add + Self.browseBindings(s, year: (false, false)) { .browse($0) })
    }

    func inputMessage(for event: Event) -> Message? { .input(event) }

    mutating func update(_ message: Message, context: AppContext) -> Effect {
        let s = context.strings
        switch message {
        case .browse(let browsing):
            let effect = browse(browsing, context: context)
            guard case .move = browsing else { return effect }
            // The selected guide's assignments follow the cursor.
            return Effect.reloading(s) { try loadAssignments(context) }
        case .open:
            guard guides.indices.contains(table.selected) else { return .none }
            return .push(GuideScreen(guide: guides[table.selected]))
        case .add:
            guard DialogueAccess.keepsPool(context.viewer) else { return .none }
            do {
                let form = try DialogueForms.newGuide(context)
                if form.choiceIds[DialogueField.medarbetare.rawValue]?.isEmpty ?? true {
                    return .error(s["dialogue.noCandidates"])
                }
                editor = form
            } catch {
                return .error(s.couldNotRead(error))
            }
        case .leave:
            guard DialogueAccess.keepsPool(context.viewer), guides.indices.contains(table.selected) else { return .none }
            editor = DialogueForms.guideLeft(guides[table.selected], context)
        case .input(let event):
            guard let saved = DialogueForm.edit(&editor, with: event, context: context) else { return .none }
            return Effect.reloaded(s, status: saved.status) { try reload(context: context) }
        }
        return .none
    }

    mutating func reload(context: AppContext) throws {
        // The pool is the region's, read by everyone with a part in the tool (on PostgreSQL too).
        guides = DialogueAccess.usesTool(context.viewer) ? try context.store.guidePool(year: shared.shownYear(context)) : []
        clampSelection()
        try loadAssignments(context)
    }

    /// A taller window shows the selected guide's assignments: read them at once.
    mutating func sizeChanged(context: AppContext) {
        do {
            try loadAssignments(context)
        } catch {
            assignmentsFailure = context.strings.couldNotRead(error)
        }
    }

    /// Reads the selected guide's assignments when the window has room to show them.
    private mutating func loadAssignments(_ context: AppContext) throws {
        assignmentsFailure = nil
        guard Self.layout(context.screenArea).footer.height > 4, guides.indices.contains(table.selected) else {
            selectedAssignments = []
            return
        }
        selectedAssignments = []
        selectedAssignments = try DialogueAccess.reading(context).assignments(of: guides[table.selected].id, context)
    }

    var rowCount: Int { guides.count }

    func info(_ context: AppContext) -> String {
        context.strings.format("dialogue.info.guides", guides.count, shared.shownYear(context))
    }

    func footer(_ context: AppContext, height: Int) -> [(String, Style)] {
        guard guides.indices.contains(table.selected), height > 4 else { return [] }
        let s = context.strings
        let g = guides[table.selected]
        var lines = [(s.format("dialogue.guide.assignmentsOf", g.name, selectedAssignments.count), context.theme.header)]
        if let assignmentsFailure { lines.append((assignmentsFailure, context.theme.error)) }
        for a in selectedAssignments {
            let bought = a.bought ? " · " + s["dialogue.col.bought"].lowercased() : ""
            lines.append(("  \(a.plannedStart) \(a.enhetName), \(a.kommunName) · \(a.theme) · \(DialogueText.next(a.nextMeeting, s))\(bought)",
                          context.theme.normal))
        }
        return lines
    }

    func tableWidget(_ context: AppContext) -> Table {
        let s = context.strings
        let rows = guides
        let dim = context.theme.dim
        var t = Table(columns: [
            TableColumn(s["dialogue.col.name"], width: .flexible(3)),
            TableColumn(s["dialogue.col.kommun"], width: .flexible(2)),
            TableColumn(s["dialogue.col.enhet"], width: .flexible(3)),
            TableColumn(s["dialogue.col.trained"], width: .fixed(10)),
            TableColumn(s["dialogue.col.assigned"], width: .fixed(8), alignment: .right),
            TableColumn(s["dialogue.col.ledYear"], width: .fixed(10), alignment: .right),
        ], rowCount: rows.count, emptyText: DialogueText.empty(
            "dialogue.emptyGuides", covered: "dialogue.emptyGuidesCovered", writes: DialogueAccess.keepsPool(context.viewer), context)
        ) { i in
            let r = rows[i]
            let name = !r.active ? s.format("dialogue.inactive", r.name)
                : r.leftOn == nil ? r.name : s.format("dialogue.guideLeft", r.name)
            return [name, r.kommunName, r.enhetName, r.trainingDate.iso, String(r.openAssignments), String(r.ledThisYear)]
        }
        t.rowStyle = { i in rows[i].offered ? nil : dim }
        return t
    }
}
