/// What kind of change an audit row records. Raw values are stored; never change them.
public enum AuditAction: String, CaseIterable, Hashable, Sendable, Codable {
    case insert
    case update
    case deactivate
    case reactivate
}
