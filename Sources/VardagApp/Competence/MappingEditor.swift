import TerminalKit
import VardagDomain
import VardagStore

/// The form for a person's competence mapping: title, education, points, year,
/// certificate, transition, wishes; asks when someone else saved the same fields meanwhile.
struct MappingEditor: FormEditor {
    /// The mapping as the form opened it.
    let base: CompetenceMapping
    let name: String
    /// The title ids in the order of the title field's options.
    let titleIds: [Int64]
    var form: FormState
    let titleText: String
    /// Open while a save met someone else's change to the same fields.
    var question: ConflictQuestion?
    /// The conflict the question is about.
    private var conflict: EditConflict<CompetenceMapping>?
    /// Her answer, for the next save.
    private var resolution: EditResolution<CompetenceMapping>?

    /// Opens the form filled with the person's mapping.
    init(for person: CompetencePerson, titles: [CompetenceTitle], strings s: Strings) {
        let m = person.mapping
        let yesNo = [s["competence.no"], s["competence.yes"]]
        let kinds = EducationKind.allCases
        base = m
        name = person.name
        titleIds = titles.map(\.id)
        form = FormState(fields: [
            .choice("title", label: s["competence.form.title"], options: titles.map(\.name),
                    selected: titles.firstIndex { $0.id == m.titleId } ?? 0),
            .choice("education", label: s["competence.form.education"], options: kinds.map { CompetenceText.education($0, s) },
                    selected: kinds.firstIndex(of: m.educationKind) ?? 0),
            .text("points", label: s["competence.form.points"], text: String(m.points), maxLength: 5),
            .text("year", label: s["competence.form.year"], text: m.educationYear.map(String.init) ?? "", maxLength: 4),
            .choice("certificate", label: s["competence.form.certificate"], options: yesNo, selected: m.certificate ? 1 : 0),
            .choice("transition", label: s["competence.form.transition"], options: yesNo, selected: m.employedOnProtectionDay ? 1 : 0),
            .text("wishes", label: s["competence.form.wishes"], text: m.wishes, maxLength: 500),
        ])
        titleText = s.format("competence.form.mappingTitle", person.name)
    }

    /// Stores the mapping.
    /// - Returns: the status text, or nil when a question about someone else's change opened
    ///   instead (the form stays open; answering it saves again).
    /// - Throws: a `FormRefusal` or `CompetenceError` to show at its field, or a store failure.
    mutating func save(context: AppContext) throws -> String? {
        let s = context.strings
        form.clearMessages()
        var mapping = base
        if let index = CompetenceForm.option(form, 0), titleIds.indices.contains(index) { mapping.titleId = titleIds[index] }
        mapping.educationKind = EducationKind.allCases[CompetenceForm.option(form, 1) ?? 0]
        let pointsText = form.value(of: "points").trimmingCharacters(in: .whitespaces)
        guard let points = Int(pointsText.isEmpty ? "0" : pointsText), (0...5000).contains(points) else {
            throw FormRefusal(field: "points", key: "competence.form.badPoints")
        }
        mapping.points = points
        let yearText = form.value(of: "year").trimmingCharacters(in: .whitespaces)
        if yearText.isEmpty {
            mapping.educationYear = nil
        } else if let year = Int(yearText), (1950...2100).contains(year) {
            mapping.educationYear = year
        } else {
            throw FormRefusal(field: "year", key: "competence.form.badYear")
        }
        mapping.certificate = CompetenceForm.option(form, 4) == 1
        mapping.employedOnProtectionDay = CompetenceForm.option(form, 5) == 1
        // Untouched wishes stay byte for byte as stored, so they never count as her change.
        let wishes = form.value(of: "wishes")
        if wishes != base.wishes { mapping.wishes = RegisterName.normalize(wishes) }
        do {
            let saved = try context.store.saveCompetenceMapping(mapping, openedAs: base, resolution: resolution)
            if saved.keptFromOthers.isEmpty { return s.format("competence.mapping.saved", name) }
            return s.format("form.conflict.savedKeeping", name,
                            saved.keptFromOthers.map { describe($0, of: saved.value, s).label }.joined(separator: ", "))
        } catch let conflict as EditConflict<CompetenceMapping> {
            self.conflict = conflict
            question = ConflictQuestion(conflict) { field, value in describe(field, of: value, s) }
            return nil
        } catch CompetenceError.invalidCharacters {
            throw FormRefusal(field: "wishes", key: "input.controlCharacters")
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
            if let id = mapping.titleId, let index = titleIds.firstIndex(of: id),
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

    /// Draws the form in a box in the middle of the area, and the question over it when open.
    func render(into buffer: inout Buffer, area: Rect, context: AppContext) {
        CompetenceForm.box(titleText, context).render(form, into: &buffer, area: area, context: context)
        question?.render(into: &buffer, area: area, context: context)
    }
}
