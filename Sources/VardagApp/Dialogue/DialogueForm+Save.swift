import TerminalKit
import VardagDomain
import VardagStore

/// The dialogue tool's forms on the one editor: Esc, Enter, the personnummer and name
/// guards and refusals at their fields are `FormEditor`'s; the store call is here.
extension DialogueForm: FormEditor {
    /// What a save produced: the status text, and the new loop's id when one was created.
    struct Saved {
        var status: String
        var newLoopId: Int64?
    }

    var nameFieldIds: Set<String> { DialogueForms.freeTextFields }

    /// "Inget sparades." when every refusal sits at its field.
    var failureSummaryKey: String { "dialogue.form.refused" }

    /// Stores the form in one transaction.
    /// - Throws: `DialogueFailure` with field errors, or a store error.
    mutating func save(context: AppContext) throws -> Saved {
        let s = context.strings
        let store = context.store
        switch kind {
        case .newLoop:
            guard let enhetId = chosenId(.enhet) else { throw DialogueFailure([.enhet: .required]) }
            let team = chosenId(.staff) ?? 0
            let staff = try store.loopStaffCandidates(enhetId: enhetId).filter { team == 0 || $0.teamId == team }.map(\.id)
            let id = try store.createLoop(LoopDraft(
                enhetId: enhetId, theme: value(.theme), chosenBy: ThemeChooser.allCases[chosenIndex(.chooser)],
                plannedStart: value(.plannedStart), guide1: chosenId(.guide1), guide2: chosenId(.guide2),
                staffIds: staff), today: context.today)
            return Saved(status: s["dialogue.saved.loop"], newLoopId: id)
        case .newGuide:
            guard let id = chosenId(.medarbetare) else { throw DialogueFailure([.medarbetare: .required]) }
            try store.registerGuide(medarbetareId: id, trainingDate: value(.trainingDate))
            return Saved(status: s["dialogue.saved.guide"])
        case .target(let enhetId, let year):
            try store.setLoopTarget(enhetId: enhetId, year: year, target: value(.target))
            return Saved(status: s["dialogue.saved.target"])
        case .meeting(let loopId):
            guard let detail = try store.loopDetail(id: loopId, today: context.today), let kind = detail.nextMeeting else {
                throw DialogueFailure([.meeting: .outOfOrder(expected: nil)])
            }
            _ = try store.logMeeting(MeetingDraft(
                loopId: loopId, kind: kind, date: value(.date), guide1: chosenId(.guide1),
                guide2: chosenId(.guide2), brukareCount: value(.brukareCount),
                staffCount: value(.staffCount), notes: value(.notes),
                chefId: chosenId(.chef).flatMap { $0 == 0 ? nil : $0 }),
                question: value(.question), today: context.today)
            return Saved(status: s.format("dialogue.saved.meeting", DialogueText.traff(kind, s)))
        case .question:
            guard let meetingId = chosenId(.meeting) else { throw DialogueFailure([.meeting: .required]) }
            _ = try store.askQuestion(meetingId: meetingId, from: DialogueGroup.allCases[chosenIndex(.fromGroup)],
                                      text: value(.question))
            return Saved(status: s["dialogue.saved.question"])
        case .answer(let questionId):
            guard let meetingId = chosenId(.meeting) else { throw DialogueFailure([.meeting: .required]) }
            try store.answerQuestion(questionId: questionId, meetingId: meetingId, answer: value(.answer),
                                     level: value(.level))
            return Saved(status: s["dialogue.saved.answer"])
        case .editAnswer(let questionId):
            guard let meetingId = chosenId(.meeting) else { throw DialogueFailure([.meeting: .required]) }
            try store.correctAnswer(questionId: questionId, meetingId: meetingId, answer: value(.answer),
                                    level: value(.level))
            return Saved(status: s["dialogue.saved.answerCorrected"])
        case .editMeeting(let meetingId, let kind):
            try store.correctMeeting(id: meetingId, date: value(.date), brukareCount: value(.brukareCount),
                                     staffCount: value(.staffCount), notes: value(.notes), today: context.today)
            return Saved(status: s.format("dialogue.saved.meetingCorrected", DialogueText.traff(kind, s)))
        case .editAction(let actionId):
            try store.correctAction(id: actionId, ActionDraft(loopId: 0, what: value(.what),
                                                               responsible: value(.responsible), due: value(.due)))
            return Saved(status: s["dialogue.saved.actionCorrected"])
        case .action(let loopId):
            _ = try store.addAction(ActionDraft(loopId: loopId, what: value(.what),
                                                responsible: value(.responsible), due: value(.due)))
            return Saved(status: s["dialogue.saved.action"])
        case .staff(let loopId):
            let ids = (choiceIds["staff"] ?? []).filter { id in
                form.index(of: "staff-\(id)").flatMap { form.fields[$0].selectedOption } == 0
            }
            // A refusal (nobody chosen) has no single field: `show` puts it in the form's message.
            try store.setLoopStaff(loopId: loopId, staffIds: ids)
            return Saved(status: s.format("dialogue.saved.staff", ids.count))
        case .planNext(let loopId):
            try store.planNextMeeting(loopId: loopId, date: value(.nextPlanned), today: context.today)
            let date = value(.nextPlanned).trimmingCharacters(in: .whitespaces)
            return Saved(status: date.isEmpty ? s["dialogue.saved.planCleared"] : s.format("dialogue.saved.plan", date))
        case .chef(let meetingId):
            let id = chosenId(.chef).flatMap { $0 == 0 ? nil : $0 }
            try store.setMeetingChef(meetingId: meetingId, chefId: id)
            return Saved(status: s["dialogue.saved.chef"])
        case .feedback(let actionId):
            try store.recordFeedback(actionId: actionId, date: value(.fedBackOn),
                                     way: FeedbackWay.allCases[chosenIndex(.fedBackHow)], today: context.today)
            return Saved(status: s["dialogue.saved.feedback"])
        case .guideLeft(let guideId):
            try store.setGuideLeft(guideId: guideId, date: value(.date), today: context.today)
            let date = value(.date).trimmingCharacters(in: .whitespaces)
            return Saved(status: date.isEmpty ? s["dialogue.saved.guideBack"] : s.format("dialogue.saved.guideLeft", date))
        case .hours(let loopId):
            try store.recordGuideHours(loopId: loopId, first: value(.hours), second: value(.hours2))
            return Saved(status: s["dialogue.saved.hours"])
        case .theme(let loopId):
            try store.changeTheme(loopId: loopId, theme: value(.theme),
                                  chosenBy: ThemeChooser.allCases[chosenIndex(.chooser)],
                                  reason: value(.reason), today: context.today)
            return Saved(status: s["dialogue.saved.theme"])
        }
    }


    /// Passes a key or paste to the open form and closes it after Esc or a save; a new
    /// unit chosen in the new-loop form refills its staff choice.
    /// - Returns: what was saved, when Enter stored the form; else nil.
    static func edit(_ editor: inout DialogueForm?, with event: Event, context: AppContext) -> Saved? {
        guard var form = editor else { return nil }
        switch form.handle(event, context: context) {
        case .closed:
            editor = nil
        case .open:
            do {
                try DialogueForms.refreshStaff(&form, context: context)
            } catch {
                form.form.message = context.strings.couldNotRead(error)
            }
            editor = form
        case .saved(let saved):
            editor = nil
            return saved
        }
        return nil
    }
}
