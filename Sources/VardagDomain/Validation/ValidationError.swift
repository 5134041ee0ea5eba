/// What is wrong with one field's value. The UI turns these into Swedish or English text.
public enum ValidationError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Empty, or only whitespace.
    case required
    /// Longer than the limit (in characters, after trimming).
    case tooLong(max: Int)
    /// Contains control characters such as ESC, a line break or tab (see `FreeText`).
    case invalidCharacters
    /// Another item under the same parent already has this name (ignoring case).
    case duplicate
    /// Not a real `YYYY-MM-DD` date.
    case invalidDate(LocalDateError)
    /// The referenced parent (kommun, enhet, team) does not exist.
    case unknownReference
    /// Looks like a personnummer: a name or title never holds one, not even after a second Enter.
    case personnummer

    public var description: String {
        switch self {
        case .required: return "required"
        case .tooLong(let max): return "longer than \(max) characters"
        case .invalidCharacters: return "contains control characters"
        case .duplicate: return "already used under the same parent"
        case .invalidDate(let reason): return "invalid date: \(reason)"
        case .unknownReference: return "does not exist"
        case .personnummer: return "looks like a personnummer"
        }
    }
}
