/// A category of the time diary (tidsdagbok).
public enum TimeCategory: String, CaseIterable, Hashable, Sendable, Codable {
    /// Direkt tid med brukare: the time the work is for.
    case direkt
    case indirekt
    case administration
    case resor
    case ovrigt
}
