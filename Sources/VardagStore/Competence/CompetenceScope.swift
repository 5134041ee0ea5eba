/// Which people a competence read covers: everyone, one kommun, or one unit.
public enum CompetenceScope: Hashable, Sendable {
    case all
    case kommun(Int64)
    case enhet(Int64)
}
