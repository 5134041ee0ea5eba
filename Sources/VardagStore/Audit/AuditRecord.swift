import Foundation

/// The `audit` table row.
struct AuditRecord: Sendable {
    /// The columns in the order `init(row:)` reads them ("user" is quoted: a reserved word in
    /// PostgreSQL), and the name of the person the login belongs to, from the register (none
    /// when the login has no person, or, on PostgreSQL, when the reader may not see her).
    static let selection = """
        id, at, "user", action, entity, entity_id, before_json, after_json, person_id,
        (SELECT m.name FROM medarbetare m WHERE m.id = audit.person_id)
        """

    var id: Int64?
    var at: String
    var user: String
    var action: String
    var entity: String
    var entityId: Int64
    var beforeJSON: String?
    var afterJSON: String?
    var personId: Int64?
    var personName: String?

    /// A record from a row of `selection`.
    init(row: StoreRow) {
        id = row[0]
        at = row[1]
        user = row[2]
        action = row[3]
        entity = row[4]
        entityId = row[5]
        beforeJSON = row[6]
        afterJSON = row[7]
        personId = row[8]
        personName = row[9]
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
            entity: entity, entityId: entityId, before: try decode(beforeJSON), after: try decode(afterJSON),
            personId: personId, personName: personName)
    }
}
