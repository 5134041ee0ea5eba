import TerminalKit
import VardagDomain
import VardagStore

/// The settings form: week or month, the high threshold, when a worker is flagged as heavy
/// and when her overall self-rating disagrees with her case ratings.
struct WorkloadSettingsEditor: FormEditor {
    var form: FormState

    /// The number fields and the values each accepts.
    static let ranges: [(id: String, range: ClosedRange<Int>)] = [
        ("threshold", 2...5), ("overall", 1...5), ("percent", 1...99), ("run", 1...12),
        ("mismatchHigh", 1...5), ("mismatchLatt", 1...99), ("mismatchLow", 1...5), ("mismatchTung", 1...100),
        ("mismatchMin", 1...99),
    ]

    /// Numbers only: no field here can hold a personnummer or a name.
    var personnummerFieldIds: [String]? { [] }
    var failureSummaryKey: String { "workload.form.hasErrors" }

    /// The form filled with the settings in force.
    init(_ settings: WorkloadSettings, strings s: Strings) {
        let heavy: [FormField] = [
            .choice("kind", label: s["workload.settings.kind"], options: [s["workload.settings.week"], s["workload.settings.month"]],
                    selected: settings.periodKind == .week ? 0 : 1),
            .text("threshold", label: s["workload.settings.threshold"], text: String(settings.highThreshold), maxLength: 2),
            .text("overall", label: s["workload.settings.overall"], text: String(settings.heavyOverall), maxLength: 2),
            .text("percent", label: s["workload.settings.percent"], text: String(settings.heavyTungPercent), maxLength: 3),
            .text("run", label: s["workload.settings.run"], text: String(settings.heavyPeriodsInRow), maxLength: 3),
        ]
        let mismatch: [(id: String, value: Int)] = [
            ("mismatchHigh", settings.mismatchHighOverall), ("mismatchLatt", settings.mismatchLattPercent),
            ("mismatchLow", settings.mismatchLowOverall), ("mismatchTung", settings.mismatchTungPercent),
            ("mismatchMin", settings.mismatchMinCases),
        ]
        form = FormState(fields: heavy + mismatch.map { field in
            FormField.text(field.id, label: s["workload.settings.\(field.id)"], text: String(field.value), maxLength: 3)
        })
    }

    /// A number field's value; -1 (outside every range) when it is no whole number.
    private func number(_ id: String) -> Int {
        Int(form.value(of: id).trimmingCharacters(in: .whitespaces)) ?? -1
    }

    /// Stores the settings.
    /// - Throws: `SettingsRangeFailure` naming each number outside its range, or a store failure.
    mutating func save(context: AppContext) throws {
        let refused = Self.ranges.filter { !$0.range.contains(number($0.id)) }
        if !refused.isEmpty { throw SettingsRangeFailure(refused) }
        let kind: PeriodKind = form.index(of: "kind").flatMap { form.fields[$0].selectedOption } == 1 ? .month : .week
        try context.store.updateWorkloadSettings(WorkloadSettings(
            periodKind: kind, highThreshold: number("threshold"), heavyOverall: number("overall"),
            heavyTungPercent: number("percent"), heavyPeriodsInRow: number("run"),
            mismatchHighOverall: number("mismatchHigh"), mismatchLattPercent: number("mismatchLatt"),
            mismatchLowOverall: number("mismatchLow"), mismatchTungPercent: number("mismatchTung"),
            mismatchMinCases: number("mismatchMin")))
    }

    func render(into buffer: inout Buffer, area: Rect, context: AppContext) {
        let s = context.strings
        WorkloadFormBox.render(form, title: s["workload.settings.title"], intro: s["workload.settings.intro"],
                               into: &buffer, area: area, context: context)
    }
}
