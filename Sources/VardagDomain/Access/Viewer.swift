/// Who is working: the authenticated login, the person it belongs to, and her roles.
///
/// On PostgreSQL the login is the database session user; on SQLite the OS login of the
/// process. A login that owns the data (the SQLite file's owner without a person of her
/// own, or PostgreSQL's schema owner) sees everything, as she can outside the app.
public struct Viewer: Hashable, Sendable {
    /// The login name, as the audit records it.
    public var login: String
    /// The person, when the login belongs to one.
    public var personId: Int64?
    /// Her name.
    public var personName: String?
    /// Her roles.
    public var grants: [AccessGrant]
    /// Whether this login owns the data and is kept to no part of it.
    public var ownsData: Bool

    /// A viewer.
    public init(login: String, personId: Int64?, personName: String?, grants: [AccessGrant], ownsData: Bool) {
        self.login = login
        self.personId = personId
        self.personName = personName
        self.grants = grants
        self.ownsData = ownsData
    }

    /// Whether she holds the role (with any scope).
    public func holds(_ role: AccessRole) -> Bool { grants.contains { $0.role == role } }

    /// The ids her grants of a role cover (teams for teamledare, units for enhetschef …).
    public func scopeIds(_ role: AccessRole) -> [Int64] {
        grants.filter { $0.role == role }.compactMap { $0.scope?.id }
    }

    /// Whether she sees and changes everything: the data's owner or a systemförvaltare.
    public var seesEverything: Bool { ownsData || holds(.systemforvaltare) }
}
