/// What kind of change an audit row records. Raw values are stored; never change them.
public enum AuditAction: String, CaseIterable, Hashable, Sendable, Codable {
    case insert
    case update
    case deactivate
    case reactivate
    /// A row removed (allowed in the audit table from migration v6-retention).
    case delete
    /// A gallring run: kind, cutoff and counts (entity `retention`).
    case purge
}
