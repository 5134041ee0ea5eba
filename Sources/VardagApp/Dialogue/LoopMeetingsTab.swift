import TerminalKit
import VardagDomain
import VardagStore

/// The loop screen's Träffar tab: the five meetings in their fixed order, held or not,
/// with the relay questions open at the selected one; e corrects, x removes the latest,
/// c records the chef who joined the gemensam träff at its end.
struct LoopMeetingsTab: LoopScreenTab {
    enum Message: Sendable {
        case common(LoopMessage)
        /// Correct or remove the selected meeting.
        case edit, remove
        /// Record the chef at the end of the gemensam träff.
        case chef
    }

    var shared = LoopShared(loopId: 0)
    var table = TableState()
    var editor: DialogueForm?
    var removal: RemoveQuestion<LoopRemoval>?

    func tabTitle(_ context: AppContext) -> String { context.strings["dialogue.loopTab.meetings"] }

    func keyMap(_ context: AppContext) -> KeyMap<Message> {
        let s = context.strings
        return Self.loopKeyMap(context, own: [
            Self.addActionBinding(context, hint: false, .common(.command(.addAction))),
            KeyBinding([.char("e")], s["dialogue.key.editMeeting"], .edit, label: "e"),
            KeyBinding([.char("x"), .delete], s["dialogue.key.removeMeeting"], .remove, label: "x"),
            KeyBinding([.char("c")], s["dialogue.key.chef"], .chef, label: "c"),
        ], hints: [.logMeeting, .askQuestion, .planNext], wrap: { .common($0) })
    }

    func inputMessage(for event: Event) -> Message? { .common(.input(event)) }

    mutating func update(_ message: Message, context: AppContext) -> Effect {
        guard let detail = shared.detail else { return .none }
        let s = context.strings
        switch message {
        case .common(let common):
            return handle(common, detail, context: context)
        case .edit:
            guard let meeting = selectedMeeting(detail) else { return .error(s["dialogue.error.meetingNotHeld"]) }
            editor = LoopForms.editMeeting(meeting, context)
        case .chef:
            guard let meeting = detail.meetings.first(where: { $0.kind == .gemensam }) else {
                return .error(s["dialogue.error.gemensamNotHeld"])
            }
            do {
                editor = try LoopPlanForms.chef(meeting, loopId: detail.id, context)
            } catch {
                return .error(s.couldNotRead(error))
            }
        case .remove:
            guard let meeting = selectedMeeting(detail) else { return .error(s["dialogue.error.meetingNotHeld"]) }
            guard detail.meetings.last?.id == meeting.id else { return .error(s["dialogue.error.notLatestMeeting"]) }
            if meeting.kind == .gemensam && !detail.actions.isEmpty { return .error(s["dialogue.error.meetingHasActions"]) }
            let name = DialogueText.traff(meeting.kind, s)
            let asked = detail.questions.filter { $0.askedMeetingId == meeting.id }.count
            let answered = detail.questions.filter { $0.answeredMeetingId == meeting.id }.count
            var text = s.format("dialogue.remove.meeting", name, meeting.date.iso)
            if asked + answered > 0 { text += " " + s.format("dialogue.remove.meetingQuestions", asked, answered) }
            text += " " + s["confirm.keys"]
            removal = RemoveQuestion(target: .meeting(id: meeting.id, name: name), title: s["dialogue.remove.meetingTitle"],
                                     message: text)
        }
        return .none
    }

    /// The meeting on the selected row, if held.
    private func selectedMeeting(_ detail: LoopDetail) -> LoopDetail.Meeting? {
        guard TraffTyp.allCases.indices.contains(table.selected) else { return nil }
        let kind = TraffTyp.allCases[table.selected]
        return detail.meetings.first { $0.kind == kind }
    }

    /// The cursor starts on the next meeting to log (or the last held).
    mutating func tabShown(context: AppContext) {
        table = TableState()
        selectNextMeeting()
    }

    mutating func reload(context: AppContext) throws {
        let first = shared.detail == nil
        try readDetail(context)
        if first { selectNextMeeting() }
    }

    /// After a new meeting the cursor moves on to the next; after a correction it stays.
    mutating func formSaved(_ kind: DialogueFormKind) {
        if case .meeting = kind { selectNextMeeting() }
    }

    /// Puts the cursor on the next meeting to log (or the last held).
    private mutating func selectNextMeeting() {
        guard let detail = shared.detail else { return }
        table.selected = min(TraffTyp.allCases.count - 1, detail.meetings.count)
    }

    var rowCount: Int { shared.detail == nil ? 0 : TraffTyp.allCases.count }

    func tableWidget(_ detail: LoopDetail, _ context: AppContext) -> Table {
        let s = context.strings
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
                // A planned date reads "plan 12-03", so it is not taken for a held one.
                let mark = kind == next
                    ? detail.nextPlannedOn.map { s.format("dialogue.loop.plannedMark", String($0.iso.dropFirst(5))) }
                        ?? s["dialogue.loop.nextMark"]
                    : "–"
                return ["\(kind.order). \(DialogueText.traff(kind, s))", mark, "", "", ""]
            }
            return ["\(kind.order). \(DialogueText.traff(kind, s))", m.date.iso, String(m.brukareCount),
                    String(m.staffCount), m.guideNames]
        }
        t.rowStyle = { i in held[TraffTyp.allCases[i]] == nil ? dim : nil }
        return t
    }

    /// The warnings, the selected meeting's notes and the relay questions open at it.
    func panel(_ detail: LoopDetail, _ context: AppContext) -> [(String, Style)] {
        let s = context.strings
        let theme = context.theme
        var lines = warningLines(detail, context)
        guard TraffTyp.allCases.indices.contains(table.selected) else { return lines }
        let kind = TraffTyp.allCases[table.selected]
        let meeting = detail.meetings.first { $0.kind == kind }
        if let meeting, meeting.kind == .gemensam {
            // On PostgreSQL a viewer may not see the chef's row: say so rather than "no chef".
            let chef = meeting.chefName ?? (meeting.chefId == nil ? nil : s["dialogue.loop.chefHidden"])
            lines.append((chef.map { s.format("dialogue.loop.chef", $0) } ?? s["dialogue.loop.noChef"], theme.normal))
        }
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
        return lines
    }
}
