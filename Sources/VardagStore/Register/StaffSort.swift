/// The order of the staff list. Every order is Swedish alphabetical (å ä ö after z) and
/// ends with the id, so pages never overlap or skip rows.
public enum StaffSort: String, CaseIterable, Hashable, Sendable {
    /// By name.
    case name
    /// By the organisation: kommun, enhet, team, then name.
    case team
    /// By title, then name.
    case title
}
