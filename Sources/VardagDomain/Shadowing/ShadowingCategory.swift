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
}
