/// A field of a register form; the key of validation errors, so the UI can show each error next to its field.
public enum RegisterField: String, CaseIterable, Hashable, Sendable, Codable {
    /// A name (of a kommun, enhet, team or person).
    case name
    /// A person's job title.
    case title
    /// A person's employment start date.
    case startDate
    /// The kommun an enhet belongs to.
    case kommun
    /// The enhet a team belongs to.
    case enhet
    /// The team a person belongs to.
    case team
}
