/// Whether a row's sensitive figures (movements, sick leave, turnover) are shown.
public enum StaffVisibility: String, Hashable, Sendable, Codable, CaseIterable {
    /// Shown.
    case shown = "visas"
    /// Hidden: the group itself has `threshold` people or fewer ("för få").
    case tooFew = "för få"
    /// Hidden to protect another hidden figure from being worked out by subtraction from
    /// the total (complementary suppression).
    case protecting = "dold"
}
