import VardagDomain

/// The `enhet` table row.
struct EnhetRecord: StoredRecord {
    static let tableName = "enhet"
    static let columns = ["kommun_id", "name", "name_key", "sort_key", "omrade", "active"]

    var id: Int64?
    var kommunId: Int64
    var name: String
    var nameKey: String
    var sortKey: String
    var omrade: String
    var active: Bool

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

    /// A record from a row holding `id` and every column.
    init(row: StoreRow) {
        id = row["id"]
        kommunId = row["kommun_id"]
        name = row["name"]
        nameKey = row["name_key"]
        sortKey = row["sort_key"]
        omrade = row["omrade"]
        active = row["active"]
    }

    var values: StoreArguments { [kommunId, name, nameKey, sortKey, omrade, active] }

    var enhet: Enhet {
        Enhet(id: id ?? 0, kommunId: kommunId, name: name,
              omrade: Verksamhetsomrade(rawValue: omrade) ?? .ifo, active: active)
    }

    var auditValues: [String: AuditValue] {
        ["kommun_id": .integer(kommunId), "name": .text(name), "omrade": .text(omrade), "active": .bool(active)]
    }
}
