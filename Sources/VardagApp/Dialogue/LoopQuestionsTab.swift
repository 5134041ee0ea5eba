import TerminalKit
import VardagDomain
import VardagStore

/// The loop screen's Stafettfrågor tab: each relay question as a chain from asked to
/// answered; s answers, e corrects the answer, x removes it.
struct LoopQuestionsTab: LoopScreenTab {
    enum Message: Sendable {
        case common(LoopMessage), answer
        /// Correct or remove the selected question's answer.
        case edit, remove
    }

    var shared = LoopShared(loopId: 0)
    var table = TableState()
    var editor: DialogueForm?
    var removal: RemoveQuestion<LoopRemoval>?

    func tabTitle(_ context: AppContext) -> String { context.strings["dialogue.loopTab.questions"] }

    func keyMap(_ context: AppContext) -> KeyMap<Message> {
        let s = context.strings
        return Self.loopKeyMap(context, own: [
            KeyBinding([.char("s"), .enter], s["dialogue.key.answer"], .answer, label: "s", hint: true),
            KeyBinding([.char("e")], s["dialogue.key.editAnswer"], .edit, label: "e"),
            KeyBinding([.char("x"), .delete], s["dialogue.key.removeAnswer"], .remove, label: "x"),
        ], hints: [.askQuestion], wrap: { .common($0) })
    }

    func inputMessage(for event: Event) -> Message? { .common(.input(event)) }

    mutating func update(_ message: Message, context: AppContext) -> Effect {
        guard let detail = shared.detail else { return .none }
        let s = context.strings
        switch message {
        case .common(let common):
            return handle(common, detail, context: context)
        case .answer:
            guard detail.questions.indices.contains(table.selected) else { return .none }
            let question = detail.questions[table.selected]
            guard question.isOpen else { return .error(s["dialogue.error.alreadyAnswered"]) }
            guard let form = LoopForms.answer(question, detail, context) else {
                return .error(s.format("dialogue.error.noAnsweringMeeting", DialogueText.group(question.to, s).lowercased()))
            }
            editor = form
        case .edit:
            guard detail.questions.indices.contains(table.selected) else { return .none }
            guard let form = LoopForms.editAnswer(detail.questions[table.selected], detail, context) else {
                return .error(s["dialogue.error.notAnswered"])
            }
            editor = form
        case .remove:
            guard detail.questions.indices.contains(table.selected) else { return .none }
            let question = detail.questions[table.selected]
            guard let answer = question.answer else { return .error(s["dialogue.error.notAnswered"]) }
            removal = RemoveQuestion(target: .answer(questionId: question.id), title: s["dialogue.remove.answerTitle"],
                                     message: s.format("dialogue.remove.answer", answer))
        }
        return .none
    }

    var rowCount: Int { shared.detail?.questions.count ?? 0 }

    func tableWidget(_ detail: LoopDetail, _ context: AppContext) -> Table {
        let s = context.strings
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
    }

    /// The selected question's chain from asked to answered, then the warnings.
    func panel(_ detail: LoopDetail, _ context: AppContext) -> [(String, Style)] {
        let s = context.strings
        let theme = context.theme
        guard detail.questions.indices.contains(table.selected) else { return warningLines(detail, context) }
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
        return chain + warningLines(detail, context)
    }
}
