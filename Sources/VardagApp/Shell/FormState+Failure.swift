import TerminalKit
import VardagDomain

extension FormState {
    /// Shows why a save failed, in words: each error of a `FieldFailure` at its field,
    /// errors without a field of this form as the form message, any other failure as
    /// "Kunde inte spara: …"; the focus moves to the first field with a message.
    /// - Parameters:
    ///   - error: what the store or the domain threw.
    ///   - strings: the catalogue.
    ///   - summaryKey: the form message when every error sits at a field ("Rätta de markerade fälten.");
    ///     empty for none (a small form whose field messages say it all).
    mutating func show(_ error: any Error, strings s: Strings, summaryKey: String) {
        clearMessages()
        guard let failure = error as? FieldFailure else {
            message = s.couldNotSave(error)
            return
        }
        var unplaced: [String] = []
        for (field, fieldError) in failure.fieldErrors {
            let text = ErrorText.describe(fieldError, s)
            if index(of: field) != nil {
                setMessage(text, for: field)
            } else if !unplaced.contains(text) {
                unplaced.append(text)
            }
        }
        if !unplaced.isEmpty {
            message = unplaced.joined(separator: " ")
        } else if !summaryKey.isEmpty {
            message = s[summaryKey]
        }
        if let first = fields.firstIndex(where: { $0.message != nil }) { focus = first }
    }
}
