import GRDB
import VardagDomain

/// The `kommun` table row.
struct KommunRecord: Codable, Sendable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "kommun"

    var id: Int64?
    var name: String
    var nameKey: String
    var sortKey: String
    var active: Bool

    enum CodingKeys: String, CodingKey {
        case id, name, active
        case nameKey = "name_key"
        case sortKey = "sort_key"
    }

    /// A new row; the name is normalised and its keys derived.
    init(id: Int64? = nil, name: String, active: Bool = true) {
        self.id = id
        self.name = RegisterName.normalize(name)
        self.nameKey = RegisterName.uniquenessKey(name)
        self.sortKey = RegisterName.swedishSortKey(name)
        self.active = active
    }

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }

    var kommun: Kommun { Kommun(id: id ?? 0, name: name, active: active) }

    var auditValues: [String: AuditValue] { ["name": .text(name), "active": .bool(active)] }
}
