import Foundation
import GRDB

/// The `audit` table row.
struct AuditRecord: Codable, Sendable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "audit"

    var id: Int64?
    var at: String
    var user: String
    var action: String
    var entity: String
    var entityId: Int64
    var beforeJSON: String?
    var afterJSON: String?

    enum CodingKeys: String, CodingKey {
        case id, at, user, action, entity
        case entityId = "entity_id"
        case beforeJSON = "before_json"
        case afterJSON = "after_json"
    }

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }

    /// The public value, with the JSON decoded.
    func entry() throws -> AuditEntry {
        let decoder = JSONDecoder()
        func decode(_ text: String?) throws -> [String: AuditValue]? {
            guard let text else { return nil }
            return try decoder.decode([String: AuditValue].self, from: Data(text.utf8))
        }
        return AuditEntry(
            id: id ?? 0, at: at, user: user, action: AuditAction(rawValue: action) ?? .update,
            entity: entity, entityId: entityId, before: try decode(beforeJSON), after: try decode(afterJSON))
    }
}
