import TerminalKit
import VardagDomain
import VardagStore

/// The add/edit form of a case in the grid: pseudonymous reference, type, note, time and difficulty.
struct WorkloadCaseEditor {
    /// The case being edited, or nil when adding.
    let editingId: Int64?
    var form: FormState

    static let types: [CaseType?] = [nil] + CaseType.allCases.map { Optional($0) }

    /// A form for a new case or an existing one.
    static func make(_ item: WorkloadCase?, strings s: Strings) -> WorkloadCaseEditor {
        let typeIndex = types.firstIndex { $0 == item?.caseType } ?? 0
        return WorkloadCaseEditor(editingId: item?.id, form: FormState(fields: [
            .text(WorkloadInput.reference.rawValue, label: s["workload.form.reference"], text: item?.reference ?? "",
                  maxLength: CaseDraft.referenceMax),
            .choice(WorkloadInput.caseType.rawValue, label: s["workload.form.type"],
                    options: types.map { WorkloadText.caseType($0, s) }, selected: typeIndex),
            .text(WorkloadInput.time.rawValue, label: s["workload.form.time"], text: item.map { String($0.time) } ?? "", maxLength: 3),
            .text(WorkloadInput.difficulty.rawValue, label: s["workload.form.difficulty"],
                  text: item.map { String($0.difficulty) } ?? "", maxLength: 3),
            .text(WorkloadInput.note.rawValue, label: s["workload.form.note"], text: item?.note ?? "", maxLength: CaseDraft.noteMax),
        ]))
    }

    /// The draft as typed.
    var draft: CaseDraft {
        let typeIndex = form.index(of: WorkloadInput.caseType.rawValue).flatMap { form.fields[$0].selectedOption } ?? 0
        return CaseDraft(
            reference: form.value(of: WorkloadInput.reference.rawValue), caseType: Self.types[typeIndex],
            note: form.value(of: WorkloadInput.note.rawValue), time: form.value(of: WorkloadInput.time.rawValue),
            difficulty: form.value(of: WorkloadInput.difficulty.rawValue))
    }

    /// Stores the form: adds the case, or changes it and its rating in the period.
    /// - Returns: the case id.
    func save(store: AppDatabase, medarbetareId: Int64, period: WorkloadPeriod, today: LocalDate) throws -> Int64 {
        if let editingId {
            try store.updateCase(caseId: editingId, period: period, draft: draft)
            return editingId
        }
        return try store.addCase(medarbetareId: medarbetareId, period: period, draft: draft, today: today).id
    }

    /// Shows the errors next to their fields (and the rest as the form message).
    mutating func show(_ failure: WorkloadFailure, strings s: Strings) {
        form.show(failure, strings: s)
    }

    func render(into buffer: inout Buffer, area: Rect, context: AppContext) {
        let s = context.strings
        WorkloadFormBox.render(
            form, title: s[editingId == nil ? "workload.form.add" : "workload.form.edit"],
            intro: s["workload.form.referenceHint"], into: &buffer, area: area, context: context)
    }
}
