import VardagDomain

/// The `kommun` table row.
struct KommunRecord: StoredRecord {
    static let tableName = "kommun"
    static let columns = ["name", "name_key", "sort_key", "active"]

    var id: Int64?
    var name: String
    var nameKey: String
    var sortKey: String
    var active: Bool

    /// A new row; the name is normalised and its keys derived.
    init(id: Int64? = nil, name: String, active: Bool = true) {
        self.id = id
        self.name = RegisterName.normalize(name)
        self.nameKey = RegisterName.uniquenessKey(name)
        self.sortKey = RegisterName.swedishSortKey(name)
        self.active = active
    }

    /// A record from a row holding `id` and every column.
    init(row: StoreRow) {
        id = row["id"]
        name = row["name"]
        nameKey = row["name_key"]
        sortKey = row["sort_key"]
        active = row["active"]
    }

    var values: StoreArguments { [name, nameKey, sortKey, active] }

    var kommun: Kommun { Kommun(id: id ?? 0, name: name, active: active) }

    var auditValues: [String: AuditValue] { ["name": .text(name), "active": .bool(active)] }
}
