import VardagDomain

/// The `team` table row.
struct TeamRecord: StoredRecord {
    static let tableName = "team"
    static let columns = ["enhet_id", "name", "name_key", "sort_key", "active"]

    var id: Int64?
    var enhetId: Int64
    var name: String
    var nameKey: String
    var sortKey: String
    var active: Bool

    /// A new row; the name is normalised and its keys derived.
    init(id: Int64? = nil, enhetId: Int64, name: String, active: Bool = true) {
        self.id = id
        self.enhetId = enhetId
        self.name = RegisterName.normalize(name)
        self.nameKey = RegisterName.uniquenessKey(name)
        self.sortKey = RegisterName.swedishSortKey(name)
        self.active = active
    }

    /// A record from a row holding `id` and every column.
    init(row: StoreRow) {
        id = row["id"]
        enhetId = row["enhet_id"]
        name = row["name"]
        nameKey = row["name_key"]
        sortKey = row["sort_key"]
        active = row["active"]
    }

    var values: StoreArguments { [enhetId, name, nameKey, sortKey, active] }

    var team: Team { Team(id: id ?? 0, enhetId: enhetId, name: name, active: active) }

    var auditValues: [String: AuditValue] {
        ["enhet_id": .integer(enhetId), "name": .text(name), "active": .bool(active)]
    }
}
