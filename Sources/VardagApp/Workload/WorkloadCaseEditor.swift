import TerminalKit
import VardagDomain
import VardagStore

/// The add/edit form of a case in the grid: pseudonymous reference, type, note, time and difficulty.
struct WorkloadCaseEditor: FormEditor {
    /// The case being edited, or nil when adding.
    let editingId: Int64?
    /// Whose grid and which period the case is rated in.
    let medarbetareId: Int64
    let period: WorkloadPeriod
    var form: FormState

    static let types: [CaseType?] = [nil] + CaseType.allCases.map { Optional($0) }

    /// The reference is refused by the rule itself; only the free-text note gets the warning.
    var personnummerFieldIds: [String]? { [WorkloadInput.note.rawValue] }
    var nameFieldIds: Set<String> { [WorkloadInput.note.rawValue] }
    var failureSummaryKey: String { "workload.form.hasErrors" }

    /// A form for a new case (`item` nil) or an existing one, in a worker's grid for a period.
    init(_ item: WorkloadCase?, medarbetareId: Int64, period: WorkloadPeriod, strings s: Strings) {
        editingId = item?.id
        self.medarbetareId = medarbetareId
        self.period = period
        let typeIndex = Self.types.firstIndex { $0 == item?.caseType } ?? 0
        form = FormState(fields: [
            .text(WorkloadInput.reference.rawValue, label: s["workload.form.reference"], text: item?.reference ?? "",
                  maxLength: CaseDraft.referenceMax),
            .choice(WorkloadInput.caseType.rawValue, label: s["workload.form.type"],
                    options: Self.types.map { WorkloadText.caseType($0, s) }, selected: typeIndex),
            .text(WorkloadInput.time.rawValue, label: s["workload.form.time"], text: item.map { String($0.time) } ?? "", maxLength: 3),
            .text(WorkloadInput.difficulty.rawValue, label: s["workload.form.difficulty"],
                  text: item.map { String($0.difficulty) } ?? "", maxLength: 3),
            .text(WorkloadInput.note.rawValue, label: s["workload.form.note"], text: item?.note ?? "", maxLength: CaseDraft.noteMax),
        ])
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
    /// - Throws: `WorkloadFailure` for a refused field, or a store failure.
    mutating func save(context: AppContext) throws -> Int64 {
        if let editingId {
            try context.store.updateCase(caseId: editingId, period: period, draft: draft)
            return editingId
        }
        return try context.store.addCase(medarbetareId: medarbetareId, period: period, draft: draft, today: context.today).id
    }

    func render(into buffer: inout Buffer, area: Rect, context: AppContext) {
        let s = context.strings
        WorkloadFormBox.render(
            form, title: s[editingId == nil ? "workload.form.add" : "workload.form.edit"],
            intro: s["workload.form.referenceHint"], into: &buffer, area: area, context: context)
    }
}
