/// A field of a Skuggning form that a rule can refuse; the UI shows the message there.
public enum ShadowingField: Hashable, Sendable, CustomStringConvertible {
    case date
    case participant
    case role
    /// The task of the observed task row at this index.
    case task(Int)
    /// The minutes of the observed task row at this index.
    case minutes(Int)
    case name
    case kommun
    case hostTeam
    case startDate
    case endDate
    case statement
    case reviewDate
    case step
    case category
    /// The lärdomar of a day entry.
    case lessons
    /// A note on a hypothesis.
    case note
    /// The conclusion of a closed hypothesis.
    case conclusion
    /// A handledare (of the pool, or to join it).
    case supervisor
    /// A handledare's places.
    case places
    /// A handledare's handledarutbildning date.
    case trainedOn
    /// The day a handledare joined the pool.
    case since

    public var description: String {
        switch self {
        case .task(let i): return "task[\(i)]"
        case .minutes(let i): return "minutes[\(i)]"
        case .date: return "date"
        case .participant: return "participant"
        case .role: return "role"
        case .name: return "name"
        case .kommun: return "kommun"
        case .hostTeam: return "hostTeam"
        case .startDate: return "startDate"
        case .endDate: return "endDate"
        case .statement: return "statement"
        case .reviewDate: return "reviewDate"
        case .step: return "step"
        case .category: return "category"
        case .lessons: return "lessons"
        case .note: return "note"
        case .conclusion: return "conclusion"
        case .supervisor: return "supervisor"
        case .places: return "places"
        case .trainedOn: return "trainedOn"
        case .since: return "since"
        }
    }
}
