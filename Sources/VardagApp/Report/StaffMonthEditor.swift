import TerminalKit
import VardagDomain
import VardagStore

/// The form for one unit's staff figures of one month, opened on the Rapport screen:
/// headcount, årsarbetare, new hires, leavers by reason, sick hours short and long,
/// scheduled hours, vacancies and open recruitments.
///
/// Filled with the stored figures (decimals with the language's decimal sign), or with
/// zeros and an empty headcount and årsarbetare for a month without figures. Enter checks
/// the figures as the import does (`StaffFigures.parse`, every problem at its field) and
/// stores them through `saveStaffMonth`, in one transaction with its audit row.
struct StaffMonthEditor: FormEditor {
    var form: FormState
    /// The unit.
    let unit: AppDatabase.StaffUnit
    /// The month.
    let month: StaffMonth
    /// Whether the month had figures when the form opened.
    let hadFigures: Bool

    /// Numbers only: no field can hold a name or a personnummer worth checking.
    var personnummerFieldIds: [String]? { [] }
    var failureSummaryKey: String { "validation.formHasErrors" }

    /// The fields in the order of `StaffField`, filled with `stored` or, without it, zeros
    /// and an empty headcount and årsarbetare.
    init(unit: AppDatabase.StaffUnit, month: StaffMonth, stored: StaffFigures?, strings s: Strings) {
        self.unit = unit
        self.month = month
        hadFigures = stored != nil
        let sign = StaffText.decimalSign(s)
        form = FormState(fields: StaffField.allCases.map { field in
            let text: String
            if let stored {
                text = stored.count(field).map(String.init) ?? stored.decimal(field)?.text(decimalSign: sign) ?? ""
            } else {
                text = field == .headcount || field == .fte ? "" : field.isDecimal ? Hundredths.zero.text(decimalSign: sign) : "0"
            }
            return .text(field.rawValue, label: StaffText.label(field, s), text: text, maxLength: 16)
        })
    }

    /// Reads and stores the figures.
    /// - Returns: the status line's text.
    /// - Throws: `StaffFigureFailure` (each problem at its field), `StaffText.WriteRefusal` for
    ///   a unit the login may not change, the store's errors.
    mutating func save(context: AppContext) throws -> String {
        let s = context.strings
        var cells: [StaffField: String] = [:]
        for field in StaffField.allCases { cells[field] = form.value(of: field.rawValue) }
        let figures = try StaffFigures.parse(cells).get()
        let written: Bool
        do {
            written = try context.store.saveStaffMonth(enhetId: unit.id, month: month, figures: figures)
        } catch AccessFailure.notAllowed {
            throw StaffText.WriteRefusal(unit: unit.name)
        }
        let key = !written ? "rapport.entry.unchanged" : hadFigures ? "rapport.entry.saved" : "rapport.entry.added"
        return s.format(key, unit.name, ReportText.monthName(month, s))
    }

    func render(into buffer: inout Buffer, area: Rect, context: AppContext) {
        let s = context.strings
        FormBox(title: s["rapport.entry.title"], hint: s["rapport.entry.keys"],
                intro: s.format("rapport.entry.intro", unit.name, ReportText.monthName(month, s)),
                maxWidth: 76, labelWidth: 22, fitsContent: true)
            .render(form, into: &buffer, area: area, context: context)
    }
}

extension StaffFigureFailure: FieldFailure {
    /// Each problem at the field it is about (the sick hours' sum at the short sick hours).
    public var fieldErrors: [(field: String, error: any Error)] {
        problems.map { (field: $0.field?.rawValue ?? "", error: $0 as any Error) }
    }
}
