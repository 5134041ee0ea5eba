/// Why a grant or a revocation of access was refused; nothing was changed.
public enum AccessFailure: Error, Equatable, Sendable {
    /// The login is not a user name the servers take: 1–63 characters of letters, digits, `.`, `_` and `-`, starting with a letter.
    case badLogin(String)
    /// No role has this name.
    case unknownRole(String)
    /// No active medarbetare has this name.
    case unknownPerson(String)
    /// Several medarbetare have this name; the choices are `Name (Kommun › Enhet › Team)`.
    case ambiguousPerson(String, choices: [String])
    /// The login already belongs to another person.
    case loginBelongsToAnother(login: String, person: String)
    /// The person already has another login.
    case personHasAnotherLogin(person: String, login: String)
    /// The role needs a scope of this kind (`--scope team:NAME`).
    case scopeNeeded(AccessRole, AccessScopeKind)
    /// The role takes no scope.
    case scopeNotTaken(AccessRole)
    /// The scope is not written `KIND:NAME` with one of the kinds.
    case badScope(String)
    /// The scope's kind is not the one the role needs.
    case wrongScopeKind(AccessRole, expected: AccessScopeKind)
    /// Nothing of this kind has this name.
    case unknownScope(String)
    /// Several have this name; the choices are written as a scope would be (`team:Enhet/Team`).
    case ambiguousScope(String, choices: [String])
    /// The login already holds this role with this scope.
    case alreadyGranted
    /// The login does not hold this role with this scope (or is no Vardag login at all).
    case notGranted
    /// The login running the change is neither a systemförvaltare nor the data's owner.
    case notAllowed(login: String)
    /// The server refused to create or change the database role (the login running the
    /// command lacks CREATEROLE, or the role belongs to someone else); the server's words.
    case serverRoleRefused(String)
}

extension AccessFailure: FieldFailure {
    /// The grant form's field each refusal belongs to (`login`, `person`, `role`, `scope`);
    /// refusals of the whole change have none and show as the form's message.
    public var fieldErrors: [(field: String, error: any Error)] {
        switch self {
        case .badLogin, .loginBelongsToAnother: return [("login", self)]
        case .unknownPerson, .ambiguousPerson, .personHasAnotherLogin: return [("person", self)]
        case .unknownRole, .alreadyGranted, .notGranted: return [("role", self)]
        case .scopeNeeded, .scopeNotTaken, .badScope, .wrongScopeKind, .unknownScope, .ambiguousScope: return [("scope", self)]
        case .notAllowed, .serverRoleRefused: return [("", self)]
        }
    }
}
