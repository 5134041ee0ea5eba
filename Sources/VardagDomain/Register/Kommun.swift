/// A municipality: the top of the register (kommun -> enhet -> team -> medarbetare).
public struct Kommun: Hashable, Sendable, Identifiable {
    /// The database id.
    public var id: Int64
    /// The name, NFC-normalised and trimmed.
    public var name: String
    /// False once deactivated; kept for history, never deleted.
    public var active: Bool

    /// Makes a kommun value.
    /// - Parameters:
    ///   - id: the database id.
    ///   - name: the name.
    ///   - active: whether it is in use.
    public init(id: Int64, name: String, active: Bool = true) {
        self.id = id
        self.name = name
        self.active = active
    }
}
