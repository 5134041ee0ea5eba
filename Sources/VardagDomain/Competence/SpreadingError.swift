/// A rule of a spreading activity that input broke.
public enum SpreadingError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The fields a spreading error can belong to.
    public enum Field: String, Hashable, Sendable {
        case source, description, plannedOn, heldOn, participants, outcome
    }

    /// Neither a completed step nor a finished (klar) plan item of the same person.
    case notCompleted
    /// A held date after today.
    case heldInFuture
    /// A participant count outside 1–1000 for a held activity.
    case participantsOutOfRange(Int)
    /// A count or an outcome for an activity not yet held.
    case notHeldYet(Field)
    /// Text too long for the field.
    case tooLong(Field, max: Int)
    /// Text with control characters (or a line break in the one-line description).
    case invalidCharacters(Field)

    /// The field the error belongs to.
    public var field: Field {
        switch self {
        case .notCompleted: return .source
        case .heldInFuture: return .heldOn
        case .participantsOutOfRange: return .participants
        case .notHeldYet(let field), .tooLong(let field, _), .invalidCharacters(let field): return field
        }
    }

    /// A Swedish sentence for CLI output.
    public var description: String {
        switch self {
        case .notCompleted: return "spridning planeras för ett klart steg eller en klar kurs"
        case .heldInFuture: return "en spridning kan inte ha hållits efter i dag"
        case .participantsOutOfRange(let value): return "antal deltagare måste vara 1–1000 (fick \(value))"
        case .notHeldYet(let field): return "\(field.rawValue) anges när spridningen har hållits"
        case .tooLong(let field, let max): return "\(field.rawValue) får vara högst \(max) tecken"
        case .invalidCharacters(let field): return "\(field.rawValue) innehåller styrtecken som inte kan sparas"
        }
    }
}
