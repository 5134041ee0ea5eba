import TerminalKit
import VardagDomain
import VardagStore

/// The day-entry form on the shared editor: its text fields seen as a `FormState`, so
/// `FormEditor.submit` runs the same personnummer and name guard, save and failure
/// display as every other form; copying the day before.
///
/// Its own `handle(_:context:)` replaces `FormEditor`'s default: the search with its
/// suggestions and the task lines with two stops each are no `FormState` fields. What it
/// shares: the `DiscardGuard` and `DiscardQuestion` for Esc, and `submit` for Enter.
extension ShadowingEntryEditor: FormEditor {
    /// Only the lärdomar are free text (a task line holds a catalogue task and minutes).
    var personnummerFieldIds: [String]? { ["lessons"] }
    /// The lärdomar are about what happened, so a named person is asked about too.
    var nameFieldIds: Set<String> { ["lessons"] }
    var failureSummaryKey: String { "shadowing.form.hasErrors" }

    /// The form's text fields with their messages, in the order a failure moves focus:
    /// "date", each task line's "task[i]" and "minutes[i]" (the store's field ids), then
    /// "lessons". Setting it takes back the messages, the form message, and the focus
    /// when it moved to a field with a message.
    var form: FormState {
        get {
            var fields = [Self.field("date", date.text, dateMessage)]
            for (i, line) in lines.enumerated() {
                fields += [Self.field("task[\(i)]", line.task.name, nil), Self.field("minutes[\(i)]", line.minutes.text, line.message)]
            }
            fields.append(Self.field("lessons", lessons.text, lessonsMessage))
            let focusId: String
            switch focus {
            case .line(let i), .judgement(let i): focusId = "minutes[\(i)]"
            case .lessons: focusId = "lessons"
            case .date, .role, .staff, .search: focusId = "date"
            }
            return FormState(fields: fields, focus: fields.firstIndex { $0.id == focusId } ?? 0, message: formMessage)
        }
        set {
            func message(_ id: String) -> String? { newValue.index(of: id).flatMap { newValue.fields[$0].message } }
            dateMessage = message("date")
            for i in lines.indices { lines[i].message = message("task[\(i)]") ?? message("minutes[\(i)]") }
            lessonsMessage = message("lessons")
            formMessage = newValue.message
            let focused = newValue.fields.indices.contains(newValue.focus) ? newValue.fields[newValue.focus] : nil
            guard let focused, focused.message != nil else { return }
            if focused.id == "date" { focus = .date }
            else if focused.id == "lessons" { focus = .lessons }
            else if let i = lines.indices.first(where: { focused.id == "task[\($0)]" || focused.id == "minutes[\($0)]" }) { focus = .line(i) }
        }
    }

    private static func field(_ id: String, _ text: String, _ message: String?) -> FormField {
        var field = FormField.text(id, label: "", text: text)
        field.message = message
        return field
    }

    /// Stores the day (replacing an earlier save of it) in one transaction.
    /// - Throws: `ShadowingValidationFailure` with each problem at its field, or a store error.
    func save(context: AppContext) throws -> DayEntry {
        try context.store.saveDayEntry(draft)
    }

    /// Fills the role and task lines from the participant's last logged day before the
    /// typed date (or the day the form opened on), without its lessons.
    /// - Returns: false when there is no earlier day.
    /// - Throws: a failed read.
    mutating func copyPreviousDay(store: AppDatabase, strings s: Strings) throws -> Bool {
        let day = (try? LocalDate.parse(date.text)) ?? openedOn
        guard let previous = try store.previousDayEntry(participantId: participant.id, before: day) else { return false }
        load(previous, catalogue: catalogue, keepLessons: false)
        formMessage = s.format("shadowing.copied", previous.date.iso)
        return true
    }

    /// Ctrl-Y in the form: the day before, or why there is none, as the form message.
    mutating func copyPreviousInForm(context: AppContext) {
        let s = context.strings
        do {
            if try !copyPreviousDay(store: context.store, strings: s) {
                formMessage = s.format("shadowing.noPrevious", participant.name)
            }
        } catch {
            formMessage = s.couldNotRead(error)
        }
    }
}
