import TerminalKit
import VardagDomain
import VardagStore

/// The form for a ladder step's name, content and courses (separated by `;`).
///
/// The field ids are `CompetenceError.Field`'s, so a refused step shows at its field.
struct LadderStepEditor: FormEditor {
    let omrade: Verksamhetsomrade
    let number: Int
    var form: FormState
    let titleText: String

    init(_ step: LadderStep, omrade: Verksamhetsomrade, strings s: Strings) {
        self.omrade = omrade
        number = step.number
        form = FormState(fields: [
            .text("stepName", label: s["competence.form.stepName"], text: step.name, maxLength: 100),
            .text("content", label: s["competence.form.content"], text: step.content, maxLength: 1000),
            .text("course", label: s["competence.form.courses"], text: step.courses.joined(separator: "; "), maxLength: 1000),
        ])
        titleText = s.format("competence.form.stepTitle", CompetenceText.omrade(omrade, s), step.number)
    }

    /// Stores the step, checked by the domain rule first (the store checks name and
    /// length, the rule also control characters).
    /// - Returns: the status text.
    /// - Throws: a `CompetenceError` (or `FormRefusal`) at its field, or a store failure.
    mutating func save(context: AppContext) throws -> String {
        let courses = form.value(of: "course").split(separator: ";").map { String($0) }
        do {
            let step = try LadderStep(number: number, name: form.value(of: "stepName"), content: form.value(of: "content"),
                                      courses: courses).validated()
            try context.store.updateLadderStep(omrade: omrade, step: step)
            return context.strings.format("competence.ladders.saved", number)
        } catch CompetenceError.required(.stepName) {
            throw FormRefusal(field: "stepName", key: "competence.form.nameRequired")
        }
    }

    /// Draws the form in a box in the middle of the area.
    func render(into buffer: inout Buffer, area: Rect, context: AppContext) {
        CompetenceForm.box(titleText, context).render(form, into: &buffer, area: area, context: context)
    }
}
