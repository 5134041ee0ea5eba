/// Who chose (or changed) a slinga's theme: usually the chef picks it, the brukare may change it.
///
/// The raw values are stable codes stored in the database and exports; never change them.
public enum ThemeChooser: String, CaseIterable, Codable, Hashable, Sendable {
    case chef = "chef"
    case brukare = "brukare"

    /// The Swedish name for CSV exports.
    public var displayName: String { self == .chef ? "Chef" : "Brukare" }
}
