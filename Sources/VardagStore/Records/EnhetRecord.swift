import GRDB
import VardagDomain

/// The `enhet` table row.
struct EnhetRecord: Codable, Sendable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "enhet"

    var id: Int64?
    var kommunId: Int64
    var name: String
    var nameKey: String
    var sortKey: String
    var omrade: String
    var active: Bool

    enum CodingKeys: String, CodingKey {
        case id, name, omrade, active
        case kommunId = "kommun_id"
        case nameKey = "name_key"
        case sortKey = "sort_key"
    }

    /// A new row; the name is normalised and its keys derived.
    init(id: Int64? = nil, kommunId: Int64, name: String, omrade: Verksamhetsomrade, active: Bool = true) {
        self.id = id
        self.kommunId = kommunId
        self.name = RegisterName.normalize(name)
        self.nameKey = RegisterName.uniquenessKey(name)
        self.sortKey = RegisterName.swedishSortKey(name)
        self.omrade = omrade.rawValue
        self.active = active
    }

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }

    var enhet: Enhet {
        Enhet(id: id ?? 0, kommunId: kommunId, name: name,
              omrade: Verksamhetsomrade(rawValue: omrade) ?? .ifo, active: active)
    }

    var auditValues: [String: AuditValue] {
        ["kommun_id": .integer(kommunId), "name": .text(name), "omrade": .text(omrade), "active": .bool(active)]
    }
}
