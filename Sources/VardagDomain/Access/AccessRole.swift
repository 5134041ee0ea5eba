/// A role a person holds in Vardag on top of her title, deciding what she may see and change.
///
/// The raw values are stable codes stored in the database (`access_grant.role`) and shown
/// by `vardag access list`; never change them.
public enum AccessRole: String, CaseIterable, Codable, Hashable, Sendable {
    /// Her own cases, ratings and time diary.
    case medarbetare = "medarbetare"
    /// A team's workload and decisions.
    case teamledare = "teamledare"
    /// A unit's staff, workload and slingor.
    case enhetschef = "enhetschef"
    /// The slingor she is assigned to, and the guide pool.
    case vagledare = "vagledare"
    /// A skuggningsteam's logs, participants and hypotheses.
    case handledare = "handledare"
    /// A kommun's competence data.
    case kompetensstrateg = "kompetensstrateg"
    /// The region's guide pool and comparisons across kommuner, as aggregates only.
    case regionalSamordnare = "regional_samordnare"
    /// The register and the settings.
    case systemforvaltare = "systemforvaltare"

    /// The kind of scope a grant of this role names; nil when it needs none (a
    /// medarbetare's scope is herself, a vägledare's her assignments, the other two the whole database).
    public var scopeKind: AccessScopeKind? {
        switch self {
        case .teamledare: return .team
        case .enhetschef: return .enhet
        case .handledare: return .skuggningsteam
        case .kompetensstrateg: return .kommun
        case .medarbetare, .vagledare, .regionalSamordnare, .systemforvaltare: return nil
        }
    }

    /// The role named by its code or its Swedish name, ignoring case and Swedish letters
    /// (`teamledare`, `Regional samordnare`, `systemförvaltare`).
    /// - Parameter text: what the user typed.
    /// - Returns: the role, or nil.
    public static func named(_ text: String) -> AccessRole? {
        let key = AccessRole.key(text)
        return allCases.first { AccessRole.key($0.rawValue) == key || AccessRole.key($0.swedishName) == key }
    }

    /// The Swedish name, as the README's table and the register screen show it.
    public var swedishName: String {
        switch self {
        case .medarbetare: return "Medarbetare"
        case .teamledare: return "Teamledare"
        case .enhetschef: return "Enhetschef"
        case .vagledare: return "Vägledare"
        case .handledare: return "Handledare"
        case .kompetensstrateg: return "Kompetensstrateg"
        case .regionalSamordnare: return "Regional samordnare"
        case .systemforvaltare: return "Systemförvaltare"
        }
    }

    private static func key(_ text: String) -> String {
        String(text.lowercased().map { c -> Character in
            switch c {
            case "å", "ä": return "a"
            case "ö": return "o"
            case " ", "-": return "_"
            default: return c
            }
        }).trimmingCharacters(in: .whitespaces)
    }
}
