/// A category of the time diary (tidsdagbok).
public enum TimeCategory: String, CaseIterable, Hashable, Sendable, Codable {
    /// Direkt tid med brukare: the time the work is for.
    case direkt
    case indirekt
    case administration
    case resor
    case ovrigt

    /// The Swedish words for exports (the UI takes its words from the catalogue).
    public var displayName: String {
        switch self {
        case .direkt: return "Direkt tid med brukare"
        case .indirekt: return "Indirekt tid"
        case .administration: return "Administration"
        case .resor: return "Resor"
        case .ovrigt: return "Övrigt"
        }
    }
}
