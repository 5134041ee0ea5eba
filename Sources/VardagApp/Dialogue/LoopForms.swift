import TerminalKit
import VardagDomain
import VardagStore

/// Builds the loop screen's forms: a meeting, a relay question and its answer, an
/// åtgärd, the theme, the staff taking part, and the corrections of what is logged.
enum LoopForms {
    /// The form for the loop's next meeting, with the open relay questions under it.
    /// - Returns: nil when all five meetings are held.
    /// - Throws: a failed read of the guide pool.
    static func meeting(_ detail: LoopDetail, _ context: AppContext) throws -> DialogueForm? {
        guard let kind = detail.nextMeeting else { return nil }
        let s = context.strings
        let pool = try context.store.guidePool(year: context.today.year).filter(\.active)
        let first = pool.firstIndex { $0.id == detail.guides.first?.id } ?? 0
        let second = pool.firstIndex { $0.id == detail.guides.last?.id } ?? min(1, max(0, pool.count - 1))
        let previousStaff = detail.meetings.last { $0.kind.groupsPresent.contains(.personal) }?.staffCount ?? detail.staff.count
        var fields: [FormField] = [
            .text(DialogueField.date.rawValue, label: s["dialogue.field.date"], text: context.today.iso, maxLength: 10),
            .choice(DialogueField.guide1.rawValue, label: s["dialogue.field.guide1"], options: DialogueForms.guideOptions(pool), selected: first),
            .choice(DialogueField.guide2.rawValue, label: s["dialogue.field.guide2"], options: DialogueForms.guideOptions(pool), selected: second),
            .text(DialogueField.brukareCount.rawValue, label: s["dialogue.field.brukareCount"],
                  text: kind.groupsPresent.contains(.brukare) ? "" : "0", maxLength: 3),
            .text(DialogueField.staffCount.rawValue, label: s["dialogue.field.staffCount"],
                  text: kind.groupsPresent.contains(.personal) ? String(previousStaff) : "0", maxLength: 3),
            .text(DialogueField.notes.rawValue, label: s["dialogue.field.notes"], maxLength: DialogueRules.maxTextLength),
        ]
        var chefIds: [Int64] = []
        if kind == .gemensam {
            let (field, ids) = try LoopPlanForms.chefField(detail.id, chefId: nil, context)
            fields.append(field)
            chefIds = ids
        }
        if kind.groupsPresent.count == 1, let group = kind.groupsPresent.first {
            fields.append(.text(DialogueField.question.rawValue,
                                label: s.format("dialogue.field.questionFrom", DialogueText.group(group, s).lowercased()),
                                maxLength: DialogueRules.maxTextLength))
        }
        var form = DialogueForm(
            kind: .meeting(loopId: detail.id), title: s.format("dialogue.form.meeting", DialogueText.traff(kind, s)),
            form: FormState(fields: fields),
            choiceIds: [DialogueField.guide1.rawValue: pool.map(\.id), DialogueField.guide2.rawValue: pool.map(\.id),
                        DialogueField.chef.rawValue: chefIds])
        let reminder = kind.groupsPresent.count == 1 ? s["dialogue.form.rephrase"] : s["dialogue.form.noNames"]
        form.notes = [reminder] + openQuestionLines(detail, context)
        return form
    }

    /// "Öppna stafettfrågor" and one line per open question, for forms and meeting panels.
    static func openQuestionLines(_ detail: LoopDetail, _ context: AppContext) -> [String] {
        let s = context.strings
        let open = detail.openQuestions
        guard !open.isEmpty else { return [s["dialogue.loop.noOpenQuestions"]] }
        return [s.format("dialogue.loop.openQuestions", open.count)] + open.map {
            "  \(DialogueText.group($0.from, s)) → \(DialogueText.group($0.to, s)): \($0.text)"
        }
    }

    /// The relay-question form, offering only meetings where a group present can still be
    /// answered at a later meeting (not the uppföljning).
    /// - Returns: nil when no meeting is logged.
    static func question(_ detail: LoopDetail, _ context: AppContext) -> DialogueForm? {
        let meetings = detail.meetings.filter { meeting in
            meeting.kind.groupsPresent.contains { DialogueRules.checkAsk(from: $0, at: meeting.kind) == nil }
        }
        guard !meetings.isEmpty else { return nil }
        let s = context.strings
        let last = meetings.count - 1
        let group = meetings[last].kind.groupsPresent.count == 1 ? meetings[last].kind.groupsPresent.first! : .brukare
        var form = DialogueForm(
            kind: .question(loopId: detail.id), title: s["dialogue.form.question"],
            form: FormState(fields: [
                .choice(DialogueField.meeting.rawValue, label: s["dialogue.field.askedAt"],
                        options: meetings.map { "\(DialogueText.traff($0.kind, s)) \($0.date)" }, selected: last),
                .choice(DialogueField.fromGroup.rawValue, label: s["dialogue.field.fromGroup"],
                        options: DialogueGroup.allCases.map { DialogueText.group($0, s) },
                        selected: DialogueGroup.allCases.firstIndex(of: group) ?? 0),
                .text(DialogueField.question.rawValue, label: s["dialogue.field.question"], maxLength: DialogueRules.maxTextLength),
            ], focus: 2),
            choiceIds: [DialogueField.meeting.rawValue: meetings.map(\.id)])
        form.notes = [s["dialogue.form.rephrase"]]
        return form
    }

    /// The answer form, offering only the meetings where the answer would be accepted:
    /// later than the question and with the asked group present.
    /// - Returns: nil when no logged meeting can take the answer (or it is answered).
    static func answer(_ question: LoopDetail.Question, _ detail: LoopDetail, _ context: AppContext) -> DialogueForm? {
        guard question.isOpen else { return nil }
        return answerForm(question, detail, context, kind: .answer(questionId: question.id))
    }

    /// The answer form filled with a given answer, to correct it.
    /// - Returns: nil when the question has no answer.
    static func editAnswer(_ question: LoopDetail.Question, _ detail: LoopDetail, _ context: AppContext) -> DialogueForm? {
        guard !question.isOpen else { return nil }
        return answerForm(question, detail, context, kind: .editAnswer(questionId: question.id))
    }

    private static func answerForm(_ question: LoopDetail.Question, _ detail: LoopDetail, _ context: AppContext,
                                   kind: DialogueFormKind) -> DialogueForm? {
        let s = context.strings
        let asked = MeetingFacts(id: question.askedMeetingId, kind: question.askedKind, date: question.askedDate, staffCount: 0)
        let meetings = detail.meetings.filter {
            DialogueRules.checkAnswer(to: question.to, asked: asked, answering: $0.facts, alreadyAnswered: false) == nil
        }
        guard !meetings.isEmpty else { return nil }
        let editing = !question.isOpen
        var form = DialogueForm(
            kind: kind, title: s[editing ? "dialogue.form.editAnswer" : "dialogue.form.answer"],
            form: FormState(fields: [
                .choice(DialogueField.meeting.rawValue, label: s["dialogue.field.answeredAt"],
                        options: meetings.map { "\(DialogueText.traff($0.kind, s)) \($0.date)" },
                        selected: meetings.firstIndex { $0.id == question.answeredMeetingId } ?? meetings.count - 1),
                .text(DialogueField.answer.rawValue, label: s["dialogue.field.answer"], text: question.answer ?? "",
                      maxLength: DialogueRules.maxTextLength),
                .text(DialogueField.level.rawValue, label: s["dialogue.field.level"], text: question.level.map(String.init) ?? "",
                      maxLength: 1),
            ], focus: 1),
            choiceIds: [DialogueField.meeting.rawValue: meetings.map(\.id)])
        form.notes = [s.format("dialogue.form.answer.question", DialogueText.group(question.from, s), question.text),
                      s["dialogue.form.levelHelp"]]
        return form
    }

    /// A logged meeting's date, counts and notes, to correct them (kind and guides stay).
    static func editMeeting(_ meeting: LoopDetail.Meeting, _ context: AppContext) -> DialogueForm {
        let s = context.strings
        var form = DialogueForm(
            kind: .editMeeting(meetingId: meeting.id, kind: meeting.kind),
            title: s.format("dialogue.form.editMeeting", DialogueText.traff(meeting.kind, s)),
            form: FormState(fields: [
                .text(DialogueField.date.rawValue, label: s["dialogue.field.date"], text: meeting.date.iso, maxLength: 10),
                .text(DialogueField.brukareCount.rawValue, label: s["dialogue.field.brukareCount"],
                      text: String(meeting.brukareCount), maxLength: 3),
                .text(DialogueField.staffCount.rawValue, label: s["dialogue.field.staffCount"],
                      text: String(meeting.staffCount), maxLength: 3),
                .text(DialogueField.notes.rawValue, label: s["dialogue.field.notes"], text: meeting.notes,
                      maxLength: DialogueRules.maxTextLength),
            ]),
            choiceIds: [:])
        form.notes = [s["dialogue.form.noNames"]]
        return form
    }

    /// An åtgärd's text, responsible and date, to correct them.
    static func editAction(_ action: LoopDetail.Action, _ context: AppContext) -> DialogueForm {
        let s = context.strings
        var form = DialogueForm(
            kind: .editAction(actionId: action.id), title: s["dialogue.form.editAction"],
            form: FormState(fields: [
                .text(DialogueField.what.rawValue, label: s["dialogue.field.what"], text: action.what,
                      maxLength: DialogueRules.maxTextLength),
                .text(DialogueField.responsible.rawValue, label: s["dialogue.field.responsible"], text: action.responsible,
                      maxLength: DialogueRules.maxNameLength),
                .text(DialogueField.due.rawValue, label: s["dialogue.field.due"], text: action.due.iso, maxLength: 10),
            ]),
            choiceIds: [:])
        form.notes = [s["dialogue.form.noNames"]]
        return form
    }

    static func action(_ detail: LoopDetail, _ context: AppContext) -> DialogueForm {
        let s = context.strings
        var form = DialogueForm(
            kind: .action(loopId: detail.id), title: s["dialogue.form.action"],
            form: FormState(fields: [
                .text(DialogueField.what.rawValue, label: s["dialogue.field.what"], maxLength: DialogueRules.maxTextLength),
                .text(DialogueField.responsible.rawValue, label: s["dialogue.field.responsible"], maxLength: DialogueRules.maxNameLength),
                .text(DialogueField.due.rawValue, label: s["dialogue.field.due"], text: context.today.adding(days: 30).iso, maxLength: 10),
            ]),
            choiceIds: [:])
        form.notes = [s["dialogue.form.noNames"]]
        return form
    }

    static func theme(_ detail: LoopDetail, _ context: AppContext) -> DialogueForm {
        let s = context.strings
        return DialogueForm(
            kind: .theme(loopId: detail.id), title: s["dialogue.form.theme"],
            form: FormState(fields: [
                .text(DialogueField.theme.rawValue, label: s["dialogue.field.theme"], text: detail.theme,
                      maxLength: DialogueRules.maxThemeLength),
                .choice(DialogueField.chooser.rawValue, label: s["dialogue.field.changedBy"],
                        options: ThemeChooser.allCases.map { DialogueText.chooser($0, s) }, selected: 1),
                .text(DialogueField.reason.rawValue, label: s["dialogue.field.reason"], maxLength: DialogueRules.maxTextLength),
            ]),
            choiceIds: [:])
    }

    /// One yes/no choice per active staff member of the unit: who takes part in the slinga.
    static func staff(_ detail: LoopDetail, _ context: AppContext) throws -> DialogueForm {
        let s = context.strings
        let candidates = try context.store.loopStaffCandidates(enhetId: detail.enhetId)
        let taking = Set(detail.staff.map(\.id))
        var form = DialogueForm(
            kind: .staff(loopId: detail.id), title: s["dialogue.form.staff"],
            form: FormState(fields: candidates.map { c in
                .choice("staff-\(c.id)", label: "\(c.name) (\(c.teamName))",
                        options: [s["dialogue.yes"], s["dialogue.no"]], selected: taking.contains(c.id) ? 0 : 1)
            }),
            choiceIds: ["staff": candidates.map(\.id)])
        form.notes = [s["dialogue.form.staff.note"]]
        form.labelWidth = 36
        return form
    }
}
