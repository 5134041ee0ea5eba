import GRDB
import VardagDomain

/// The `team` table row.
struct TeamRecord: Codable, Sendable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "team"

    var id: Int64?
    var enhetId: Int64
    var name: String
    var nameKey: String
    var sortKey: String
    var active: Bool

    enum CodingKeys: String, CodingKey {
        case id, name, active
        case enhetId = "enhet_id"
        case nameKey = "name_key"
        case sortKey = "sort_key"
    }

    /// A new row; the name is normalised and its keys derived.
    init(id: Int64? = nil, enhetId: Int64, name: String, active: Bool = true) {
        self.id = id
        self.enhetId = enhetId
        self.name = RegisterName.normalize(name)
        self.nameKey = RegisterName.uniquenessKey(name)
        self.sortKey = RegisterName.swedishSortKey(name)
        self.active = active
    }

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }

    var team: Team { Team(id: id ?? 0, enhetId: enhetId, name: name, active: active) }

    var auditValues: [String: AuditValue] {
        ["enhet_id": .integer(enhetId), "name": .text(name), "active": .bool(active)]
    }
}
