/// What a role's scope names: `--scope KIND:NAME` on the command line.
public enum AccessScopeKind: String, CaseIterable, Codable, Hashable, Sendable {
    /// A team, named `Enhet/Team` when the team's name alone is not unique.
    case team = "team"
    /// A unit, named `Kommun/Enhet` when the unit's name alone is not unique.
    case enhet = "enhet"
    /// A kommun.
    case kommun = "kommun"
    /// A skuggningsteam.
    case skuggningsteam = "skuggningsteam"
}
