import TerminalKit
import VardagDomain

/// What became of an event a form editor handled.
enum EditorOutcome<Saved> {
    /// The form is still open (the event moved focus, changed a field, or a save was refused).
    case open
    /// Esc closed the form, after asking when typing would be lost; nothing was stored.
    case closed
    /// Enter stored the form; the value is what the save returned.
    case saved(Saved)
}

/// A form in a box, from opening to closing: the one editor every tool's forms use.
///
/// A conforming type says which fields it has, how it stores them and how it looks;
/// `handle(_:context:)` owns the rest, alike in every tool: focus and typing, Esc
/// (asking before it throws typing away), Enter, the personnummer and free-text
/// guards, the save, and a failure shown at its field in words.
protocol FormEditor {
    associatedtype Saved

    /// The fields, their focus and messages.
    var form: FormState { get set }
    /// The free-text fields checked for a personnummer before a save; nil checks every text field.
    var personnummerFieldIds: [String]? { get }
    /// The fields about what happened (notes, lessons) also checked for a named person.
    var nameFieldIds: Set<String> { get }
    /// The form message when every error of a refused save sits at its field; empty for none.
    var failureSummaryKey: String { get }

    /// Stores the form in one transaction.
    /// - Returns: what the screen needs afterwards (the new row's id, a status text).
    /// - Throws: a `FieldFailure` to show at the fields, or any store failure.
    mutating func save(context: AppContext) throws -> Saved

    /// Draws the form over `area`.
    func render(into buffer: inout Buffer, area: Rect, context: AppContext)

    /// Handles one key or paste while the form is open. The default serves every
    /// `FormState` form; an editor with fields of its own (the day entry's task lines)
    /// replaces it and still closes through `DiscardQuestion` and stores through `submit`.
    mutating func handle(_ event: Event, context: AppContext) -> EditorOutcome<Saved>
}

extension FormEditor {
    var personnummerFieldIds: [String]? { nil }
    var nameFieldIds: Set<String> { [] }
    var failureSummaryKey: String { "validation.formHasErrors" }

    /// Handles one key or paste while the form is open.
    mutating func handle(_ event: Event, context: AppContext) -> EditorOutcome<Saved> {
        switch form.closeDecision(for: event, strings: context.strings) {
        case .close: return .closed
        case .stay: return .open
        case .pass: break
        }
        if case .key(.enter) = event { return submit(context: context) }
        _ = form.handle(event)
        return .open
    }

    /// Checks the guards and stores the form; a refusal stays in the form, in words.
    mutating func submit(context: AppContext) -> EditorOutcome<Saved> {
        let s = context.strings
        if PersonnummerGuard.holds(&form, strings: s, fieldIds: personnummerFieldIds, nameFieldIds: nameFieldIds) {
            return .open
        }
        do {
            return .saved(try save(context: context))
        } catch {
            form.show(error, strings: s, summaryKey: failureSummaryKey)
            return .open
        }
    }
}
