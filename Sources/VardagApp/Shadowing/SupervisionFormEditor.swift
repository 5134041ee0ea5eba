import TerminalKit
import VardagDomain
import VardagStore

/// The handledare forms of Skuggning: a handledare in the team's pool (new or changed), and
/// a participant's handledare from a day on. Field ids are `ShadowingField` descriptions, so
/// the store's refusals land next to the right field.
struct SupervisionFormEditor: FormEditor {
    /// Which record the form writes.
    enum Kind {
        /// A pool member: the staff to choose from (one, when changing her).
        case supervisor(teamId: Int64, staffIds: [Int64])
        /// A participant's handledare: the pool to choose from.
        case assignment(participantId: Int64, supervisorIds: [Int64])
    }

    let kind: Kind
    let titleKey: String
    /// A dim line above the fields.
    var intro: String?
    var form: FormState

    var failureSummaryKey: String { "shadowing.form.hasErrors" }

    /// A form to put one of the host team's staff in the pool, or (`editing`) to change a pool member.
    /// - Parameters:
    ///   - staff: the host team's staff who are not in the pool yet (ignored when editing).
    ///   - editing: the pool member to change, or nil for a new one.
    static func supervisor(teamId: Int64, staff: [(id: Int64, name: String)], editing: ShadowingSupervisor?, today: LocalDate,
                           strings s: Strings) -> SupervisionFormEditor {
        let choices = editing.map { [(id: $0.medarbetareId, name: $0.name)] } ?? staff
        return SupervisionFormEditor(
            kind: .supervisor(teamId: teamId, staffIds: choices.map(\.id)),
            titleKey: editing == nil ? "shadowing.form.newSupervisor" : "shadowing.form.editSupervisor",
            intro: s["shadowing.supervisors.trainedIntro"],
            form: FormState(fields: [
                .choice("supervisor", label: s["shadowing.field.supervisor"], options: choices.map(\.name)),
                .text("trainedOn", label: s["shadowing.field.trainedOn"], text: editing?.trainedOn?.iso ?? "", maxLength: 10),
                .text("places", label: s["shadowing.field.places"], text: String(editing?.places ?? 2), maxLength: 2),
                .text("since", label: s["shadowing.field.supervisorSince"], text: (editing?.since ?? today).iso, maxLength: 10),
            ], focus: editing == nil ? 0 : 1))
    }

    /// A form to give a participant a handledare from a day on (today by default); it opens
    /// on her current handledare, if any.
    static func assignment(_ participant: ShadowingParticipant, pool: [ShadowingSupervisor], current: Int64?, load: [Int64: Int],
                           today: LocalDate, strings s: Strings) -> SupervisionFormEditor {
        SupervisionFormEditor(
            kind: .assignment(participantId: participant.id, supervisorIds: pool.map(\.medarbetareId)),
            titleKey: "shadowing.form.assignment",
            intro: s.format("shadowing.supervisors.assignIntro", participant.name),
            form: FormState(fields: [
                .choice("supervisor", label: s["shadowing.field.supervisor"], options: pool.map {
                    s.format("shadowing.supervisors.choice", $0.name, load[$0.medarbetareId] ?? 0, $0.places)
                }, selected: pool.firstIndex { $0.medarbetareId == current } ?? 0),
                .text("date", label: s["shadowing.field.from"], text: today.iso, maxLength: 10),
            ]))
    }

    private func chosen(_ id: String) -> Int { form.index(of: id).flatMap { form.fields[$0].selectedOption } ?? 0 }

    /// Stores the form in one transaction.
    /// - Returns: the name for the status line.
    /// - Throws: `ShadowingValidationFailure` or a store error.
    func save(context: AppContext) throws -> String {
        let store = context.store
        switch kind {
        case .supervisor(let teamId, let staffIds):
            guard staffIds.indices.contains(chosen("supervisor")) else { throw ShadowingValidationFailure([.supervisor: .required]) }
            return try store.saveShadowingSupervisor(teamId: teamId, medarbetareId: staffIds[chosen("supervisor")],
                                                     trainedOn: form.value(of: "trainedOn"), places: form.value(of: "places"),
                                                     since: form.value(of: "since")).name
        case .assignment(let participantId, let supervisorIds):
            guard supervisorIds.indices.contains(chosen("supervisor")) else { throw ShadowingValidationFailure([.supervisor: .required]) }
            try store.assignSupervisor(participantId: participantId, supervisorId: supervisorIds[chosen("supervisor")],
                                       from: form.value(of: "date"))
            return form.value(of: "supervisor")
        }
    }

    func render(into buffer: inout Buffer, area: Rect, context: AppContext) {
        let s = context.strings
        FormBox(title: s[titleKey], hint: s["shadowing.form.hint"], intro: intro, maxWidth: 90, labelWidth: 22, marksFocusedField: true)
            .render(form, into: &buffer, area: area, context: context)
    }
}
