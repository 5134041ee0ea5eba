import VardagDomain

/// The register as the competence import sees it: each active person with where she works,
/// and each unit with its active teams, so a row's Kommun and Enhet can be resolved (also
/// when the same unit name exists in several kommuner) and a new hire placed in her team.
struct CompetenceImportRegister {
    /// A person the import can refer to.
    struct Person {
        var id: Int64
        /// The stored (normalised) name; compared as typed first, by key only when that differs.
        var name: String
        /// Her unit's place in `unitList` (an index, so a person holds one string, not five).
        var unit: Int
    }

    /// An enhet with its kommun and active teams.
    struct Unit {
        var enhetId: Int64
        var kommunName: String
        var enhetName: String
        var kommunKey: String
        var enhetKey: String
        var hasLadder: Bool
        /// Whether the enhet and its kommun are both active: only then may people be added.
        var active: Bool
        var teams: [(id: Int64, name: String, key: String)]
    }

    /// Active people by id.
    var people = PeopleById()
    /// Every unit, in enhet id order.
    var unitList: [Unit] = []
    /// Units by kommun key and enhet key (joined by U+001F).
    var units: [String: Unit] = [:]
    /// Unit keys by enhet key alone: more than one when several kommuner have the name.
    var unitKeysByEnhet: [String: [String]] = [:]
    /// Kommun keys that exist.
    var kommunKeys: Set<String> = []

    /// A person's unit.
    func unit(of person: Person) -> Unit { unitList[person.unit] }

    /// The key of a unit from its kommun's and enhet's keys.
    static func unitKey(_ kommunKey: String, _ enhetKey: String) -> String { kommunKey + "\u{1F}" + enhetKey }

    /// Reads the register.
    ///
    /// Units and teams first (about a thousand rows), then one pass over the people: a join
    /// would seek each person's team, enhet and kommun, three B-tree searches per person,
    /// which was a quarter of checking a 30,000-row file.
    init(_ db: any StoreConnection) throws {
        // Team id to its unit, by the unit's place in a list: a lookup per person by an
        // integer, not by hashing a key with å and ä in it.
        var teamUnit: [Int64: Int] = [:]
        let unitCursor = try StoreRow.fetchCursor(db, sql: """
            SELECT e.id, e.name, e.name_key, e.omrade, (e.active = 1 AND k.active = 1), k.name, k.name_key, t.id, t.name, t.name_key, t.active
            FROM enhet e JOIN kommun k ON k.id = e.kommun_id LEFT JOIN team t ON t.enhet_id = e.id
            ORDER BY e.id
            """)
        while let row = try unitCursor.next() {
            let kommunKey: String = row[6], enhetKey: String = row[2]
            let enhetId: Int64 = row[0]
            if unitList.last?.enhetId != enhetId {
                unitList.append(Unit(enhetId: enhetId, kommunName: row[5], enhetName: row[1], kommunKey: kommunKey, enhetKey: enhetKey,
                                     hasLadder: (row[3] as String) != "ifo", active: row[4], teams: []))
            }
            if let teamId: Int64 = row[7] {
                teamUnit[teamId] = unitList.count - 1
                if row[10] as Bool { unitList[unitList.count - 1].teams.append((teamId, row[8], row[9])) }
            }
        }
        for unit in unitList {
            let key = Self.unitKey(unit.kommunKey, unit.enhetKey)
            units[key] = unit
            unitKeysByEnhet[unit.enhetKey, default: []].append(key)
            kommunKeys.insert(unit.kommunKey)
        }
        people.reserveCapacity(try Int.fetchOne(db, sql: "SELECT count(*) FROM medarbetare WHERE active = 1") ?? 0)
        let sql = "SELECT id, name, team_id FROM medarbetare WHERE active = 1"
        // On SQLite straight from the statement (`SQLiteRowScan`): a `StoreRow` made two
        // arrays per person, a sixth of checking a file.
        if let scan = try SQLiteRowScan(db, sql: sql) {
            try scan.forEach { row in
                guard let unit = teamUnit[Int64(row.integer(2))] else { return }
                people.add(Person(id: Int64(row.integer(0)), name: row.text(1) ?? "", unit: unit))
            }
            people.sortIfNeeded()
            return
        }
        let cursor = try StoreRow.fetchCursor(db, sql: sql)
        while let row = try cursor.next() {
            // By position: name lookups per cell cost more than the rest of the row for 30,000 people.
            guard let unit = teamUnit[row[2]] else { continue }
            people.add(Person(id: row[0], name: row[1], unit: unit))
        }
        people.sortIfNeeded()
    }

    /// The unit a row names.
    ///
    /// With a Kommun, the unit of that name in that kommun; with an empty Kommun, the one
    /// unit of that name in any kommun, and a refusal naming the kommuner when there are several.
    /// - Parameters:
    ///   - kommun: the row's Kommun, trimmed, and its key.
    ///   - enhet: the row's Enhet, trimmed, and its key.
    /// - Returns: the unit, or why there is none.
    func unit(kommun: (text: String, key: String), enhet: (text: String, key: String)) -> Result<Unit, ImportRefusal> {
        if !kommun.text.isEmpty {
            if let unit = units[Self.unitKey(kommun.key, enhet.key)] { return .success(unit) }
            guard kommunKeys.contains(kommun.key) else { return .failure(ImportRefusal("import.unknownKommun", kommun.text)) }
            return .failure(ImportRefusal("import.unknownEnhet", enhet.text, kommun.text))
        }
        let keys = unitKeysByEnhet[enhet.key] ?? []
        if keys.count == 1, let unit = units[keys[0]] { return .success(unit) }
        if keys.isEmpty { return .failure(ImportRefusal("import.unknownEnhetAnywhere", enhet.text)) }
        let kommuner = keys.compactMap { units[$0]?.kommunName }.sorted().joined(separator: ", ")
        return .failure(ImportRefusal("import.ambiguousEnhet", enhet.text, list: kommuner))
    }
}
