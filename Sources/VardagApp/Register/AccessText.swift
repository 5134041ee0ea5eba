import VardagDomain

/// Access refusals and roles in the user's language, for `vardag access` and the register's Behörigheter tab.
extension AccessFailure: WordedError {
    /// The message in the catalogue's language.
    func text(_ s: Strings) -> String {
        switch self {
        case .badLogin(let login): return s.format("access.failure.badLogin", login, AccessLogin.maxLength)
        case .unknownRole(let text): return s.format("access.failure.unknownRole", text, AccessText.roleCodes)
        case .unknownPerson(let name): return s.format("access.failure.unknownPerson", name)
        case .ambiguousPerson(let name, let choices): return s.format("access.failure.ambiguousPerson", name, choices.joined(separator: "; "))
        case .loginBelongsToAnother(let login, let person): return s.format("access.failure.loginBelongsToAnother", login, person)
        case .personHasAnotherLogin(let person, let login): return s.format("access.failure.personHasAnotherLogin", person, login)
        case .scopeNeeded(let role, let kind): return s.format("access.failure.scopeNeeded", AccessText.role(role, s), kind.rawValue)
        case .scopeNotTaken(let role): return s.format("access.failure.scopeNotTaken", AccessText.role(role, s))
        case .badScope(let text): return s.format("access.failure.badScope", text)
        case .wrongScopeKind(let role, let expected): return s.format("access.failure.wrongScopeKind", AccessText.role(role, s), expected.rawValue)
        case .unknownScope(let text): return s.format("access.failure.unknownScope", text)
        case .ambiguousScope(let text, let choices): return s.format("access.failure.ambiguousScope", text, choices.joined(separator: "; "))
        case .alreadyGranted: return s["access.failure.alreadyGranted"]
        case .notGranted: return s["access.failure.notGranted"]
        case .notAllowed(let login): return s.format("access.failure.notAllowed", login)
        case .serverRoleRefused(let reason): return s.format("access.failure.serverRoleRefused", reason)
        }
    }
}

/// Names of roles and scopes as the user reads them.
public enum AccessText {
    /// The role codes `--role` takes, for messages and help.
    public static let roleCodes = AccessRole.allCases.map(\.rawValue).joined(separator: ", ")

    /// A role's name in the catalogue's language.
    public static func role(_ role: AccessRole, _ s: Strings) -> String { s["access.role.\(role.rawValue)"] }

    /// A grant's scope as `vardag access list` and the tab show it: `team Hemtjänst Norr/Grupp Åsen`, or "sig själv" / "poolen" / "allt".
    public static func scope(_ grant: AccessGrant, _ s: Strings) -> String {
        if let scope = grant.scope { return "\(scope.kind.rawValue):\(scope.name)" }
        return s["access.scope.\(grant.role.rawValue)"]
    }
}
