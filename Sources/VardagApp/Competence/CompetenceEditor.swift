import TerminalKit
import VardagDomain
import VardagStore

/// The competence screen's forms: a new plan item for a person, or a ladder step's text.
struct CompetenceEditor {
    enum Target {
        case plan(medarbetareId: Int64, name: String)
        /// A stored plan item being corrected.
        case editPlan(PlanItem, name: String)
        case step(omrade: Verksamhetsomrade, number: Int)
        case mapping(CompetenceMapping, name: String, titleIds: [Int64])
    }

    var target: Target
    var form: FormState
    var titleText: String
    /// Open while a mapping save met someone else's change to the same fields.
    var question: ConflictQuestion?
    /// The conflict the question is about.
    private var conflict: EditConflict<CompetenceMapping>?
    /// Her answer, for the next save.
    private var resolution: EditResolution<CompetenceMapping>?

    /// A form for a new plan item: step (or none), course, target date.
    static func plan(for person: CompetencePerson, today: LocalDate, strings s: Strings) -> CompetenceEditor {
        let steps = [s["competence.form.noStep"]] + (1...Ladder.stepCount).map { s.format("competence.col.step", $0) }
        let next = StepOrder.nextStep(after: person.mapping.completions) ?? 0
        return CompetenceEditor(
            target: .plan(medarbetareId: person.id, name: person.name),
            form: FormState(fields: [
                .choice("step", label: s["competence.form.step"], options: steps, selected: person.hasLadder ? next : 0),
                .text("course", label: s["competence.form.course"], text: "", maxLength: 100),
                .text("target", label: s["competence.form.target"], text: CompetenceScreen.endOfNextQuarter(today).iso, maxLength: 10),
            ]),
            titleText: s.format("competence.form.planTitle", person.name))
    }

    /// A form filled with a stored plan item, to correct its step, course and target date.
    static func editPlan(_ item: PlanItem, name: String, strings s: Strings) -> CompetenceEditor {
        let steps = [s["competence.form.noStep"]] + (1...Ladder.stepCount).map { s.format("competence.col.step", $0) }
        return CompetenceEditor(
            target: .editPlan(item, name: name),
            form: FormState(fields: [
                .choice("step", label: s["competence.form.step"], options: steps, selected: item.step ?? 0),
                .text("course", label: s["competence.form.course"], text: item.course, maxLength: 100),
                .text("target", label: s["competence.form.target"], text: item.targetDate.iso, maxLength: 10),
            ]),
            titleText: s.format("competence.form.editPlanTitle", name))
    }

    /// A form for a person's mapping: title, education, points, year, certificate, transition, wishes.
    static func mapping(for person: CompetencePerson, titles: [CompetenceTitle], strings s: Strings) -> CompetenceEditor {
        let m = person.mapping
        let yesNo = [s["competence.no"], s["competence.yes"]]
        let kinds = EducationKind.allCases
        return CompetenceEditor(
            target: .mapping(m, name: person.name, titleIds: titles.map(\.id)),
            form: FormState(fields: [
                .choice("title", label: s["competence.form.title"], options: titles.map(\.name),
                        selected: titles.firstIndex { $0.id == m.titleId } ?? 0),
                .choice("education", label: s["competence.form.education"], options: kinds.map { CompetenceText.education($0, s) },
                        selected: kinds.firstIndex(of: m.educationKind) ?? 0),
                .text("points", label: s["competence.form.points"], text: String(m.points), maxLength: 5),
                .text("year", label: s["competence.form.year"], text: m.educationYear.map(String.init) ?? "", maxLength: 4),
                .choice("certificate", label: s["competence.form.certificate"], options: yesNo, selected: m.certificate ? 1 : 0),
                .choice("transition", label: s["competence.form.transition"], options: yesNo, selected: m.employedOnProtectionDay ? 1 : 0),
                .text("wishes", label: s["competence.form.wishes"], text: m.wishes, maxLength: 500),
            ]),
            titleText: s.format("competence.form.mappingTitle", person.name))
    }

    /// A form for a ladder step's name, content and courses (separated by `;`).
    static func step(_ step: LadderStep, omrade: Verksamhetsomrade, strings s: Strings) -> CompetenceEditor {
        CompetenceEditor(
            target: .step(omrade: omrade, number: step.number),
            form: FormState(fields: [
                .text("name", label: s["competence.form.stepName"], text: step.name, maxLength: 100),
                .text("content", label: s["competence.form.content"], text: step.content, maxLength: 1000),
                .text("courses", label: s["competence.form.courses"], text: step.courses.joined(separator: "; "), maxLength: 1000),
            ]),
            titleText: s.format("competence.form.stepTitle", CompetenceText.omrade(omrade, s), step.number))
    }

    /// Saves the form. Returns a status text on success; on failure puts the message at the field and returns nil.
    mutating func save(to store: AppDatabase, today: LocalDate, strings s: Strings) -> String? {
        form.clearMessages()
        form.message = nil
        switch target {
        case .plan(let id, let name):
            return savePlan(to: store, strings: s) { step, course, targetDate in
                try store.addCompetencePlanItem(medarbetareId: id, step: step, course: course, targetDate: targetDate)
                return s.format("competence.plan.added", name)
            }
        case .editPlan(let item, let name):
            return savePlan(to: store, strings: s) { step, course, targetDate in
                try store.correctCompetencePlanItem(id: item.id, step: step, course: course, targetDate: targetDate)
                return s.format("competence.plan.corrected", name)
            }
        case .mapping(let base, let name, let titleIds):
            var mapping = base
            if let index = Self.option(form, 0), titleIds.indices.contains(index) { mapping.titleId = titleIds[index] }
            mapping.educationKind = EducationKind.allCases[Self.option(form, 1) ?? 0]
            let pointsText = form.value(of: "points").trimmingCharacters(in: .whitespaces)
            guard let points = Int(pointsText.isEmpty ? "0" : pointsText), (0...5000).contains(points) else {
                form.setMessage(s["competence.form.badPoints"], for: "points")
                form.focus = 2
                return nil
            }
            mapping.points = points
            let yearText = form.value(of: "year").trimmingCharacters(in: .whitespaces)
            if yearText.isEmpty {
                mapping.educationYear = nil
            } else if let year = Int(yearText), (1950...2100).contains(year) {
                mapping.educationYear = year
            } else {
                form.setMessage(s["competence.form.badYear"], for: "year")
                form.focus = 3
                return nil
            }
            mapping.certificate = Self.option(form, 4) == 1
            mapping.employedOnProtectionDay = Self.option(form, 5) == 1
            // Untouched wishes stay byte for byte as stored, so they never count as her change.
            let wishes = form.value(of: "wishes")
            if wishes != base.wishes { mapping.wishes = RegisterName.normalize(wishes) }
            do {
                let saved = try store.saveCompetenceMapping(mapping, openedAs: base, resolution: resolution)
                if saved.keptFromOthers.isEmpty { return s.format("competence.mapping.saved", name) }
                return s.format("form.conflict.savedKeeping", name,
                                saved.keptFromOthers.map { describe($0, of: saved.value, s).label }.joined(separator: ", "))
            } catch let conflict as EditConflict<CompetenceMapping> {
                self.conflict = conflict
                question = ConflictQuestion(conflict) { field, value in describe(field, of: value, s) }
                return nil
            } catch CompetenceError.invalidCharacters {
                form.setMessage(s["input.controlCharacters"], for: "wishes")
                form.focus = 6
                return nil
            } catch {
                form.message = s.couldNotSave(error)
                return nil
            }
        case .step(let omrade, let number):
            let courses = form.value(of: "courses").split(separator: ";").map { String($0) }
            do {
                // The domain rule first: the store checks name and length, the rule also control characters.
                let step = try LadderStep(number: number, name: form.value(of: "name"), content: form.value(of: "content"),
                                          courses: courses).validated()
                try store.updateLadderStep(omrade: omrade, step: step)
                return s.format("competence.ladders.saved", number)
            } catch let error as CompetenceError {
                let field = error.field == .stepName ? "name" : error.field == .course ? "courses" : "content"
                let text: String
                switch error {
                case .invalidCharacters: text = s["input.controlCharacters"]
                case .required(.stepName): text = s["competence.form.nameRequired"]
                default: text = ErrorText.describe(error, s)
                }
                form.setMessage(text, for: field)
                return nil
            } catch {
                form.message = s.couldNotSave(error)
                return nil
            }
        }
    }

    /// Passes a key to the open conflict question.
    /// - Returns: true when she answered so that the form is to be saved again now.
    mutating func answerQuestion(_ key: Key, strings s: Strings) -> Bool {
        guard var open = question else { return false }
        switch open.handle(key, strings: s) {
        case nil:
            question = open
            return false
        case .back?:
            question = nil
            return false
        case .save(let fields)?:
            question = nil
            resolution = conflict?.resolution(keepingTheirs: fields)
            return true
        }
    }

    /// A mapping field's label and a value of it, in the form's words.
    private func describe(_ field: String, of mapping: CompetenceMapping, _ s: Strings) -> (label: String, text: String) {
        let label = form.index(of: field).map { form.fields[$0].label } ?? s["form.conflict.steps"]
        let yesNo = { (flag: Bool) in flag ? s["competence.yes"] : s["competence.no"] }
        let text: String
        switch field {
        case "title":
            if case .mapping(_, _, let titleIds) = target, let id = mapping.titleId, let index = titleIds.firstIndex(of: id),
               let choice = form.index(of: "title"), case .choice(let options, _) = form.fields[choice].kind,
               options.indices.contains(index) {
                text = options[index]
            } else {
                text = "–"
            }
        case "education": text = CompetenceText.education(mapping.educationKind, s)
        case "points": text = String(mapping.points)
        case "year": text = mapping.educationYear.map(String.init) ?? "–"
        case "certificate": text = yesNo(mapping.certificate)
        case "transition": text = yesNo(mapping.employedOnProtectionDay)
        case "wishes": text = mapping.wishes.isEmpty ? "–" : mapping.wishes
        default: text = mapping.completions.isEmpty ? "–" : mapping.completions.map { String($0.step) }.joined(separator: ", ")
        }
        return (label, text)
    }

    /// Reads the plan fields (step, course, target date) and stores them with `write`.
    /// - Returns: `write`'s status text, or nil with the message at the field.
    private mutating func savePlan(to store: AppDatabase, strings s: Strings,
                                   write: (Int?, String, LocalDate) throws -> String) -> String? {
        let step = Self.option(form, 0).flatMap { $0 == 0 ? nil : $0 }
        let course = form.value(of: "course")
        let targetDate: LocalDate
        do {
            targetDate = try LocalDate.parse(form.value(of: "target").trimmingCharacters(in: .whitespaces))
        } catch {
            form.setMessage(s["competence.form.badDate"], for: "target")
            form.focus = 2
            return nil
        }
        do {
            return try write(step, course, targetDate)
        } catch CompetenceError.invalidCharacters {
            form.setMessage(s["input.controlCharacters"], for: "course")
            form.focus = 1
            return nil
        } catch let error as CompetenceError {
            form.setMessage(s["competence.form.needStepOrCourse"], for: error.field == .course ? "course" : "step")
            return nil
        } catch {
            form.message = s.couldNotSave(error)
            return nil
        }
    }

    /// The selected option of a choice field. Kept out of line: Swift 6.3's optimiser
    /// crashed (CopyPropagation) on `form.fields[i].selectedOption` inlined into `save`.
    @inline(never)
    static func option(_ form: FormState, _ index: Int) -> Int? {
        guard form.fields.indices.contains(index) else { return nil }
        let field = form.fields[index]
        return field.selectedOption
    }

    /// Draws the form in a box in the middle of the area.
    func render(into buffer: inout Buffer, area: Rect, context: AppContext) {
        FormBox(title: titleText, hint: context.strings["competence.form.hint"], labelWidth: 18)
            .render(form, into: &buffer, area: area, context: context)
        question?.render(into: &buffer, area: area, context: context)
    }
}
