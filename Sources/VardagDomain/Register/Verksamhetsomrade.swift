/// The area of social services a unit works in.
///
/// The raw values are stable codes stored in the database and exports; never change them.
public enum Verksamhetsomrade: String, CaseIterable, Codable, Hashable, Sendable {
    /// LSS and other disability services.
    case funktionshinder = "funktionshinder"
    /// Social psychiatry.
    case socialpsykiatri = "socialpsykiatri"
    /// Elderly care and home care (äldreomsorg, hemtjänst).
    case vardOchOmsorg = "vard_och_omsorg"
    /// Individ- och familjeomsorg.
    case ifo = "ifo"

    /// The Swedish name shown in the UI and in CSV exports.
    public var displayName: String {
        switch self {
        case .funktionshinder: return "Funktionshinder"
        case .socialpsykiatri: return "Socialpsykiatri"
        case .vardOchOmsorg: return "Vård och omsorg"
        case .ifo: return "IFO"
        }
    }
}
