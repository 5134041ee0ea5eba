/// One row of the append-only audit trail: who changed what, when, from what to what.
public struct AuditEntry: Hashable, Sendable {
    /// The row id; increases with time.
    public var id: Int64
    /// When, as an ISO 8601 UTC timestamp with milliseconds, e.g. `2026-11-23T18:20:00.123Z`.
    public var at: String
    /// The author: the login that made the change (PostgreSQL's session user, or the OS login on SQLite).
    public var user: String
    /// The person the login belonged to when the change was made (`audit.person_id`); nil for a
    /// login without a person.
    public var personId: Int64?
    /// That person's name as the register has it now; nil without a person, or when the reader
    /// may not see her (PostgreSQL's row-level security).
    public var personName: String?
    /// The kind of change.
    public var action: AuditAction
    /// The table changed: `kommun`, `enhet`, `team` or `medarbetare`.
    public var entity: String
    /// The id of the changed row.
    public var entityId: Int64
    /// Changed fields before the change (column name -> value); nil for an insert.
    public var before: [String: AuditValue]?
    /// Changed fields after the change; for an insert, all fields.
    public var after: [String: AuditValue]?

    public init(
        id: Int64, at: String, user: String, action: AuditAction, entity: String, entityId: Int64,
        before: [String: AuditValue]?, after: [String: AuditValue]?, personId: Int64? = nil, personName: String? = nil
    ) {
        self.id = id
        self.at = at
        self.user = user
        self.action = action
        self.entity = entity
        self.entityId = entityId
        self.before = before
        self.after = after
        self.personId = personId
        self.personName = personName
    }
}
