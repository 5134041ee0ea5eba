/// One role held by one login, with its scope.
public struct AccessGrant: Codable, Hashable, Sendable {
    /// The OS and database user name.
    public var login: String
    /// The medarbetare the login belongs to.
    public var personId: Int64
    /// Her name.
    public var personName: String
    /// The role.
    public var role: AccessRole
    /// What it covers; nil for the roles that need no scope.
    public var scope: AccessScope?

    /// A grant.
    public init(login: String, personId: Int64, personName: String, role: AccessRole, scope: AccessScope?) {
        self.login = login
        self.personId = personId
        self.personName = personName
        self.role = role
        self.scope = scope
    }
}
