/// One row of the append-only audit trail: who changed what, when, from what to what.
public struct AuditEntry: Hashable, Sendable {
    /// The row id; increases with time.
    public var id: Int64
    /// When, as an ISO 8601 UTC timestamp with milliseconds, e.g. `2026-11-23T18:20:00.123Z`.
    public var at: String
    /// The author: the database's `user` (`$USER` or `--user`).
    public var user: String
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
        before: [String: AuditValue]?, after: [String: AuditValue]?
    ) {
        self.id = id
        self.at = at
        self.user = user
        self.action = action
        self.entity = entity
        self.entityId = entityId
        self.before = before
        self.after = after
    }
}
