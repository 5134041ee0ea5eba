import TerminalKit
import VardagDomain
import VardagStore

/// Builds the dialogue tool's forms and stores them through the store, one transaction each.
enum DialogueForms {
    // MARK: Building

    /// The pool as choice options: "Name · Enhet, Kommun".
    private static func guideOptions(_ pool: [GuideRow]) -> [String] {
        pool.map { "\($0.name) · \($0.enhetName), \($0.kommunName)" }
    }

    static func newLoop(_ context: AppContext) throws -> DialogueForm {
        let s = context.strings
        let tree = try context.store.registerTree()
        let units = tree.kommuner.filter(\.kommun.active).flatMap { k in
            k.enheter.filter(\.enhet.active).map { (k.kommun, $0.enhet) }
        }
        let pool = try context.store.guidePool(year: context.today.year).filter(\.active)
        // The defaults must be valid: two guides who do not work at the unit chosen first.
        let eligible = pool.indices.filter { pool[$0].enhetId != units.first?.1.id }
        let firstGuide = eligible.first ?? 0
        let secondGuide = eligible.dropFirst().first ?? min(1, max(0, pool.count - 1))
        var form = DialogueForm(
            kind: .newLoop, title: s["dialogue.form.newLoop"],
            form: FormState(fields: [
                .choice(DialogueField.enhet.rawValue, label: s["dialogue.field.enhet"],
                        options: units.map { "\($0.1.name) · \($0.0.name)" }),
                .text(DialogueField.theme.rawValue, label: s["dialogue.field.theme"], maxLength: DialogueRules.maxThemeLength),
                .choice(DialogueField.chooser.rawValue, label: s["dialogue.field.chooser"],
                        options: ThemeChooser.allCases.map { DialogueText.chooser($0, s) }),
                .text(DialogueField.plannedStart.rawValue, label: s["dialogue.field.plannedStart"],
                      text: context.today.iso, maxLength: 10),
                .choice(DialogueField.guide1.rawValue, label: s["dialogue.field.guide1"], options: guideOptions(pool),
                        selected: firstGuide),
                .choice(DialogueField.guide2.rawValue, label: s["dialogue.field.guide2"], options: guideOptions(pool),
                        selected: secondGuide),
                .choice(DialogueField.staff.rawValue, label: s["dialogue.field.staff"], options: [""]),
            ]),
            choiceIds: [
                DialogueField.enhet.rawValue: units.map(\.1.id),
                DialogueField.guide1.rawValue: pool.map(\.id),
                DialogueField.guide2.rawValue: pool.map(\.id),
            ])
        form.notes = [s["dialogue.form.newLoop.note"]]
        try refreshStaff(&form, context: context)
        // The staff choice is filled after the form is built; that is not the user's typing.
        form.form.markUnchanged()
        return form
    }

    /// Rebuilds the staff choice when the chosen unit changed: everyone in the unit, or one team.
    static func refreshStaff(_ form: inout DialogueForm, context: AppContext) throws {
        guard case .newLoop = form.kind, let enhetId = form.chosenId(.enhet) else { return }
        if form.choiceIds["staffUnit"] == [enhetId] { return }
        let candidates = try context.store.loopStaffCandidates(enhetId: enhetId)
        var options = [context.strings.format("dialogue.staff.all", candidates.count)]
        var ids: [Int64] = [0]
        var seen: [Int64] = []
        for c in candidates where !seen.contains(c.teamId) {
            seen.append(c.teamId)
            options.append(context.strings.format("dialogue.staff.team", c.teamName, candidates.filter { $0.teamId == c.teamId }.count))
            ids.append(c.teamId)
        }
        if let i = form.form.index(of: DialogueField.staff.rawValue) {
            form.form.fields[i].kind = .choice(options: options, selected: 0)
        }
        form.choiceIds[DialogueField.staff.rawValue] = ids
        form.choiceIds["staffUnit"] = [enhetId]
    }

    static func newGuide(_ context: AppContext) throws -> DialogueForm {
        let s = context.strings
        let candidates = try context.store.guideCandidates()
        var form = DialogueForm(
            kind: .newGuide, title: s["dialogue.form.newGuide"],
            form: FormState(fields: [
                .choice(DialogueField.medarbetare.rawValue, label: s["dialogue.field.medarbetare"],
                        options: candidates.map { "\($0.name) · \($0.enhetName), \($0.kommunName)" }),
                .text(DialogueField.trainingDate.rawValue, label: s["dialogue.field.trainingDate"],
                      text: context.today.iso, maxLength: 10),
            ]),
            choiceIds: [DialogueField.medarbetare.rawValue: candidates.map(\.id)])
        form.notes = [s["dialogue.form.newGuide.note"]]
        return form
    }

    static func target(_ row: DialogueTargetRow, _ context: AppContext) -> DialogueForm {
        let s = context.strings
        return DialogueForm(
            kind: .target(enhetId: row.id, year: row.year),
            title: s.format("dialogue.form.target", row.enhetName, row.year),
            form: FormState(fields: [
                .text(DialogueField.target.rawValue, label: s["dialogue.field.target"],
                      text: row.target.map(String.init) ?? "", maxLength: 3),
            ]),
            choiceIds: [:])
    }

    static func meeting(_ detail: LoopDetail, _ context: AppContext) throws -> DialogueForm? {
        guard let kind = detail.nextMeeting else { return nil }
        let s = context.strings
        let pool = try context.store.guidePool(year: context.today.year).filter(\.active)
        let first = pool.firstIndex { $0.id == detail.guides.first?.id } ?? 0
        let second = pool.firstIndex { $0.id == detail.guides.last?.id } ?? min(1, max(0, pool.count - 1))
        let previousStaff = detail.meetings.last { $0.kind.groupsPresent.contains(.personal) }?.staffCount ?? detail.staff.count
        var fields: [FormField] = [
            .text(DialogueField.date.rawValue, label: s["dialogue.field.date"], text: context.today.iso, maxLength: 10),
            .choice(DialogueField.guide1.rawValue, label: s["dialogue.field.guide1"], options: guideOptions(pool), selected: first),
            .choice(DialogueField.guide2.rawValue, label: s["dialogue.field.guide2"], options: guideOptions(pool), selected: second),
            .text(DialogueField.brukareCount.rawValue, label: s["dialogue.field.brukareCount"],
                  text: kind.groupsPresent.contains(.brukare) ? "" : "0", maxLength: 3),
            .text(DialogueField.staffCount.rawValue, label: s["dialogue.field.staffCount"],
                  text: kind.groupsPresent.contains(.personal) ? String(previousStaff) : "0", maxLength: 3),
            .text(DialogueField.notes.rawValue, label: s["dialogue.field.notes"], maxLength: DialogueRules.maxTextLength),
        ]
        if kind.groupsPresent.count == 1, let group = kind.groupsPresent.first {
            fields.append(.text(DialogueField.question.rawValue,
                                label: s.format("dialogue.field.questionFrom", DialogueText.group(group, s).lowercased()),
                                maxLength: DialogueRules.maxTextLength))
        }
        var form = DialogueForm(
            kind: .meeting(loopId: detail.id), title: s.format("dialogue.form.meeting", DialogueText.traff(kind, s)),
            form: FormState(fields: fields),
            choiceIds: [DialogueField.guide1.rawValue: pool.map(\.id), DialogueField.guide2.rawValue: pool.map(\.id)])
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

    // MARK: Saving

    /// What a save produced: the status text, and the new loop's id when one was created.
    struct Saved {
        var status: String
        var newLoopId: Int64?
    }

    /// Stores the form in one transaction.
    /// - Throws: `DialogueFailure` with field errors, or a store error.
    static func save(_ form: DialogueForm, context: AppContext) throws -> Saved {
        let s = context.strings
        let store = context.store
        switch form.kind {
        case .newLoop:
            guard let enhetId = form.chosenId(.enhet) else { throw DialogueFailure([.enhet: .required]) }
            let team = form.chosenId(.staff) ?? 0
            let staff = try store.loopStaffCandidates(enhetId: enhetId).filter { team == 0 || $0.teamId == team }.map(\.id)
            let id = try store.createLoop(LoopDraft(
                enhetId: enhetId, theme: form.value(.theme), chosenBy: ThemeChooser.allCases[form.chosenIndex(.chooser)],
                plannedStart: form.value(.plannedStart), guide1: form.chosenId(.guide1), guide2: form.chosenId(.guide2),
                staffIds: staff), today: context.today)
            return Saved(status: s["dialogue.saved.loop"], newLoopId: id)
        case .newGuide:
            guard let id = form.chosenId(.medarbetare) else { throw DialogueFailure([.medarbetare: .required]) }
            try store.registerGuide(medarbetareId: id, trainingDate: form.value(.trainingDate))
            return Saved(status: s["dialogue.saved.guide"])
        case .target(let enhetId, let year):
            try store.setLoopTarget(enhetId: enhetId, year: year, target: form.value(.target))
            return Saved(status: s["dialogue.saved.target"])
        case .meeting(let loopId):
            guard let detail = try store.loopDetail(id: loopId, today: context.today), let kind = detail.nextMeeting else {
                throw DialogueFailure([.meeting: .outOfOrder(expected: nil)])
            }
            _ = try store.logMeeting(MeetingDraft(
                loopId: loopId, kind: kind, date: form.value(.date), guide1: form.chosenId(.guide1),
                guide2: form.chosenId(.guide2), brukareCount: form.value(.brukareCount),
                staffCount: form.value(.staffCount), notes: form.value(.notes)),
                question: form.value(.question), today: context.today)
            return Saved(status: s.format("dialogue.saved.meeting", DialogueText.traff(kind, s)))
        case .question:
            guard let meetingId = form.chosenId(.meeting) else { throw DialogueFailure([.meeting: .required]) }
            _ = try store.askQuestion(meetingId: meetingId, from: DialogueGroup.allCases[form.chosenIndex(.fromGroup)],
                                      text: form.value(.question))
            return Saved(status: s["dialogue.saved.question"])
        case .answer(let questionId):
            guard let meetingId = form.chosenId(.meeting) else { throw DialogueFailure([.meeting: .required]) }
            try store.answerQuestion(questionId: questionId, meetingId: meetingId, answer: form.value(.answer),
                                     level: form.value(.level))
            return Saved(status: s["dialogue.saved.answer"])
        case .editAnswer(let questionId):
            guard let meetingId = form.chosenId(.meeting) else { throw DialogueFailure([.meeting: .required]) }
            try store.correctAnswer(questionId: questionId, meetingId: meetingId, answer: form.value(.answer),
                                    level: form.value(.level))
            return Saved(status: s["dialogue.saved.answerCorrected"])
        case .editMeeting(let meetingId, let kind):
            try store.correctMeeting(id: meetingId, date: form.value(.date), brukareCount: form.value(.brukareCount),
                                     staffCount: form.value(.staffCount), notes: form.value(.notes), today: context.today)
            return Saved(status: s.format("dialogue.saved.meetingCorrected", DialogueText.traff(kind, s)))
        case .editAction(let actionId):
            try store.correctAction(id: actionId, ActionDraft(loopId: 0, what: form.value(.what),
                                                               responsible: form.value(.responsible), due: form.value(.due)))
            return Saved(status: s["dialogue.saved.actionCorrected"])
        case .action(let loopId):
            _ = try store.addAction(ActionDraft(loopId: loopId, what: form.value(.what),
                                                responsible: form.value(.responsible), due: form.value(.due)))
            return Saved(status: s["dialogue.saved.action"])
        case .staff(let loopId):
            let ids = (form.choiceIds["staff"] ?? []).filter { id in
                form.form.index(of: "staff-\(id)").flatMap { form.form.fields[$0].selectedOption } == 0
            }
            // A refusal (nobody chosen) has no single field: `show` puts it in the form's message.
            try store.setLoopStaff(loopId: loopId, staffIds: ids)
            return Saved(status: s.format("dialogue.saved.staff", ids.count))
        case .theme(let loopId):
            try store.changeTheme(loopId: loopId, theme: form.value(.theme),
                                  chosenBy: ThemeChooser.allCases[form.chosenIndex(.chooser)],
                                  reason: form.value(.reason), today: context.today)
            return Saved(status: s["dialogue.saved.theme"])
        }
    }

    /// The fields about what was said and done, also checked for a named person (not the
    /// responsible person's name, which names a member of staff on purpose).
    static let freeTextFields: Set<String> = Set([DialogueField.notes, .question, .answer, .what, .reason, .theme].map(\.rawValue))

    /// Handles a key or paste in an open form: Esc closes, Enter saves, the rest edits.
    /// - Returns: `.closed` (Esc), `.saved` with the result, or `.editing` with the form to keep.
    static func handle(_ event: Event, form: DialogueForm, context: AppContext) -> FormOutcome {
        var form = form
        switch form.form.closeDecision(for: event, strings: context.strings) {
        case .close: return .closed
        case .stay: return .editing(form)
        case .pass: break
        }
        if case .key(.enter) = event {
            if PersonnummerGuard.holds(&form.form, strings: context.strings, nameFieldIds: freeTextFields) { return .editing(form) }
            do {
                return .saved(try save(form, context: context))
            } catch let failure as DialogueFailure {
                form.show(failure, strings: context.strings)
            } catch {
                form.form.message = context.strings.couldNotSave(error)
            }
            return .editing(form)
        }
        _ = form.form.handle(event)
        try? refreshStaff(&form, context: context)
        return .editing(form)
    }

    /// What became of a form after one event.
    enum FormOutcome {
        case closed
        case saved(Saved)
        case editing(DialogueForm)
    }
}
