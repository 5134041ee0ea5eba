/// The part of the register a grant covers: one team, unit, kommun or skuggningsteam.
public struct AccessScope: Codable, Hashable, Sendable {
    /// What kind of thing the scope is.
    public var kind: AccessScopeKind
    /// Its id in its table.
    public var id: Int64
    /// Its name as shown (a team as `Enhet/Team`).
    public var name: String

    /// A scope.
    public init(kind: AccessScopeKind, id: Int64, name: String) {
        self.kind = kind
        self.id = id
        self.name = name
    }
}
