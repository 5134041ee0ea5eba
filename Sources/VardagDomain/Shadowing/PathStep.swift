/// A participant's steps toward employment as servicebiträde, in order.
///
/// Raw values are stored in the database; never change them. `Comparable` follows the
/// order of the path, so "later step" is `>`.
public enum PathStep: String, CaseIterable, Hashable, Sendable, Codable, Comparable {
    case introduktion
    case skuggning
    case egnaMedStod = "egna_med_stod"
    case sjalvstandigt
    case anstalld

    /// The position on the path, 0 for introduktion.
    public var order: Int { Self.allCases.firstIndex(of: self) ?? 0 }

    /// The following step, or nil after anställd.
    public var next: PathStep? {
        let all = Self.allCases
        return order + 1 < all.count ? all[order + 1] : nil
    }

    public static func < (lhs: PathStep, rhs: PathStep) -> Bool { lhs.order < rhs.order }

    /// The Swedish words for exports (the UI takes its words from the catalogue).
    public var displayName: String {
        switch self {
        case .introduktion: return "Introduktion"
        case .skuggning: return "Skuggning"
        case .egnaMedStod: return "Egna insatser med stöd"
        case .sjalvstandigt: return "Självständigt"
        case .anstalld: return "Anställd servicebiträde"
        }
    }
}
