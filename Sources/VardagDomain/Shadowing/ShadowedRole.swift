/// Whom a participant shadowed: the occupation of the hemtjänst colleague followed that day.
///
/// Raw values are stored in the database; never change them.
public enum ShadowedRole: String, CaseIterable, Hashable, Sendable, Codable {
    case underskoterska
    case vardbitrade
}
