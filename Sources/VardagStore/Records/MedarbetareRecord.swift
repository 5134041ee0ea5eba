import VardagDomain

/// The `medarbetare` table row.
struct MedarbetareRecord: StoredRecord {
    static let tableName = "medarbetare"
    static let columns = ["team_id", "name", "sort_key", "title", "title_sort_key", "search_key", "role", "start_date", "active"]

    var id: Int64?
    var teamId: Int64
    var name: String
    var sortKey: String
    var title: String
    var titleSortKey: String
    var searchKey: String
    var role: String
    var startDate: String
    var active: Bool

    /// A new row; name and title are normalised and their keys derived.
    init(
        id: Int64? = nil, teamId: Int64, name: String, title: String,
        role: MedarbetarRoll, startDate: LocalDate, active: Bool = true
    ) {
        self.id = id
        self.teamId = teamId
        self.name = RegisterName.normalize(name)
        self.sortKey = RegisterName.swedishSortKey(name)
        self.title = RegisterName.normalize(title)
        self.titleSortKey = RegisterName.swedishSortKey(title)
        self.searchKey = MedarbetareRecord.searchKey(name: name, title: title)
        self.role = role.rawValue
        self.startDate = startDate.iso
        self.active = active
    }

    /// The text the staff filter searches: the sort keys of name and title, separated by a unit separator
    /// so a search cannot match across the two.
    static func searchKey(name: String, title: String) -> String {
        RegisterName.swedishSortKey(name) + "\u{1F}" + RegisterName.swedishSortKey(title)
    }

    /// A record from a row holding `id` and every column.
    init(row: StoreRow) {
        id = row["id"]
        teamId = row["team_id"]
        name = row["name"]
        sortKey = row["sort_key"]
        title = row["title"]
        titleSortKey = row["title_sort_key"]
        searchKey = row["search_key"]
        role = row["role"]
        startDate = row["start_date"]
        active = row["active"]
    }

    var values: StoreArguments { [teamId, name, sortKey, title, titleSortKey, searchKey, role, startDate, active] }

    var medarbetare: Medarbetare {
        Medarbetare(
            id: id ?? 0, teamId: teamId, name: name, title: title,
            role: MedarbetarRoll(rawValue: role) ?? .medarbetare,
            startDate: (try? LocalDate.parse(startDate)) ?? LocalDate.today(), active: active)
    }

    var auditValues: [String: AuditValue] {
        [
            "team_id": .integer(teamId), "name": .text(name), "title": .text(title),
            "role": .text(role), "start_date": .text(startDate), "active": .bool(active),
        ]
    }
}
