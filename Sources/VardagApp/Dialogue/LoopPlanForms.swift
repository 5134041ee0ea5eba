import TerminalKit
import VardagDomain
import VardagStore

/// Builds the loop screen's forms of migration v21: the next träff's planned date, the
/// chef at the end of the gemensam träff, and the feedback of an åtgärd to the brukare.
enum LoopPlanForms {
    /// The planned date of the next träff (empty clears it).
    /// - Returns: nil when all five träffar are held.
    static func planNext(_ detail: LoopDetail, _ context: AppContext) -> DialogueForm? {
        guard let kind = detail.nextMeeting else { return nil }
        let s = context.strings
        var form = DialogueForm(
            kind: .planNext(loopId: detail.id), title: s.format("dialogue.form.planNext", DialogueText.traff(kind, s)),
            form: FormState(fields: [
                .text(DialogueField.nextPlanned.rawValue, label: s["dialogue.field.nextPlanned"],
                      text: detail.nextPlannedOn?.iso ?? "", maxLength: 10),
            ]),
            choiceIds: [:])
        form.notes = [s["dialogue.form.planNext.note"]]
        return form
    }

    /// The chef choice: "ingen" and the active chefs of the slinga's kommun, own unit first.
    /// - Parameters:
    ///   - chefId: the chef chosen now, if any.
    /// - Returns: the field and the ids behind its options (nil for "ingen").
    static func chefField(_ loopId: Int64, chefId: Int64?, _ context: AppContext) throws -> (FormField, [Int64]) {
        let s = context.strings
        let chefs = try context.store.chefCandidates(loopId: loopId)
        let selected = chefId.flatMap { id in chefs.firstIndex { $0.id == id }.map { $0 + 1 } } ?? 0
        let field = FormField.choice(DialogueField.chef.rawValue, label: s["dialogue.field.chef"],
                                     options: [s["dialogue.chef.none"]] + chefs.map { "\($0.name) · \($0.enhetName)" },
                                     selected: selected)
        return (field, [0] + chefs.map(\.id))
    }

    /// Which chef joined the gemensam träff at its end, to record or correct it.
    static func chef(_ meeting: LoopDetail.Meeting, loopId: Int64, _ context: AppContext) throws -> DialogueForm {
        let s = context.strings
        let (field, ids) = try chefField(loopId, chefId: meeting.chefId, context)
        var form = DialogueForm(kind: .chef(meetingId: meeting.id), title: s["dialogue.form.chef"],
                                form: FormState(fields: [field]), choiceIds: [DialogueField.chef.rawValue: ids])
        form.notes = [s["dialogue.form.chef.note"]]
        return form
    }

    /// When and how an åtgärd was fed back to the brukare (an empty date: not fed back).
    static func feedback(_ action: LoopDetail.Action, _ context: AppContext) -> DialogueForm {
        let s = context.strings
        let date = action.fedBackOn?.iso ?? (action.fedBack ? "" : context.today.iso)
        var form = DialogueForm(
            kind: .feedback(actionId: action.id), title: s["dialogue.form.feedback"],
            form: FormState(fields: [
                .text(DialogueField.fedBackOn.rawValue, label: s["dialogue.field.fedBackOn"], text: date, maxLength: 10),
                .choice(DialogueField.fedBackHow.rawValue, label: s["dialogue.field.fedBackHow"],
                        options: FeedbackWay.allCases.map { DialogueText.way($0, s) },
                        selected: action.fedBackHow.flatMap { FeedbackWay.allCases.firstIndex(of: $0) } ?? 0),
            ]),
            choiceIds: [:])
        form.notes = [s.format("dialogue.form.feedback.note", action.what)]
        return form
    }

    /// The hours each of the slinga's vägledare gave to it (the exchange ledger).
    static func hours(_ detail: LoopDetail, _ context: AppContext) -> DialogueForm {
        let s = context.strings
        let fields: [FormField] = zip([DialogueField.hours, .hours2], detail.guides).map { field, guide in
            .text(field.rawValue, label: guide.bought ? s.format("dialogue.field.hoursBought", guide.name) : guide.name,
                  text: guide.minutes.map { GuideHours.text($0, comma: s.language != .en) } ?? "", maxLength: 7)
        }
        var form = DialogueForm(kind: .hours(loopId: detail.id), title: s["dialogue.form.hours"],
                                form: FormState(fields: fields), choiceIds: [:])
        form.notes = [s["dialogue.form.hours.note"]]
        form.labelWidth = 32
        return form
    }
}
