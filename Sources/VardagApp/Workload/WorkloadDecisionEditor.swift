import TerminalKit
import VardagDomain
import VardagStore

/// The decision form on a case: prioritera, kan vänta (until a date), omfördela (to a colleague), avsluta, with a note.
struct WorkloadDecisionEditor {
    let caseId: Int64
    let reference: String
    var form: FormState
    /// The ids behind the colleague choice.
    let colleagueIds: [Int64]

    static func make(caseId: Int64, reference: String, colleagues: [TeamMember], today: LocalDate, strings s: Strings) -> WorkloadDecisionEditor {
        var fields: [FormField] = [
            .choice("kind", label: s["workload.form.decision"], options: DecisionKind.allCases.map { WorkloadText.decision($0, s) }),
            .text(WorkloadInput.reviewDate.rawValue, label: s["workload.form.reviewDate"], text: today.adding(days: 14).iso, maxLength: 10),
        ]
        fields.append(.choice(WorkloadInput.colleague.rawValue, label: s["workload.form.colleague"],
                              options: colleagues.isEmpty ? [s["workload.form.noColleague"]] : colleagues.map(\.name)))
        fields.append(.text(WorkloadInput.note.rawValue, label: s["workload.form.note"], maxLength: CaseDraft.noteMax))
        return WorkloadDecisionEditor(caseId: caseId, reference: reference, form: FormState(fields: fields), colleagueIds: colleagues.map(\.id))
    }

    var kind: DecisionKind {
        DecisionKind.allCases[form.index(of: "kind").flatMap { form.fields[$0].selectedOption } ?? 0]
    }

    /// Stores the decision.
    func save(store: AppDatabase, period: WorkloadPeriod, today: LocalDate) throws -> CaseDecision {
        var colleague: Int64?
        if kind == .omfordela {
            let index = form.index(of: WorkloadInput.colleague.rawValue).flatMap { form.fields[$0].selectedOption } ?? 0
            colleague = colleagueIds.indices.contains(index) ? colleagueIds[index] : nil
            if colleague == nil { throw WorkloadFailure(.colleague, .notInTeam) }
        }
        return try store.decide(
            caseId: caseId, period: period, kind: kind,
            reviewDate: kind == .kanVanta ? form.value(of: WorkloadInput.reviewDate.rawValue) : nil,
            toMedarbetareId: colleague, note: form.value(of: WorkloadInput.note.rawValue), today: today)
    }

    mutating func show(_ failure: WorkloadFailure, strings s: Strings) {
        form.show(failure, strings: s)
    }

    func render(into buffer: inout Buffer, area: Rect, context: AppContext) {
        let s = context.strings
        WorkloadFormBox.render(form, title: s.format("workload.form.decide", reference), intro: s["workload.form.decisionHint"],
                               into: &buffer, area: area, context: context)
    }
}
