/// The kind of work an observed task is, as the project sorts the hemtjänst day.
///
/// Raw values are stored in the database; never change them.
public enum ShadowingCategory: String, CaseIterable, Hashable, Sendable, Codable {
    /// Städning, tvätt, inköp, apoteksärenden, matdistribution: what a servicebiträde is for.
    case service
    /// Personal care (personlig hygien, påklädning, förflyttning).
    case omvardnad
    /// Delegated health care: läkemedelsöverlämning and the like.
    case delegeradHSL = "delegerad_hsl"
    /// Everything else (dokumentation, resor, möten).
    case annat

    /// The Swedish words for exports (the UI takes its words from the catalogue).
    public var displayName: String {
        switch self {
        case .service: return "Service"
        case .omvardnad: return "Omvårdnad"
        case .delegeradHSL: return "Delegerad HSL"
        case .annat: return "Annat"
        }
    }
}
