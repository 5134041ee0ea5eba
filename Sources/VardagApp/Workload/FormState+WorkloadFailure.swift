import TerminalKit
import VardagDomain

extension FormState {
    /// Shows a Fyrfältaren failure: each error next to its field, errors without a field
    /// of this form as the form message (or a summary line), and the focus on the first
    /// field that has a message.
    mutating func show(_ failure: WorkloadFailure, strings s: Strings) {
        clearMessages()
        var other: [String] = []
        for (field, error) in failure.errors {
            if index(of: field.rawValue) != nil {
                setMessage(WorkloadText.error(error, s), for: field.rawValue)
            } else {
                other.append(WorkloadText.error(error, s))
            }
        }
        message = other.isEmpty ? s["workload.form.hasErrors"] : other.joined(separator: " ")
        if let first = fields.firstIndex(where: { $0.message != nil }) { focus = first }
    }
}
