import TerminalKit
import VardagDomain

/// The from–to form of the time diary's summary: any range of days up to today.
struct DiaryRangeEditor: FormEditor {
    var form: FormState

    /// Dates only: no field here can hold a personnummer or a name.
    var personnummerFieldIds: [String]? { [] }
    /// Each refused date says why at its field; the form adds no line.
    var failureSummaryKey: String { "" }

    /// The form filled with the range shown now.
    init(showing range: DiaryRange, today: LocalDate, strings s: Strings) {
        form = FormState(fields: [
            .text(WorkloadInput.rangeFrom.rawValue, label: s["workload.diary.rangeFrom"], text: range.from.iso, maxLength: 10),
            // A week preset ends on Sunday, which may be after today; offer what would be accepted.
            .text(WorkloadInput.rangeTo.rawValue, label: s["workload.diary.rangeTo"], text: min(range.to, today).iso, maxLength: 10),
        ])
    }

    /// Checks the dates; nothing is stored (the range is the screen's).
    /// - Returns: the range.
    /// - Throws: `WorkloadFailure` at the dates that are no dates, after today or reversed.
    mutating func save(context: AppContext) throws -> DiaryRange {
        try DiaryRange.parse(from: form.value(of: WorkloadInput.rangeFrom.rawValue),
                             to: form.value(of: WorkloadInput.rangeTo.rawValue), today: context.today)
    }

    func render(into buffer: inout Buffer, area: Rect, context: AppContext) {
        let s = context.strings
        WorkloadFormBox.render(form, title: s["workload.diary.rangeTitle"], intro: s["workload.diary.rangeIntro"],
                               into: &buffer, area: area, context: context)
    }
}
