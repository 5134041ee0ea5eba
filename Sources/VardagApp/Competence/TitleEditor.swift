import TerminalKit
import VardagDomain
import VardagStore

/// The form for a title: a new one with its name and education requirements, or a new name
/// for a stored one (its requirements have their own keys on the Titlar tab).
///
/// The field ids are `CompetenceError.Field`'s, so a refused name or points show at their field.
struct TitleEditor: FormEditor {
    enum Target {
        case new
        case rename(CompetenceTitle)
    }

    let target: Target
    var form: FormState
    let titleText: String

    /// A form for a new title: gymnasial, 0 points, no certificate.
    init(newWith s: Strings) {
        target = .new
        let kinds = EducationKind.allCases
        form = FormState(fields: [
            .text("title", label: s["competence.form.titleName"], text: "", maxLength: 100),
            .choice("educationKind", label: s["competence.form.education"], options: kinds.map { CompetenceText.education($0, s) },
                    selected: kinds.firstIndex(of: .gymnasial) ?? 0),
            .text("points", label: s["competence.form.points"], text: "0", maxLength: 4),
            .choice("certificate", label: s["competence.form.certificateRequired"], options: [s["competence.no"], s["competence.yes"]],
                    selected: 0),
        ])
        titleText = s["competence.form.newTitle"]
    }

    /// A form with a stored title's name, to rename it.
    init(renaming title: CompetenceTitle, strings s: Strings) {
        target = .rename(title)
        form = FormState(fields: [.text("title", label: s["competence.form.titleName"], text: title.name, maxLength: 100)])
        titleText = s.format("competence.form.renameTitle", title.name)
    }

    /// Adds or renames the title.
    /// - Returns: the status text.
    /// - Throws: a `FormRefusal` or `CompetenceError` at its field, or a store failure.
    mutating func save(context: AppContext) throws -> String {
        let s = context.strings
        let name = form.value(of: "title")
        switch target {
        case .new:
            let pointsText = form.value(of: "points").trimmingCharacters(in: .whitespaces)
            guard let points = Int(pointsText.isEmpty ? "0" : pointsText), (0...5000).contains(points) else {
                throw FormRefusal(field: "points", key: "competence.form.badPoints")
            }
            let kind = EducationKind.allCases[CompetenceForm.option(form, 1) ?? 0]
            let title = try context.store.addCompetenceTitle(name: name, educationKind: kind, points: points,
                                                             certificateRequired: CompetenceForm.option(form, 3) == 1)
            return s.format("competence.titles.added", title.name)
        case .rename(let before):
            let title = try context.store.renameCompetenceTitle(id: before.id, name: name)
            return s.format("competence.titles.renamed", before.name, title.name)
        }
    }

    /// Draws the form in a box in the middle of the area.
    func render(into buffer: inout Buffer, area: Rect, context: AppContext) {
        CompetenceForm.box(titleText, context).render(form, into: &buffer, area: area, context: context)
    }
}
