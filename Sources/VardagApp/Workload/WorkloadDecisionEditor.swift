import TerminalKit
import VardagDomain
import VardagStore

/// The decision form on a case: prioritera, kan vänta (until a date), omfördela (to a colleague), avsluta, with a note.
struct WorkloadDecisionEditor: FormEditor {
    let caseId: Int64
    let reference: String
    /// The period the decision is made in.
    let period: WorkloadPeriod
    var form: FormState
    /// The ids behind the colleague choice.
    let colleagueIds: [Int64]

    /// The note is free text about what happened, so it is also checked for a named person.
    var nameFieldIds: Set<String> { [WorkloadInput.note.rawValue] }
    var failureSummaryKey: String { "workload.form.hasErrors" }

    /// A form for a decision on `item`, offering `colleagues` to hand it to, in their order
    /// (least loaded first, each with her load, fields and marks: `ColleagueChoice`).
    init(on item: WorkloadCase, period: WorkloadPeriod, colleagues: [ColleagueChoice], today: LocalDate, strings s: Strings) {
        caseId = item.id
        reference = item.reference
        self.period = period
        colleagueIds = colleagues.map(\.id)
        form = FormState(fields: [
            .choice("kind", label: s["workload.form.decision"], options: DecisionKind.allCases.map { WorkloadText.decision($0, s) }),
            .text(WorkloadInput.reviewDate.rawValue, label: s["workload.form.reviewDate"], text: today.adding(days: 14).iso, maxLength: 10),
            .choice(WorkloadInput.colleague.rawValue, label: s["workload.form.colleague"],
                    options: colleagues.isEmpty ? [s["workload.form.noColleague"]] : colleagues.map(\.label)),
            .text(WorkloadInput.note.rawValue, label: s["workload.form.note"], maxLength: CaseDraft.noteMax),
        ])
    }

    var kind: DecisionKind {
        DecisionKind.allCases[form.index(of: "kind").flatMap { form.fields[$0].selectedOption } ?? 0]
    }

    /// Stores the decision.
    /// - Returns: the decision as stored.
    /// - Throws: `WorkloadFailure` for a refused field (no colleague to hand it to, a bad date), or a store failure.
    mutating func save(context: AppContext) throws -> CaseDecision {
        var colleague: Int64?
        if kind == .omfordela {
            let index = form.index(of: WorkloadInput.colleague.rawValue).flatMap { form.fields[$0].selectedOption } ?? 0
            colleague = colleagueIds.indices.contains(index) ? colleagueIds[index] : nil
            if colleague == nil { throw WorkloadFailure(.colleague, .notInTeam) }
        }
        return try context.store.decide(
            caseId: caseId, period: period, kind: kind,
            reviewDate: kind == .kanVanta ? form.value(of: WorkloadInput.reviewDate.rawValue) : nil,
            toMedarbetareId: colleague, note: form.value(of: WorkloadInput.note.rawValue), today: context.today)
    }

    func render(into buffer: inout Buffer, area: Rect, context: AppContext) {
        let s = context.strings
        WorkloadFormBox.render(form, title: s.format("workload.form.decide", reference), intro: s["workload.form.decisionHint"],
                               into: &buffer, area: area, context: context)
    }
}
