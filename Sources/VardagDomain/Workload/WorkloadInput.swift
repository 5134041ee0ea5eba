/// A field of a Fyrfältaren form; the key of `WorkloadFailure`, so each message lands next to its field.
public enum WorkloadInput: String, CaseIterable, Hashable, Sendable, Codable {
    case reference
    case caseType
    case note
    case time
    case difficulty
    case overall
    case period
    case reviewDate
    case colleague
    case medarbetare
    case team
    case day
    case minutes
    case threshold
}
