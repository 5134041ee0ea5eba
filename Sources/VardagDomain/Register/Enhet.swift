/// A unit (enhet) of a kommun, working in one verksamhetsområde.
public struct Enhet: Hashable, Sendable, Identifiable {
    /// The database id.
    public var id: Int64
    /// The kommun the unit belongs to.
    public var kommunId: Int64
    /// The name, NFC-normalised and trimmed; unique within the kommun.
    public var name: String
    /// The area of social services.
    public var omrade: Verksamhetsomrade
    /// False once deactivated; kept for history, never deleted.
    public var active: Bool

    /// Makes an enhet value.
    /// - Parameters:
    ///   - id: the database id.
    ///   - kommunId: the parent kommun.
    ///   - name: the name.
    ///   - omrade: the verksamhetsområde.
    ///   - active: whether it is in use.
    public init(id: Int64, kommunId: Int64, name: String, omrade: Verksamhetsomrade, active: Bool = true) {
        self.id = id
        self.kommunId = kommunId
        self.name = name
        self.omrade = omrade
        self.active = active
    }
}
