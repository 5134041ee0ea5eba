import TerminalKit
import VardagDomain

/// Holds back the first Enter on a form whose free text looks like a personnummer.
///
/// Stateless on purpose: the warning itself, shown at the field, is the memory. The first
/// Enter puts the warning at every field whose text matches and returns true (do not store);
/// an Enter while each matching field already shows the warning returns false (store anyway).
/// Editing a field the usual way clears its message, so changed text is checked again.
enum PersonnummerGuard {
    /// The catalogue key of the warning shown at the field (short: fields are narrow at 80 columns).
    static let warningKey = "privacy.personnummer.field"
    /// The catalogue key of the form-wide line that says what to do.
    static let againKey = "privacy.personnummer.again"

    /// Checks the text fields of a form before storing.
    /// - Parameters:
    ///   - form: the form; warnings are set on matching fields, and focus moves to the first.
    ///   - strings: the catalogue.
    ///   - fieldIds: the fields to check; nil checks every text field.
    /// - Returns: true when the save should wait for a second Enter.
    static func holds(_ form: inout FormState, strings: Strings, fieldIds: [String]? = nil) -> Bool {
        let warning = strings[warningKey]
        let flagged = form.fields.indices.filter { i in
            guard case .text = form.fields[i].kind else { return false }
            if let fieldIds, !fieldIds.contains(form.fields[i].id) { return false }
            return PersonnummerDetector.containsPersonnummer(form.fields[i].value)
        }
        guard flagged.contains(where: { form.fields[$0].message != warning }) else { return false }
        for i in flagged { form.fields[i].message = warning }
        form.message = strings[againKey]
        form.focus = flagged[0]
        return true
    }

    /// Checks one free-text value kept outside a `FormState` (e.g. the day entry's lärdomar).
    /// - Parameters:
    ///   - text: the value about to be stored.
    ///   - message: the field's message; set to the warning when the save should wait.
    ///   - formMessage: the form-wide message; set to what to do.
    ///   - strings: the catalogue.
    /// - Returns: true when the save should wait for a second Enter.
    static func holds(_ text: String, message: inout String?, formMessage: inout String?, strings: Strings) -> Bool {
        let warning = strings[warningKey]
        guard PersonnummerDetector.containsPersonnummer(text), message != warning else { return false }
        message = warning
        formMessage = strings[againKey]
        return true
    }
}
