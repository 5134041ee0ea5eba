/// For whom a spreading activity is held: the person's own team or her whole unit.
/// Raw values are stored; never change them.
public enum SpreadingAudience: String, CaseIterable, Codable, Hashable, Sendable {
    case team = "team"
    case enhet = "enhet"

    /// The Swedish name used in exports.
    public var displayName: String {
        switch self {
        case .team: return "Teamet"
        case .enhet: return "Enheten"
        }
    }
}
