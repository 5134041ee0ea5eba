/// A team within a unit, e.g. a hemtjänst group.
public struct Team: Hashable, Sendable, Identifiable {
    /// The database id.
    public var id: Int64
    /// The unit the team belongs to.
    public var enhetId: Int64
    /// The name, NFC-normalised and trimmed; unique within the enhet.
    public var name: String
    /// False once deactivated; kept for history, never deleted.
    public var active: Bool

    /// Makes a team value.
    /// - Parameters:
    ///   - id: the database id.
    ///   - enhetId: the parent enhet.
    ///   - name: the name.
    ///   - active: whether it is in use.
    public init(id: Int64, enhetId: Int64, name: String, active: Bool = true) {
        self.id = id
        self.enhetId = enhetId
        self.name = name
        self.active = active
    }
}
