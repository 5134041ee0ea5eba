/// The two groups of a slinga: the brukare and the staff (personal).
///
/// The raw values are stable codes stored in the database and exports; never change them.
public enum DialogueGroup: String, CaseIterable, Codable, Hashable, Sendable {
    case brukare = "brukare"
    case personal = "personal"

    /// The group a relay question from this group goes to.
    public var other: DialogueGroup { self == .brukare ? .personal : .brukare }

    /// The Swedish name for CSV exports.
    public var displayName: String { self == .brukare ? "Brukare" : "Personal" }
}
