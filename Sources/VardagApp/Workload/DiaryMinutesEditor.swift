import TerminalKit
import VardagDomain
import VardagStore

/// The minutes of one category on one person's day, typed in place in the time diary:
/// digits, or slots as "9s" or "3 r".
///
/// A one-field `FormEditor`, so Esc asks before typing is lost and a refused value is shown
/// in words as in every form; what it adds is that a key that can never make minutes is
/// refused at once, with the reason, and never reaches the field.
struct DiaryMinutesEditor: FormEditor {
    let medarbetareId: Int64
    let day: LocalDate
    let category: TimeCategory
    var form: FormState

    /// A number field: it can hold neither a personnummer nor a name.
    var personnummerFieldIds: [String]? { [] }
    /// The one field's message says it all.
    var failureSummaryKey: String { "" }

    init(medarbetareId: Int64, day: LocalDate, category: TimeCategory, minutes: Int) {
        self.medarbetareId = medarbetareId
        self.day = day
        self.category = category
        form = FormState(fields: [.text(WorkloadInput.minutes.rawValue, label: "", text: String(minutes), maxLength: 10)])
    }

    /// The field's text and cursor.
    var field: TextFieldState? {
        if case .text(let state) = form.fields.first?.kind { return state }
        return nil
    }

    /// Why the typing was refused or could not be stored, if it was.
    var message: String? { form.fields.first?.message ?? form.message }

    /// Handles a key or paste: as every form does, except that a key leaving text that can
    /// never become minutes is refused ("Bara siffror, t.ex. 90") and other typing clears the message.
    mutating func type(_ event: Event, context: AppContext) -> EditorOutcome<String> {
        let before = self
        let outcome = handle(event, context: context)
        guard case .open = outcome, let text = field?.text, text != before.field?.text else { return outcome }
        if TimeDiary.couldBecomeMinutes(text) {
            form.clearMessages()
        } else {
            self = before
            form.clearMessages()
            form.message = context.strings["workload.diary.digitsOnly"]
        }
        return outcome
    }

    /// Stores the typed minutes.
    /// - Returns: the status line ("Direkt tid med brukare: 1 h 30 min").
    /// - Throws: `WorkloadFailure` for minutes out of range or a day over 24 hours, or a store failure.
    mutating func save(context: AppContext) throws -> String {
        try Self.store(field?.text ?? "", medarbetareId: medarbetareId, day: day, category: category, context: context)
    }

    /// Stores minutes (typed, or from the slot keys) for one category of a day.
    /// - Returns: the status line.
    static func store(_ text: String, medarbetareId: Int64, day: LocalDate, category: TimeCategory,
                      context: AppContext) throws -> String {
        let stored = try context.store.setDiaryMinutes(
            medarbetareId: medarbetareId, day: day.iso, category: category, minutes: text, today: context.today)
        let s = context.strings
        return s.format("workload.diary.saved", WorkloadText.category(category, s), WorkloadText.minutes(stored, s))
    }

    /// Draws the field in its row of the day's list.
    func render(into buffer: inout Buffer, area: Rect, context: AppContext) {
        guard let field else { return }
        var widget = TextField()
        widget.focusedStyle = context.theme.focusedField
        widget.render(into: &buffer, area: area, state: field, focused: true)
    }
}
