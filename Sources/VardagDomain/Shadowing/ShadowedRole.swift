/// Whom a participant shadowed: the occupation of the hemtjänst colleague followed that day.
///
/// Raw values are stored in the database; never change them.
public enum ShadowedRole: String, CaseIterable, Hashable, Sendable, Codable {
    case underskoterska
    case vardbitrade

    /// The Swedish word for exports (the UI takes its words from the catalogue).
    public var displayName: String {
        switch self {
        case .underskoterska: return "Undersköterska"
        case .vardbitrade: return "Vårdbiträde"
        }
    }
}
