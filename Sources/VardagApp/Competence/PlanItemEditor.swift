import TerminalKit
import VardagDomain
import VardagStore

/// The form for a plan item: a new one for a person, or a stored one to correct; a step
/// (or none, for a course), the course, the target date, the provider and the cost.
struct PlanItemEditor: FormEditor {
    enum Target {
        case new(medarbetareId: Int64)
        case stored(PlanItem)
    }

    let target: Target
    /// Whose plan it is, for the status line.
    let name: String
    var form: FormState
    let titleText: String

    /// A form for a new plan item: the person's next step, the end of next quarter.
    init(newFor person: CompetencePerson, today: LocalDate, strings s: Strings) {
        let next = StepOrder.nextStep(after: person.mapping.completions) ?? 0
        target = .new(medarbetareId: person.id)
        name = person.name
        form = Self.fields(step: person.hasLadder ? next : 0, course: "",
                           target: CompetenceLayout.endOfNextQuarter(today), provider: "", cost: nil, strings: s)
        titleText = s.format("competence.form.planTitle", person.name)
    }

    /// A form filled with a stored plan item, to correct its step, course and target date.
    init(correcting item: PlanItem, name: String, strings s: Strings) {
        target = .stored(item)
        self.name = name
        form = Self.fields(step: item.step ?? 0, course: item.course, target: item.targetDate,
                           provider: item.provider, cost: item.cost, strings: s)
        titleText = s.format("competence.form.editPlanTitle", name)
    }

    private static func fields(step: Int, course: String, target: LocalDate, provider: String, cost: Int?,
                               strings s: Strings) -> FormState {
        FormState(fields: [
            .choice("step", label: s["competence.form.step"], options: CompetenceForm.stepOptions(s), selected: step),
            .text("course", label: s["competence.form.course"], text: course, maxLength: 100),
            .text("target", label: s["competence.form.target"], text: target.iso, maxLength: 10),
            .text("provider", label: s["competence.form.provider"], text: provider, maxLength: 100),
            .text("cost", label: s["competence.form.cost"], text: cost.map(PlanCostSum.grouped) ?? "", maxLength: 12),
        ])
    }

    /// The cost typed: whole kronor, spaces between thousands allowed; empty for not known.
    /// - Throws: a `FormRefusal` at the cost field for anything else.
    static func cost(_ text: String) throws -> Int? {
        let digits = text.filter { !$0.isWhitespace }
        guard !digits.isEmpty else { return nil }
        guard digits.allSatisfy(\.isASCII), let value = Int(digits), (0...PlanItem.maximumCost).contains(value) else {
            throw FormRefusal(field: "cost", key: "competence.form.badCost")
        }
        return value
    }

    /// Adds or corrects the plan item.
    /// - Returns: the status text.
    /// - Throws: a `FormRefusal` at its field, or a store failure.
    mutating func save(context: AppContext) throws -> String {
        let s = context.strings
        let step = CompetenceForm.option(form, 0).flatMap { $0 == 0 ? nil : $0 }
        let course = form.value(of: "course")
        let targetDate: LocalDate
        do {
            targetDate = try LocalDate.parse(form.value(of: "target").trimmingCharacters(in: .whitespaces))
        } catch {
            throw FormRefusal(field: "target", key: "competence.form.badDate")
        }
        let provider = form.value(of: "provider")
        let cost = try Self.cost(form.value(of: "cost"))
        do {
            switch target {
            case .new(let id):
                try context.store.addCompetencePlanItem(medarbetareId: id, step: step, course: course, targetDate: targetDate,
                                                        provider: provider, cost: cost)
                return s.format("competence.plan.added", name)
            case .stored(let item):
                try context.store.correctCompetencePlanItem(id: item.id, step: step, course: course, targetDate: targetDate,
                                                            provider: provider, cost: cost)
                return s.format("competence.plan.corrected", name)
            }
        } catch CompetenceError.invalidCharacters(let field) {
            throw FormRefusal(field: field == .provider ? "provider" : "course", key: "input.controlCharacters")
        } catch CompetenceError.costOutOfRange {
            throw FormRefusal(field: "cost", key: "competence.form.badCost")
        } catch let error as CompetenceError {
            throw FormRefusal(field: error.field == .course ? "course" : "step", key: "competence.form.needStepOrCourse")
        }
    }

    /// Draws the form in a box in the middle of the area.
    func render(into buffer: inout Buffer, area: Rect, context: AppContext) {
        CompetenceForm.box(titleText, context).render(form, into: &buffer, area: area, context: context)
    }
}
