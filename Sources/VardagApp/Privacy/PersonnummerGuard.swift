import TerminalKit
import VardagDomain

/// Holds back the first Enter on a form whose free text looks like a personnummer, or
/// (in the fields that carry what happened: notes, lessons, questions) names a person.
///
/// Stateless on purpose: the warning itself, shown at the field, is the memory. The first
/// Enter puts the warning at every field whose text matches and returns true (do not store);
/// an Enter while each matching field already shows its warning returns false (store anyway).
/// Editing a field the usual way clears its message, so changed text is checked again.
/// Fields where a personnummer must never be stored (a case reference) are refused by the
/// domain's rules instead, not warned about here.
enum PersonnummerGuard {
    /// The catalogue key of the warning shown at the field (short: fields are narrow at 80 columns).
    static let warningKey = "privacy.personnummer.field"
    /// The catalogue key of the warning at a field that seems to name a person ("{0}" is the name).
    static let nameWarningKey = "privacy.name.field"
    /// The catalogue key of the form-wide line that says what to do.
    static let againKey = "privacy.personnummer.again"

    /// Checks the text fields of a form before storing.
    /// - Parameters:
    ///   - form: the form; warnings are set on matching fields, and focus moves to the first.
    ///   - strings: the catalogue.
    ///   - fieldIds: the fields to check for a personnummer; nil checks every text field.
    ///   - nameFieldIds: the fields also checked for a named person ("Fru Berg", "Anna");
    ///     only free text about what happened, never a field that holds a name on purpose.
    /// - Returns: true when the save should wait for a second Enter.
    static func holds(_ form: inout FormState, strings: Strings, fieldIds: [String]? = nil, nameFieldIds: Set<String> = []) -> Bool {
        let flagged: [(index: Int, warning: String)] = form.fields.indices.compactMap { i in
            guard case .text = form.fields[i].kind else { return nil }
            let id = form.fields[i].id
            let checksNumber = fieldIds.map { $0.contains(id) } ?? true
            guard let warning = warning(for: form.fields[i].value, number: checksNumber, names: nameFieldIds.contains(id), strings: strings)
            else { return nil }
            return (i, warning)
        }
        guard flagged.contains(where: { form.fields[$0.index].message != $0.warning }) else { return false }
        for item in flagged { form.fields[item.index].message = item.warning }
        form.message = strings[againKey]
        form.focus = flagged[0].index
        return true
    }

    /// Checks one free-text value kept outside a `FormState` (e.g. the day entry's lärdomar),
    /// for a personnummer and for a named person.
    /// - Parameters:
    ///   - text: the value about to be stored.
    ///   - message: the field's message; set to the warning when the save should wait.
    ///   - formMessage: the form-wide message; set to what to do.
    ///   - strings: the catalogue.
    /// - Returns: true when the save should wait for a second Enter.
    static func holds(_ text: String, message: inout String?, formMessage: inout String?, strings: Strings) -> Bool {
        guard let warning = warning(for: text, number: true, names: true, strings: strings), message != warning else { return false }
        message = warning
        formMessage = strings[againKey]
        return true
    }

    /// The warning for a text, or nil: a personnummer first, then a named person.
    static func warning(for text: String, number: Bool, names: Bool, strings: Strings) -> String? {
        if number, PersonnummerDetector.containsPersonnummer(text) { return strings[warningKey] }
        if names, let name = CommonFirstNames.detector.firstMention(in: text) { return strings.format(nameWarningKey, name) }
        return nil
    }
}
