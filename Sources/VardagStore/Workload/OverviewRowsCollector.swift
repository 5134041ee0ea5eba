import VardagDomain

/// Gathers the overview statement's rows (`AppDatabase.overviewSQL`: people, per-period
/// aggregates and overall ratings, in any order) into one `OverviewRow` per person.
///
/// Both ways of reading the statement feed it (SQLite's columns read in place, a server's
/// rows through the store's cursor), so the grouping is written once.
struct OverviewRowsCollector {
    private struct Person {
        var id: Int64
        var name: String
        var sortKey: String
        var title: String
    }

    /// The periods, oldest first; each row's period is an index into them.
    let range: [WorkloadPeriod]
    private var people: [Person] = []
    /// Each person's history, at the slot `slots` gives her id.
    private var histories: [[PeriodSummary]] = []
    private var slots: [Int64: Int] = [:]

    /// A collector for the given periods.
    init(range: [WorkloadPeriod]) {
        self.range = range
        people.reserveCapacity(32)
        histories.reserveCapacity(32)
    }

    /// An active team member (part 0).
    mutating func addPerson(id: Int64, name: String, sortKey: String, title: String) {
        people.append(Person(id: id, name: name, sortKey: sortKey, title: title))
    }

    /// A person's cases per field and load in one period (part 1).
    mutating func addCounts(id: Int64, period: Int, counts: FieldCounts, load: Int) {
        let slot = slot(of: id)
        histories[slot][period].counts = counts
        histories[slot][period].load = load
    }

    /// A person's overall self-rating in one period (part 2).
    mutating func addOverall(id: Int64, period: Int, rating: Int) {
        histories[slot(of: id)][period].overall = rating
    }

    /// The rows in name order (as `ORDER BY sort_key, id` gives it: the key's bytes, then
    /// the id), each with its heavy flag under `settings`.
    func rows(settings: WorkloadSettings) -> [OverviewRow] {
        let ordered = people.sorted { a, b in
            a.sortKey == b.sortKey ? a.id < b.id : a.sortKey.utf8.lexicographicallyPrecedes(b.sortKey.utf8)
        }
        let empty = range.map { PeriodSummary(period: $0) }
        return ordered.map { person in
            let history = slots[person.id].map { histories[$0] } ?? empty
            return OverviewRow(id: person.id, name: person.name, sortKey: person.sortKey, title: person.title,
                               history: history, flagged: HeavyFlag.isRaised(history, settings: settings))
        }
    }

    /// The slot of a person's history, made empty on her first row.
    private mutating func slot(of id: Int64) -> Int {
        if let slot = slots[id] { return slot }
        histories.append(range.map { PeriodSummary(period: $0) })
        slots[id] = histories.count - 1
        return histories.count - 1
    }
}
