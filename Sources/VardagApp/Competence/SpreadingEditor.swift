import TerminalKit
import VardagDomain
import VardagStore

/// The form for a spreading activity (kunskapsspridning): a new one for a completed step or a
/// finished plan item, or a stored one to record as held (date, how many took part, what
/// changed) or to move; what (kind and a line), for whom (team or unit), when.
struct SpreadingEditor: FormEditor {
    enum Target {
        /// A new activity for a person's completed step, or a finished plan item (with its step, if any).
        case new(medarbetareId: Int64, step: Int?, planItemId: Int64?)
        case stored(SpreadingActivity)
    }

    let target: Target
    /// Whose activity it is, for the status line.
    let name: String
    var form: FormState
    let titleText: String

    /// A form for a new activity, planned four weeks ahead, for the person's team.
    /// - Parameter what: the step or course spread, for the title ("steg 2", "Demensvård").
    init(newFor person: CompetencePerson, step: Int?, planItemId: Int64?, what: String, today: LocalDate, strings s: Strings) {
        target = .new(medarbetareId: person.id, step: step, planItemId: planItemId)
        name = person.name
        form = Self.fields(kind: .presentation, description: "", audience: .team, planned: today.adding(days: 28),
                           held: nil, participants: nil, outcome: "", strings: s)
        titleText = s.format("competence.spreading.formTitle", person.name, what)
    }

    /// A form filled with a stored activity, to record it as held or change it.
    init(recording activity: SpreadingActivity, name: String, what: String, strings s: Strings) {
        target = .stored(activity)
        self.name = name
        form = Self.fields(kind: activity.kind, description: activity.description, audience: activity.audience,
                           planned: activity.plannedOn, held: activity.heldOn, participants: activity.participants,
                           outcome: activity.outcome, strings: s)
        titleText = s.format("competence.spreading.formTitle", name, what)
    }

    private static func fields(kind: SpreadingKind, description: String, audience: SpreadingAudience, planned: LocalDate,
                               held: LocalDate?, participants: Int?, outcome: String, strings s: Strings) -> FormState {
        FormState(fields: [
            .choice("kind", label: s["competence.spreading.form.kind"], options: SpreadingKind.allCases.map { kindText($0, s) },
                    selected: SpreadingKind.allCases.firstIndex(of: kind) ?? 0),
            .text("description", label: s["competence.spreading.form.description"], text: description,
                  maxLength: SpreadingActivity.maximumDescription),
            .choice("audience", label: s["competence.spreading.form.audience"],
                    options: SpreadingAudience.allCases.map { audienceText($0, s) },
                    selected: SpreadingAudience.allCases.firstIndex(of: audience) ?? 0),
            .text("planned", label: s["competence.spreading.form.planned"], text: planned.iso, maxLength: 10),
            .text("held", label: s["competence.spreading.form.held"], text: held?.iso ?? "", maxLength: 10),
            .text("participants", label: s["competence.spreading.form.participants"], text: participants.map(String.init) ?? "",
                  maxLength: 4),
            .text("outcome", label: s["competence.spreading.form.outcome"], text: outcome, maxLength: SpreadingActivity.maximumOutcome),
        ])
    }

    /// A kind's name in the catalogue.
    static func kindText(_ kind: SpreadingKind, _ s: Strings) -> String { s["competence.spreading.kind.\(kind.rawValue)"] }

    /// An audience's name in the catalogue.
    static func audienceText(_ audience: SpreadingAudience, _ s: Strings) -> String {
        s["competence.spreading.audience.\(audience.rawValue)"]
    }

    /// Plans or records the activity.
    /// - Returns: the status text.
    /// - Throws: a `FormRefusal` at its field, or a store failure.
    mutating func save(context: AppContext) throws -> String {
        let s = context.strings
        let kind = SpreadingKind.allCases[min(SpreadingKind.allCases.count - 1, CompetenceForm.option(form, 0) ?? 0)]
        let audience = SpreadingAudience.allCases[min(SpreadingAudience.allCases.count - 1, CompetenceForm.option(form, 2) ?? 0)]
        let planned = try Self.date(form.value(of: "planned"), field: "planned")
        let heldText = form.value(of: "held").trimmingCharacters(in: .whitespaces)
        let held = heldText.isEmpty ? nil : try Self.date(heldText, field: "held")
        let countText = form.value(of: "participants").trimmingCharacters(in: .whitespaces)
        var participants: Int?
        if !countText.isEmpty {
            guard countText.allSatisfy(\.isASCII), let count = Int(countText) else {
                throw FormRefusal(field: "participants", key: "competence.spreading.form.badCount")
            }
            participants = count
        }
        do {
            switch target {
            case .new(let id, let step, let planItemId):
                let activity = SpreadingActivity(id: 0, medarbetareId: id, step: step, planItemId: planItemId, kind: kind,
                                                 description: form.value(of: "description"), audience: audience, plannedOn: planned,
                                                 heldOn: held, participants: participants, outcome: form.value(of: "outcome"))
                try context.store.planCompetenceSpreading(activity, today: context.today)
                return s.format(held == nil ? "competence.spreading.planned" : "competence.spreading.recorded", name)
            case .stored(var activity):
                activity.kind = kind
                activity.description = form.value(of: "description")
                activity.audience = audience
                activity.plannedOn = planned
                activity.heldOn = held
                activity.participants = participants
                activity.outcome = form.value(of: "outcome")
                try context.store.recordCompetenceSpreading(activity, today: context.today)
                return s.format(held == nil ? "competence.spreading.changed" : "competence.spreading.recorded", name)
            }
        } catch let error as SpreadingError {
            throw Self.refusal(error)
        }
    }

    /// A date typed in a field, or a refusal at it.
    private static func date(_ text: String, field: String) throws -> LocalDate {
        do {
            return try LocalDate.parse(text.trimmingCharacters(in: .whitespaces))
        } catch {
            throw FormRefusal(field: field, key: "competence.form.badDate")
        }
    }

    /// The refusal at the field a rule belongs to.
    static func refusal(_ error: SpreadingError) -> FormRefusal {
        switch error {
        case .notCompleted: return FormRefusal(field: "kind", key: "competence.spreading.notCompleted")
        case .heldInFuture: return FormRefusal(field: "held", key: "competence.spreading.form.heldInFuture")
        case .participantsOutOfRange: return FormRefusal(field: "participants", key: "competence.spreading.form.badCount")
        case .notHeldYet(let field):
            return FormRefusal(field: field == .outcome ? "outcome" : "participants", key: "competence.spreading.form.notHeld")
        case .tooLong(let field, _), .invalidCharacters(let field):
            return FormRefusal(field: field == .outcome ? "outcome" : "description", key: "input.controlCharacters")
        }
    }

    /// Draws the form in a box in the middle of the area.
    func render(into buffer: inout Buffer, area: Rect, context: AppContext) {
        CompetenceForm.box(titleText, context).render(form, into: &buffer, area: area, context: context)
    }
}
